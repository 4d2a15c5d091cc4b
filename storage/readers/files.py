"""Load a file's bytes safely: size limit before reading, clear reasons for missing, unreadable or binary files."""
from __future__ import annotations

import logging
import os
import re
import stat
from pathlib import Path

from storage.errors import ReadError
from storage.readers.encoding import bom_encoding, utf16_without_bom

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024

# Magic bytes of formats people rename or save by mistake; the reason names what the file really is.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"ID3", "an MP3 audio file"),
    (b"BM", "a BMP image"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}


def load_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """Read a whole file after checking it exists, is a file, is readable and is at most `limit` (20 MB)."""
    name = str(path)
    check_regular(path)
    try:
        size = path.stat().st_size
    except PermissionError as exc:
        raise ReadError(name, "permission denied") from exc
    except OSError as exc:
        raise ReadError(name, f"cannot read file ({exc.strerror or exc})") from exc
    if size > limit:
        raise ReadError(name, f"file too large ({size / 1048576:.1f} MB; the limit is {limit // 1048576} MB)")
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # bounded even if the file grew since stat()
    except PermissionError as exc:
        raise ReadError(name, "permission denied") from exc
    except OSError as exc:
        raise ReadError(name, f"cannot read file ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise ReadError(name, f"file too large (more than {limit // 1048576} MB; "
                              f"the limit is {limit // 1048576} MB)")
    if not data or data.isspace():
        raise ReadError(name, "file is empty")
    return data


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def check_regular(path: Path) -> None:
    """Raise ReadError unless the path is a regular file: opening a FIFO or a device would block."""
    name = str(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        if os.path.islink(path):
            raise ReadError(name, f"a link to a missing file ({os.readlink(path)})") from exc
        raise ReadError(name, "file not found") from exc
    except PermissionError as exc:
        raise ReadError(name, "permission denied") from exc
    except OSError as exc:
        raise ReadError(name, f"cannot read file ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(mode):
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            raise ReadError(name, f"folder cannot be read ({exc.strerror or exc})") from exc
        raise ReadError(name, "is a folder, not a file")
    for test, kind in _KINDS:
        if test(mode):
            raise ReadError(name, f"not a regular file: it is {kind}")
    if not stat.S_ISREG(mode):
        raise ReadError(name, "not a regular file")


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format the bytes start with, or None when they may be text."""
    head = data[:16]
    if head.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if magic in (b"MZ", b"BM") and _printable_ratio(data[:512]) > 0.9:
                continue  # two letters are a weak signature; a text may start with them
            return kind
    return None


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (9, 10, 13))
# Control characters other than tab and line ends, C1 controls and DEL, and the replacement mark.
_ODD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def check_not_binary(name: str, data: bytes) -> None:
    """Raise ReadError when bytes carry a binary signature or look like binary junk."""
    kind = sniff_binary(data)
    if kind:
        raise ReadError(name, f"not a text or web page file: it is {kind}")
    if bom_encoding(data) or utf16_without_bom(data):
        return
    head = data[:65536]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > 3 and controls > len(head) * 0.03:  # a stray NUL is stripped; many mean binary
        raise ReadError(name, "binary data, not text (control bytes such as NUL throughout)")


def check_decoded_text(name: str, text: str) -> None:
    """Raise ReadError when decoded text is mostly control characters or replacement marks."""
    sample = text[:65536]
    if not sample.strip():
        raise ReadError(name, "file is empty (no visible text)")
    odd = len(_ODD_CHARS.findall(sample))
    if odd > 3 and odd > len(sample) * 0.02:
        raise ReadError(name, "binary data, not text (too many control characters)")


def _printable_ratio(data: bytes) -> float:
    if not data:
        return 1.0
    printable = sum(1 for b in data if b >= 0x20 or b in (9, 10, 13))
    return printable / len(data)
