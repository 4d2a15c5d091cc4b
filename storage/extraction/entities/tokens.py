"""Tokens for entity extraction: words with offsets, capitalisation and word-unit grouping."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from . import nlp
from .lexicon import lexicon
from .spelling import DASHES, is_vietnamese_syllable, token_key

log = logging.getLogger(__name__)

# A capital letter and an apostrophe open one word: "H’ra", "R’Lấp", "O'Brien" (not "Trump's").
_TOKEN = re.compile(r"(?:\b[A-ZĐ][’'](?=[^\W\d_]))?[^\W_]+(?:\.[^\W_]+)*\+*|[^\w\s]")
_SENT_END = {".", "!", "?", ":", ";", "…", "•"}
_OPENERS = {"\"", "“", "'", "‘", "(", "[", "«"}
_JOINERS = frozenset("./-&")  # what _merge joins across: an initial's full stop, a slash, a hyphen, an ampersand
_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")  # "Á." ends "Đông Nam Á.": a toned vowel is no initial


@dataclass(slots=True)
class Token:
    """One token of a paragraph, with its character span and shape flags."""

    text: str
    start: int
    end: int
    key: str
    is_word: bool = False  # letters or digits rather than punctuation
    cap: bool = False  # starts with a capital letter
    allcaps: bool = False  # an abbreviation in capitals ("TTXVN", "HĐBA/LHQ", "ADMM+", "G20")
    sent_start: bool = False
    tail: int = 0  # >0: this capitalised syllable opens a common word of `tail` syllables ("Quốc phòng")

    @property
    def dash(self) -> bool:
        """A hyphen or dash."""
        return self.text in DASHES

    @property
    def initial(self) -> bool:
        """A name initial such as "T." or "Y."."""
        return len(self.text) == 2 and self.text[0].isupper() and self.text[1] == "."

    @property
    def foreign(self) -> bool:
        """A capitalised word not spelled like any Vietnamese syllable ("Esper", "Rae")."""
        return _foreign_text(self.text)


def _merge(tokens: list[Token], text: str, joiners: list[int]) -> list[Token]:
    """Join initials ("T."), slash and ampersand abbreviations ("HĐBA/LHQ", "KH&CN") and lowercase hyphen
    parts ("Jae-in"); `joiners`: the indexes of the tokens that are joiners, in order."""
    out: list[Token] = []
    i, count = 0, len(tokens)
    # Only a token followed by a joiner and one more token may join: the runs between are copied whole. A join
    # replaces a word by a longer word, so which tokens are joiners never changes during the pass.
    for k in [j - 1 for j in joiners if 1 <= j < count - 1]:
        if k < i:
            continue  # taken by the join before
        out.extend(tokens[i:k])
        i = k
        t, nxt, nn = tokens[i], tokens[i + 1], tokens[i + 2]
        if nxt.text == "." and nxt.start == t.end and len(t.text) == 1 and t.text in _INITIALS \
                and out and out[-1].cap and nn.cap:  # "Mark T. Esper", not "châu Á."
            out.append(_tok(text, t.start, nxt.end))
            i += 2
            continue
        if nxt.start == t.end and nn.start == nxt.end and t.is_word and nn.is_word:
            glue = (nxt.text == "/" and t.allcaps and nn.allcaps) or (
                nxt.text == "&" and t.text.isupper() and nn.text.isupper() and t.text.isalpha()) or (
                nxt.text == "-" and t.text[0].isalpha() and nn.text[0].isalpha()
                and (nn.text[0].islower() or (_foreign(t.text) and (_foreign(nn.text) or _short_part(nn.text)))))
            if glue:
                tokens[i + 2] = _tok(text, t.start, nn.end)
                i += 2
                continue
        out.append(t)
        i += 1
    out.extend(tokens[i:])
    return out


@lru_cache(maxsize=16384)  # the rules ask about the same tokens' words many times (a hundred calls a page)
def _foreign_text(text: str) -> bool:
    """Token.foreign of a token's text."""
    return any(len(p) > 1 and not is_vietnamese_syllable(p.rstrip("+")) for p in text.split(".") if p)


def _foreign(word: str) -> bool:
    return len(word) > 1 and not is_vietnamese_syllable(word)


def _short_part(word: str) -> bool:
    """A two- or three-letter capitalised syllable ("Se" of "Byung-Se"): a Korean name's second part."""
    return 2 <= len(word) <= 3 and word.isalpha() and not word.isupper()


