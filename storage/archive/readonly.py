"""Archives on read-only media: open them immutable (SQLite cannot make its -shm file there) and say why."""
from __future__ import annotations

import os
from pathlib import Path


def why_read_only(path: Path) -> str:
    """A reason in plain words when the archive or its folder cannot be written, else ''."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only, so edits and imports are off"
    if path.exists() and not os.access(path, os.W_OK):
        return f"the file {path.name} is read-only, so edits and imports are off"
    return ""


def read_only_uri(path: Path) -> str:
    """The URI that opens an archive read-only; immutable when its folder cannot hold a -shm file."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"  # nothing can change a file on a read-only medium: no locks needed
    return uri
