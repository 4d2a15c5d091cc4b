"""Parts of organisation names: "(ABBR)" after a name, bilateral bodies, collective names, treaty nouns."""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from .names import is_vietnamese_name, name_run
from .state import ScanState
from .tokens import Token, pos_tags, word_len

log = logging.getLogger(__name__)

EVENT_REACH = 20  # tokens between an event head and its "(ABBR)"
BLOCKERS = {"đã", "sẽ", "đang", "được", "bị", "là", "có", "cho", "tại", "ở", "với", "của", "từ", "đến", "tới",
            "trong", "ngày", "hôm", "vừa", "mới", "cũng", "hai", "các", "những", "này", "khi", "về",
            "kiêm", "thuộc"}  # "Cục X thuộc Bộ Y": the body it belongs to; "Chánh Văn phòng kiêm người phát ngôn Sở X": a second office, not the body's name


def paren_abbr(toks: list[Token], k: int) -> bool:
    """Tokens k..k+2 are "(ABBR)", or a brand in its place ("(KoCham)", "(Agribank)")."""
    return (k + 2 < len(toks) and toks[k].text == "(" and (toks[k + 1].allcaps or _brand(toks[k + 1].text))
            and toks[k + 2].text == ")")


def _brand(text: str) -> bool:
    """A one-word trade name: inner capitals ("EuroCham", "VinaCapital") or a bank's ("Agribank")."""
    return text.isalpha() and text[0].isupper() and (
        sum(c.isupper() for c in text) >= 2 or text.casefold().endswith("bank"))


def name_after(sc: ScanState, k: int) -> bool:
    """A Vietnamese full name of three or more syllables opens at k (not a place's two-syllable name)."""
    end, parts = name_run(sc, k)
    return len(parts) >= 3 and is_vietnamese_name(parts) and (end >= len(sc.toks) or not sc.toks[end].cap)


def document_before(sc: ScanState, k: int) -> bool:
    """A treaty, plan or weapon noun opens the phrase ending before token k ("Công ước ... (UNCLOS)")."""
    toks = sc.toks
    for p in range(k - 1, max(-1, k - 1 - EVENT_REACH), -1):
        if toks[p].text in (".", ";", ",", ")", "("):
            return False
        if document_at(sc, p):
            return document_at(sc, p - 1) or not org_head_at(sc, p - 1)  # not "Bộ Kế hoạch và Đầu tư"
        if org_head_at(sc, p):
            return False
    return False


def document_at(sc: ScanState, p: int) -> bool:
    """A treaty, plan or weapon noun starts at token p."""
    return p >= 0 and any(tuple(sc.keys[p:p + len(d)]) == d for d in _documents_by(sc.gaz.documents)[0].get(
        sc.keys[p] if p < len(sc.keys) else None, ()))


@lru_cache(maxsize=4)
def _documents_by(documents: frozenset[tuple[str, ...]]) -> tuple[dict, dict]:
    """The document nouns by their first and by their last key: each token is compared with the few that
    can match there, not all of them (same answers; the scan asks at every capitalised token)."""
    first: dict[str, list[tuple[str, ...]]] = {}
    last: dict[str, list[tuple[str, ...]]] = {}
    for d in documents:
        if d:
            first.setdefault(d[0], []).append(d)
            last.setdefault(d[-1], []).append(d)
    return first, last


def org_head_at(sc: ScanState, p: int) -> bool:
    """A capitalised organisation or event head noun starts at token p."""
    if p < 0 or not sc.toks[p].cap:
        return False
    _, e = sc.entry(p)
    return e is not None and e.kind in ("head", "needs_place", "event")


def bilateral(sc: ScanState, i: int, pstart: int | None, end: int) -> tuple[int, int, str] | None:
    """The second country of a bilateral body ("Hội Hữu nghị Việt Nam - Lào"): (start, end, canonical)."""
    if pstart is None or end + 1 >= len(sc.toks) or not sc.toks[end].dash:
        return None
    words = sc.keys[i:pstart]
    if not any(tuple(words[k:k + len(b)]) == b for b in sc.gaz.bilateral for k in range(len(words))):
        return None
    pn, place = sc.place_at(end + 1)
    return (end + 1, end + 1 + pn, place) if place else None


