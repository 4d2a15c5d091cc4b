"""PDF reader (pypdfium2): text layer in reading order with page numbers; image-only pages go to OCR.

pypdfium2 measured best on our Vietnamese PDFs (Chromium, LibreOffice, reportlab): the same words as
pypdf and pdfminer.six, 6-9x faster (benchmarks/formats.py), and it also renders pages for OCR.
"""
from __future__ import annotations

import logging
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from storage.errors import ReadError
from storage.readers.pdf_layout import (Run, drop_margins, ends_mid_sentence, group_lines, join_lines,
                                        paragraphs, reading_order, words_from_glyphs)
from storage.readers.textnorm import normalize_line
from storage.records import RawDocument

log = logging.getLogger(__name__)

MAX_PAGES = 2000  # refused before any page is read: a 2,000-page text PDF reads in well under a minute
MIN_PAGE_CHARS = 20  # a page with less text than this is a scan: it is rendered and OCR'd
OCR_DPI = 300
MAX_HEADING_WORDS = 30
MAX_UNMAPPED = 0.05  # more characters than this without a Unicode mapping: the text layer is junk
_COMBINING_AFTER_SPACE = re.compile(r"\s+([\u0300-\u036f])")
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?")


@dataclass
class Paragraph:
    """A paragraph of the document with the page it starts on."""

    text: str
    page: int
    starts_block: bool = False
    heading: bool = False  # bold or larger type than the body, and short: a title


@dataclass
class PageText:
    """What a page gave: paragraphs, and the margin lines seen (for running heads)."""

    number: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    ocr: bool = False


def read_pdf(path: Path, data: bytes) -> RawDocument:
    """Read a PDF: text layer pages in reading order; pages without text are OCR'd."""
    import pypdfium2 as pdfium

    name = str(path)
    pdf = _open(name, data)
    try:
        count = len(pdf)
        if count == 0:
            raise ReadError(name, "the PDF has no pages")
        if count > MAX_PAGES:
            raise ReadError(name, f"the PDF has {count:,} pages; the limit is {MAX_PAGES:,} "
                                  "(split it into smaller files)")
        meta = _metadata(pdf)
        pages, confidences, low = [], [], []
        for index in range(count):
            page = pdf[index]
            try:
                text_page = _page_text(page, index + 1)
                if text_page is None:
                    ocr_page, confidence, words = _ocr_page(name, page, index + 1)
                    pages.append(ocr_page)
                    confidences.append(confidence)
                    low += words
                else:
                    pages.append(text_page)
            finally:
                page.close()
    except pdfium.PdfiumError as exc:
        raise ReadError(name, f"the PDF is damaged ({exc})") from exc
    finally:
        pdf.close()
    return _document(name, data, pages, meta, confidences, low)


def _open(name: str, data: bytes):  # noqa: ANN202 - pypdfium2.PdfDocument, imported lazily
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # pdfium's reason can be stale (its last error is global): pypdf says what is wrong instead
        encrypted, pages = _diagnose(data)
        if encrypted:
            raise ReadError(name, "the PDF is encrypted (password protected); open it, print it to an "
                                  "unprotected PDF and import that") from exc
        if pages == 0:
            raise ReadError(name, "the PDF has no pages") from exc
        raise ReadError(name, "not a readable PDF (damaged, or not a PDF at all)") from exc


def _diagnose(data: bytes) -> tuple[bool, int | None]:
    """(encrypted, pages) as pypdf sees the file; pages None when pypdf cannot read it either."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return True, None
        return False, len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return False, None


def _document(name: str, data: bytes, pages: list[PageText], meta: dict[str, str],
              confidences: list[float], low: list[str]) -> RawDocument:
    paras = _join_page_breaks(_drop_running_heads(pages))
    if not paras:
        raise ReadError(name, "the PDF has no text (and OCR found none)")
    text_lines = [p.text for p in paras]
    ocr = any(page.ocr for page in pages)
    return RawDocument(path=name, text="\n".join(text_lines), raw=data, encoding="pdf", kind="text",
                       meta=meta, format="pdf", pages=[p.page for p in paras],
                       headings=[k for k, p in enumerate(paras) if p.heading],
                       ocr_confidence=round(statistics.fmean(confidences), 1) if ocr and confidences else None,
                       low_confidence=low)


def _page_text(page, number: int) -> PageText | None:  # noqa: ANN001 - pypdfium2.PdfPage
    """The page's paragraphs from its text layer; None when it has (almost) no text: a scan."""
    text_page = page.get_textpage()
    try:
        if text_page.count_chars() < MIN_PAGE_CHARS or _unmapped_share(text_page) > MAX_UNMAPPED:
            return None  # a scan, or text whose fonts lost their Unicode maps: read the page by OCR
        runs = _runs(text_page)
    finally:
        text_page.close()
    width, height = page.get_size()
    return layout_page(runs, number, height)


def _unmapped_share(text_page) -> float:  # noqa: ANN001 - pypdfium2.PdfTextPage
    """Share of the page's characters whose font has no Unicode mapping for them (ToUnicode gaps)."""
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(text_page.raw)
    errors = sum(1 for i in range(count) if raw.FPDFText_HasUnicodeMapError(text_page.raw, i) == 1)
    return errors / count if count else 0.0


