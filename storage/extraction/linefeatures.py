"""Statistical features of one page line: words, accents, sentence shape, name shape."""
from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

log = logging.getLogger(__name__)

WORD_RE = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*", re.UNICODE)
SENTENCE_END_RE = re.compile(r"[.!?…:;]['\"”’»)\]]*$|\.\.\.$|/\.$")
ELLIPSIS_END_RE = re.compile(r"(\.\.\.|…)\s*$")
SENTENCE_ENDS = frozenset(".!?…:;")  # SENTENCE_END_RE's end marks and the closers it lets follow them
SENTENCE_CLOSERS = "'\"”’»)]"
# A lowercase ASCII run of this many words is an unaccented slug, never Vietnamese prose.
SLUG_RUN = 6
ENGLISH_FUNCTION_WORDS = frozenset("the of and to is in for with on that by from are was this at".split())
INITIALS_RE = re.compile(r"^(?:[A-ZĐ]\.){1,4}[A-ZĐ]?\.?$")
NAME_SEPARATORS = frozenset({"-", "–", "—", "/", ",", "&", "và"})


@lru_cache(maxsize=8192)
def norm_key(text: str) -> str:
    """Comparison key: NFC, casefolded, whitespace collapsed, outer punctuation stripped."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.split()).strip(" .,:;\"'“”()-–—")


@lru_cache(maxsize=512)  # the cleaning rules and the title model ask for the same lines' words many times
def words(text: str) -> tuple[str, ...]:
    """The words of a line (letters and digits, keeping inner dots as in 'Y.Yun')."""
    return tuple(WORD_RE.findall(text))


def is_accented(word: str) -> bool:
    """True when the word carries a Vietnamese letter outside ASCII."""
    return not word.isascii()


def accent_ratio(text: str) -> float:
    """Share of alphabetic words that carry a diacritic."""
    alpha = [w for w in words(text) if not w.isdigit()]
    if not alpha:
        return 0.0
    return sum(1 for w in alpha if is_accented(w)) / len(alpha)


def has_letters(text: str) -> bool:
    """True when the line holds at least one letter."""
    return any(ch.isalpha() for ch in text)


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (period, ellipsis, question, quote after period)."""
    # SENTENCE_END_RE.search(text.rstrip()) read from the end (the search tried every position of a paragraph):
    # its other forms ("...", "/.") end with a full stop too
    bare = text.rstrip().rstrip(SENTENCE_CLOSERS)
    return bare[-1:] in SENTENCE_ENDS


def ends_with_ellipsis(text: str) -> bool:
    """True when the line ends with '...' or '…' (teasers of other articles do)."""
    return text.rstrip().endswith(("...", "…"))  # ELLIPSIS_END_RE.search(text), read from the end


def leading_slug_run(text: str) -> int:
    """Length of the run of lowercase unaccented words the line starts with."""
    run = 0
    for word in text.split():
        token = word.strip(".,:;!?\"'()")
        if not token or not token.isascii() or not token.isalnum() or token != token.lower():
            break
        run += 1
    return run


def is_slug(text: str) -> bool:
    """An image alt or URL slug: a long run of unaccented lowercase words, not English prose."""
    if leading_slug_run(text) < SLUG_RUN and (text != text.lower() or not text.isascii()):
        return False  # cheap exit: prose has capitals or diacritics
    tokens = words(text)
    if sum(1 for t in tokens if t.lower() in ENGLISH_FUNCTION_WORDS) >= 2:
        return False
    if leading_slug_run(text) >= SLUG_RUN:
        return True
    alpha = [w for w in tokens if not w.isdigit()]
    return len(alpha) >= 5 and accent_ratio(text) < 0.1


def _is_name_token(token: str) -> bool:
    if token in NAME_SEPARATORS:
        return True
    if INITIALS_RE.match(token):
        return True
    core = token.strip(".,()")
    return bool(core) and core[0].isupper() and not any(ch.isdigit() for ch in core)


def is_name_like(text: str, max_tokens: int = 6) -> bool:
    """A short line of capitalised words or initials: a person's name or a byline."""
    stripped = text.strip()
    if not stripped or len(stripped) > 60 or stripped.endswith((":", "?", "!")):
        return False
    tokens = stripped.replace("/", " / ").split()
    real = [t for t in tokens if t not in NAME_SEPARATORS]
    if not 1 <= len(real) <= max_tokens:
        return False
    if len(real) == 1 and not INITIALS_RE.match(real[0]) and not real[0].isupper():
        return False
    return all(_is_name_token(t) for t in tokens)


def is_title_case_name(text: str) -> bool:
    """Two to five capitalised words, as a Vietnamese or foreign personal name is written."""
    tokens = text.split()
    return 2 <= len(tokens) <= 5 and all(t[0].isupper() and t.replace(".", "").isalpha() for t in tokens)
