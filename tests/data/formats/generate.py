"""Regenerate the format test documents from articles.json with real tools.

Needs chromium and libreoffice (Debian packages) besides the project's venv; the outputs are committed,
so tests never run this. Usage: python tests/data/formats/generate.py [kind ...]
(kinds: html pdf docx odt eml scan review bad tounicode; default all).
"""
from __future__ import annotations

import email.utils
import json
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from email.message import EmailMessage
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FONT = ROOT / "resources" / "fonts" / "NotoSerif-Regular.ttf"
FONT_BOLD = ROOT / "resources" / "fonts" / "NotoSerif-Bold.ttf"
ARTICLES = json.loads((HERE / "articles.json").read_text(encoding="utf-8"))
REVIEW = json.loads((HERE / "review.json").read_text(encoding="utf-8"))


def page_lines(a: dict) -> list[str]:
    """The article as a reader should see it: title, date line, paragraphs, author."""
    return [a["title"], a["date_line"], *a["paragraphs"], a["author"]]


def html_page(a: dict, columns: bool) -> str:
    """A small news page; every other article is laid out in two columns."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in a["paragraphs"])
    style = ("body{font-family:'DejaVu Serif',serif;font-size:12pt;margin:2cm}"
             "p{margin:0 0 .6em 0;text-align:justify}.cols{column-count:2;column-gap:1cm}")
    return (f"<!doctype html><html lang=vi><head><meta charset=utf-8><title>{escape(a['outlet'])}</title>"
            f"<style>{style}</style></head><body><h1>{escape(a['title'])}</h1>"
            f"<p class=date>{escape(a['date_line'])}</p><div class='{'cols' if columns else ''}'>{body}</div>"
            f"<p><b>{escape(a['author'])}</b></p></body></html>")


def make_html() -> None:
    out = HERE / "html"
    out.mkdir(exist_ok=True)
    for i, a in enumerate(ARTICLES):
        (out / f"{a['slug']}.html").write_text(html_page(a, columns=i % 2 == 1), encoding="utf-8")


def _soffice(args: list[str], cwd: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args],
                       cwd=cwd, check=True, capture_output=True, timeout=300)


def make_pdf() -> None:
    out = HERE / "pdf"
    out.mkdir(exist_ok=True)
    for a in ARTICLES:  # Chromium: print to PDF with its default header and footer
        src = HERE / "html" / f"{a['slug']}.html"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        f"--print-to-pdf={out / ('chromium_' + a['slug'] + '.pdf')}", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
    with tempfile.TemporaryDirectory() as tmp:  # LibreOffice: HTML opened in Writer, exported as PDF
        for a in ARTICLES:
            shutil.copy(HERE / "html" / f"{a['slug']}.html", Path(tmp) / f"lo_{a['slug']}.html")
        _soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                  *sorted(p.name for p in Path(tmp).glob("*.html"))], Path(tmp))
        for pdf in Path(tmp).glob("*.pdf"):
            shutil.copy(pdf, out / pdf.name)
    for a in ARTICLES:
        reportlab_pdf(a, out / f"rl_{a['slug']}.pdf")


def reportlab_pdf(a: dict, path: Path) -> None:
    """A pocket-size PDF (text runs over several pages) with a running header and page-number footer."""
    from reportlab.lib.pagesizes import A7 as A6  # a pocket page: every article runs over pages
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("NotoSerif", str(FONT)))
    pdfmetrics.registerFont(TTFont("NotoSerif-Bold", str(FONT_BOLD)))
    body = ParagraphStyle("b", fontName="NotoSerif", fontSize=9, leading=12, spaceAfter=6)
    head = ParagraphStyle("h", fontName="NotoSerif-Bold", fontSize=12, leading=15, spaceAfter=6)

    def decorate(canvas, doc) -> None:  # noqa: ANN001 - reportlab's callback signature
        canvas.saveState()
        canvas.setFont("NotoSerif", 7)
        canvas.drawString(24, A6[1] - 18, f"{a['outlet']} - Bản tin điện tử")
        canvas.drawRightString(A6[0] - 24, 14, f"Trang {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A6, leftMargin=24, rightMargin=24, topMargin=30,
                            bottomMargin=30, title=a["title"], author=a["author"])
    story = [Paragraph(escape(a["title"]), head), Paragraph(escape(a["date_line"]), body)]
    story += [Paragraph(escape(p), body) for p in a["paragraphs"]] + [Paragraph(escape(a["author"]), body)]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def article_docx(a: dict, path: Path, table: bool) -> None:
    """A Word file: title as a heading, date, paragraphs (one in a table cell on some), author."""
    import docx

    d = docx.Document()
    d.core_properties.title = a["title"]
    d.core_properties.author = a["author"]
    d.add_heading(a["title"], level=1)
    d.add_paragraph(a["date_line"])
    paragraphs = list(a["paragraphs"])
    last = paragraphs.pop() if table else None
    for p in paragraphs:
        d.add_paragraph(p)
    if last:
        d.add_table(rows=1, cols=1).cell(0, 0).text = last
    d.add_paragraph(a["author"])
    d.save(str(path))


def make_docx() -> None:
    out = HERE / "docx"
    out.mkdir(exist_ok=True)
    for i, a in enumerate(ARTICLES):
        article_docx(a, out / f"{a['slug']}.docx", table=i % 3 == 2)


def make_odt() -> None:
    out = HERE / "odt"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for a in ARTICLES:
            shutil.copy(HERE / "docx" / f"{a['slug']}.docx", tmp)
        _soffice(["--convert-to", "odt", *sorted(p.name for p in Path(tmp).glob("*.docx"))], Path(tmp))
        for odt in Path(tmp).glob("*.odt"):
            shutil.copy(odt, out / odt.name)


def make_eml() -> None:
    """Newsletters: the article in the HTML part, a plain-text alternative; sent a day later."""
    out = HERE / "eml"
    out.mkdir(exist_ok=True)
    for i, a in enumerate(ARTICLES):
        msg = EmailMessage()
        msg["From"] = email.utils.formataddr((f"Bản tin {a['outlet']}", "bantin@example.org"))
        msg["To"] = "phantich@example.org"
        msg["Subject"] = a["title"]
        sent = datetime.fromisoformat(a["published"]).replace(hour=6, tzinfo=timezone.utc)
        msg["Date"] = email.utils.format_datetime(sent)
        msg.set_content("\n\n".join(page_lines(a)))
        if i % 4 != 3:  # a few are plain text only
            msg.add_alternative(html_page(a, columns=False), subtype="html")
        (out / f"{a['slug']}.eml").write_bytes(bytes(msg))


def render_scan(lines: list[str], width_px: int = 2000, dpi: int = 300):  # noqa: ANN201 - PIL image
    """Render text lines as a 300 dpi page image (12 pt serif), wrapped to the width."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), size=round(12 * dpi / 72))
    draw_lines: list[str] = []
    probe = ImageDraw.Draw(Image.new("L", (10, 10)))
    for text in lines:
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if probe.textlength(trial, font=font) > width_px - 240 and current:
                draw_lines.append(current)
                current = word
            else:
                current = trial
        draw_lines += [current, ""]
    height = 200 + len(draw_lines) * round(font.size * 1.35)
    image = Image.new("L", (width_px, height), 255)
    draw = ImageDraw.Draw(image)
    for n, text in enumerate(draw_lines):
        draw.text((120, 100 + n * round(font.size * 1.35)), text, font=font, fill=0)
    return image


