"""Is an untitled foreign capitalised run a person? A known given name, a person's cue, or a firm's context.

"Jack Welch", "Kim Jong-un": a given name (or a family name written first) says it is a person. "Burger King",
"Warburg Pincus", "Perkins Coie": no given name, so only a person's cue around it (a title or a person's noun a
few words before, an age or a verb of speech after) makes it one; after a firm's word it is the firm; else
it is only a person when the article names it so elsewhere ("ông Pomeroy"; scan.py flags it "unsure").
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ...resources import optional_table
from .gazetteer import SURNAMES
from .names import name_run, person_cue
from .state import TITLE_KINDS, ScanState

_LOOK_BACK = 8  # tokens between a person's noun and the name ("nhà phân tích chính trị Lebanon Yunis Awda")
# Nouns for a person a few words before a name ("mục sư nhà thờ Frank Pomeroy", "người đồng cấp Thái Lan ...");
# not "nhà" alone ("nhà hàng", "nhà máy") nor "người" alone ("người tiêu dùng").
_PERSON_NOUNS = frozenset(w.strip() for w in """ông, bà, ngài, anh, chị, cô, chú, bác, cụ, bé, em, cậu, vợ, chồng,
con, cháu, ceo, tỷ phú, gs, ts, pgs, ths, bs, giáo sư, tiến sĩ, thạc sĩ, bác sĩ, bác sỹ, luật sư, kỹ sư, mục sư,
linh mục, ca sĩ, nhạc sĩ, họa sĩ, nghệ sĩ, diễn viên, đạo diễn, cầu thủ, danh thủ, hlv, vận động viên, tay vợt,
võ sĩ, nhà văn, nhà thơ, nhà báo, nhà phân tích, nhà khoa học, nhà nghiên cứu, nhà phát minh, nhà sáng lập,
đồng sáng lập, người sáng lập, người đứng đầu, người phát ngôn, phát ngôn viên, người đồng cấp, đồng cấp,
nhà thiết kế, nhà kinh tế, nhà hoạt động, nhà sử học, nhà ngoại giao, chuyên gia, đặc phái viên, đại diện,
nhân viên, sinh viên, học sinh, nghi phạm, nghi can, bị can, tay súng, nạn nhân, thủ lĩnh, lãnh tụ,
người đẹp, hoa hậu, siêu mẫu, cậu bé, cô bé, người dân, cư dân, công dân, nhân chứng, du khách, phi công,
binh sĩ, điều tra viên, giám khảo, thí sinh, ứng viên, ứng cử viên, nghị sĩ, thượng nghị sĩ, hạ nghị sĩ""".split(","))
_SPEECH = (("cho", "biết"), ("cho", "hay"), ("tuyên", "bố"), ("khẳng", "định"), ("nhấn", "mạnh"),
           ("phát", "biểu"), ("chia", "sẻ"), ("giải", "thích"), ("nhận", "định"), ("kêu", "gọi"))
# Words right before a run that make it a firm or a brand ("chuỗi Burger King", "thương hiệu KFC và Pizza Hut",
# "của tổ chức Asset Triple A", "mua lại ...").
_FIRM_BEFORE = frozenset({"chuỗi", "thương hiệu", "hiệu", "nhãn hiệu", "nhãn hàng", "hãng", "nhà hàng", "công ty",
                          "tập đoàn", "ngân hàng", "quỹ", "tổ chức", "của", "mua lại", "sáp nhập", "thâu tóm",
                          "doanh nghiệp", "nhà mạng", "đối thủ", "đối tác", "cửa hàng", "khách sạn"})
_PERSON_JOINS = {"và", ","}
_UNSURE = {"weak", "unsure"}  # a person named so by no cue of its own
_ABBR_TITLES = frozenset({"gs", "ts", "pgs", "ths", "bs", "ls", "ks"})  # "GS. Jeongwen Chiang": the dot is the title's


def _fold(word: str) -> str:
    """Casefolded, accents off ("François" -> "francois")."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    table = optional_table("name_shapes.json")
    return frozenset(table.get("given_names", [])), frozenset(table.get("family_first", []))


def known_name_start(parts: list[str]) -> bool:
    """The run opens with a known given name, a family name written first, or a Vietnamese family name
    ("Jack Welch", "J. Robert Oppenheimer", "Kim Jong-un", "Đinh Hrôn")."""
    given, family = _tables()
    if parts[0] in SURNAMES:
        return True
    for p in parts[:2]:
        word = p.rstrip(".")
        if len(word) < 2:
            continue  # an initial: look at the next word
        first = _fold(word.split("-")[0])
        return first in given or first in family
    return False


def _keys_before(sc: ScanState, k: int, n: int) -> str:
    return " ".join(sc.keys[k - n + 1:k + 1]) if k - n + 1 >= 0 else ""


def person_context(sc: ScanState, i: int, j: int) -> bool:
    """A person's cue around tokens i..j-1: the narrow one (person_cue), a person's noun or a title a few
    words before in the same clause, or after it an age (", 8 tuổi"), a verb of speech or a comma and a
    person's noun or title ("X, đặc phái viên của ...")."""
    if person_cue(sc, i, j):
        return True
    toks = sc.toks
    k = i - 1
    while k >= 0 and i - k <= _LOOK_BACK:
        t = toks[k]
        if not t.is_word:
            if t.text == "." and k >= 1 and sc.keys[k - 1] in _ABBR_TITLES:
                k -= 1
                continue
            if not t.dash:
                break
        elif any(_keys_before(sc, k, n) in _FIRM_BEFORE for n in (1, 2)):
            return False
        elif any(_keys_before(sc, k, n) in _PERSON_NOUNS for n in (1, 2, 3)):
            return True
        elif t.cap and sc.entry(k)[1] is not None and sc.entry(k)[1].kind in TITLE_KINDS:
            return True
        k -= 1
    after = sc.keys[j:j + 4]
    if any(tuple(after[:len(verb)]) == verb for verb in _SPEECH):
        return True
    if len(after) >= 3 and after[0] == "," and after[1].isdigit() and after[2] == "tuổi":
        return True
    if len(after) >= 2 and after[0] == ",":
        if any(" ".join(after[1:1 + n]) in _PERSON_NOUNS for n in (1, 2, 3)):
            return True
        _, e = sc.entry(j + 1)
        return e is not None and e.kind in TITLE_KINDS
    return False


def listed_with_person(sc: ScanState, i: int, j: int) -> bool:
    """Tokens i..j-1 stand in a list beside a person's name ("Johnnie Langendorff và Stephen Willeford")."""
    last = sc.last_person
    if last is not None and last[1] == i - 1 and sc.keys[i - 1] in _PERSON_JOINS and not last[0].flags & _UNSURE:
        return True
    if j + 1 < len(sc.toks) and sc.keys[j] in _PERSON_JOINS and sc.toks[j + 1].cap:
        end, parts = name_run(sc, j + 1)
        return end > j + 1 and len(parts) >= 2 and known_name_start(parts)
    return False


def firm_context(sc: ScanState, i: int) -> bool:
    """A firm's or a brand's word right before token i ("chuỗi", "thương hiệu", "của", "mua lại")."""
    return any(_keys_before(sc, i - 1, n) in _FIRM_BEFORE for n in (1, 2))
