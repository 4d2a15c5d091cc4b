"""Office files are ZIP archives: check one is whole and not a zip bomb before a library parses it."""
from __future__ import annotations

import io
import logging
import zipfile
import zlib

from storage.errors import ReadError

log = logging.getLogger(__name__)

MAX_UNZIPPED = 200 * 1024 * 1024  # 200 MB of XML and images is far beyond any real document
MAX_MEMBERS = 10_000
_CHUNK = 1024 * 1024


def check_zip(name: str, data: bytes, what: str) -> None:
    """Raise ReadError unless `data` is a readable ZIP expanding to at most MAX_UNZIPPED bytes.

    Every member is really inflated (in 1 MB chunks, nothing kept), so a forged size header does not
    fool the check: a bomb stops at the limit after about a second.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ReadError(name, f"not a valid {what} (the file is damaged or incomplete: {exc})") from exc
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise ReadError(name, f"not a valid {what} ({len(members):,} parts inside)")
        total = 0
        for member in members:
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_UNZIPPED:
                            raise ReadError(name, f"refused: the {what} expands to more than "
                                                  f"{MAX_UNZIPPED // 1048576} MB (a zip bomb?)")
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
                raise ReadError(name, f"not a valid {what} (part {member.filename} is damaged: {exc})") from exc
