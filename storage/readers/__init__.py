"""Readers: turn a file into a RawDocument, chosen by extension (.txt .html .htm .mhtml .mht, and the
document formats .pdf .docx .odt .eml and scanned images .png .jpg .jpeg .tif .tiff)."""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from storage.errors import ReadError, UnsupportedFile
from storage.readers.files import MAX_BYTES, load_bytes
from storage.readers.html import read_html
from storage.readers.mhtml import read_mhtml
from storage.readers.txt import read_txt
from storage.readers.documents import DOCUMENT_MAX_BYTES, DOCUMENT_READERS
from storage.records import RawDocument

log = logging.getLogger(__name__)

Reader = Callable[[Path, bytes], RawDocument]
_READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".mhtml": read_mhtml,
    ".mht": read_mhtml,
    **DOCUMENT_READERS,
}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(_READERS)

__all__ = ["SUPPORTED_EXTENSIONS", "iter_paths", "read_file"]


def read_file(path: str | Path) -> RawDocument:
    """Read one file with the reader for its extension; raises UnsupportedFile or ReadError."""
    path = Path(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        if not os.path.lexists(path):
            raise ReadError(str(path), "file not found")
        shown = path.suffix or "no extension"
        supported = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        raise UnsupportedFile(str(path), f"unsupported file type ({shown}); supported: {supported}")
    limit = DOCUMENT_MAX_BYTES if path.suffix.lower() in DOCUMENT_READERS else MAX_BYTES
    return reader(path, load_bytes(path, limit))


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders recursively (sorted, hidden entries skipped); explicit files are yielded as given."""
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: (p.name.lower(), p.name))
    except OSError as exc:
        log.warning("cannot list folder %s: %s", folder, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():  # avoid cycles through links
                yield from _walk(entry)
        elif entry.suffix.lower() in SUPPORTED_EXTENSIONS and entry.is_file():
            yield entry
