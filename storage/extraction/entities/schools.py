"""Schools named by their level and a proper name ("Trường THPT Lê Lợi", "trường Trung cấp Việt Anh",
"Trường ĐH Mở TP Hồ Chí Minh"): after the level every capitalised word belongs to the name, even one that
is a country's syllable ("Việt Anh", "Đại Việt") or a person's name, and a province or city right after it
is the school's seat, part of the name."""
from __future__ import annotations

import re

from .gazetteer import SURNAMES
from .names import is_vietnamese_name, name_run
from .orgparts import BLOCKERS
from .orgtail import place_word
from .state import ScanState
from .tokens import pos_tags, word_len

SCHOOL_HEAD = "trường"  # (the scan tests it before calling school_end: most words are not it)
_MAX_NAME = 5  # tokens of the proper name after the level


def school_end(sc: ScanState, i: int) -> int:
    """End of a school's name opened by "trường"/"Trường" at i, with a level from the table after it; else i."""
    toks = sc.toks
    if sc.keys[i] != SCHOOL_HEAD:
        return i
    level = next((n for n in (4, 3, 2, 1) if tuple(sc.keys[i + 1:i + 1 + n]) in sc.gaz.school_levels
                  and toks[i + 1].cap), 0)
    if not level:
        return i
    k = start = i + 1 + level
    k = _field_words(sc, k)  # "Trường Trung cấp dạy nghề khu vực ĐBSCL"
    while k < len(toks) and k - start < _MAX_NAME and toks[k].is_word and toks[k].cap:
        if k > start and _ROMAN.match(toks[k].text):
            k += 1  # "Trường Cao đẳng GTVT III": the school's number closes the name
            break
        pn, place = sc.entry(k, ("location",))  # a full place's name, not a country's syllable ("Đại Việt")
        if place and k > start:
            return k + pn  # "Trường Đại học Mở TPHCM", "... Mở TP Hồ Chí Minh": the seat closes the name
        if place_word(sc, k):
            break
        if toks[k].allcaps and toks[k].text in sc.gaz.not_orgs:
            break
        if k > start and toks[k].text in SURNAMES and is_vietnamese_name(name_run(sc, k)[1]):
            break  # "Hiệu trưởng Trường THPT Lê Lợi Nguyễn Văn An": the person after the school's name
        k += max(1, word_len(toks, k) if not toks[k].allcaps else 1)
    if sc.keys[k:k + 1] == ["số"] and k + 1 < len(toks) and toks[k + 1].text.isdigit():
        return k + 2  # "Trường CĐ Nghề số 8", "Trường Cao đẳng nghề số 8"
    if k == start:
        return i
    pn, place = sc.entry(k, ("location",)) if k < len(toks) else (0, None)
    if place:  # "Trường Trung cấp Đại Việt TP Hồ Chí Minh"
        return k + pn
    w = place_word(sc, k) if k < len(toks) else 0
    if w and sc.place_at(k + w)[1]:  # "... Đại Việt tỉnh Nghệ An"
        return k + w + sc.place_at(k + w)[0]
    if w and k + w < len(toks) and toks[k + w].cap:  # "... Mở thành phố Hồ Chí Minh": the city's name whole
        n, found = sc.gaz.lookup(sc.keys, k)
        if n > w and any(e.kind == "location" for e in found):
            return k + n
    return k


_ROMAN = re.compile(r"^[IVX]{1,4}$")
_FIELD_RUN = 4  # lowercase syllables of a school's field before its name ("dạy nghề khu vực")


def _field_words(sc: ScanState, k: int) -> int:
    """After the level, lowercase words of the school's field or area that lead into its capitalised name
    ("Trung cấp dạy nghề khu vực ĐBSCL", "Trung cấp nghề GTVT Đồng Tháp"): their end, else k."""
    toks, j = sc.toks, k
    while j < len(toks) and j - k < _FIELD_RUN and toks[j].is_word and not toks[j].cap and sc.keys[j] not in BLOCKERS:
        j += 1
    if j == k or j >= len(toks) or not (toks[j].is_word and toks[j].cap) or place_word(sc, k):
        return k
    tags = pos_tags(sc.span(k, j))
    return j if tags and all(tag in ("N", "Nc", "V", "M") for _, tag in tags) else k


def add_school(sc: ScanState, i: int, end: int) -> None:
    """The school as an organisation (a lowercase head capitalised, as the name is written on its gate)."""
    name = sc.span(i, end).strip()
    sc.add("organization", i, end, canonical=name[:1].upper() + name[1:])
