"""Search-hit snippets: the ~28-word window of a text holding the most query words, matches in <b>.

Built for long bodies: the folded text is scanned once by one regular expression for the words that
could match, words are counted (not listed) between candidates, and only the chosen window is split
into words, so a 5 KiB body costs a few regex passes instead of a Python step per word.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from itertools import islice

from ..folding import fold
from .search_syntax import Term

SNIPPET_WORDS = 28
_WORD = re.compile(r"\w+")  # the word definition of storage.folding.word_spans
_NO_MARKS = str.maketrans("", "", "\x01\x02")


@lru_cache(maxsize=64)
def _candidates(terms: tuple[Term, ...]) -> re.Pattern[str]:
    """Words of a folded text that may match a term: folded whole words, or word starts for prefixes."""
    whole = sorted({fold(t.text) for t in terms if not t.prefix}, key=len, reverse=True)
    starts = sorted({fold(t.text) for t in terms if t.prefix}, key=len, reverse=True)
    parts = [rf"(?:{'|'.join(map(re.escape, whole))})(?!\w)"] if whole else []
    parts += [rf"(?:{'|'.join(map(re.escape, starts))})\w*"] if starts else []
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts) or '(?!)'})")


def _hits(text: str, terms: tuple[Term, ...], folded: str | None = None) -> tuple[list[int], set[Term], int]:
    """(word indices that match a term, the terms matched, number of words) for one text;
    `folded` is fold(text) when the caller has it (the search index stores it)."""
    folded = fold(text) if folded is None or len(folded) != len(text) else folded
    if len(folded) != len(text):  # folding moved offsets (text not NFC): fold word by word instead
        return _hits_by_word(text, terms)
    indices: list[int] = []
    matched: set[Term] = set()
    count, cursor = 0, 0
    for found in _candidates(terms).finditer(folded):
        start, end = found.span()
        count += len(_WORD.findall(text, cursor, start))
        word_terms = {t for t in terms if t.matches(text[start:end])}
        if word_terms:
            indices.append(count)
            matched |= word_terms
        count, cursor = count + 1, end
    return indices, matched, count + len(_WORD.findall(text, cursor))


def _hits_by_word(text: str, terms: tuple[Term, ...]) -> tuple[list[int], set[Term], int]:
    """The slow path of _hits for text whose folded form has other offsets."""
    indices: list[int] = []
    matched: set[Term] = set()
    words = _WORD.findall(text)
    for index, word in enumerate(words):
        word_terms = {t for t in terms if t.matches(word)}
        if word_terms:
            indices.append(index)
            matched |= word_terms
    return indices, matched, len(words)


def best_window(hits: list[int], total: int, size: int) -> int:
    """Start of a `size`-word window holding the most hits (earliest on ties), its hits centred."""
    best, best_start, low = 0, 0, 0
    for high, index in enumerate(hits):
        while hits[low] <= index - size:
            low += 1
        if high - low + 1 > best:
            best, best_start = high - low + 1, max(0, index - size + 1)
    inside = [i for i in hits if best_start <= i < best_start + size]
    if not inside:
        return 0
    centred = inside[0] - (size - (inside[-1] - inside[0] + 1)) // 2
    return max(0, min(centred, total - size))


def make_snippet(texts: list[str], terms: list[Term], size: int = SNIPPET_WORDS,
                 folded: list[str] | None = None) -> str:
    """A short excerpt of the text matching the most query words (earliest on ties), matches in <b>.
    `folded`: fold() of each text when the caller already has it (saves the costliest step)."""
    key = tuple(dict.fromkeys(terms))
    best: tuple[int, str, list[int], int] | None = None
    for number, text in enumerate(texts):
        if best is not None and best[1] and best[0] == len(key):
            break  # every query word is in an earlier text: a later one cannot win
        indices, matched, total = _hits(text, key, folded[number] if folded else None)
        if best is None or len(matched) > best[0] or (not best[1] and text):
            best = (len(matched), text, indices, total)
    _, chosen, indices, total = best if best else (0, "", [], 0)
    if not total:
        return html.escape(chosen[:200])
    start = best_window(indices, total, size)
    return _render(chosen, start, size, set(indices), total)


def _render(text: str, start: int, size: int, flagged: set[int], total: int) -> str:
    """The window's words with flagged ones in <b>, the text between them kept, ellipses when cut."""
    window = [m.span() for m in islice(_WORD.finditer(text), start, start + size)]
    out, cursor = [], window[0][0]
    for offset, (s, e) in enumerate(window):
        out.append(text[cursor:s].translate(_NO_MARKS))
        out.append(f"\x01{text[s:e]}\x02" if start + offset in flagged else text[s:e])
        cursor = e
    if start + size >= total:
        out.append(text[cursor:].translate(_NO_MARKS))
    # One escape for the whole window; the marks (control characters, never in a word) become the tags.
    body = html.escape("".join(out)).replace("\x01", "<b>").replace("\x02", "</b>")
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + size < total else ""
    return prefix + " ".join(body.split()) + suffix
