"""Words in capitals: organisation abbreviations, treaty abbreviations, joint credits, names in capitals."""
from __future__ import annotations

import logging
import re
import unicodedata

from .mention import THING_NOUNS, Mention
from .orgparts import document_before, police_code
from .orgs import abbreviation
from .spelling import is_vietnamese_syllable, token_key
from .state import ScanState

log = logging.getLogger(__name__)

_ROMAN = re.compile(r"[IVXLC]+")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
# A model, weapon or unit code: one or two letters glued to digits ("M240", "A57", "Z121"); groups
# of countries ("G7", "G20") are named that way too and stay.
_CODE = re.compile(r"(?!G\d)[A-Z]{1,2}\d+[A-Z]?")
_QUARTER = re.compile(r"Q[1-4][./]\d{2,4}")  # "Q1.2013": a quarter of a year in financial reports
# Words before a class, a model or a kind: "lớp SSN-AUKUS", "mẫu F-35", "thuế GTGT", "tiêu chuẩn ISO".
_CLASS_WORDS = {"lớp", "mẫu", "dòng", "kiểu", "tiêm kích", "máy bay", "tên lửa", "trực thăng", "thuế", "phí", "lệ phí",
                "tiêu chuẩn", "chuẩn", "mã"}


def capitals(sc: ScanState, i: int) -> int:
    """Record what the word in capitals at i names, if anything; returns the index after it."""
    code = police_code(sc, i)
    if code > i:  # "PC45", "PA 83": a police department's code names it
        if not sc.credit:
            sc.add("organization", i, code)
        return code
    if sc.toks[i].text in _SHIP_PREFIXES and i + 1 < len(sc.toks) and sc.toks[i + 1].cap:
        return _ship_end(sc, i + 1)  # "USS George Washington", "INS Satpura": a ship, named after no place
    if _ticker(sc, i):  # "mã HDG", "cổ phiếu PVX", "VIC (Tập đoàn Vingroup)": a stock code, here and
        sc.add("term", i, i + 1)  # wherever the article uses it alone ("HDG sẽ ghi nhận ..."), names no body
        return i + 1
    if i and (sc.keys[i - 1] in _CLASS_WORDS or " ".join(sc.keys[max(0, i - 2):i]) in _CLASS_WORDS):
        return i + 1  # "lớp SSN-AUKUS", "mẫu F-35": a class or model
    if sc.thing_before(i) and i + 2 < len(sc.toks) and sc.toks[i + 1].dash and sc.toks[i + 2].text[0].isdigit():
        return i + 1  # "tàu HQ-016": a hull number
    if i >= 2 and sc.toks[i - 1].text == "/" and sc.toks[i - 2].text.isdigit():
        return i + 1  # "Nghị định 357/2025/NĐ-CP": the issuing code of a document's number
    if sc.credit and "/" in sc.toks[i].text:
        _credit_parts(sc, i)
    elif sc.credit:
        return i + 1  # "Nguồn ảnh: TVSI": whoever supplied the picture is no entity of the article
    elif _lowercase_initials(sc, i):  # "thuế giá trị gia tăng (GTGT)": a term spelled out in lowercase,
        sc.add("term", i, i + 1)  # not a body, here or anywhere in the article
    elif _in_parens(sc, i) and _thing_named(sc, i - 1):
        return i + 1  # "khu công nghiệp Việt Nam - Singapore (VSIP)": a site's or a project's initials
    elif _in_parens(sc, i) and document_before(sc, i - 1):
        sc.add("document", i, i + 1)  # "Công ước ... (UNCLOS)": a treaty, not an organisation
    elif _glued_chain(sc, i) > i + 4:
        return _glued_chain(sc, i)  # "bột ngọt AJI-NO-MOTO": three parts glued by dashes spell a brand or a product
    elif real_abbreviation(sc, i) and not _caps_name(sc, i):
        return abbreviation(sc, i)
    return i + 1