def _runs(text_page) -> list[Run]:  # noqa: ANN001 - pypdfium2.PdfTextPage
    """Every character placed by its box, baseline and font size, then words by position.

    Not in content order: LibreOffice, for one, draws letters missing from a font (ộ, ườ) later, from
    a fallback font; and not pdfium's rectangles, whose bounded text catches the stacked diacritics
    of the neighbouring lines.
    """
    import ctypes

    import pypdfium2.raw as raw

    handle = text_page.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    glyphs: list[Run] = []
    weights: dict[int, int] = {}
    for index in range(raw.FPDFText_CountChars(handle)):
        if raw.FPDFText_IsGenerated(handle, index) == 1:
            continue  # pdfium's guessed spaces and line breaks: positions decide instead
        char = chr(raw.FPDFText_GetUnicode(handle, index) or 32)
        if char in "\r\n\ufffe\x00":
            continue
        raw.FPDFText_GetCharBox(handle, index, left, right, bottom, top)
        raw.FPDFText_GetCharOrigin(handle, index, ox, oy)
        size = raw.FPDFText_GetFontSize(handle, index) or (top.value - bottom.value) or 1.0
        glyphs.append(Run(left.value, oy.value, max(right.value, left.value), oy.value + size, char,
                          _weight(handle, index, weights)))
    return words_from_glyphs(glyphs)


def _weight(handle, index: int, cache: dict[int, int]) -> int:  # noqa: ANN001 - FPDF_TEXTPAGE
    """The character's font weight: the font's own, else 700 when its name says Bold (LibreOffice
    leaves the weight out), else 400. Cached per font."""
    import ctypes

    import pypdfium2.raw as raw

    weight = raw.FPDFText_GetFontWeight(handle, index)
    if weight > 400:
        return weight
    font = raw.FPDFTextObj_GetFont(raw.FPDFText_GetTextObject(handle, index))
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    if key not in cache:
        buffer = ctypes.create_string_buffer(128)
        length = raw.FPDFFont_GetBaseFontName(font, buffer, len(buffer)) if key else 0
        name = buffer.raw[:max(length - 1, 0)].decode("latin-1").casefold()
        cache[key] = 700 if any(mark in name for mark in ("bold", "black", "heavy")) else 400
    return cache[key]


def layout_page(runs: list[Run], number: int, page_height: float) -> PageText:
    """Runs of one page to paragraphs in reading order (margin lines and page numbers dropped)."""
    lines = group_lines(runs)
    if not lines:
        return PageText(number)
    body_height = statistics.median(line.height for line in lines)
    lines = drop_margins(lines, page_height, body_height)
    result = PageText(number)
    for block in reading_order(lines):
        for k, para in enumerate(paragraphs([block], body_height)):
            text = join_lines(para)
            heading = len(text.split()) <= MAX_HEADING_WORDS and all(
                line.weight >= 600 or line.height >= 1.15 * body_height for line in para)
            result.paragraphs.append(Paragraph(text, number, starts_block=k == 0, heading=heading))
    return result


def _clean(text: str) -> str:
    """NFC, combining marks glued back onto their letter (some PDFs space them out)."""
    text = _COMBINING_AFTER_SPACE.sub(r"\1", unicodedata.normalize("NFD", text))
    return normalize_line(text)


def _drop_running_heads(pages: list[PageText]) -> list[PageText]:
    """Drop the first/last paragraph of pages when the same text (digits aside) recurs on most pages."""
    if len(pages) < 3:
        return pages
    edges: Counter[str] = Counter()
    for page in pages:
        for para in page.paragraphs[:1] + page.paragraphs[-1:]:
            edges[_shape(para.text)] += 1
    running = {shape for shape, n in edges.items() if n >= max(3, len(pages) // 2)}
    for page in pages:
        page.paragraphs = [p for p in page.paragraphs if _shape(p.text) not in running]
    return pages


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def _join_page_breaks(pages: list[PageText]) -> list[Paragraph]:
    """Paragraphs across pages and columns: one cut mid-sentence goes on at the next block's start."""
    out: list[Paragraph] = []
    for page in pages:
        for para in page.paragraphs:
            if out and para.starts_block and ends_mid_sentence(out[-1].text) and para.text[:1].islower():
                out[-1].text = f"{out[-1].text} {para.text}"
            else:
                out.append(para)
    return out


def _metadata(pdf) -> dict[str, str]:  # noqa: ANN001 - pypdfium2.PdfDocument
    """Title, author and creation date from the PDF's info dictionary (candidates, not facts)."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception as exc:  # noqa: BLE001 - a broken info dictionary only loses hints
        log.debug("PDF metadata unreadable: %s", exc)
        return {}
    meta = {}
    for key, ours in (("Title", "title"), ("Author", "author"), ("Subject", "description")):
        value = normalize_line(str(info.get(key, "")))
        if value:
            meta[ours] = value
    created = _pdf_date(str(info.get("CreationDate", "")))
    if created:
        meta["created"] = created
    return meta


def _pdf_date(value: str) -> str | None:
    """'D:20240503101500+07'00'' -> '2024-05-03' (the day is enough for a candidate)."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)).date().isoformat()
    except ValueError:
        return None


def _ocr_page(name: str, page, number: int) -> tuple[PageText, float, list[str]]:  # noqa: ANN001
    """Render a text-less page at 300 dpi and OCR it."""
    from storage.readers.ocr import ocr_image

    image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
    result = ocr_image(name, image)
    page_text = PageText(number, [Paragraph(text, number, starts_block=k == 0)
                                  for k, text in enumerate(result.paragraphs)], ocr=True)
    return page_text, result.confidence, result.low_confidence
