"""Normalise decoded text: NFC, one line ending, no NULs or control characters, one block per line."""
from __future__ import annotations

import logging
import re
import unicodedata

log = logging.getLogger(__name__)

# C0/C1 controls except tab and newline, plus invisible format characters that break words apart.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff\ufffe]")
_OTHER_SPACES = "\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"  # white space other than the plain space
# The runs that collapse to one space: a page has a thousand single spaces, each no match at all.
_ODD_SPACES = re.compile(f"[ {_OTHER_SPACES}]{{2,}}|[{_OTHER_SPACES}]")
_ODD_SPACE = re.compile(f"[{_OTHER_SPACES}]")
_NEWLINES = re.compile("\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")


def normalize_text(text: str) -> str:
    """Return NFC text with '\\n' line ends, no control characters, trimmed lines, single blank lines."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = [line.strip() for line in _spaces_collapsed(text).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _spaces_collapsed(text: str) -> str:
    """_ODD_SPACES replaced by one space; a text without any (no double space, no odd space) is not scanned by it:
    its two alternatives try a match at every space of the text, ten times slower than these two tests."""
    if "  " not in text and not _ODD_SPACE.search(text):
        return text
    return _ODD_SPACES.sub(" ", text)


def normalize_line(text: str) -> str:
    """One block of text on one line: NFC, collapsed whitespace, no controls."""
    text = _CONTROL.sub("", _NEWLINES.sub(" ", text))
    return _ODD_SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