def _glued_chain(sc: ScanState, i: int) -> int:
    """End of the words glued to token i by dashes with no space ("AJI-NO-MOTO"), else i + 1."""
    toks, k = sc.toks, i
    while k + 2 < len(toks) and toks[k + 1].dash and toks[k + 1].start == toks[k].end \
            and toks[k + 2].start == toks[k + 1].end and toks[k + 2].is_word:
        k += 2
    return k + 1


# prefixes of navies' ship names (United States, India, Britain, Australia, Japan, Korea, Philippines, Indonesia)
_SHIP_PREFIXES = frozenset({"USS", "USNS", "USCGC", "INS", "HMS", "HMAS", "HMCS", "HMNZS", "JS", "ROKS", "BRP", "KRI",
                            "RSS", "KD", "HTMS"})


def _ship_end(sc: ScanState, k: int) -> int:
    """End of a ship's capitalised name from k (up to four words)."""
    j = k
    while j < len(sc.toks) and j - k < 4 and sc.toks[j].is_word and sc.toks[j].cap:
        j += 1
    return j


_TICKER = re.compile(r"[A-Z][A-Z0-9]{2}")  # codes on the Vietnamese exchanges: three letters or digits
_TICKER_BEFORE = {("mã",), ("cổ", "phiếu"), ("mã", "cổ", "phiếu"), ("mã", "chứng", "khoán"), ("mã", "ck")}
_EXCHANGES = {"hose", "hnx", "upcom"}
_FIRM_HEADS = {"công", "tổng", "tập", "ngân", "ctcp", "quỹ"}  # "Công ty", "Tổng công ty", "Tập đoàn", ...


def _ticker(sc: ScanState, i: int) -> bool:
    """The capitals at i are a stock code: after "mã" or "cổ phiếu", before its exchange ("ABT-HOSE",
    "ACC -HOSE"), or before the listed firm's name in brackets ("VIC (Tập đoàn Vingroup)")."""
    toks, text = sc.toks, sc.toks[i].text
    code, _, exchange = text.partition("-")
    if not _TICKER.fullmatch(code) or (exchange and exchange.casefold() not in _EXCHANGES):
        return False
    if any(i >= len(w) and tuple(sc.keys[i - len(w):i]) == w for w in _TICKER_BEFORE) or exchange:
        return True
    if i + 2 < len(toks) and toks[i + 1].dash and sc.keys[i + 2] in _EXCHANGES:
        return True
    return i + 2 < len(toks) and toks[i + 1].text == "(" and toks[i + 2].cap and sc.keys[i + 2] in _FIRM_HEADS


def _in_parens(sc: ScanState, i: int) -> bool:
    return 0 < i < len(sc.toks) - 1 and sc.toks[i - 1].text == "(" and sc.toks[i + 1].text == ")"


def _lowercase_initials(sc: ScanState, i: int) -> bool:
    """The abbreviation at i, in a bracket alone or in a list ("(PB, GDPL)"), spells the initials of
    the lowercase words before the bracket, item by item ("phổ biến, giáo dục pháp luật")."""
    toks = sc.toks
    a = i
    while a >= 2 and toks[a - 1].text == "," and toks[a - 2].allcaps:
        a -= 2
    if a < 1 or toks[a - 1].text != "(":
        return False
    b = i
    while b + 2 < len(toks) and toks[b + 1].text == "," and toks[b + 2].allcaps:
        b += 2
    if b + 1 >= len(toks) or toks[b + 1].text != ")":
        return False
    end = a - 1  # walk back over the spelled-out items, the last abbreviation first
    for k in range(b, a - 1, -2):
        letters = toks[k].text.casefold()
        words = toks[end - len(letters):end] if end - len(letters) >= 0 else []
        if len(letters) < 2 or len(words) != len(letters) or any(t.cap or not t.is_word for t in words) \
                or "".join(t.text[0].casefold() for t in words) != letters:
            return False
        end -= len(letters)
        if k > a:
            if end < 1 or toks[end - 1].text != ",":
                return False
            end -= 1
    return True


