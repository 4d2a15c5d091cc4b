"""Plain-text reader: whole-page text dumps in any encoding a Vietnamese user's files come in."""
from __future__ import annotations

import logging
from pathlib import Path

from storage.errors import ReadError
from storage.readers.encoding import DecodeFailed, decode_bytes
from storage.readers.files import check_decoded_text, check_not_binary
from storage.readers.textnorm import normalize_text
from storage.records import RawDocument

log = logging.getLogger(__name__)


def read_txt(path: Path, data: bytes) -> RawDocument:
    """Decode a text file's bytes into a RawDocument (NFC, one block per line)."""
    name = str(path)
    check_not_binary(name, data)
    try:
        text, encoding = decode_bytes(data)
    except DecodeFailed as exc:
        raise ReadError(name, f"cannot decode the text ({exc})") from exc
    check_decoded_text(name, text)
    text = normalize_text(text)
    if not text:
        raise ReadError(name, "file is empty (no visible text)")
    log.debug("%s decoded as %s", name, encoding)
    return RawDocument(path=name, text=text, raw=data, encoding=encoding, kind="text")
