"""People after titles: title chains ("Thứ trưởng Bộ Quốc phòng Việt Nam ...") and the names they introduce."""
from __future__ import annotations

import logging

from .finance import SECURITIES, securities_firm
from .names import NOT_NAME_OPENERS, name_run
from .orgs import abbreviation, head_parse, parse_org
from .orgtail import unit_after_title
from .state import ScanState
from .tokens import word_len

log = logging.getLogger(__name__)

_LINKS = {"thuộc", "của", "tại", "đảng", "bang", "tỉnh"}  # "Giám đốc ... thuộc Bộ Quốc phòng Hàn Quốc Cho Chang Rae"


def _skip_descriptor(sc: ScanState, j: int) -> int:
    """After "phụ trách": lowercase words and the places/organisations among them, up to a name."""
    limit = min(len(sc.toks), j + 16)
    while j < limit:
        t = sc.toks[j]
        if not t.is_word and not t.dash:
            return j
        if t.is_word and t.cap:
            n, e = sc.entry(j)
            if e is not None and e.kind == "location":
                sc.add("location", j, j + n, canonical=e.canonical, flags=set(e.flags))
                j += n
                continue
            if e is not None and e.kind == "organization":
                sc.add("organization", j, j + n, canonical=e.canonical)
                j += n
                continue
            wl = word_len(sc.toks, j)
            if not wl:
                return j
            j += wl
            continue
        j += 1
    return j


_BUILDINGS = {"phủ", "dinh", "điện", "cung"}  # a title after these names a seat of power


def title_chain(sc: ScanState, i: int) -> int:
    """Titles and their qualifiers, then the name; returns i when no chain starts here."""
    toks = sc.toks
    if i and toks[i - 1].cap and sc.keys[i - 1] in _BUILDINGS and sc.entry(i)[1] is not None:
        j = i + sc.entry(i)[0]  # "Phủ Tổng thống La Moneda": the palace's name, no person
        while j < len(toks) and toks[j].is_word and toks[j].cap:
            j += 1
        return j
    j, role_start, titled, title_end = i, None, False, i
    while j < len(toks):
        t = toks[j]
        if not t.is_word:
            break
        n, e = sc.entry(j)
        kind = e.kind if e is not None else None
        if kind in ("title", "honorific", "prefix"):
            if kind == "prefix" and not _title_follows(sc, j + n):
                break
            n = _title_before_org(sc, j, n)
            if kind != "honorific" and role_start is None:
                role_start = j
            titled = True
            j += n
            title_end = j
            continue
        if not titled:
            break
        if kind == "modifier":  # "Tổng thống đắc cử ...", "Phó Thủ tướng kiêm Bộ trưởng ..."
            j += n
            continue
        if kind == "person":
            _add_person(sc, j, j + n, role_start, canonical=e.canonical)
            return j + n
        if kind == "location" and t.cap and n == 1 and role_start is None and j == title_end \
                and t.text in sc.gaz.short_places and not (j + 1 < len(toks) and toks[j + 1].cap):
            _add_person(sc, j, j + 1, None)  # "ông Đức", "bà Nga": after "ông"/"bà" alone, a one-syllable
            return j + 1  # country is a given name ("Đại sứ Đức", a title, names the country)
        if kind == "location" and t.cap:
            sc.add("location", j, j + n, canonical=e.canonical, flags=set(e.flags))
            j += n
            continue
        if kind == "organization" and t.cap:
            mark = len(sc.out)
            end = head_parse(sc, j)
            if end <= j + n:  # the table's name unless a head noun reads further ("Tổng cục Chính trị QĐND")
                del sc.out[mark:]
                end = sc.organization(j, n, e)
            j = end
            continue
        if kind in ("head", "needs_place"):
            sc.in_title = True
            end = parse_org(sc, j, n, e)
            sc.in_title = False
            j = end if end > j else j + n  # a bare head is part of the title ("... Trung ương Đảng")
            continue
        if kind == "event":
            break
        if t.key == SECURITIES and t.cap and (end := securities_firm(sc, j)) > j:
            j = end  # "Giám đốc Phân tích của Chứng khoán BSC": the role's firm
            continue
        if t.key in _LINKS and j + 1 < len(toks) and toks[j + 1].cap:
            j += 1
            continue
        if sc.keys[j:j + 2] == ["thành", "phố"] and j + 2 < len(toks) and toks[j + 2].cap \
                and not sc.place_at(j + 2)[1]:
            j += 2  # "Phó Chủ tịch UBND thành phố Trần Văn A": the city is the paper's own
            continue
        if t.key == "phụ" and j + 1 < len(toks) and toks[j + 1].key == "trách":
            j = _skip_descriptor(sc, j + 2)
            continue
        firm = sc.suffixed_name(j) if t.cap else j
        if firm > j + 1:  # "Chủ tịch SK Group Chey Tae Won": the firm's name ends at its suffix, the person follows
            # "LS Cable & System", "GS Engineering": initials read as a title ("luật sư") open the firm's name
            opens = j == i + 1 and toks[i].allcaps and t.foreign
            sc.add("organization", i if opens else j, firm)
            j = firm
            continue
        if t.allcaps and not t.initial and "." not in t.text and not _caps_initials(sc, j):
            # "TP", "ĐBQH": part of the title, no organisation; "Chính ủy BĐBP Quảng Nam": a branch
            j = abbreviation(sc, j) if t.text not in sc.gaz.not_orgs else j + 1
            continue
        if not (t.cap or t.initial):
            break
        wl = word_len(toks, j)
        if wl:
            j += wl
            continue
        unit = unit_after_title(sc, j)
        if unit > j:  # "Phó Trưởng ban Chống ma túy Bộ An ninh Lào": the unit's name, not a person
            j = unit
            continue
        end, parts = name_run(sc, j)
        if end > j and parts[0] in NOT_NAME_OPENERS:
            return end  # "HLV The Voice Kids": the show's coach, named elsewhere
        if end > j and sc.appositive and len(parts) == 1 and toks[j].foreign and j > title_end:
            sc.add("organization", j, end)  # "ông A, Phó Giám đốc Kinh doanh Reetech": the role's firm
            return end  # (not "Đức kể, tiến sĩ Colee": a name right after its title is a person's)
        if end > j:
            _add_person(sc, j, end, role_start)
            return end
        break
    return j if titled else i


