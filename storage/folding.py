"""Vietnamese text folding for search: one tone-mark convention, and accent-free folded forms."""
from __future__ import annotations

import logging
import re
import unicodedata

log = logging.getLogger(__name__)

# Tone marks as combining characters (NFD); vowel-quality marks (circumflex, breve, horn) are not tones.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_TONED_SECOND = "".join(
    unicodedata.normalize("NFC", base + tone) for base in "aeyAEY" for tone in _TONES
)
# A syllable ending in oa/oe/uy (no final consonant) is written "hòa" or "hoà", "thủy" or "thuỷ".
# We pick the first form (mark on the first vowel) for indexed text and queries alike. "qu" + y is
# not such a cluster ("quý" keeps its mark on y).
# (The q test looks behind the vowel once it is matched: a pattern opening with a character class is searched for
# that class, three times faster than trying a look-behind at every character.)
_SECOND_PLACEMENT = re.compile(rf"([oOuU])(?<![qQ][oOuU])([{_TONED_SECOND}])(?!\w)")
_WORD = re.compile(r"\w+")


def _fold_table() -> dict[int, str]:
    """Map every precomposed Latin letter to its base letter; đ/Đ become d/D."""
    table: dict[int, str] = {}
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    for code in range(0x0300, 0x0370):  # stray combining marks (text that arrived in NFD)
        table[code] = None  # type: ignore[assignment]
    return table


_FOLD = _fold_table()
# The same mapping as a list indexed by code point (the character itself where the table has none):
# str.translate indexes a list three times faster than it looks a dict up, and leaves higher code points.
_FOLD_LIST = [_FOLD.get(code, chr(code)) for code in range(max(_FOLD) + 1)]


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    base, tone = decomposed[0], decomposed[1:]
    pair = (first.lower() + base.lower())
    if pair not in ("oa", "oe", "uy"):
        return match.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def normalize_tones(text: str) -> str:
    """NFC text with one tone-mark placement: "hoà" -> "hòa", "thuỷ" -> "thủy"."""
    text = unicodedata.normalize("NFC", text)
    return _SECOND_PLACEMENT.sub(_move_tone, text)


def exact_form(text: str) -> str:
    """The form a word is matched "as written": tone-normalised and lower-case."""
    return normalize_tones(text).lower()


def fold(text: str) -> str:
    """Accent-free lower-case form: "Đường Quốc phòng" -> "duong quoc phong"."""
    return unicodedata.normalize("NFC", text).translate(_FOLD_LIST).lower()


def has_diacritics(word: str) -> bool:
    """True when a word carries any Vietnamese mark (including đ), so it must match exactly."""
    return fold(word) != word.lower()


def words(text: str) -> list[str]:
    """The words of a text (letters and digits), NFC, in order."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of every word of an NFC text."""
    return [m.span() for m in _WORD.finditer(text)]