def _tok(text: str, start: int, end: int) -> Token:
    s = text[start:end]
    return Token(s, start, end, *_shape(s))


@lru_cache(maxsize=16384)  # a news text repeats its syllables: each one's key and shape computed once
def _shape(s: str) -> tuple[str, bool, bool, bool]:
    """(key, is_word, cap, allcaps) of a token's text."""
    first = s[0]
    word = first.isalnum()
    caps = word and first.isalpha() and s.isupper() and len(s) >= 2 and s[1] != "."
    return token_key(s), word, first.isupper(), caps


def raw_tokens(text: str) -> list[Token]:
    """Tokens of a text without sentence or word-unit marks."""
    tokens, joiners = _split_tokens(text)
    return _merge(tokens, text, joiners)


def _split_tokens(text: str) -> tuple[list[Token], list[int]]:
    """_TOKEN's matches in the text, as Tokens, and the indexes of the joiners among them (_merge). No match
    spans a space and the pattern's look-arounds see a space as they see the text's end, so the text is
    matched space-separated part by part; a part of letters and digits alone (most of a paragraph) is one
    token, with no regex run (and no joiner)."""
    # Token() inline, not through _tok(): a paragraph has a few hundred tokens, each one call fewer.
    out: list[Token] = []
    joiners: list[int] = []
    append, pos = out.append, 0
    for part in text.split(" "):
        size = len(part)
        if part.isalnum():
            append(Token(part, pos, pos + size, *_shape(part)))
        elif part:
            for m in _TOKEN.finditer(part):
                s, (start, end) = m.group(), m.span()
                if s in _JOINERS:
                    joiners.append(len(out))
                append(Token(s, pos + start, pos + end, *_shape(s)))
        pos += size + 1
    return out, joiners


def tokenize(text: str) -> list[Token]:
    """Tokens of one paragraph, with sentence starts and common-word tails marked."""
    tokens = raw_tokens(text)
    start = True
    words, last = lexicon(), len(tokens) - 1
    for i, t in enumerate(tokens):  # one pass: sentence starts and common-word tails
        if t.is_word:
            t.sent_start = start
            start = False
        elif t.text in _SENT_END:
            start = True
        elif t.text not in _OPENERS and not t.dash:
            start = False
        if t.cap and i < last:
            _mark_tail(tokens, i, words)
    return tokens


def _mark_tail(tokens: list[Token], i: int, words: frozenset[str]) -> None:
    """Mark capitalised tokens[i] if it opens a lowercase-tailed common word ("Quốc phòng", "Ngoại giao")."""
    nxt = tokens[i + 1]
    if not nxt.is_word or nxt.cap:
        return
    keys = [tokens[i].key]  # the syllable and up to three lowercase words after it
    for p in tokens[i + 1:i + 4]:
        if not (p.is_word and p.text[0].islower()):
            break
        keys.append(p.key)
    for n in range(len(keys), 1, -1):  # the longest common word first
        if " ".join(keys[:n]) in words:
            tokens[i].tail = n
            break


@lru_cache(maxsize=4096)
def segment(window: str) -> tuple[str, ...]:
    """Word segmentation of a short window by underthesea (fallback where the lexicon is silent)."""
    return tuple(nlp.word_tokenize()(window))


@lru_cache(maxsize=2048)
def pos_tags(window: str) -> tuple[tuple[str, str], ...]:
    """Part-of-speech tags of a short window by underthesea (used only on rare ambiguous spans)."""
    return tuple((w, tag) for w, tag in nlp.pos_tag()(window))


def word_len(tokens: list[Token], i: int) -> int:
    """Syllables of the common word that capitalised tokens[i] opens ("Quốc phòng" -> 2), else 0."""
    t = tokens[i]
    if t.tail:
        return t.tail
    if i + 1 >= len(tokens) or not tokens[i + 1].is_word or not tokens[i + 1].text[0].islower():
        return 0
    if t.foreign or not tokens[i + 1].text.isalpha() or not t.text.isalpha():
        return 0
    window = " ".join(x.text for x in tokens[i:i + 4] if x.is_word)
    words = segment(window)
    if not words or not words[0].startswith(f"{t.text} {tokens[i + 1].text}"):
        return 0
    return len(words[0].split())
