"""MHTML reader (a browser's 'save as single file'): the text/html part goes through the HTML reader."""
from __future__ import annotations

import email
import email.policy
import logging
from email.message import Message
from pathlib import Path

from storage.errors import ReadError
from storage.readers.files import sniff_binary
from storage.readers.html import html_document
from storage.records import RawDocument

log = logging.getLogger(__name__)


def read_mhtml(path: Path, data: bytes) -> RawDocument:
    """Read an .mhtml/.mht file: decode its HTML part and take the page URL from its headers."""
    name = str(path)
    kind = sniff_binary(data)  # resources may be stored raw ("binary"), so only the signature counts
    if kind:
        raise ReadError(name, f"not a web page archive: it is {kind}")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = _html_part(message)
    if part is None:
        if data.lstrip()[:1] == b"<":  # some tools save plain HTML under .mht
            return html_document(name, data, raw=data)
        raise ReadError(name, "no HTML part found in this MHTML file")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReadError(name, "the HTML part of this MHTML file is empty")
    url = _location(message, part)
    return html_document(name, payload, raw=data, charset=part.get_content_charset(), url=url)


def _html_part(message: Message) -> Message | None:
    """The first text/html part: the page itself (later parts are frames and resources)."""
    for part in message.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            return part
    return None


def _location(message: Message, part: Message) -> str | None:
    for value in (message.get("Snapshot-Content-Location"), part.get("Content-Location"),
                  message.get("Content-Location")):
        if value and str(value).strip().lower().startswith(("http://", "https://")):
            return str(value).strip()
    return None
