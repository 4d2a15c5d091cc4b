"""Search-hit snippets: the ~28-word window of a text holding the most query words, matches in <b>.

Built for long bodies: the text is scanned once by one regular expression for the words that could
match (accent- and case-insensitive, so the text need not be folded first: folding a 2 KiB body costs
more than the scan), words are counted (not listed) between candidates, and only the chosen window is
split into words, so a 5 KiB body costs a few regex passes instead of a Python step per word.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from itertools import islice
from typing import Callable, Sequence

from ..folding import _FOLD, fold
from .search_syntax import Term

SNIPPET_WORDS = 28
_WORD = re.compile(r"\w+")  # the word definition of storage.folding.word_spans
_NO_MARKS = str.maketrans("", "", "\x01\x02")
# Look-arounds after the first character, so the scan tests them only at punctuation.
_PUNCT_TOKEN = re.compile(r"[^\w\s](?<!\S.)")  # a token starting with neither a letter nor a digit
_AFTER_PUNCT = re.compile(r"[^\w\s](?=\w)")  # punctuation right before a word


def _variants() -> dict[str, str]:
    """Each folded letter -> the lower-case precomposed letters that fold to it."""
    out: dict[str, str] = {}
    for code, base in _FOLD.items():
        if base and chr(code).lower() == chr(code) and len(chr(code)) == 1:
            out[base.lower()] = out.get(base.lower(), "") + chr(code)
    return out


_VARIANTS = _variants()


def _loose(word: str) -> str:
    """A pattern matching `word` (folded) in lower-cased text: each letter or any of its marked forms."""
    return "".join(f"[{re.escape(ch + _VARIANTS[ch])}]" if ch in _VARIANTS else re.escape(ch) for ch in word)


@lru_cache(maxsize=64)
def _candidates(terms: tuple[Term, ...], loose: bool = False) -> re.Pattern[str]:
    """Words that may match a term: folded whole words, or word starts for prefixes; in folded text,
    or (loose) in lower-cased NFC text (no IGNORECASE: it lower-cases every character it tries)."""
    escape = _loose if loose else re.escape
    whole = sorted({fold(t.text) for t in terms if not t.prefix}, key=len, reverse=True)
    starts = sorted({fold(t.text) for t in terms if t.prefix}, key=len, reverse=True)
    parts = [rf"(?:{'|'.join(_starting(w, escape) for w in whole)})(?!\w)"] if whole else []
    parts += [rf"(?:{'|'.join(_starting(w, escape) for w in starts)})\w*"] if starts else []
    return re.compile(f"(?:{'|'.join(parts) or '(?!)'})")


def _starting(word: str, escape) -> str:
    """`word` at a word start. The look-behind sits after the first letter (\\w.: no letter before
    it), so the scan skips to first letters instead of testing the look-behind at every position
    (2-7x faster on a 4 KiB body)."""
    return escape(word[:1]) + r"(?<!\w.)" + escape(word[1:])


def _hits(text: str, terms: tuple[Term, ...], folded: str | None = None) -> tuple[list[int], set[Term], int, int]:
    """(word indices that match a term, the terms matched, words before `offset`, offset) for one
    text: the words after the last candidate are counted only for the text chosen (_total);
    `folded` is fold(text) when the caller has it."""
    if folded is not None and len(folded) == len(text):
        haystack, pattern = folded, _candidates(terms)
    else:
        # Words are the \\w runs of the text as written and every candidate is checked by Term.matches,
        # so this finds what folding first would (and, like _hits_by_word, handles text that is not NFC).
        haystack, pattern = text.lower(), _candidates(terms, loose=True)
        if len(haystack) != len(text):  # "İ" lower-cases to two characters: offsets would move
            return _hits_by_word(text, terms)
    indices: list[int] = []
    matched: set[Term] = set()
    count, cursor = 0, 0
    for found in pattern.finditer(haystack):
        start, end = found.span()
        count += _count_words(text, cursor, start)
        word_terms = {t for t in terms if t.matches(text[start:end])}
        if word_terms:
            indices.append(count)
            matched |= word_terms
        count, cursor = count + 1, end
    return indices, matched, count, cursor


def _total(text: str, count: int, offset: int) -> int:
    """All the words of a text, from the words counted before offset."""
    return count + (_count_words(text, offset, len(text)) if offset < len(text) else 0)


def _count_words(text: str, start: int, end: int) -> int:
    """Words (\\w+ runs) in text[start:end] without a match per word (the costliest step of a
    snippet): the whitespace-separated tokens, less those starting with punctuation, plus the words
    right after punctuation ("(theo", "1.024", "COVID-19"): 2-3x faster than findall on a 4 KiB body."""
    if end - start < 200:  # a few words: one findall costs less than three scans
        return len(_WORD.findall(text, start, end))
    piece = text[start:end]
    return len(piece.split()) - len(_PUNCT_TOKEN.findall(piece)) + len(_AFTER_PUNCT.findall(piece))


def _hits_by_word(text: str, terms: tuple[Term, ...]) -> tuple[list[int], set[Term], int, int]:
    """The slow path of _hits for text whose folded form has other offsets."""
    indices: list[int] = []
    matched: set[Term] = set()
    words = _WORD.findall(text)
    for index, word in enumerate(words):
        word_terms = {t for t in terms if t.matches(word)}
        if word_terms:
            indices.append(index)
            matched |= word_terms
    return indices, matched, len(words), len(text)


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


def make_snippet(texts: Sequence[str | Callable[[], str]], terms: list[Term], size: int = SNIPPET_WORDS,
                 folded: list[str] | None = None) -> str:
    """A short excerpt of the text matching the most query words (earliest on ties), matches in <b>.
    A text may be a function giving it, called only when an earlier text lacks a query word (a
    search hit's body is unpacked only then). `folded`: fold() of each text when the caller has it."""
    key = tuple(dict.fromkeys(terms))
    best: tuple[int, str, list[int], int, int] | None = None
    for number, given in enumerate(texts):
        if best is not None and best[1] and best[0] == len(key):
            break  # every query word is in an earlier text: a later one cannot win
        text = given() if callable(given) else given
        indices, matched, count, offset = _hits(text, key, folded[number] if folded else None)
        if best is None or len(matched) > best[0] or (not best[1] and text):
            best = (len(matched), text, indices, count, offset)
    _, chosen, indices, count, offset = best if best else (0, "", [], 0, 0)
    total = _total(chosen, count, offset)
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
