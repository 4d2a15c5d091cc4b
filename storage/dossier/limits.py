"""Bounds that keep a dossier's layout linear in its text: long paragraphs split, one-line fields cut."""
from __future__ import annotations

import dataclasses
import re
from typing import Any

PARAGRAPH_CHARS = 2000  # reportlab's line breaking is quadratic in a paragraph's length
LINE_FIELD_CHARS = 400  # title, outlet, author...: a heading or a table cell, never pages long
URL_CHARS = 2000
_BREAK = re.compile(r"\s+")
_ELLIPSIS = "…"


def split_long(text: str, limit: int = PARAGRAPH_CHARS) -> list[str]:
    """The text in pieces of at most `limit` characters, cut at the last space before the limit."""
    pieces: list[str] = []
    start, end = 0, len(text)
    while end - start > limit:
        cut = max((m.start() for m in _BREAK.finditer(text, start + limit // 2, start + limit)),
                  default=start + limit)
        piece = text[start:cut].strip()
        if piece:
            pieces.append(piece)
        start = cut
    rest = text[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def shorten(text: str | None, limit: int = LINE_FIELD_CHARS) -> str | None:
    """A one-line field cut to `limit` characters with an ellipsis (the archive keeps it whole)."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + _ELLIPSIS


def bounded(article: Any) -> Any:
    """A copy of a stored article whose one-line fields fit on a page."""
    changes = {name: shorten(getattr(article, name)) for name in ("title", "outlet", "source", "author",
                                                                   "file_name")}
    changes["url"] = shorten(article.url, URL_CHARS)
    return dataclasses.replace(article, **changes)


def bounded_options(options: Any) -> Any:
    """Dossier options whose cover texts fit on the cover."""
    return dataclasses.replace(options, title=shorten(options.title) or "", subtitle=shorten(options.subtitle) or "",
                               prepared_by=shorten(options.prepared_by) or "", marking=shorten(options.marking, 120) or "",
                               scope_text=shorten(options.scope_text) or "")
