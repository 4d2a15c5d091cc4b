"""Vietnamese alphabetical order: a Python sort key and the SQLite collation "vi" built on it.

Letters sort a ă â b c d đ e ê … o ô ơ … u ư …; tone marks only break ties between texts whose letters
are equal (dictionary order of the tones: none, grave, hook, tilde, acute, dot below — as ICU's "vi"
does); then lower case before upper case. Spaces, punctuation and digits sort before letters.
The key is built from a few C-level string operations on the NFD form (a per-character table in
Python costs ~5 times more): benchmarks/collation.py compares it with Qt's QCollator (ICU).
"""
from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from functools import lru_cache
from typing import Any, Callable, Iterable, TypeVar

log = logging.getLogger(__name__)

COLLATION = "vi"
T = TypeVar("T")
_TONE_MARKS = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
# In the NFD form: tone marks re-coded in dictionary order, above every letter (a bare letter first).
_TONE_ORDER = (("\u0300", "\ue001"), ("\u0309", "\ue002"), ("\u0303", "\ue003"), ("\u0301", "\ue004"),
               ("\u0323", "\ue005"))


@lru_cache(maxsize=200_000)
def sort_key(text: str | None) -> tuple[str, str, str]:
    """Key putting texts in Vietnamese order (None and "" first): sorted(titles, key=sort_key)."""
    if not text:
        return ("", "", "")
    low = text.lower()
    if low.isascii():
        return (low, low, text.swapcase())
    low = unicodedata.normalize("NFD", low)
    # Letters: the breve takes a code point below the circumflex (ă before â; tone marks are gone by
    # then), and đ becomes d + a mark, so it sorts after every d-word and before e.
    letters = _TONE_MARKS.sub("", low).replace("\u0306", "\u0300").replace("đ", "d\u0335")
    tones = low
    for mark, code in _TONE_ORDER:
        tones = tones.replace(mark, code)
    return (letters, tones, unicodedata.normalize("NFC", text).swapcase())


def compare(a: str | None, b: str | None) -> int:
    """-1, 0 or 1 as `a` sorts before, with or after `b` (the SQLite collation function)."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def register(conn: sqlite3.Connection) -> None:
    """Make `COLLATE vi` available on a connection (the archive registers it on every connection)."""
    conn.create_collation(COLLATION, compare)


def sorted_vi(items: Iterable[T], key: Callable[[T], Any] = lambda item: item) -> list[T]:
    """`items` in Vietnamese order of key(item)."""
    return sorted(items, key=lambda item: sort_key(key(item)))
