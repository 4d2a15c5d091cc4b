"""Characters the dossier font cannot draw: shown as a visible mark and named in a warning."""
from __future__ import annotations

import contextvars
import unicodedata
from contextlib import contextmanager
from typing import Iterator

from reportlab.pdfbase import pdfmetrics

from . import fonts
from ..plural import counted

MARK = "\ufffd"  # drawn by the font; an unknown glyph would otherwise vanish without a trace
_missing: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("dossier_missing_glyphs", default=None)
_known: dict[str, bool] = {}


def _drawable(ch: str) -> bool:
    """True when the regular font has a glyph for ch (cached; controls and spaces count as drawable)."""
    if ch not in _known:
        fonts.register_fonts()
        cmap = pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph
        _known[ch] = ord(ch) in cmap or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp")
    return _known[ch]


def substitute(text: str) -> str:
    """The text with every character the font lacks replaced by MARK (and remembered for the warning)."""
    if text.isascii():
        return text
    odd = {ch for ch in set(text) if not _drawable(ch)}
    if not odd:
        return text
    found = _missing.get()
    if found is not None:
        found.update(odd)
    return "".join(MARK if ch in odd else ch for ch in text)


@contextmanager
def collecting() -> Iterator[set[str]]:
    """Collect the characters substitute() could not draw while the block runs (per thread/context)."""
    found: set[str] = set()
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def warning(missing: list[str]) -> str:
    """A plain-words warning naming the characters (or '' when none are missing)."""
    if not missing:
        return ""
    shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:20])
    more = f" and {len(missing) - 20} more" if len(missing) > 20 else ""
    return (f"{counted(len(missing), 'character')} are not in the dossier font and are printed as {MARK}: "
            f"{shown}{more}")
