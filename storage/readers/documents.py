"""The document formats' readers by extension; each library is imported only when its format is read."""
from __future__ import annotations

import logging
from pathlib import Path

from storage.records import RawDocument

log = logging.getLogger(__name__)

# E-paper PDFs and scans run larger than page dumps; still read whole, so still bounded.
DOCUMENT_MAX_BYTES = 100 * 1024 * 1024


def _pdf(path: Path, data: bytes) -> RawDocument:
    from storage.readers.pdf import read_pdf

    return read_pdf(path, data)


def _docx(path: Path, data: bytes) -> RawDocument:
    from storage.readers.docx import read_docx

    return read_docx(path, data)


def _odt(path: Path, data: bytes) -> RawDocument:
    from storage.readers.odt import read_odt

    return read_odt(path, data)


def _eml(path: Path, data: bytes) -> RawDocument:
    from storage.readers.eml import read_eml

    return read_eml(path, data)


def _image(path: Path, data: bytes) -> RawDocument:
    from storage.readers.ocr import read_image

    return read_image(path, data)


DOCUMENT_READERS = {
    ".pdf": _pdf,
    ".docx": _docx,
    ".odt": _odt,
    ".eml": _eml,
    **{ext: _image for ext in (".png", ".jpg", ".jpeg", ".tif", ".tiff")},
}