def _title_before_org(sc: ScanState, j: int, n: int) -> int:
    """Length of the title at j without an organisation it ends with ("Ủy viên | Bộ Chính trị",
    "Bí thư | Tỉnh ủy Quảng Ninh"), so that the organisation is found too; n when there is none."""
    if n < 2:
        return n
    if " ".join(sc.keys[j:j + n]) in sc.gaz.whole_titles:
        return _whole_title_of_a_country(sc, j, n)
    for k in range(1, n):
        hn, e = sc.entry(j + k)
        rest = sc.toks[j + k + hn:j + n]  # "Chủ tịch Hội đồng quản trị" stays one title
        if sc.toks[j + k].cap and e is not None and e.kind in ("organization", "head", "needs_place") \
                and all(t.cap for t in rest):
            return k
    return n


def _whole_title_of_a_country(sc: ScanState, j: int, n: int) -> int:
    """A whole title ending in a body's head stays whole, unless a country names that body ("Thủ tướng |
    Chính phủ Hoàng gia Campuchia", "Thủ tướng | Chính phủ Việt Nam": the government is named too)."""
    after = j + n + (2 if sc.keys[j + n:j + n + 2] == ["hoàng", "gia"] else 0)
    place = sc.place_at(after)[1]
    if place is None or place not in sc.gaz.countries:
        return n
    for k in range(1, n):
        hn, e = sc.entry(j + k)
        if e is not None and e.kind == "head" and j + k + hn == j + n:
            return k
    return n


_CITY_ABBRS = {"TP", "Tp", "TX"}  # "Thị trưởng TP Alain Guyader": the city's, not the name's initials


def _caps_initials(sc: ScanState, j: int) -> bool:
    """Two capitals before a foreign name open the name ("Phó Tổng thống JD Vance")."""
    toks = sc.toks
    return len(toks[j].text) == 2 and toks[j].text.isalpha() and toks[j].text not in _CITY_ABBRS \
        and j + 1 < len(toks) and toks[j + 1].cap \
        and not toks[j + 1].allcaps and toks[j + 1].foreign and sc.entry(j)[1] is None


def _title_follows(sc: ScanState, j: int) -> bool:
    if j >= len(sc.toks):
        return False
    _, e = sc.entry(j)
    return e is not None and e.kind == "title"


def _add_person(sc: ScanState, i: int, j: int, role_start: int | None, canonical: str | None = None) -> None:
    role = None
    if role_start is not None and role_start < i:
        role = sc.span(role_start, i).strip(" ,-–")
        last = sc.toks[i - 1].key
        if last in _LINKS:
            role = role[: -len(sc.toks[i - 1].text)].rstrip()
    if not sc.credit:
        sc.add("person", i, j, role=role or None, titled=True, canonical=canonical)
