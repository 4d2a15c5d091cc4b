"""Word dossiers from a real archive, read back with python-docx and converted by LibreOffice headless."""
# SQLite only: the Word writer; the archive reads it uses run on both backends elsewhere.
from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from storage.archive import Archive
from storage.cli import main as cli_main
from storage.dossier import DossierOptions
from storage.dossier.docx_writer import build_word_dossier
from storage.dossier.libreoffice import convert_to_pdf, soffice
from storage.dossier.labels import Labels
from storage.errors import Cancelled, TuLieuError
from storage.progress import CancelToken
from storage.records import Article, Block

from .export_fixtures import make_archive

OPTIONS = DossierOptions(title="Quan hệ quốc phòng và nghề cá", subtitle="Tổng hợp báo chí",
                         prepared_by="Phòng Tư liệu", marking="NỘI BỘ / INTERNAL", scope_text="truy vấn: quốc phòng")


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(stored articles in dossier order, the .docx path) of the export fixtures."""
    folder = tmp_path_factory.mktemp("word")
    make_archive(folder / "archive.sqlite")
    with Archive.open(folder / "archive.sqlite", create=False, read_only=True) as archive:
        ids = archive.ids(order_by="id", descending=False)
        out = folder / "hồ sơ.docx"
        result = build_word_dossier(archive, ids, out, OPTIONS)
        stored = {i: archive.get(i) for i in ids}
    assert result.path == out and result.articles == len(ids)
    ordered = sorted(stored.values(), key=lambda a: (a.published is None, a.published or "", a.id))
    return ordered, out


def kept_paragraphs(article) -> list[tuple[str, str]]:
    """(style, text) every kept block must have in the dossier: lead in Lead, captions in Caption."""
    lead = article.lead or ""
    out = [("Lead", lead)] if lead else []
    for block in article.blocks:
        if block.role == "removed" or (block.role == "body" and norm(block.text) == norm(lead)):
            continue
        out.append(("Caption" if block.role == "caption" else "Normal", block.text))
    return out


def test_every_title_and_paragraph_is_there_nfc_exact_in_named_styles(built):
    articles, path = built
    document = docx.Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert all(unicodedata.is_normalized("NFC", text) for _, text in paragraphs)
    assert ("Title", OPTIONS.title) in paragraphs and ("Subtitle", OPTIONS.subtitle) in paragraphs
    labels = Labels("vi")
    headings1 = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings1 == [labels[k] for k in ("overview", "timeline", "index", "articles", "sources")]
    headings2 = [text for style, text in paragraphs if style == "Heading 2"]
    assert headings2 == [f"{n}. {a.title}" for n, a in enumerate(articles, start=1)]
    assert [t for s, t in paragraphs if s == "Heading 3"] == [labels["person"], labels["organization"],
                                                               labels["location"]]
    for article in articles:
        for pair in kept_paragraphs(article):
            assert pair in paragraphs, pair
    body = "\n".join(text for _, text in paragraphs)
    assert "1,393 lượt xem" not in body  # a removed block
    assert "Đoàn tàu gồm 12 chiếc,\nmỗi chiếc chở hàng chục tấn cá." in body  # a line break kept as one


def test_toc_is_a_real_field_and_links_point_at_bookmarks(built):
    articles, path = built
    document = docx.Document(str(path))
    body = document.element.body
    instructions = [t.text.strip() for t in body.iter(qn("w:instrText"))]
    assert instructions[0] == 'TOC \\o "1-2" \\h \\z \\u'
    kinds = [c.get(qn("w:fldCharType")) for c in body.iter(qn("w:fldChar"))]
    assert kinds.count("begin") == kinds.count("end") == len(instructions)
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    toc_entries = [p.text for p in document.paragraphs if p.style.name == "toc 2"]
    assert toc_entries == [f"{n}. {a.title}\t" for n, a in enumerate(articles, start=1)]
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    anchors = {h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))}
    assert {f"tl_article_{a.id}" for a in articles} <= anchors <= bookmarks
    assert sum(i.startswith("PAGEREF tl_article_") for i in instructions) > len(articles)


def test_styles_font_header_footer_and_properties(built):
    _, path = built
    document = docx.Document(str(path))
    assert document.styles["Normal"].font.name == "Noto Serif"
    assert document.styles["Heading 1"].font.name == "Noto Serif"  # not the theme's Calibri Light
    font_table = next(p for p in document.part.package.iter_parts() if p.partname == "/word/fontTable.xml")
    assert b'w:name="Noto Serif"><w:altName w:val="Times New Roman"/>' in font_table.blob
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == f"{OPTIONS.title}\t{OPTIONS.marking}"
    footer = section.footer.paragraphs[0]
    assert OPTIONS.marking in footer.text and "Trang" in footer.text
    fields = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert section.first_page_footer.paragraphs[0].text.strip() == OPTIONS.marking
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert document.core_properties.title == OPTIONS.title
    assert not any(p.partname.endswith("thumbnail.jpeg") for p in document.part.package.iter_parts())


@pytest.mark.skipif(soffice() is None,
                    reason="LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")
def test_libreoffice_converts_it_to_pdf_and_the_text_survives(built, tmp_path):
    articles, path = built
    pdf = convert_to_pdf(path, tmp_path)
    reader = PdfReader(pdf)
    pages = [norm(page.extract_text()) for page in reader.pages]
    text = " ".join(pages)
    assert norm(OPTIONS.title) in pages[0] and OPTIONS.marking in pages[0]
    for article in articles:
        assert norm(article.title) in text
        for _, paragraph in kept_paragraphs(article):
            assert norm(paragraph) in text, paragraph
    assert f"Trang 2 / {len(reader.pages)}" in pages[1]  # the PAGE and NUMPAGES fields were computed
    fonts = {str(f["/BaseFont"]) for page in reader.pages for f in page["/Resources"]["/Font"].values()
             if "/BaseFont" in f.get_object()}
    assert fonts and all("NotoSerif" in f for f in fonts)


def test_summaries_english_letter_and_progress(built, tmp_path):
    articles, _ = built
    seen = []
    options = DossierOptions(summaries_only=True, lang="en", paper="Letter", order="outlet")
    with Archive.open(built[1].parent / "archive.sqlite", create=False, read_only=True) as archive:
        result = build_word_dossier(archive, [a.id for a in articles], tmp_path / "en.docx", options,
                                    progress=lambda d, t, m: seen.append((d, t)))
    document = docx.Document(str(result.path))
    texts = [p.text for p in document.paragraphs]
    assert "Briefing dossier" in texts and "Overview" in texts
    tricky = next(a for a in articles if a.title.startswith("=SUM"))
    assert tricky.blocks[1].text not in "\n".join(texts)  # summaries only: no body paragraph
    assert tricky.lead in texts
    assert round(document.sections[0].page_width.inches, 1) == 8.5
    assert seen[-1] == (2 * len(articles), 2 * len(articles)) and seen == sorted(seen)


def test_cancel_leaves_no_file_and_bad_input_is_named(built, tmp_path):
    articles, _ = built
    token = CancelToken()

    def progress(done, total, message):
        if done > total // 2:
            token.cancel()
    out = tmp_path / "cancelled.docx"
    with Archive.open(built[1].parent / "archive.sqlite", create=False, read_only=True) as archive:
        with pytest.raises(Cancelled):
            build_word_dossier(archive, [a.id for a in articles], out, OPTIONS, progress=progress, cancel=token)
        assert not out.exists() and not list(tmp_path.iterdir())
        with pytest.raises(TuLieuError, match="no articles"):
            build_word_dossier(archive, [], out, OPTIONS)
        with pytest.raises(TuLieuError, match=r"missing[/\\]x\.docx: cannot write"):
            build_word_dossier(archive, [articles[0].id], tmp_path / "missing" / "x.docx", OPTIONS)
        with pytest.raises(ValueError, match="paper"):
            build_word_dossier(archive, [articles[0].id], out, DossierOptions(paper="A5"))


def test_control_characters_and_empty_fields_still_make_a_valid_file(tmp_path):
    with Archive.open(tmp_path / "a.sqlite") as archive:
        odd = Article(title="Tiêu đề\x0bcó ký tự lạ", blocks=[Block("Dòng\x01một"), Block("")])
        article_id = archive.add_article(odd, raw=b"x", file_name="x.txt")
        build_word_dossier(archive, [article_id], tmp_path / "x.docx", DossierOptions())
    texts = [p.text for p in docx.Document(str(tmp_path / "x.docx")).paragraphs]
    assert "1. Tiêu đề có ký tự lạ" in texts and "Dòng một" in texts


def test_cli_exports_word_and_summary_line(built, tmp_path, capsys):
    out = tmp_path / "cli.docx"
    code = cli_main(["export", "--format", "docx", "--query", "quoc phong", "--out", str(out), "--marking", "MẬT",
                     "--archive", str(built[1].parent / "archive.sqlite")])
    assert code == 0, capsys.readouterr().err
    document = docx.Document(str(out))
    by_title = {a.title: a for a in built[0]}
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert [by_title[h.split(". ", 1)[1]].published for h in headings] == ["2020-10-05", "2021-03-05"]
    assert document.sections[0].header.paragraphs[0].text.endswith("\tMẬT")
    assert f"{out}: 2 articles (docx" in capsys.readouterr().out


def test_settings_keep_the_schema_order_word_insists_on(built):
    document = docx.Document(str(built[1]))
    names = [child.tag.split("}")[1] for child in document.settings.element]
    at = names.index("updateFields")
    assert "compat" in names and at < names.index("compat") and at < names.index("rsids")