def collective_abbr(sc: ScanState, j: int) -> int:
    """After a head, "các" + words up to "(ABBR)": the index of "(", else 0."""
    if j >= len(sc.toks) or sc.keys[j] != "các":
        return 0
    for k in range(j + 1, min(len(sc.toks), j + EVENT_REACH)):
        if paren_abbr(sc.toks, k):
            return k
        if not sc.toks[k].is_word or sc.keys[k] in BLOCKERS:
            return 0
    return 0


def in_document_name(sc: ScanState, i: int) -> bool:
    """Token i follows a capitalised treaty or charter noun ("Công ước Liên hợp quốc về Luật Biển",
    "Hiến chương Liên hợp quốc"): the organisation is part of the document's name, not mentioned."""
    return 1 <= i <= len(sc.keys) and any(i >= len(d) and tuple(sc.keys[i - len(d):i]) == d and sc.toks[i - len(d)].cap
                                          for d in _documents_by(sc.gaz.documents)[1].get(sc.keys[i - 1], ()))


def document_length(sc: ScanState, i: int) -> int:
    """Length of a capitalised document noun starting at i ("Bộ Quy tắc ứng xử"), else 0."""
    if not sc.toks[i].cap:
        return 0
    return max((len(d) for d in _documents_by(sc.gaz.documents)[0].get(sc.keys[i], ())
                if tuple(sc.keys[i:i + len(d)]) == d), default=0)


def abbr_reach(sc: ScanState, j: int, whole: bool = False) -> int:
    """After a head, a name written out up to "(ABBR)" ("Phái bộ Liên hợp quốc tại Nam Sudan (UNMISS)",
    "Lực lượng bảo vệ bờ biển Philippines (PCG)"): the index of "(", else 0. After a head that names a
    body by itself (`whole`: "Chính phủ"), a known body after lowercase words is another one."""
    toks = sc.toks
    for k in range(j, min(len(toks), j + 12)):
        if paren_abbr(toks, k):
            return k if k > j else 0
        t = toks[k]
        if not t.is_word or (sc.keys[k] in BLOCKERS and sc.keys[k] not in ("về", "tại", "ở", "và")):
            return 0
        if sc.keys[k] == "và" and k + 1 < len(toks) and (org_head_at(sc, k + 1) or _body_at(sc, k + 1)
                                                         or toks[k - 1].allcaps and _brand(toks[k + 1].text)):
            return 0  # "Bộ Quốc phòng và Tổ chức Y tế Thế giới (WHO)", "Ngân hàng ACB và Eximbank (EIB)": two bodies
        if k > j and t.cap and not toks[k - 1].cap and sc.keys[k - 1] not in _INSIDE_LINKS \
                and (org_head_at(sc, k) or whole and _body_at(sc, k)):
            return 0  # "Chính phủ yêu cầu Tập đoàn Điện lực Việt Nam (EVN)": the later body's initials
    return 0


_INSIDE_LINKS = {"về", "tại", "ở", "của", "và"}  # lowercase words that may join two parts of one name


def _body_at(sc: ScanState, k: int) -> bool:
    """An organisation's head noun or a known organisation starts at token k."""
    _, e = sc.entry(k)
    return e is not None and e.kind in ("head", "needs_place", "organization")


_MISSIONS = (("phái", "đoàn"), ("phái", "bộ"), ("đại", "sứ", "quán"), ("lãnh", "sự", "quán"),
             ("tổng", "lãnh", "sự", "quán"))


def mission_seat(sc: ScanState, i: int, end: int) -> int:
    """End of "tại" + an organisation after a mission's name ("... tại Liên hợp quốc"), else 0; a
    country after "tại" is only where an embassy sits ("Đại sứ quán Ấn Độ tại Việt Nam")."""
    if not any(tuple(sc.keys[i:i + len(m)]) == m for m in _MISSIONS):
        return 0
    if end + 1 >= len(sc.toks) or sc.keys[end] != "tại" or not sc.toks[end + 1].cap:
        return 0
    n, e = sc.entry(end + 1)
    return end + 1 + n if e is not None and e.kind == "organization" else 0


_DRAFTING = {"dự", "thảo", "soạn", "sửa", "đổi", "biên", "tập"}  # "Ban Biên tập dự thảo sửa đổi ..."
_CHARTERS = (("hiến", "pháp"), ("bộ", "luật"), ("luật",))


