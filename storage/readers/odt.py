"""OpenDocument .odt reader (odfpy): headings, paragraphs, lists and tables in order, document metadata."""
from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path
from xml.parsers.expat import ExpatError

from storage.errors import ReadError
from storage.readers.textnorm import normalize_line
from storage.readers.zipped import check_zip
from storage.records import RawDocument

log = logging.getLogger(__name__)

_SKIPPED = {"tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "note", "annotation"}


def read_odt(path: Path, data: bytes) -> RawDocument:
    """Read an .odt: one line per heading or paragraph (table cells and list items too), metadata as meta."""
    from odf.opendocument import load

    name = str(path)
    check_zip(name, data, "OpenDocument text")
    try:
        document = load(io.BytesIO(data))
    except (KeyError, zipfile.BadZipFile, ExpatError, ValueError) as exc:
        raise ReadError(name, f"not a valid OpenDocument text ({exc})") from exc
    if document.mimetype and "opendocument.text" not in document.mimetype:
        raise ReadError(name, f"not an OpenDocument text (it is {document.mimetype})")
    lines: list[str] = []
    headings: list[int] = []
    _walk(document.text, lines, headings)
    if not lines:
        raise ReadError(name, "the document has no text")
    return RawDocument(path=name, text="\n".join(lines), raw=data, encoding="odt", kind="text",
                       meta=_metadata(document), format="odt", headings=headings)


def _walk(element, lines: list[str], headings: list[int]) -> None:  # noqa: ANN001 - odf Element
    from odf import teletype

    for child in element.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        local = child.qname[1]
        if local in _SKIPPED:
            continue
        if local in ("h", "p"):
            text = normalize_line(teletype.extractText(child))
            if text:
                if local == "h":
                    headings.append(len(lines))
                lines.append(text)
        else:
            _walk(child, lines, headings)


def _metadata(document) -> dict[str, str]:  # noqa: ANN001 - odf OpenDocument
    from odf import teletype

    wanted = {"title": "title", "creator": "author", "initial-creator": "author", "subject": "description",
              "creation-date": "created"}
    meta: dict[str, str] = {}
    for child in document.meta.childNodes:
        if child.nodeType != child.ELEMENT_NODE or child.qname[1] not in wanted:
            continue
        value = normalize_line(teletype.extractText(child))
        key = wanted[child.qname[1]]
        if value and key not in meta:
            meta[key] = value[:10] if key == "created" else value
    return meta
