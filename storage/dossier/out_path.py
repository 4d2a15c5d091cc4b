"""Where a dossier may be written: never over the archive, a device, or a file that is not a PDF."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import TuLieuError

PDF_MAGIC = b"%PDF-"
ARCHIVE_SIDE_FILES = ("", "-wal", "-shm", "-journal", ".lock")


def check_out_path(out_path: Path, archive_path: Path | None, *, force: bool = False) -> None:
    """Raise TuLieuError naming out_path when writing it could destroy something that is not a dossier."""
    target = Path(os.path.realpath(out_path))
    if archive_path is not None:
        archive = Path(os.path.realpath(archive_path))
        protected = {archive.with_name(archive.name + suffix) for suffix in ARCHIVE_SIDE_FILES}
        if target in protected:
            raise TuLieuError(f"{out_path}: this is the open archive (or one of its files); "
                              "choose another name for the dossier")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise TuLieuError(f"{out_path}: cannot write the dossier ({error.strerror or error})") from error
    if not stat.S_ISREG(mode):
        raise TuLieuError(f"{out_path}: not a regular file (a folder, device or pipe); nothing written")
    if force or _is_pdf(target):
        return
    raise TuLieuError(f"{out_path}: exists and is not a PDF; it was left alone "
                      "(use --force to replace it, or choose another name)")


def _is_pdf(path: Path) -> bool:
    """True for an empty file or one starting with the PDF signature."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    return not head or PDF_MAGIC in head
