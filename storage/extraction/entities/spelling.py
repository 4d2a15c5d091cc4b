"""Spelling of Vietnamese words: one tone-mark convention, matching keys, the shape of a syllable."""
from __future__ import annotations

import re
from functools import lru_cache

DASHES = {"-", "–", "—", "‑"}

_OLD_TONE = re.compile(r"([oOuU])(?<![qQ][oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])")  # q tested behind the vowel: faster
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_TONE_OF = {c: (base, k) for base, row in _TONED.items() for k, c in enumerate(row)}


def _new_tone(m: re.Match[str]) -> str:
    base, k = _TONE_OF[m.group(2)]
    first = m.group(1)
    toned = _TONED[first.lower()][k]
    return (toned.upper() if first.isupper() else toned) + base


def tone_norm(text: str) -> str:
    """One tone-mark convention: "hoà" -> "hòa", "thuỷ" -> "thủy" (the tone on the first vowel)."""
    return _OLD_TONE.sub(_new_tone, text)


def token_key(tok: str) -> str:
    """Matching key of a token: casefolded, one tone convention, dashes unified."""
    return "-" if tok in DASHES else tone_norm(tok.casefold())


_TONES = str.maketrans(
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
    "aaaaaăăăăăâââââeeeeeêêêêêiiiiioooooôôôôôơơơơơuuuuuưưưưưyyyyy",
)
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
_NUCLEUS = ("iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|"
            "ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|[aăâeêioôơuưy]")
_SYLLABLE = re.compile(f"{_ONSET}(?:{_NUCLEUS})(?:ch|ng|nh|[cmnpt])?")


@lru_cache(maxsize=8192)
def is_vietnamese_syllable(tok: str) -> bool:
    """True when tok is spelled like a Vietnamese syllable (so not a foreign word)."""
    base = tok.casefold().translate(_TONES)
    return bool(_SYLLABLE.fullmatch(base))
