"""The file an article was imported from: its bytes are in the archive, written out on request."""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import TuLieuError

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^\w.\- ]+")


def safe_name(article_id: int, file_name: str) -> str:
    """A file name for the original: its own name when usable, prefixed with the article id."""
    name = _UNSAFE.sub("_", Path(file_name or "").name).strip(" .") or "original.txt"
    return f"{article_id}-{name}"


def write_original(archive: "Archive", article_id: int, folder: str | Path) -> Path:
    """Write the article's original bytes into `folder` (created if needed); returns the file's path.
    Raises NotFound for an unknown id and TuLieuError naming the path when it cannot be written."""
    stored = archive.get(article_id)
    data = archive.original_bytes(article_id)
    path = Path(folder) / safe_name(article_id, stored.file_name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as error:
        raise TuLieuError(f"{path}: cannot write the original file ({error.strerror})") from error
    return path