def drafting_end(sc: ScanState, i: int, n: int, end: int) -> int:
    """End of a drafting body's name, which runs through the law it drafts ("Ủy ban dự thảo sửa đổi
    Hiến pháp năm 1992", "Ban soạn thảo Luật Đất đai"); else i."""
    if sc.keys[i] not in ("ủy", "ban", "tổ"):
        return i
    k = max(end, i + n)
    while k < len(sc.toks) and sc.keys[k] in _DRAFTING:
        k += 1
    charter = next((c for c in _CHARTERS if tuple(sc.keys[k:k + len(c)]) == c), None)
    if charter is None or not any(sc.keys[p] in ("thảo", "đổi") for p in range(i + n, k)):
        return i
    k += len(charter)
    while charter == ("luật",) and k < len(sc.toks) and sc.toks[k].is_word and sc.toks[k].cap:
        k += word_len(sc.toks, k) or 1  # "Luật Đất đai": the law's own name
    if sc.keys[k:k + 1] == ["năm"] and k + 1 < len(sc.toks) and re.fullmatch(r"(19|20)\d\d", sc.toks[k + 1].text):
        k += 2
    return k


_MANAGES = ("quản", "lý")
_MANAGED_WORDS = 3  # "dự án", "khu kinh tế": the kind of thing managed, before its name
_OBJECT_WORDS = 5  # "lao động ngoài nước": the thing managed in lowercase nouns, no name after it


def managed_object_end(sc: ScanState, end: int) -> int:
    """After a name ending in "Quản lý" (a management board), the thing it manages up to its proper name
    ("Ban Quản lý dự án Cảng Nghi Sơn", "Ban Quản lý Khu kinh tế Vân Phong"); else end."""
    toks = sc.toks
    if tuple(sc.keys[end - 2:end]) != _MANAGES:
        return end
    k = end
    while k < len(toks) and k - end < _OBJECT_WORDS and toks[k].is_word and not toks[k].cap \
            and sc.keys[k] not in BLOCKERS:
        k += 1
    if k > end and (k >= len(toks) or not toks[k].is_word or sc.keys[k] in BLOCKERS) and _object_nouns(sc, end, k):
        return k  # "Cục Quản lý lao động ngoài nước, ...": what it manages, in nouns, ends the name
    k = end
    while k < len(toks) and k - end < _MANAGED_WORDS and toks[k].is_word and sc.keys[k] not in BLOCKERS \
            and (not toks[k].cap or sc.entry(k)[1] is None and not toks[k].foreign and not toks[k].allcaps):
        if toks[k].cap and k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].cap:
            break  # the proper name starts here ("Cảng Nghi Sơn" after "dự án")
        k += 1
    if k == end or k >= len(toks) or not toks[k].cap:
        return end
    j = k
    while j < len(toks) and j - k < 4 and toks[j].is_word and toks[j].cap:
        _, e = sc.entry(j)
        if e is not None and e.kind in ("head", "needs_place", "title", "person"):
            break
        j += 1
    return j if j > k else end


def _object_nouns(sc: ScanState, k: int, end: int) -> bool:
    """Tokens k..end-1 are a noun phrase of two words or more ("lao động ngoài nước", "an toàn thực phẩm"), no
    verb ("kiểm tra ..."); one noun is the kind of a thing whose name did not follow ("Ban Quản lý dự án đã ký")."""
    tags = [tag for _, tag in pos_tags(sc.span(k, end))]
    return len(tags) > 1 and all(tag in ("N", "A", "M") for tag in tags)


# Vietnamese police departments' codes: "PC45" (economic police), "PA83" (internal security), "PV11", "PK20"; the
# letters and the two digits, glued or apart ("PA 83"), and no letter or digit more.
_POLICE_CODE = re.compile(r"P[ACKVXH]\d{2}")
_POLICE_LETTERS = {"PA", "PC", "PK", "PV", "PX", "PH"}


def police_code(sc: ScanState, i: int) -> int:
    """End of a police department's code at i ("PC45", "PA 83"), else i."""
    toks = sc.toks
    if _POLICE_CODE.fullmatch(toks[i].text):
        return i + 1
    if toks[i].text in _POLICE_LETTERS and i + 1 < len(toks) and re.fullmatch(r"\d{2}", toks[i + 1].text) \
            and (i + 2 >= len(toks) or not toks[i + 2].is_word or toks[i + 2].cap):  # not "PC 45 km"
        return i + 2
    return i
