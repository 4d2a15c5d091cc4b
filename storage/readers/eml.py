"""E-mail .eml reader (stdlib email): the HTML part through the HTML reader, else the text part."""
from __future__ import annotations

import email
import email.policy
import email.utils
import logging
from email.message import EmailMessage
from pathlib import Path

from storage.errors import ReadError
from storage.readers.encoding import DecodeFailed, decode_bytes
from storage.readers.files import sniff_binary
from storage.readers.html import html_document
from storage.readers.textnorm import normalize_line, normalize_text
from storage.records import RawDocument

log = logging.getLogger(__name__)


def read_eml(path: Path, data: bytes) -> RawDocument:
    """Read a saved e-mail: its body as a page; subject, sender and sending date as candidates."""
    name = str(path)
    kind = sniff_binary(data)
    if kind:
        raise ReadError(name, f"not an e-mail file: it is {kind}")
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message.get("From") or message.get("Subject")):
        raise ReadError(name, "not an e-mail file (no From or Subject header)")
    doc = _body(name, message, data)
    doc.meta.update(_headers(message))
    doc.format = "eml"
    return doc


def _body(name: str, message: EmailMessage, data: bytes) -> RawDocument:
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        raise ReadError(name, "the e-mail has no text or HTML body")
    payload = part.get_payload(decode=True) or b""
    if not payload.strip():
        raise ReadError(name, "the e-mail body is empty")
    if part.get_content_type() == "text/html":
        return html_document(name, payload, raw=data, charset=part.get_content_charset())
    try:
        text, encoding = decode_bytes(payload, part.get_content_charset())
    except DecodeFailed as exc:
        raise ReadError(name, f"cannot decode the e-mail text ({exc})") from exc
    text = normalize_text(text)
    if not text:
        raise ReadError(name, "the e-mail body is empty")
    return RawDocument(path=name, text=text, raw=data, encoding=encoding, kind="text")


def _headers(message: EmailMessage) -> dict[str, str]:
    """Subject, sender and date: mail headers describe the mailing, so they are only candidates."""
    meta: dict[str, str] = {}
    subject = normalize_line(str(message.get("Subject", "")))
    if subject:
        meta["mail_subject"] = subject
    sender = message.get("From")
    if sender:
        display, address = email.utils.parseaddr(str(sender))
        meta["sender"] = normalize_line(display or address)
    try:
        sent = email.utils.parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError):
        sent = None
    if sent:
        meta["created"] = sent.date().isoformat()
    return meta
