"""People: title chains ("Thứ trưởng Bộ Quốc phòng Việt Nam ..."), name runs and name shapes."""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .entities_gazetteer import SURNAMES, is_vietnamese_syllable
from .entities_orgs import abbreviation, parse_org
from .entities_orgtail import unit_after_title
from .entities_tokens import Token, word_len

if TYPE_CHECKING:
    from .entities_scan import Scanner

log = logging.getLogger(__name__)

_ROMAN = re.compile(r"[IVX]+")
MAX_NAME = 6  # tokens in one name, particles included
_LINKS = {"thuộc", "của", "tại", "đảng", "bang", "tỉnh"}  # "Giám đốc ... thuộc Bộ Quốc phòng Hàn Quốc Cho Chang Rae"


def is_vietnamese_name(parts: list[str]) -> bool:
    """Family name first, 2-4 Vietnamese syllables ("Nguyễn Chí Vịnh")."""
    return 2 <= len(parts) <= 4 and parts[0] in SURNAMES and all(is_vietnamese_syllable(p) for p in parts)


def person_ok(parts: list[str]) -> bool:
    """A name standing alone (no title) is a person: a Vietnamese full name or a foreign full name."""
    if is_vietnamese_name(parts):
        return True
    if any("+" in p for p in parts) or all(len(p.rstrip(".")) < 2 for p in parts):
        return False  # "A A+": a text-size widget, not a name
    if len(parts) == 2 and _ROMAN.fullmatch(parts[-1]) and len(parts[-1]) > 1:
        return False  # "Globemaster III", "Typhoon II": a model; a king keeps his title ("Vua Charles III")
    words = [p for p in parts if not (len(p) == 2 and p.endswith("."))]
    foreign = any(not is_vietnamese_syllable(w) for piece in words for w in piece.split(".") if len(w) > 1)
    return len(words) >= 2 and foreign


def _name_token(t: Token) -> bool:
    if not t.is_word:
        return False
    if t.initial:
        return True
    return t.cap and not (t.allcaps and "." not in t.text and len(t.text) > 3)


def name_run(sc: Scanner, i: int) -> tuple[int, list[str]]:
    """The run of name tokens starting at i: (end index, token texts)."""
    toks = sc.toks
    surname = toks[i].text in SURNAMES
    j, parts = i, []
    while j < len(toks) and len(parts) < MAX_NAME:
        if _particle(sc, j, parts):  # "Mohammed bin Salman", "Ursula von der Leyen"
            parts.append(toks[j].text)
            j += 1
            continue
        if not _name_token(toks[j]):
            break
        if parts:
            if toks[j].tail:  # lexicon only: the segmenter glues names to the next verb
                break
            n, e = sc.entry(j)
            if e is not None and e.kind != "person":
                if surname and e.kind == "location" and len(parts) == 1 and n <= 3:
                    parts.extend(x.text for x in toks[j:j + n])  # "Nguyễn Thái Bình", "Trần Đức Lương"
                    j += n
                    continue
                inside = surname and n == 1 and len(parts) < 3 and (
                    (e.kind == "location" and toks[j].text in sc.gaz.needs_context)
                    or (e.kind in ("head", "needs_place") and is_vietnamese_syllable(toks[j].text)
                        and (j + 1 >= len(toks) or not toks[j + 1].is_word  # "Nguyễn Văn Viện, Cục trưởng"
                             or (toks[j + 1].cap and is_vietnamese_syllable(toks[j + 1].text)))))  # "Nguyễn Trường Thắng"
                if not inside:
                    break
        parts.append(toks[j].text)
        j += 1
    return j, parts


_PARTICLES = {"bin", "bint", "ibn", "al", "el", "von", "van", "der", "den", "de", "dos", "del", "da", "di", "du"}


def _particle(sc: Scanner, j: int, parts: list[str]) -> bool:
    """A lowercase particle inside a foreign name: a foreign name before it, a capitalised word after."""
    toks = sc.toks
    k = j
    while k < len(toks) and toks[k].text in _PARTICLES:  # "von der"
        k += 1
    return bool(parts) and k > j and k < len(toks) and toks[k].cap \
        and any(not is_vietnamese_syllable(p) for p in parts)