def degrade(image, seed: int):  # noqa: ANN001, ANN201 - PIL images
    """A photocopied clipping: rotated 1-2 degrees, speckle noise; saved later as JPEG quality 60."""
    from PIL import Image

    rng = random.Random(seed)
    angle = rng.choice((-1, 1)) * rng.uniform(1.0, 2.0)
    image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    pixels = image.load()
    for _ in range(image.width * image.height // 150):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        pixels[x, y] = rng.choice((0, 90, 180))
    return image


def make_scan() -> None:
    out = HERE / "scan"
    out.mkdir(exist_ok=True)
    for i, a in enumerate(ARTICLES):
        image = render_scan(page_lines(a))
        image.save(out / f"{a['slug']}_300dpi.png", dpi=(300, 300), optimize=True)
        degrade(image, i).save(out / f"{a['slug']}_degraded.jpg", quality=60, dpi=(300, 300))
    image = render_scan(page_lines(ARTICLES[0]))  # an image-only PDF (a scanner's output)
    image.convert("RGB").save(out / "scan_only.pdf", resolution=300)


def review_docx(path: Path) -> None:
    """A daily press review: a heading, then per item a title, a source line, paragraphs, a separator."""
    import docx

    d = docx.Document()
    d.core_properties.title = REVIEW["heading"]
    d.add_heading(REVIEW["heading"], level=0)
    d.add_paragraph(REVIEW["intro"])
    for n, item in enumerate(REVIEW["items"], 1):
        d.add_heading(f"{n}. {item['title']}", level=2)
        d.add_paragraph(item["source_line"])
        for p in item["paragraphs"]:
            d.add_paragraph(p)
        d.add_paragraph("***")
    d.save(str(path))


def review_bold_docx(path: Path) -> None:
    """The same review as many analysts type it: titles as bold plain paragraphs, no numbers, no styles."""
    import docx

    d = docx.Document()
    d.add_paragraph().add_run(REVIEW["heading"]).bold = True
    d.add_paragraph(REVIEW["intro"])
    for item in REVIEW["items"]:
        d.add_paragraph().add_run(item["title"]).bold = True
        d.add_paragraph(item["source_line"])
        for p in item["paragraphs"]:
            d.add_paragraph(p)
    d.save(str(path))


def make_review() -> None:
    out = HERE / "review"
    out.mkdir(exist_ok=True)
    review_docx(out / "diem-bao-2024-05-03.docx")
    review_bold_docx(out / "diem-bao-bold-titles.docx")
    article_docx(ARTICLES[0], out / "one-article.docx", table=False)
    with tempfile.TemporaryDirectory() as tmp:  # the same review opened and saved again by LibreOffice
        shutil.copy(out / "diem-bao-2024-05-03.docx", Path(tmp) / "diem-bao-lo.docx")
        (Path(tmp) / "saved").mkdir()
        _soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", "saved", "diem-bao-lo.docx"], Path(tmp))
        shutil.copy(Path(tmp) / "saved" / "diem-bao-lo.docx", out / "diem-bao-2024-05-03-libreoffice.docx")
    with tempfile.TemporaryDirectory() as tmp:  # the bold-title review printed to PDF by LibreOffice
        shutil.copy(out / "diem-bao-bold-titles.docx", tmp)
        _soffice(["--convert-to", "pdf", "diem-bao-bold-titles.docx"], Path(tmp))
        shutil.copy(Path(tmp) / "diem-bao-bold-titles.pdf", out / "diem-bao-bold-titles.pdf")


def make_bad() -> None:
    """Bad input: encrypted PDF, 0-page PDF, corrupt .docx, a docx zip bomb, a 30,000 px square image."""
    import zipfile

    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    out = HERE / "bad"
    out.mkdir(exist_ok=True)
    writer = PdfWriter(clone_from=PdfReader(HERE / "pdf" / "rl_a01.pdf"))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    writer.write(out / "encrypted.pdf")
    PdfWriter().write(out / "zero-pages.pdf")
    good = (HERE / "docx" / "a01.docx").read_bytes()
    (out / "corrupt.docx").write_bytes(good[: len(good) // 2])  # a download cut in half
    with zipfile.ZipFile(out / "zip-bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as bomb:
        with zipfile.ZipFile(HERE / "docx" / "a01.docx") as source:
            for name in source.namelist():
                if name != "word/document.xml":
                    bomb.writestr(name, source.read(name))
        bomb.writestr("word/document.xml", b"<w:document>" + b" " * (1 << 30) + b"</w:document>",
                      compresslevel=9)
    Image.new("1", (30000, 30000), 1).save(out / "huge.png", optimize=True)


def make_tounicode() -> None:
    """PDFs whose fonts lost their ToUnicode maps (as some e-paper exports do): text that reads as junk."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    out = HERE / "pdf_no_tounicode"
    out.mkdir(exist_ok=True)
    for slug in ("a03", "a08"):
        writer = PdfWriter(clone_from=PdfReader(HERE / "pdf" / f"rl_{slug}.pdf"))
        for page in writer.pages:
            for font in page["/Resources"]["/Font"].values():
                font.get_object().pop(NameObject("/ToUnicode"), None)
        writer.write(out / f"rl_{slug}.pdf")


KINDS = {"html": make_html, "pdf": make_pdf, "docx": make_docx, "odt": make_odt, "eml": make_eml,
         "scan": make_scan, "review": make_review, "bad": make_bad, "tounicode": make_tounicode}

if __name__ == "__main__":
    for kind in sys.argv[1:] or list(KINDS):
        KINDS[kind]()