def _thing_named(sc: ScanState, k: int) -> bool:
    """The capitalised name ending before token k follows a lowercase noun for a thing ("khu", "dự án")."""
    s = k
    while s > 0 and k - s < 8 and (sc.toks[s - 1].cap or sc.toks[s - 1].dash):
        s -= 1
    for m in (1, 2, 3):
        lower = sc.toks[max(0, s - m):s]
        if s == k or len(lower) < m or any(t.cap or not t.is_word for t in lower):
            return False
        keys = sc.keys[s - m:s]
        if keys[0] in THING_NOUNS or " ".join(keys[:2]) in THING_NOUNS:
            return True
    return False


def _caps_name(sc: ScanState, i: int) -> bool:
    """Token i is part of a name in capitals ("Ảnh: NGỌC AN"): Vietnamese syllables side by side."""
    def syl(k: int) -> bool:
        t = sc.toks[k] if 0 <= k < len(sc.toks) else None
        return t is not None and t.allcaps and "/" not in t.text and is_vietnamese_syllable(t.text) \
            and (sc.credit or sc.entry(k)[1] is None)  # "Ảnh: PHƯƠNG NGA" is a name, not Russia
    return syl(i) and (syl(i - 1) or syl(i + 1))


def _credit_parts(sc: ScanState, i: int) -> None:
    """A joint credit "AFP/TTXVN": the parts the tables know as organisations (an unknown part such as
    "VGP/Hải Minh" may be a site's initials), agencies credited by name excepted."""
    for part in sc.toks[i].text.split("/"):
        _, entries = sc.gaz.lookup([token_key(part)], 0)
        e = next((x for x in entries if x.kind == "organization"), None)
        if e is not None and "context" not in e.flags:
            sc.out.append(Mention("organization", part, sc.base + i, canonical=e.canonical))



def real_abbreviation(sc: ScanState, i: int) -> bool:
    """An abbreviation naming an organisation: not a unit, numeral, model ("VF 8") or document code."""
    t = sc.toks[i]
    if sc.caps_para or t.text.rstrip("+") in sc.gaz.not_orgs or _ROMAN.fullmatch(t.text) or len(t.text) < 2:
        return False  # (one capital letter, "khán đài B", "bảng C", names a stand or a group, no body)
    if _TONE_MARKS & set(unicodedata.normalize("NFD", t.text)):
        return False  # "HÀ NỘI", "TIN MỚI": a word in capitals; initials carry no tone mark
    nxt = sc.toks[i + 1] if i + 1 < len(sc.toks) else None
    if nxt is not None and nxt.text[0].isdigit() and len(t.text) <= 3:
        return False  # a model or a code: "VF 8", "GMT 7"
    if _CODE.fullmatch(t.text):
        return False  # "súng M240", "pháo A57"
    if _QUARTER.fullmatch(t.text):
        return False
    if nxt is not None and nxt.dash and len(t.text) <= 3 and i + 2 < len(sc.toks) and sc.toks[i + 2].text[0].isdigit():
        return False  # "pháo AK-630", "S-400": a model, not "ACAMM-24"
    if i >= 2 and sc.toks[i - 1].dash and sc.toks[i - 2].text[0].isdigit():
        return False  # "số 01-KL/TW"
    return not _grade(sc, i)


_REFERRING = {"của", "với", "và", "theo", "tại", "ở", "cho", "từ", "thuộc", "giữa", "hay", "hoặc", "như", "là"}


def _grade(sc: ScanState, i: int) -> bool:
    """Two unknown capitals right after a lowercase common noun name a grade or type ("dầu DO",
    "nhóm máu AB"), not a body: a body named that briefly is spelled out with "(AB)" somewhere."""
    prev = sc.toks[i - 1] if i else None
    return len(sc.toks[i].text) == 2 and i not in sc.abbr_long and prev is not None and prev.is_word \
        and not prev.cap and sc.keys[i - 1] not in _REFERRING and sc.entry(i)[1] is None
