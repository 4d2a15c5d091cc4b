"""Word .docx reader (python-docx): paragraphs and tables in document order, headings, properties."""
from __future__ import annotations

import io
import logging
from pathlib import Path

from storage.errors import ReadError
from storage.readers.textnorm import normalize_line
from storage.readers.zipped import check_zip
from storage.records import RawDocument

log = logging.getLogger(__name__)

_HEADING_STYLES = ("heading", "title", "tiêu đề")
MAX_BOLD_TITLE_WORDS = 30


def read_docx(path: Path, data: bytes) -> RawDocument:
    """Read a .docx: one line per paragraph (table cells too), heading lines marked, core properties as meta."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    name = str(path)
    check_zip(name, data, "Word document")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ReadError(name, f"not a valid Word document ({exc or 'no document part'})") from exc
    except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise many kinds on damaged XML
        raise ReadError(name, f"the Word document is damaged ({type(exc).__name__}: {exc})") from exc
    lines, headings = _lines(document)
    if not lines:
        raise ReadError(name, "the Word document has no text")
    return RawDocument(path=name, text="\n".join(lines), raw=data, encoding="docx", kind="text",
                       meta=_properties(document), format="docx", headings=headings)


def _lines(document) -> tuple[list[str], list[int]]:  # noqa: ANN001 - docx.Document
    from docx.table import Table

    lines: list[str] = []
    headings: list[int] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            lines += _table_lines(item)
            continue
        text = normalize_line(item.text)
        if not text:
            continue
        style = (item.style.name if item.style is not None else "").casefold()
        if style.startswith(_HEADING_STYLES) or _outline_level(item) is not None or _all_bold(item, text):
            headings.append(len(lines))
        lines.append(text)
    return lines, headings


def _all_bold(paragraph, text: str) -> bool:  # noqa: ANN001 - docx Paragraph
    """A short paragraph typed in bold: how many people mark a title without a heading style."""
    if len(text.split()) > MAX_BOLD_TITLE_WORDS:
        return False
    runs = [run for run in paragraph.runs if run.text.strip()]
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    return bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs)


def _outline_level(paragraph) -> int | None:  # noqa: ANN001 - docx Paragraph
    """A heading set by direct outline level (LibreOffice saves headings this way too)."""
    ppr = paragraph._p.pPr  # noqa: SLF001 - python-docx has no public accessor for w:outlineLvl
    if ppr is None:
        return None
    found = ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl")
    if found is None:
        return None
    value = found.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
    return int(value) if value and value.isdigit() and int(value) < 9 else None


def _table_lines(table) -> list[str]:  # noqa: ANN001 - docx Table
    """A table as text: each distinct cell paragraph on its own line, row by row."""
    lines: list[str] = []
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # noqa: SLF001 - merged cells repeat the same element
                continue
            seen.add(id(cell._tc))  # noqa: SLF001
            lines += [text for text in (normalize_line(p.text) for p in cell.paragraphs) if text]
    return lines


def _properties(document) -> dict[str, str]:  # noqa: ANN001 - docx.Document
    props = document.core_properties
    meta = {}
    for key, value in (("title", props.title), ("author", props.author), ("description", props.subject)):
        value = normalize_line(value or "")
        if value:
            meta[key] = value
    if props.created:
        meta["created"] = props.created.date().isoformat()
    return meta
