"""Vietnamese-aware helpers for decoding: legacy font encodings (TCVN3, VNI) and a 'looks Vietnamese' score."""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

log = logging.getLogger(__name__)

_VN_LOWER = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmn"
    "oòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz"
)
VN_LETTERS = frozenset(_VN_LOWER + _VN_LOWER.upper())
# Letters only Vietnamese uses (not Western European): evidence that a decoding is right.
VN_SPECIFIC = frozenset(c for c in VN_LETTERS if c not in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ" and ord(c) > 127)
# Symbols that occur in real text; other Latin-1 symbols hint at a wrong code page.
_FINE_SYMBOLS = frozenset("°«»©·–—…“”‘’•€")

# TCVN3 (ABC) font encoding: byte (read as Latin-1) -> letter. Toned capitals use the same codes in
# the "H" fonts, so they decode to lower case; base capitals Ă Â Đ Ê Ô Ơ Ư have their own codes.
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ "
    "×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ \xadư "
    "õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ ¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
_TCVN3 = {p[0]: p[1] for p in _TCVN3_PAIRS.split(" ")}

# VNI Windows: a base letter followed by a diacritic byte (read as cp1252), plus a few single bytes.
_VNI_TONES = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # with â / ê / ô
_VNI_BREVE = {"é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # with ă
_VNI_SINGLE = {"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ", "í": "í", "ì": "ì",
               "æ": "ỉ", "ó": "ĩ", "ò": "ị", "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị"}


def _vni_lower() -> dict[str, str]:
    """VNI byte pairs of the lower-case letters."""
    table: dict[str, str] = {}
    for base in "aeiouy":
        for mark, tone in _VNI_TONES.items():
            table[base + mark] = unicodedata.normalize("NFC", base + tone)
    for mark, tone in _VNI_TONES.items():  # ơ / ư with a tone: ô+tone, ö+tone in VNI
        table["ô" + mark] = unicodedata.normalize("NFC", "ơ" + tone)
        table["ö" + mark] = unicodedata.normalize("NFC", "ư" + tone)
    for base, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
        table[base + "â"] = hat
        for mark, tone in _VNI_HAT.items():
            table[base + mark] = unicodedata.normalize("NFC", hat + tone)
    table["aê"] = "ă"
    for mark, tone in _VNI_BREVE.items():
        table["a" + mark] = unicodedata.normalize("NFC", "ă" + tone)
    table["yî"] = "ỵ"
    return table


def _vni_table() -> dict[str, str]:
    lower = _vni_lower()
    table = {k.upper(): v.upper() for k, v in lower.items()} | lower
    table.update(_VNI_SINGLE)
    return table


_VNI = _vni_table()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))


def decode_tcvn3(data: bytes) -> str:
    """Decode TCVN3 (ABC) bytes to Unicode."""
    return "".join(_TCVN3.get(c, c) for c in data.decode("cp1252", errors="replace"))


def decode_vni(data: bytes) -> str:
    """Decode VNI Windows bytes to Unicode."""
    return _VNI_RE.sub(lambda m: _VNI[m.group(0)], data.decode("cp1252", errors="replace"))


@dataclass(frozen=True)
class VnScore:
    """How Vietnamese a decoded text looks: counts of telling letters and of suspicious characters."""

    specific: int  # letters only Vietnamese uses (ơ ư ă đ ạ ệ ...)
    bad: int  # foreign letters, stray combining marks, odd symbols, controls, U+FFFD
    letters: int

    @property
    def plausible(self) -> bool:
        """True when the text reads as Vietnamese with at most a few odd characters."""
        return self.specific > 0 and self.bad * 50 <= max(self.letters, 1) and self.bad < self.specific

    @property
    def rank(self) -> int:
        """Higher is better; odd characters weigh heavily."""
        return self.specific - 4 * self.bad


def vietnamese_score(text: str) -> VnScore:
    """Score NFC text by its share of valid Vietnamese letters and syllables."""
    specific = bad = letters = 0
    for ch in text:
        if ch < "\x80":
            letters += ch.isalpha()
            continue
        if ch in VN_LETTERS:
            letters += 1
            specific += ch in VN_SPECIFIC
        elif ch.isalpha() or ch == "\ufffd" or unicodedata.combining(ch):
            bad += 1
        elif ch <= "\xff" and unicodedata.category(ch)[0] in "SPC" and ch not in _FINE_SYMBOLS and ch != "\xa0":
            bad += 1
    bad += sum(1 for word in _WORD.findall(text) if not _syllable_ok(word))
    return VnScore(specific, bad, letters)


_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")  # letter runs with a non-ASCII letter
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SHAPE_MARKS = frozenset("\u0302\u0306\u031b")  # circumflex, breve, horn: â ê ô ă ơ ư
# Vowel groups a Vietnamese syllable can have (tone marks removed; "gi"/"qu" count as consonants).
_NUCLEI = frozenset(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ ue uê ui uô uơ uy "
    "ưa ưi ươ ưu yê iêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu yêu".split()
)
_VOWEL_RUN = re.compile("[aăâeêioôơuưy]+")


def _syllable_ok(word: str) -> bool:
    """A Vietnamese syllable: ≤ 7 letters, one valid vowel group, one tone mark, on â/ơ/ư... if it has one."""
    if len(word) > 7 or any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
        return False
    letters = [unicodedata.normalize("NFD", ch) for ch in word]
    toned = [d for d in letters if _TONE_MARKS.intersection(d)]
    if len(toned) > 1:
        return False
    shaped = any(_SHAPE_MARKS.intersection(d) for d in letters)
    if toned and shaped and not _SHAPE_MARKS.intersection(toned[0]):
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in "".join(letters) if c not in _TONE_MARKS)).lower()
    bare = re.sub("^(gi|qu)(?=[aăâeêioôơuưy])", "", bare)
    runs = _VOWEL_RUN.findall(bare)
    return len(runs) <= 1 and all(run in _NUCLEI for run in runs)
