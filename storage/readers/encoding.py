"""Bytes -> str: BOMs, UTF-8, UTF-16, then Vietnamese legacy code pages chosen by how Vietnamese they read."""
from __future__ import annotations

import codecs
import logging
import unicodedata
from collections.abc import Callable

from storage.readers.vietnamese import decode_tcvn3, decode_vni, vietnamese_score

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte candidates, in order of preference on a tie. Detectors often say cp1252 for cp1258.
_LEGACY: tuple[tuple[str, Callable[[bytes], str]], ...] = (
    ("windows-1258", lambda b: b.decode("cp1258", errors="replace")),
    ("tcvn3", decode_tcvn3),
    ("vni", decode_vni),
    ("windows-1252", lambda b: b.decode("cp1252", errors="replace")),
)
_SAMPLE = 65536


class DecodeFailed(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def bom_encoding(data: bytes) -> str | None:
    """The encoding named by a byte-order mark, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 LE/BE without a BOM from NUL bytes sitting on one side of each pair."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.02:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.02:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode to NFC text; returns (text, encoding name). Raises DecodeFailed."""
    name = bom_encoding(data)
    if name:
        return _strict(data, name)
    if declared:
        decoded = _declared(data, declared)
        if decoded:
            return decoded
    name = utf16_without_bom(data)
    if name:
        try:
            return _strict(data, name)
        except DecodeFailed:
            log.debug("NUL pattern looked like %s but did not decode", name)
    try:
        return _strict(data, "utf-8")
    except DecodeFailed:
        pass
    return _mostly_utf8(data) or _guess_legacy(data)


def _strict(data: bytes, name: str) -> tuple[str, str]:
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeFailed(f"not valid {name}") from exc
    return unicodedata.normalize("NFC", text.lstrip("\ufeff")), name.replace("-sig", "")


def _declared(data: bytes, declared: str) -> tuple[str, str] | None:
    """Honour a declared charset, except a Western code page over bytes that are valid UTF-8."""
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        log.info("unknown declared charset %r; detecting instead", declared)
        return None
    if codec in ("latin-1", "iso8859-1", "cp1252", "ascii"):
        # Western declarations are often wrong: a re-saved UTF-8 page, or a VNI/TCVN3-font page
        try:
            return _strict(data, "utf-8")
        except DecodeFailed:
            vietnamese = _best_vietnamese(data)
            if vietnamese and vietnamese[1] != "windows-1252":
                return vietnamese
    if codec == "ascii":
        codec = "cp1252"
    try:
        return _strict(data, codec)
    except DecodeFailed:
        log.info("bytes do not match declared charset %r; detecting instead", declared)
        return None


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes (a cut file, one bad byte): keep it, marking the damage with U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    multibyte = sum(1 for ch in text[:65536] if ch > "\x7f" and ch != "\ufffd")
    if damaged <= 8 and multibyte >= 4 * damaged:
        log.info("UTF-8 with %d undecodable byte sequence(s)", damaged)
        return unicodedata.normalize("NFC", text), "utf-8"
    return None


def _guess_legacy(data: bytes) -> tuple[str, str]:
    """Pick the single-byte decoding that reads most like Vietnamese; else ask charset-normalizer."""
    return _best_vietnamese(data) or _detector(data)


def _best_vietnamese(data: bytes) -> tuple[str, str] | None:
    """The single-byte decoding whose text reads most like Vietnamese, if any reads like it at all."""
    sample = data[:_SAMPLE]  # single-byte encodings: any cut is on a character boundary
    best: tuple[int, str, Callable[[bytes], str]] | None = None
    for name, decode in _LEGACY:
        score = vietnamese_score(unicodedata.normalize("NFC", decode(sample)))
        if score.plausible and (best is None or score.rank > best[0]):
            best = (score.rank, name, decode)
    if best:
        return unicodedata.normalize("NFC", best[2](data)), best[1]
    return None


def _detector(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise DecodeFailed("no text encoding fits these bytes")
    return unicodedata.normalize("NFC", str(match)), match.encoding
