"""Readers: turn a file into a RawDocument, chosen by extension (.txt .html .htm .mhtml .mht, and the
document formats .pdf .docx .odt .eml and scanned images .png .jpg .jpeg .tif .tiff)."""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from storage.errors import ReadError, UnsupportedFile
from storage.readers.files import MAX_BYTES, check_regular, load_bytes
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

__all__ = ["SUPPORTED_EXTENSIONS", "iter_paths", "read_bytes", "read_file"]


def read_file(path: str | Path) -> RawDocument:
    """Read one file with the reader for its extension; raises UnsupportedFile or ReadError."""
    path = Path(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        check_regular(path)  # a missing file, folder, link, pipe or device says so, whatever its name
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


def _walk(folder: Path, seen: set[str] | None = None) -> Iterator[Path]:
    """Files under a folder; an unreadable folder or a dangling link is yielded so it is reported."""
    seen = seen if seen is not None else set()
    real = os.path.realpath(folder)
    if real in seen:  # a link back into a folder already walked: following it would loop
        log.info("not following %s again (a link to a folder already imported)", folder)
        return
    seen.add(real)
    try:
        with os.scandir(folder) as listing:
            entries = sorted((folder / entry.name for entry in listing), key=lambda p: (p.name.lower(), p.name))
    except OSError as exc:
        log.warning("cannot list folder %s: %s", folder, exc)
        yield folder  # read_file names the reason; the import counts it as failed
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.suffix.lower() in SUPPORTED_EXTENSIONS and (entry.is_file() or entry.is_symlink()):
            yield entry  # a dangling link is yielded too: read_file reports it


def read_bytes(name: str | Path, data: bytes) -> RawDocument:
    """Read bytes already in hand (an archived original) with the reader for the name's extension."""
    path = Path(name)
    reader = _READERS.get(path.suffix.lower(), read_txt)  # an unknown name: the text reader sniffs it
    return reader(path, data)