def _skip_descriptor(sc: Scanner, j: int) -> int:
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


def title_chain(sc: Scanner, i: int) -> int:
    """Titles and their qualifiers, then the name; returns i when no chain starts here."""
    toks = sc.toks
    if i and toks[i - 1].cap and sc.keys[i - 1] in _BUILDINGS and sc.entry(i)[1] is not None:
        j = i + sc.entry(i)[0]  # "Phủ Tổng thống La Moneda": the palace's name, no person
        while j < len(toks) and toks[j].is_word and toks[j].cap:
            j += 1
        return j
    j, role_start, titled = i, None, False
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
            continue
        if not titled:
            break
        if kind == "modifier":  # "Tổng thống đắc cử ...", "Phó Thủ tướng kiêm Bộ trưởng ..."
            j += n
            continue
        if kind == "person":
            _add_person(sc, j, j + n, role_start, canonical=e.canonical)
            return j + n
        if kind == "location" and t.cap:
            sc.add("location", j, j + n, canonical=e.canonical, flags=set(e.flags))
            j += n
            continue
        if kind == "organization" and t.cap:
            mark = len(sc.out)
            end = _head_parse(sc, j)
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
        if t.allcaps and not t.initial and "." not in t.text and not _caps_initials(sc, j):
            if t.text not in sc.gaz.not_orgs:  # "TP", "ĐBQH": part of the title, no organisation
                abbreviation(sc, j)
            j += 1
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
        if end > j:
            _add_person(sc, j, end, role_start)
            return end
        break
    return j if titled else i


def _title_before_org(sc: Scanner, j: int, n: int) -> int:
    """Length of the title at j without an organisation it ends with ("Ủy viên | Bộ Chính trị",
    "Bí thư | Tỉnh ủy Quảng Ninh"), so that the organisation is found too; n when there is none."""
    if n < 2 or " ".join(sc.keys[j:j + n]) in sc.gaz.whole_titles:
        return n
    for k in range(1, n):
        hn, e = sc.entry(j + k)
        rest = sc.toks[j + k + hn:j + n]  # "Chủ tịch Hội đồng quản trị" stays one title
        if sc.toks[j + k].cap and e is not None and e.kind in ("organization", "head", "needs_place") \
                and all(t.cap for t in rest):
            return k
    return n


def _head_parse(sc: Scanner, j: int) -> int:
    """End of an organisation parsed from the longest head noun at j; j when none."""
    for n in range(min(4, len(sc.toks) - j), 0, -1):
        heads = [e for e in sc.gaz.entries.get(tuple(sc.keys[j:j + n]), []) if e.kind in ("head", "needs_place")]
        if heads:
            return parse_org(sc, j, n, heads[0])
    return j


def _caps_initials(sc: Scanner, j: int) -> bool:
    """Two capitals before a foreign name open the name ("Phó Tổng thống JD Vance")."""
    toks = sc.toks
    return len(toks[j].text) == 2 and toks[j].text.isalpha() and j + 1 < len(toks) and toks[j + 1].cap \
        and not toks[j + 1].allcaps and toks[j + 1].foreign and sc.entry(j)[1] is None


def _title_follows(sc: Scanner, j: int) -> bool:
    if j >= len(sc.toks):
        return False
    _, e = sc.entry(j)
    return e is not None and e.kind == "title"


def _add_person(sc: Scanner, i: int, j: int, role_start: int | None, canonical: str | None = None) -> None:
    role = None
    if role_start is not None and role_start < i:
        role = sc.span(role_start, i).strip(" ,-–")
        last = sc.toks[i - 1].key
        if last in _LINKS:
            role = role[: -len(sc.toks[i - 1].text)].rstrip()
    if not sc.credit:
        sc.add("person", i, j, role=role or None, titled=True, canonical=canonical)
