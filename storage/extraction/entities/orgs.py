"""Organisations: head noun + qualifier ("Bộ Quốc phòng Hàn Quốc"), events, abbreviations."""
from __future__ import annotations

import logging
import re

from .gazetteer import SURNAMES, GazEntry
from .lexicon import syllables
from .names import MIDDLE_NAMES, aged_name_end, is_vietnamese_name, name_run
from .orgparts import (BLOCKERS, EVENT_REACH, abbr_reach, bilateral, collective_abbr, document_at, document_length,
                       drafting_end, in_document_name, managed_object_end, mission_seat, name_after, paren_abbr,
                       police_code)
from .orgtail import PLACE_COMMITTEES, committee_place, institution, long_lowercase_name, lowercase_tail, \
    lowercase_to_place, unit_noun_tail
from .orgtail import name_goes_on as _name_goes_on
from .orgtail import place_word as _place_word
from .schools import add_school, school_end
from .state import ScanState
from .tokens import Token, pos_tags, word_len

log = logging.getLogger(__name__)

_CENTRAL = {"T.Ư", "TƯ", "TW", "T.W"}  # "Ban Tổ chức T.Ư", "Ban Kinh tế TW": the Party's central level, abbreviated
_UNIT_CODE = re.compile(r"^\d+[A-Z]$")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)$")  # "Tổng cục An ninh II", "Quân đoàn IV": a unit's number
_ROMAN_HEADS = {"tổng", "cục", "quân", "binh", "sư", "lữ", "trung", "vụ"}  # (not a congress's, a term's: "khóa XI")  # "Bệnh viện Quân y 7B": a unit's code ends its name
_STOP_KINDS = ("title", "prefix", "honorific", "event", "person")


def skip_outlet_prefix(toks: list[Token]) -> int:
    """Index after an outlet prefix opening a paragraph ("TGVN.", "(Ngày Nay) -", "VOV.VN -")."""
    for k in range(1, min(4, len(toks) - 1)):  # "TGVN.", "VOV.VN -", "QĐND Online -"
        if toks[0].allcaps and (toks[k].text == "." or toks[k].dash):
            return k + 1
        if not (toks[k].is_word and toks[k].cap):
            break
    if toks and toks[0].text == "(":
        for k in range(1, min(len(toks) - 1, 7)):
            if toks[k].text == ")":
                if toks[k + 1].dash:
                    return k + 2
                if toks[k + 1].text == "." and k + 2 < len(toks) and toks[k + 2].dash:
                    return k + 3  # "(SGGP).-"
                tag = k == 2 and toks[1].allcaps and toks[k + 1].is_word and toks[k + 1].cap
                return k + 1 if tag else 0  # "(CAO) Lực lượng ...": the outlet's tag opens the lead
    return 0


def abbreviation(sc: ScanState, i: int) -> int:
    """An unknown abbreviation in capitals is an organisation (linked to its spelled-out form); returns
    the index after it."""
    long_form, event = sc.abbr_long.get(i, (None, False))
    toks = sc.toks
    end = i + 3 if i + 2 < len(toks) and toks[i + 1].dash and toks[i + 2].text.isdigit() else i + 1  # "ACAMM-24"
    local = _local_place_after(sc, end) if not event and end == i + 1 and not sc.in_title else None
    if local is None and not event and _POLICE_LEVEL.match(toks[i].text):
        local = _unit_place_after(sc, i + 1)
    if local:  # "BĐBP Quảng Nam", "CATP Hà Nội": a local branch, named with its province or city
        pstart, pend, place = local
        sc.add("organization", i, pend)
        if not sc.credit:
            sc.add("location", pstart, pend, canonical=place, flags={"in_org"})
        return pend
    sc.add("organization", i, end, long_form=long_form, flags={"event-abbr"} if event else set())
    return i + 1


# a police unit's initials that say its level ("CAH" huyện, "CAQ" quận, "CATX" thị xã, "CAP" phường, "CAX" xã):
# the capitalised words after them are that district's or commune's name, known to the tables or not
_POLICE_LEVEL = re.compile(r"^CA(?:H|Q|TX|TT|P|X)$")


def _unit_place_after(sc: ScanState, k: int) -> tuple[int, int, str] | None:
    """(start, end, name) of one to three capitalised Vietnamese syllables from k ("CAH Mê Linh")."""
    end = k
    while end < len(sc.toks) and end - k < 3 and sc.toks[end].is_word and sc.toks[end].cap \
            and not sc.toks[end].foreign and not sc.toks[end].allcaps \
            and not (end > k and sc.toks[end].text in SURNAMES and is_vietnamese_name(name_run(sc, end)[1])):
        end += 1  # (not into a person named right after: "Đội trưởng CAH Sóc Sơn Lê Văn A")
    return (k, end, sc.span(k, end).strip()) if end > k else None


def _local_place_after(sc: ScanState, k: int) -> tuple[int, int, str] | None:
    """(start, end, canonical) of a province, city or district right after k ("Quảng Nam", "thành phố Đà
    Nẵng"), not a country or world region (an abbreviation before a country is no local branch)."""
    w = _place_word(sc, k) if k < len(sc.toks) and not sc.toks[k].cap else 0
    pn, place = sc.place_at(k + w)
    if not place or place in sc.gaz.countries or place in sc.gaz.regions:
        return None
    end = k + w + pn
    if end < len(sc.toks) and sc.toks[end].is_word and sc.toks[end].cap:
        return None  # the place opens a longer name
    return k + w, end, place


def _event(sc: ScanState, i: int, n: int) -> int:
    """An event name: not an organisation, but its "(ABBR)" is; inner tokens are scanned as usual."""
    toks = sc.toks
    for k in range(i + n, min(len(toks), i + n + EVENT_REACH)):
        if paren_abbr(toks, k):
            sc.abbr_long[k + 1] = (sc.span(i, k), True)
            sc.name_until = k  # "Hội nghị Cấp cao Đông Á (EAS)": a place inside is part of the name
            break
        if not toks[k].is_word and not toks[k].dash:
            break
    return i + n


def _qualifier(sc: ScanState, i: int, j: int, self_named: bool) -> tuple[int, int, int | None, str | None]:
    """Qualifier after the head at i..j-1 (`self_named`: the head is a name by itself, "Chính phủ", "Quốc
    hội"): (end, parts, place start, place canonical)."""
    toks = sc.toks
    parts, paired, last_head = 0, False, True
    while j < len(toks):
        t = toks[j]
        if self_named and not parts and (tuple(sc.keys[i:j]) in _NATIONAL_ONLY if _place_word(sc, j)
                                         else not t.cap and not _lower_qualifier(sc, j)):
            break  # "Chính phủ yêu cầu ...", "đại biểu Quốc hội tỉnh X": the sentence goes on, no qualifier
        if parts and _joined(sc, j):  # "Bộ Kế hoạch và Đầu tư", "Bộ Văn hóa, Thể thao và Du lịch"
            j += 1
            if sc.keys[j - 1] == "và" and not word_len(toks, j):  # "... và Nguồn lợi thủy sản"
                parts, j = parts + 1, j + 1
            continue
        if parts and (t.text == "&" or t.dash) and _spaced_initials(sc, j):
            parts, j = parts + 1, j + 2  # "Bộ NN & PTNT", "Bộ GD - ĐT": initials of two fields joined with spaces
            continue
        if parts and t.dash and _dash_inside(sc, j):  # "Tập đoàn Công nghiệp - Viễn thông Quân đội"
            j += 1
            continue
        if not t.is_word:
            break
        if parts and t.text in SURNAMES and j + 1 < len(toks) and toks[j + 1].text in MIDDLE_NAMES:
            break  # "Thứ trưởng Bộ Công Thương Hồ Thị Lan": the office's holder follows its name
        if t.text in _CENTRAL and (parts or not self_named):
            parts, j = parts + 1, j + 1
            continue
        if (parts or e_head_local(sc, i)) and _GLUED_ADMIN.match(t.text):  # "TAND TP.Đà Nẵng", "UBND Q.9"
            end = j + 1
            while end < len(toks) and toks[end].is_word and toks[end].cap and end - j < 4:
                end += 1
            bare = _GLUED_ADMIN.sub("", sc.span(j, end).strip())  # "TP.Đà Nẵng" is Đà Nẵng
            return end, parts + 1, j, bare[:1].upper() + bare[1:]
        if not parts and t.cap and tuple(sc.keys[i:j]) in PLACE_COMMITTEES:
            return committee_place(sc, j)  # "Thành ủy Vinh", "Huyện ủy Quỳnh Lưu": named by its place alone
        q = _lower_qualifier(sc, j)
        if q:  # "Quân đội nhân dân Việt Nam", "Cảnh sát quốc gia Campuchia", "Hạm đội miền Đông"
            parts += sc.toks[j + q - 1].cap
            j += q
            continue
        if not parts and sc.keys[i] == "trường" and sc.keys[j] == "chuyên" and j + 1 < len(toks) \
                and toks[j + 1].cap:
            j += 1  # "Trường THPT chuyên Lê Hồng Phong": a gifted school, named like the others
            t = toks[j]
        if not parts and not t.cap and sc.keys[i:j] == ["trung", "tâm"]:
            k = _trade_words_end(sc, j, native_only=True)
            if k > j:  # "Trung tâm dạy nghề Đồng Tiến": the centre's trade, then its own name
                j, t = k, toks[k]
        if not parts and sc.keys[i] in _NAMED_AFTER_PEOPLE and t.cap:
            end, names = name_run(sc, j)
            if end > j and is_vietnamese_name(names):  # "Trường THCS Nguyễn Du", "Bệnh viện Nguyễn Tri Phương"
                return end, 1, None, None
        n, e = sc.entry(j)
        if e is not None and e.kind == "location" and j + n < len(toks) and sc.keys[j + n] == FIELD_OF_STUDY:
            parts, j = parts + 1, j + n + 1  # "Trung tâm Việt Nam học": Vietnamese studies, not a place
            continue
        if e is not None and e.kind == "location" and (t.cap or not e.pattern[0][0].isupper()) \
                and not (t.cap and word_len(toks, j) > n):  # "Cộng đồng Pháp ngữ": a word, not France
            return j + n, parts, j, e.canonical  # "Bộ Quốc phòng Mỹ", "Cơ quan Đối ngoại châu Âu"
        sn, splace = sc.squashed_place(j) if e is None and t.foreign else (0, None)
        if splace:
            return j + sn, parts, j, splace  # "Chính phủ Arập Xêút": a known country spelled another way
        if (parts or j - i > 1 or sc.keys[i] in _LOCAL_HEADS) and _admin_tail(sc, j):  # "Bộ Chỉ huy Quân sự tỉnh": the paper's own province
            return j + len(_admin_tail(sc, j)), parts + 1, None, None
        w = _place_word(sc, j)
        if w == 1 and toks[j].allcaps and j + 2 < len(toks) and toks[j + 1].text == "." and sc.place_at(j + 2)[1]:
            w = 2  # "UBND TP. Đà Nẵng": the prefix's full stop, then a space
        if w and j + w < len(toks) and toks[j + w].cap:  # "tỉnh Kiên Giang", "thành phố Đà Nẵng"
            pn, place = sc.place_at(j + w)
            if place and place in sc.gaz.countries and _unknown_cap(sc, j + w + pn):
                place = None  # "huyện Đức Trọng": a country's name opening a local one
            if place:
                return j + w + pn, parts, j + w, place
            if sc.in_title and name_after(sc, j + w):  # "Chủ tịch UBND TP Trần Văn An": the paper's own city
                return (j + w, parts + 1, None, None) if w == 1 else (j, parts, None, None)
            end = j + w
            while end < len(toks) and toks[end].is_word and toks[end].cap and end - j < 3 + w:
                end += 1
            return end, parts, j + w, None
        if e is not None and e.kind == "organization" and t.cap:
            parts, j = parts + 1, j + n
            continue
        if _stops(sc, j, n, e):
            break
        wl = word_len(toks, j) if t.cap else 0
        if t.cap and e is not None and e.kind in ("head", "needs_place") and n >= wl:
            parts, j, last_head = parts + 1, j + n, True  # "Bộ Tư lệnh Quân khu 1"
            continue
        if t.text.isdigit() and (last_head or (parts and len(t.text) >= 3)) or (parts and _UNIT_CODE.match(t.text)):  # "Quân khu 9", "Ban Chỉ đạo 515"
            k = j + 1
            if _name_goes_on(sc, k):  # "Quân khu 3 Quân đội Hoàng gia Campuchia", "Quân khu 3 Campuchia"
                parts, j, last_head = parts + 1, k, False
                continue
            return k + len(_admin_tail(sc, k)), parts + 1, None, None
        last_head = False
        if wl:
            parts, j = parts + 1, j + wl  # "Quốc phòng", "Báo chí"
            continue
        if not t.cap:
            k = long_lowercase_name(sc, i, j, parts)
            if k > j:  # "Trung tâm Giám sát an toàn không gian mạng quốc gia", "Bệnh viện dã chiến cấp 2 số 6"
                parts, j = parts + 1, k
                if sc.place_at(k)[1]:
                    continue  # "... tìm kiếm, cứu nạn hàng hải Việt Nam": the place ends the name
                break
        if not t.cap:
            k = lowercase_to_place(sc, i, j, bare=not parts)
            if k > j:  # "Cục Quản lý xuất nhập cảnh quốc gia Trung Quốc"
                parts, j = max(parts, 1), k  # "Hội hữu nghị Việt Nam - Lào": the words are its qualifier
                continue
        if not t.cap:
            k = lowercase_tail(sc, i, j, anchored_only=not parts)
            if k > j:  # "Nhóm tác chiến cơ động số 7 Hải quân ..."
                parts, j = parts + 1, k
                if sc.keys[k - 2:k] == ["trung", "ương"]:
                    break  # "Ban Chỉ đạo ... Trung ương": the central level closes the board's name
                continue
        if not t.cap and unit_noun_tail(sc, i, j, parts) > j:  # "Cục An toàn thông tin (...)"
            parts, j = parts + 1, unit_noun_tail(sc, i, j, parts)
            break
        if _common_cap(sc, j) and lowercase_to_place(sc, i, j + 1) > j + 1:
            parts, j = parts + 1, j + 1  # "Hội Nghề cá tỉnh Bình Định"
            continue
        if (parts or j - i > 1) and _common_cap(sc, j) and j + 2 < len(toks) and toks[j + 1].is_word \
                and not toks[j + 1].cap and sc.keys[j + 1] not in BLOCKERS and sc.place_at(j + 2)[1]:
            parts, j = parts + 1, j + 2  # "Lực lượng Phòng vệ Trên không Nhật Bản": a two-word qualifier
            continue
        if parts == 0 and _common_cap(sc, j) and _one_word_name(sc, i, j):
            parts, j = 1, j + 1  # "Tổng cục Thuế", "Cục Thuế": one capitalised word ends the name
            break
        if _common_cap(sc, j) and (paired or (j + 1 < len(toks) and _common_cap(sc, j + 1))):
            parts, j, paired = parts + 1, j + 1, True  # "Bộ Công Thương", "Phòng vệ Biển Nhật Bản"
            continue
        if _common_cap(sc, j) and j + 1 < len(toks) and toks[j + 1].cap and sc.place_at(j + 1)[1]:
            parts, j = parts + 1, j + 1
            continue
        if (parts or last_head) and _ROMAN.match(t.text) and sc.keys[i] in _ROMAN_HEADS:
            return j + 1, parts + 1, None, None
        if t.allcaps and t.text in sc.gaz.not_orgs and (t.key,) not in _LEGAL_FORMS:
            break  # "Lực lượng CSGT": a generic force, no name (a legal form goes on: "Công ty TNHH ...")
        if t.allcaps or (t.cap and t.foreign and parts == 0 and len(t.text) > 2 and _foreign_qualifier(sc, j)):
            parts, j = parts + 1, j + 1
            continue
        if parts and t.cap and t.foreign and len(t.text) > 2 and not sc.in_title and sc.entry(j)[1] is None \
                and not (j + 1 < len(toks) and toks[j + 1].cap):
            parts, j = parts + 1, j + 1  # "Viện Đào tạo Stec": a one-word brand closes the name
        break
    if parts and j - i > 1 and not sc.in_title:
        return _eponym_end(sc, i, j), parts, None, None
    return j, parts, None, None


def _eponym_end(sc: ScanState, i: int, j: int) -> int:
    """A school's or hospital's name after its kind ("Trường Thiếu sinh quân Lê Lợi", "Đại học Sư phạm Lagos"):
    the person or foreign place it is named after, when the kind ends in a common word; else j. Not under
    a title ("Giám đốc Bệnh viện Nhi Trung ương Nguyễn Văn A": the person follows the body)."""
    toks = sc.toks
    if j >= len(toks) or not toks[j].cap or toks[j - 1].cap or not toks[j - 1].is_word \
            or not institution(sc, i):
        return j
    n, e = sc.entry(j)
    if e is not None and e.kind != "person":
        return j
    end, names = name_run(sc, j)
    if end > j and (is_vietnamese_name(names) or all(t.foreign for t in toks[j:end])):
        return end
    return j


_NATIONAL_ONLY = {("quốc", "hội"), ("chính", "phủ"), ("nội", "các")}  # no provincial branch of these
FIELD_OF_STUDY = "học"  # after a place: the study of it ("Việt Nam học", "Hán học")


def _unknown_cap(sc: ScanState, k: int) -> bool:
    """A capitalised word at k that the tables do not know: it continues the name before it."""
    return k < len(sc.toks) and sc.toks[k].is_word and sc.toks[k].cap and not sc.toks[k].allcaps \
        and sc.entry(k)[1] is None


PARLIAMENT = ("của", "quốc", "hội")
_COMMITTEE_HEADS = {"ủy", "ban", "hội"}  # "Ủy ban ...", "Ban ...", "Hội đồng ..."


def of_parliament(sc: ScanState, i: int, end: int) -> bool:
    """A committee's name goes on with "của Quốc hội" (its official name), not any other "của"."""
    toks = sc.toks
    k = end + len(PARLIAMENT)
    return sc.keys[i] in _COMMITTEE_HEADS and tuple(sc.keys[end:k]) == PARLIAMENT and toks[end + 1].cap \
        and not sc.place_at(k)[1]  # "... của Quốc hội Lào" is another country's parliament


_GLUED_ADMIN = re.compile(r"^(?:TP|Tp|TX|Q|P|H|TT)\.(?=\w)")  # an administrative prefix glued to a name


def e_head_local(sc: ScanState, i: int) -> bool:
    """The name opened at i is a local body's that a place completes ("UBND", "TAND", "Công an")."""
    _, e = sc.entry(i)
    return e is not None and e.kind == "needs_place"


_ADMIN_TAILS = (("tỉnh",), ("thành", "phố"), ("tp",), ("huyện",), ("quận",), ("thị", "xã"))
_LOCAL_HEADS = {"ubnd", "hđnd"}  # local government: "UBND tỉnh" alone names the paper's own province's
_NAMED_AFTER_PEOPLE = {"trường", "bệnh", "bv"}  # schools and hospitals ("BV": bệnh viện) bear people's names


def _admin_tail(sc: ScanState, j: int) -> tuple[str, ...]:
    """A bare "tỉnh"/"thành phố" ending a local body's name (no place name after it), else ()."""
    for w in _ADMIN_TAILS:
        k = j + len(w)
        if tuple(sc.keys[j:k]) == w and (k >= len(sc.toks) or not sc.toks[k].is_word or not sc.toks[k].cap):
            if sc.toks[k - 1].allcaps and k + 1 < len(sc.toks) and sc.toks[k].text == "." and sc.place_at(k + 1)[1]:
                return ()  # "UBND TP. Đà Nẵng": the city's name follows the prefix's full stop
            n, e = sc.entry(j)
            if e is not None and e.kind in ("head", "needs_place") and n > len(w):
                return ()  # "Ban Thường vụ Tỉnh ủy Hà Nam": the word opens the party committee's head
            return w
    return ()


_ONE_WORD_HEADS = {"cục", "sở", "vụ", "viện", "ban", "phòng"}


def _regional_department(sc: ScanState, i: int, place: str | None) -> bool:
    """A department named after a world region ("Vụ Châu Mỹ", "Cục Đông Nam Á"); a one-word head before a
    country or province is no name ("Sở Hà Nội")."""
    return sc.keys[i] in _ONE_WORD_HEADS and place in sc.gaz.regions


def _one_word_name(sc: ScanState, i: int, j: int) -> bool:
    """A department named by one capitalised word ("Cục Thuế", "Viện Toán"): the word is a noun by
    itself and the name stops after it (punctuation or a lowercase word)."""
    head = sc.keys[i + 1] if sc.keys[i] in ("tổng", "chi") else sc.keys[i]
    if head not in _ONE_WORD_HEADS or sc.in_title and j + 1 < len(sc.toks) and sc.toks[j + 1].cap:
        return False
    nxt = sc.toks[j + 1] if j + 1 < len(sc.toks) else None
    if nxt is not None and nxt.is_word and nxt.cap:
        return False
    return any(tag in ("N", "Np") for _, tag in pos_tags(sc.toks[j].text))


def _spaced_initials(sc: ScanState, j: int) -> bool:
    """Short initials on both sides of the "&" or dash at j, the right ones naming nothing by themselves."""
    toks = sc.toks
    if j < 1 or j + 1 >= len(toks) or not (toks[j - 1].allcaps and toks[j + 1].allcaps):
        return False
    if toks[j].text == "&":
        return True
    return len(toks[j - 1].text) <= 4 and len(toks[j + 1].text) <= 4 and sc.entry(j + 1)[1] is None \
        and toks[j].start > toks[j - 1].end and toks[j + 1].start > toks[j].end


def _foreign_qualifier(sc: ScanState, j: int) -> bool:
    """A foreign word names the body ("Tập đoàn Boeing") unless, after a title, it opens the person's
    name ("Chánh văn phòng Nội các Hayashi Yoshimasa"): then a full name must still follow it."""
    if not sc.in_title:
        return True
    toks = sc.toks
    return j + 2 < len(toks) and all(toks[k].is_word and toks[k].cap for k in (j + 1, j + 2))


def _lower_qualifier(sc: ScanState, j: int) -> int:
    """Length of a lowercase qualifier inside a name at j ("nhân dân", "quốc gia"), else 0."""
    if sc.toks[j].cap:
        return 0
    for q in sc.gaz.lower_qualifiers:
        if tuple(sc.keys[j:j + len(q)]) == q:
            return len(q)
    return 0


def _dash_inside(sc: ScanState, j: int) -> bool:
    """A dash between two capitalised parts of one name, not between two places or before a title."""
    toks = sc.toks
    if j + 1 >= len(toks) or not toks[j + 1].cap or not toks[j - 1].is_word:
        return False
    if sc.place_at(j + 1)[1] or sc._place_ending_at(j - 1):
        return False
    n, e = sc.entry(j + 1)
    if e is not None and e.kind == "head" and j + 1 + n < len(toks) and toks[j + 1 + n].cap:
        return False  # "Tổng cục Công nghiệp - Bộ Quốc phòng": the body, then the one it belongs to
    return e is None or e.kind not in _STOP_KINDS


def _common_cap(sc: ScanState, j: int) -> bool:
    """A capitalised common syllable that is not a family name ("Công", "Biển")."""
    t = sc.toks[j]
    return t.is_word and t.cap and t.text not in SURNAMES and not t.foreign and t.key in syllables() \
        and sc.entry(j)[1] is None


def _joined(sc: ScanState, j: int) -> bool:
    """"và" or a comma inside one name: the next word is a capitalised common word, and for a
    comma a "và" follows within the name."""
    toks = sc.toks
    if sc.keys[j] not in ("và", ",") or j + 1 >= len(toks) or not toks[j + 1].cap or toks[j + 1].allcaps:
        return False  # "... SSI và CTCP ...": an abbreviation after "và" opens another body
    if sc.place_at(j + 1)[1] or not (word_len(toks, j + 1) or _common_cap(sc, j + 1)):
        return False  # "Cục Thủy sản và Nguồn lợi thủy sản ..."
    _, e = sc.entry(j + 1)
    if e is not None or _known_ending_at(sc, j - 1) or document_at(sc, j + 1):
        return False  # "Quỹ Nhi đồng Liên hợp quốc và Chương trình ...": a whole name closes before "và";
        # "Ngân hàng Nhà nước và Nghị quyết 02": a document follows
    if sc.keys[j] == "và":
        return True
    k = j + 1 + word_len(toks, j + 1)
    return k + 1 < len(toks) and sc.keys[k] == "và" and _joined(sc, k)




def _known_ending_at(sc: ScanState, k: int) -> bool:
    """A place or an organisation from the tables ends at token k."""
    if sc._place_ending_at(k):
        return True
    for start in range(max(0, k - 5), k + 1):
        n, e = sc.entry(start, ("organization",))
        if e is not None and start + n - 1 == k:
            return True
    return False


def _plural(sc: ScanState, end: int) -> bool:
    keys = sc.keys[end:end + 3]
    return any(tuple(keys[:len(m)]) == m for m in sc.gaz.plural_markers)


# a bank is a firm too: "Ngân hàng TMCP Xây dựng Việt Nam", "Ngân hàng Sài Gòn Hà Nội"
_COMPANY_HEADS = {("công", "ty"), ("tổng", "công", "ty"), ("tập", "đoàn"), ("doanh", "nghiệp"), ("ctcp",),
                  ("ngân", "hàng"), ("cty",), ("xí", "nghiệp")}
# Longest first: "TNHH Một thành viên", "trách nhiệm hữu hạn" precede the trade name.
_LEGAL_FORMS = (("trách", "nhiệm", "hữu", "hạn", "một", "thành", "viên"), ("tnhh", "một", "thành", "viên"),
                ("trách", "nhiệm", "hữu", "hạn"), ("một", "thành", "viên"), ("tnhh", "mtv"), ("cổ", "phần"),
                ("cp",), ("tnhh",), ("mtv",), ("jsc",), ("thương", "mại", "cổ", "phần"), ("tmcp",))
# a head and a legal form with no trade name after them ("Công ty CP đã ký ...") name no firm
BARE_COMPANIES = frozenset(" ".join(h + f) for h in _COMPANY_HEADS for f in _LEGAL_FORMS)
_MAX_COMPANY = 12  # capitalised words, dashes and joins: "Tư vấn – Thương mại – Dịch vụ Địa ốc Hoàng Quân"


def _company_end(sc: ScanState, i: int, n: int) -> int:
    """End of a company's trade name after "Công ty" (and "CP", "TNHH"): every capitalised word of it,
    whatever else such a word could be ("Công ty CP Đức Phú" is no place, "Công ty Hoàng Long" no
    person), with a dash between capitalised parts; else i."""
    if tuple(sc.keys[i:i + n]) not in _COMPANY_HEADS:
        return i
    bank = sc.keys[i:i + n] == ["ngân", "hàng"]  # a bank's name is its capitalised words only: no trade
    # words after them, no second trade ("Ngân hàng Nhà nước sửa đổi ...", "Ngân hàng Nhà nước và Nghị quyết")
    toks, j = sc.toks, i + n
    for form in _LEGAL_FORMS:
        if tuple(sc.keys[j:j + len(form)]) == form:
            j += len(form)
            break
    # after a legal form the registered name may spell out the trade: "Công ty CP tư vấn và đầu tư công
    # nghệ Thăng Long" (without one the words only describe the firm: "Công ty hóa dầu Yeochun NCC")
    # without a legal form, lowercase words before a Vietnamese name still spell its trade ("Công ty thép
    # Cửu Long"); before a foreign name they describe the firm ("Công ty hóa dầu Yeochun NCC")
    trade = _trade_words_end(sc, j, native_only=j == i + n)
    traded, j = trade > j, trade
    start, trade_word = j, False
    while j < len(toks) and j - start < _MAX_COMPANY:
        t = toks[j]
        if (t.dash or t.text == "&") and j > start and j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1].cap:
            if t.dash and toks[j + 1].allcaps and not (j + 2 < len(toks) and toks[j + 2].is_word and toks[j + 2].cap):
                break  # "Công ty CP Chứng khoán ACB – ACBS": the firm's short name after a dash, not part of it
            j += 1  # "Công ty Hòa Phát - Dung Quất", "Công ty LS Cable & System"
            continue
        if t.key == "và" and trade_word and not bank and j + 1 < len(toks) and toks[j + 1].tail > 1 \
                and not toks[j + 1].foreign and _native_name(sc, j + 1):
            j += 1  # "Công ty CP Đầu tư và Công nghiệp Tân Tạo": two trades, one firm
            continue
        if not (t.is_word and t.cap):
            break
        k, e = sc.entry(j)
        if j == start and e is not None and e.kind == "title" and t.allcaps:
            e = None  # "Công ty TNHH LS ...": capitals opening the trade name, not a title ("LS", lawyer)
        trade_event = e is not None and e.kind == "event" and j > start and j + k < len(toks) \
            and toks[j + k].is_word and toks[j + k].cap  # "Công ty Dịch vụ Triển lãm Singapore": what the firm does
        if (_stops(sc, j, k, e) and e.kind != "person" and not trade_event) or (
                e is not None and e.kind in ("head", "needs_place") and j > start):
            break  # "Công ty Hoàng Long Bộ Quốc phòng": another body
        if e is not None and e.kind == "location" and k > 1:
            j += k  # "... Hải Phòng": a place's name in the firm's, whatever its syllables open ("Phòng")
            trade_word = False
            continue
        trade_word = not toks[j].foreign and (toks[j].tail > 1 or j == start and _common_cap(sc, j))
        strict = toks[j].tail < 2  # one syllable ("Gốm"): its trade must run to the place or name closing it
        j += max(1, toks[j].tail)  # "Đầu tư", "Di động": a trade word capitalises its first syllable only
        # (the lexicon's words only: the segmenter glues a name to the verb after it, "Long linh tính")
        if trade_word and not bank and j < len(toks) and toks[j].is_word and not toks[j].cap:
            tail = _trade_tail(sc, j, strict)
            if tail > j:  # "Công ty CP Cơ điện lạnh", "Công ty Dịch vụ dầu khí", "... Gốm xây dựng Bắc Kạn"
                j = tail
                start = min(start, j - 1)  # the tail's words do not count against the name's length
    if j > start and toks[j - 1].dash:
        j -= 1
    if start < j < len(toks) and _number_closes(sc, j):
        j += 1  # "Công ty CP Licogi 16 (LCG)", "Công ty Sông Đà 5 đã ...": the firm's number ends its name
    w = _place_word(sc, j) if start < j < len(toks) and _province_at(sc, j) else 0
    pn, place = sc.place_at(j + w) if w else (0, None)
    if place:  # "Công ty TNHH MTV Môi trường đô thị tỉnh Đắk Lắk"
        j += w + pn
    if sc.in_title and not traded and not (toks[start].allcaps and j - start <= 2):
        # after a title, the person's name may follow the firm's: "Tổng Giám đốc Tập đoàn Airbus Guillaume
        # Faury" (left to the title's parse), "Giám đốc Công ty Phú Thái Nguyễn Văn An" (cut before the name)
        j = _before_a_name(sc, start, j)
        if j < 0:
            return i
    return j if j > start else i


def _number_closes(sc: ScanState, j: int) -> bool:
    """A number of up to three digits at j after a firm's capitalised name, then punctuation, "và" or a sentence
    word: the number is the name's (not a count: "Công ty Hòa Phát 2 năm qua")."""
    toks = sc.toks
    if not (toks[j].text.isdigit() and len(toks[j].text) <= 3 and toks[j - 1].is_word and toks[j - 1].cap):
        return False
    return j + 1 >= len(toks) or not toks[j + 1].is_word and toks[j + 1].text not in ("%", ".", ",") \
        or toks[j + 1].text in (",", ".") and not (j + 2 < len(toks) and toks[j + 2].text[:1].isdigit()) \
        or sc.keys[j + 1] in BLOCKERS or sc.keys[j + 1] == "và"


def _before_a_name(sc: ScanState, start: int, end: int) -> int:
    """Where a firm's Vietnamese capitalised words after a title end: before a Vietnamese full name among
    them, else at end ("Giám đốc Công ty Phú Thái"); -1 (no firm read here) when a foreign word or capitals
    are among them."""
    if any(sc.toks[k].foreign or sc.toks[k].allcaps for k in range(start, end)):
        return -1
    for k in range(end - 3, start - 1, -1):  # the shortest full name of three syllables or more
        words = [t.text for t in sc.toks[k:end]]
        if words[0] in SURNAMES and all(sc.toks[x].is_word for x in range(k, end)) and is_vietnamese_name(words):
            return k if k > start else -1
    if end - start == 2 and is_vietnamese_name([t.text for t in sc.toks[start:end]]):
        return -1  # "Giám đốc Công ty Hoàng Long": the firm's name or its head's, read as before
    return end


_MAX_TRADE = 8
# trade words: nouns, verbs used as nouns, "và"; the tagger reads words it does not know ("măng" of "xi
# măng", "dầu khí") as numerals
_TRADE_TAGS = ("N", "Np", "Nc", "V", "A", "C", "M")
_TAIL_TAGS = ("N", "Np", "Nc", "V", "A", "M")
_TAIL_ENDS = ("N", "Np", "Nc", "M", "A")
_TAIL_CLOSERS = {",", ";", ":", "(", ")", "-", "–"}  # not a full stop: a sentence may end on its own words
_MAX_TAIL = 6


def _province_at(sc: ScanState, k: int) -> bool:
    """An administrative word and a known province or city at k ("tỉnh Đắk Lắk"), not a country."""
    w = _place_word(sc, k) if k < len(sc.toks) else 0
    place = sc.place_at(k + w)[1] if w else None
    return bool(place) and place not in sc.gaz.countries


def _native_name(sc: ScanState, k: int) -> bool:
    """A capitalised name at k that opens no other body, title or person ("Cửu Long", "Quốc gia Việt Nam")."""
    _, e = sc.entry(k)
    return e is None or e.kind in ("location", "prefix")


def _trade_tail(sc: ScanState, j: int, strict: bool = False) -> int:
    """After a capitalised trade word, the lowercase words of the same trade up to the name's end ("Cơ điện
    lạnh", "Dịch vụ dầu khí", "Tư vấn xây dựng điện 2", "Đầu tư hạ tầng và đô thị dầu khí PVC"): they must
    end on a noun, hold no noun followed by a verb, and be followed by punctuation inside a sentence, a number
    closing the name, a province, or a capitalised part of it (a place, initials) that opens no other body;
    else j. A sentence's words ("đã", "của") stop them.
    `strict` (after a one-syllable trade word): only a number or a capitalised part closes the name."""
    toks, k = sc.toks, j
    while k < len(toks) and k - j < _MAX_TAIL and toks[k].is_word and not toks[k].cap \
            and not toks[k].text[0].isdigit() and sc.keys[k] not in BLOCKERS and not _province_at(sc, k):
        k += 1
    if k == j or sc.keys[k - 1] == "và":
        return j
    end = k
    # a province or a capitalised part closes the words: they may end on a verb used as a noun ("Gốm xây dựng
    # Bắc Kạn"); before punctuation the words end on a noun
    named = _province_at(sc, k) or k < len(toks) and toks[k].is_word and toks[k].cap
    if _province_at(sc, k):
        pass  # "... đô thị tỉnh Đắk Lắk": the province closes the name (the caller reads it as a place)
    elif k < len(toks) and toks[k].text[0].isdigit():
        if strict or k + 1 < len(toks) and (toks[k + 1].is_word or toks[k + 1].text == ","):
            return j  # "... dầu khí 2 năm": a count, not the name's number
        end = k + 1
    elif k >= len(toks) or not toks[k].is_word and toks[k].text not in _TAIL_CLOSERS:
        return j if strict else _nouns_before_verb(sc, j)  # "... tài sản đi vào hoạt động."
    elif toks[k].is_word:
        if not toks[k].cap:
            return j if strict else _nouns_before_verb(sc, j)  # "Công ty Quản lý tài sản sẽ ..."
        if not _native_name(sc, k) and not toks[k].allcaps:
            return j
        while end < len(toks) and end - k < 4 and toks[end].is_word and toks[end].cap \
                and (toks[end].allcaps or not toks[end].foreign and _native_name(sc, end)):
            end += 1
        if end < len(toks) and toks[end].is_word and toks[end].cap:
            return j  # the capitalised words go on into the sentence: no clear end of the name
    elif strict:
        return j
    tags = pos_tags(sc.span(j, k))
    if not tags or any(tag not in _TAIL_TAGS and w.casefold() != "và" for w, tag in tags):
        return j
    if tags[-1][1] not in _TAIL_ENDS and not (named and tags[-1][1] == "V") \
            or any(a[1] in ("N", "M") and b[1] == "V" for a, b in zip(tags, tags[1:])):
        # a noun, then a verb: the sentence's predicate ("... Cơ điện lạnh báo lãi")
        return j if strict else _nouns_before_verb(sc, j)
    return end


def _nouns_before_verb(sc: ScanState, j: int) -> int:
    """Lowercase nouns of two syllables or more at j right before the sentence's verb or adverb ("Công ty
    Quản lý tài sản đi vào hoạt động", "... tài sản sẽ mua"): their end, else j. A one-syllable word may be
    the verb itself ("Công ty Quản lý nợ đi vào ...", "Công ty Hoàng Phát nợ đối tác")."""
    tags = pos_tags(sc.span(j, min(len(sc.toks), j + _MAX_TAIL + 2)))
    k, nouns = j, 0
    for word, tag in tags:
        if tag == "N" and " " in word and sc.keys[k] not in BLOCKERS:
            k += len(word.split())
            nouns += 1
            continue
        return k if nouns and tag in ("V", "R") else j
    return j


def _trade_words_end(sc: ScanState, j: int, native_only: bool = False) -> int:
    """End of lowercase words naming a company's trade before its capitalised trade name ("thương mại dịch
    vụ Hoàng Phát", "thương mại và sản xuất Lộc Phát"), else j: nouns and verbs of trades, at least one
    noun, no sentence word. `native_only`: only before a Vietnamese name (no foreign word, no capitals)."""
    toks, k = sc.toks, j
    abbrs = sc.gaz.trade_abbreviations if not native_only else ()
    while k < len(toks) and k - j < _MAX_TRADE:
        t = toks[k]
        if t.is_word and (not t.cap or t.text in abbrs):
            k += 1  # the tags below turn away a sentence's words ("đã", "của"), not a syllable ("thiết bị")
        elif abbrs and t.dash and k > j and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].cap:
            k += 1  # after a legal form: "Công ty TNHH trục vớt - cứu hộ Đoàn Ánh Dương"
        else:
            break
    if k == j or k >= len(toks) or not toks[k].cap or toks[k - 1].key == "và":
        return j
    if native_only and (toks[k].foreign or toks[k].allcaps or not _native_name(sc, k)):
        return j
    words = [t for t in sc.span(j, k).split() if t not in abbrs]
    tags = pos_tags(" ".join(words)) if words else ()
    if not tags or any(tag not in _TRADE_TAGS for _, tag in tags if tag != "CH"):
        return j
    if abbrs and not _native_name(sc, k) and not toks[k].foreign:
        return j  # another body, a title or a person after the words: no trade name here
    # after a legal form the words before the trade name may be any trade ("thủy sản", "chăn nuôi", "nhựa và
    # môi trường xanh": the tagger reads them as numerals, verbs, adjectives); without one they must hold a
    # noun and end on a noun or verb
    if not abbrs and (not any(tag in ("N", "Nc") for _, tag in tags) or tags[-1][1] not in ("N", "Nc", "V")):
        return j
    return k


_AWARDS = (("huy", "hiệu"), ("huân", "chương"), ("huy", "chương"), ("kỷ", "niệm", "chương"), ("bằng", "khen"),
           ("giấy", "khen"), ("cờ", "thi", "đua"), ("danh", "hiệu"))


def _stops(sc: ScanState, j: int, n: int, e: GazEntry | None) -> bool:
    """The entry at j ends a name: a title, event or person — a prefix ("Tân") only before a title
    ("tân Thủ tướng"), else it is a word of the name ("Công ty Tân Phú")."""
    if any(tuple(sc.keys[j:j + len(a)]) == a for a in _AWARDS):
        return True  # "trao cho Bộ Ngoại giao Huy hiệu ...": an award given, not a word of the name
    if e is None or e.kind not in _STOP_KINDS:
        return False
    if e.kind == "prefix":
        after = sc.entry(j + n)[1] if j + n < len(sc.toks) else None
        return after is not None and after.kind == "title"
    return True


def _known_end(sc: ScanState, i: int) -> int:
    """End of a well-known organisation's full name at i ("Bộ Giao thông vận tải"), else i."""
    n, e = sc.entry(i, ("organization",))
    return i + n if e is not None else i


def parse_org(sc: ScanState, i: int, n: int, e: GazEntry) -> int:
    """Parse an organisation opened by a head noun at i; returns i when there is none. A full name the
    tables know, or a company's trade name, wins over a shorter parse, which is then undone."""
    board = next((len(b) for b in _FIRM_BOARDS if tuple(sc.keys[i:i + len(b)]) == b), 0) \
        if sc.keys[i] in ("hội", "ban") else 0
    if board and i + board < len(sc.toks) and sc.toks[i + board].cap \
            and any(tuple(sc.keys[i + board:i + board + len(h)]) == h for h in _COMPANY_HEADS):
        return i + board  # "Hội đồng sáng lập Ngân hàng Á Châu": the firm's board, then the firm named on its own
    mark, abbr, until, last = len(sc.out), dict(sc.abbr_long), sc.name_until, sc.last_person
    end = _parse_org(sc, i, n, e)
    if tuple(sc.keys[i:end]) in _OWNED_BODIES:  # "một cuộc họp Ban Thường vụ": whose, the text does not say
        _undo(sc, mark, abbr, until, last)
        return end
    if not sc.toks[i].cap or e.kind == "event" or document_length(sc, i) or in_document_name(sc, i):
        return end  # "Luật Cảnh sát biển Việt Nam" names a law
    pn, place = sc.place_at(end + 1) if sc.keys[i] == "tòa" and end + 1 < len(sc.toks) \
        and sc.keys[end] == "tại" and "cao" in sc.keys[i:end] else (0, None)
    if place:  # "Tòa Phúc thẩm TAND Tối cao tại TPHCM": a high court sits in several cities, each seat a court
        # of its own (an embassy's seat is not part of its name)
        _redo(sc, i, end + 1 + pn, mark, abbr, until, last)
        sc.add("location", end + 1, end + 1 + pn, canonical=place, flags={"in_org"})
        return end + 1 + pn
    known, company = _known_end(sc, i), _company_end(sc, i, n)
    short_name = end == company + 2 and sc.toks[company].dash and sc.toks[company + 1].allcaps  # "... ACB – ACBS"
    if i < company < end and (short_name or not any(t.cap for t in sc.toks[company:end])):
        end = _redo(sc, i, company, mark, abbr, until, last)  # "Công ty Thăng Long linh tính ...": the verb
        # after a trade name is the sentence's
    longer = max(known, company, drafting_end(sc, i, n, end))
    if longer <= end:
        return end
    if longer == known and of_parliament(sc, i, longer):
        longer = known = known + len(PARLIAMENT)
    end = _redo(sc, i, longer, mark, abbr, until, last)
    if longer == company and not sc.credit:
        _firm_province(sc, i, end)
    return end


def _firm_province(sc: ScanState, i: int, end: int) -> None:
    """A firm named with its province is there ("Công ty ... tỉnh Đắk Lắk"): the place counts as the
    article's, as one after any other body's name does not."""
    for p in range(i + 1, end):
        w = _place_word(sc, p)
        pn, place = sc.place_at(p + w) if w else (0, None)
        if place and p + w + pn == end and place not in sc.gaz.countries:
            sc.add("location", p + w, end, canonical=place)
            return


# Bodies that are some Party committee's or association's organ: alone they name no organisation
_OWNED_BODIES = {("ban", "thường", "vụ"), ("ban", "chấp", "hành"), ("ban", "kiểm", "soát"), ("hội", "đồng", "thành", "viên"),
                 ("hội", "đồng", "quản", "trị"), ("hội", "đồng", "sáng", "lập")}  # (a firm's supervisory board and its
# boards of members, directors, founders)
_FIRM_BOARDS = {b for b in _OWNED_BODIES if b[:2] == ("hội", "đồng") or b == ("ban", "kiểm", "soát")}


def _undo(sc: ScanState, mark: int, abbr: dict, until: int, last: object) -> None:
    """Drop the mentions of a parse from `mark` on and restore the scan state saved before it."""
    del sc.out[mark:]
    sc.abbr_long, sc.name_until, sc.last_person = abbr, until, last


def _redo(sc: ScanState, i: int, end: int, mark: int, abbr: dict, until: int, last: object) -> int:
    """Undo the mentions of a parse from `mark` on and name the organisation i..end-1 instead."""
    _undo(sc, mark, abbr, until, last)
    sc.add("organization", i, end)
    if paren_abbr(sc.toks, end):
        sc.abbr_long[end + 1] = (sc.span(i, end), False)
    return end


_CLUB = "clb"


def _parse_org(sc: ScanState, i: int, n: int, e: GazEntry) -> int:
    """Parse an organisation opened by a head noun at i; returns i when there is none."""
    toks = sc.toks
    if not toks[i].cap and not sc.lower_head:
        return i
    if e.kind == "event":
        return _event(sc, i, n)
    if sc.keys[i + n:i + n + 1] == ["lượng"] and sc.keys[i] == "khối":  # "Khối lượng giao dịch (ADTV)": a
        k = abbr_reach(sc, i + n)  # volume, and its initials are the volume's, not a division's
        return k + 3 if k else i
    aged = aged_name_end(sc, i)
    if aged > i:  # "Trường Văn Hùng (27 tuổi)": a head noun opening a person's name
        if not sc.credit:
            sc.add("person", i, aged)
        return aged
    school = school_end(sc, i)
    if school > i:  # "Trường THPT Lê Lợi", "Trường Trung cấp Việt Anh": the whole name after the level
        add_school(sc, i, school)
        return school
    if " ".join(sc.keys[i:i + n]) in sc.gaz.generic_heads and i + n < len(toks):
        if police_code(sc, i + n) > i + n:
            return i + n  # "Lực lượng PC45": the department's code names it
        _, nxt = sc.entry(i + n)
        if toks[i + n].cap and nxt is not None and (nxt.kind == "head" or _coordinated(sc, i + n)
                                                    and nxt.kind in ("needs_place", "organization")):
            return i + n  # "Lực lượng Cảnh sát biển Việt Nam và ...": the force is the organisation after it;
            # "Lực lượng Cục Cảnh sát ...": a department's staff, the department is the organisation
    if document_length(sc, i) or in_document_name(sc, i):
        return i  # "Bộ Quy tắc ứng xử": a document; "Luật Cảnh sát biển Việt Nam" names a law
    self_named = sc.entry(i, ("organization",))[0] == n  # "Chính phủ", "Quốc hội": a name by itself
    k = collective_abbr(sc, i + n) or abbr_reach(sc, i + n, self_named)
    if k:  # "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)": the spelled-out name runs to "(ABBR)"
        sc.add("organization", i, k)
        sc.abbr_long[k + 1] = (sc.span(i, k), False)
        for p in range(i + n, k):
            pn, place = sc.place_at(p)
            if place and p + pn == k and not sc.credit:
                sc.add("location", p, k, canonical=place, flags={"in_org"})
                break
        return k
    end, parts, pstart, place = _qualifier(sc, i, i + n, self_named)
    managed = managed_object_end(sc, end) if parts else end
    if managed > end:  # "Ban Quản lý Khu kinh tế Vân Phong": the board's name runs through what it manages
        end, pstart, place = managed, None, None
    if parts and pstart is None and of_parliament(sc, i, end):
        end += len(PARLIAMENT)  # "Ủy ban Pháp luật của Quốc hội": the committee's official name
    # a club's abbreviated head names as the spelled-out one does ("CLB Sông Lam Nghệ An", "Câu lạc bộ Hà Nội"):
    # a club is named after its place (a firm's "CTCP Sông Đà Thăng Long" is not)
    multi = n > 1 or e.kind == "needs_place" or sc.keys[i] == _CLUB
    admin = end > i + n and sc.keys[end - 1] in sc.gaz.place_words and (
        sc.keys[i] in _LOCAL_HEADS or (end < len(toks) and toks[end].cap))  # "UBND TP", "Hải quân tỉnh" + a name
    if e.kind == "needs_place" and pstart is None and not (parts and paren_abbr(toks, end)) and not admin:
        return i  # "Hải quân" alone is no name; "Quân đội Arakan (AA)" is
    if parts == 0 and not (pstart is not None and (multi or _regional_department(sc, i, place))):
        return i
    name_end = end
    coordinated = None
    if pstart is not None and end + 1 < len(toks) and sc.keys[end] == "và":
        cn, cplace = sc.place_at(end + 1)
        if cplace and (end + 1 + cn >= len(toks) or not toks[end + 1 + cn].cap):
            coordinated = (end + 1, end + 1 + cn, cplace)
    plural = coordinated is not None or _plural(sc, end)
    if plural and pstart is not None and parts:
        name_end = pstart
    flags = {"plural"} if plural else set()
    loc_end = end
    seat = mission_seat(sc, i, end) if not plural and name_end == end else 0
    if seat:  # "Phái đoàn thường trực Việt Nam tại Liên hợp quốc": the body it is accredited to
        _, body = sc.entry(end + 1)
        sc.add("organization", end + 1, seat, canonical=body.canonical if body else None)
        name_end = end = seat
    other = bilateral(sc, i, pstart, end) if not plural else None
    if other is None and pstart is not None and name_end == end and multi and sc.keys[i] in _CLUB_HEADS:
        name_end = _club_brand_end(sc, end)  # "CLB Hà Nội T&T": the sponsor's brand after the place
    sc.add("organization", i, other[1] if other else name_end, flags=flags)
    if pstart is not None and not sc.credit:  # a place glued to its prefix is named on its own too
        glued = _GLUED_ADMIN.match(toks[pstart].text) is not None
        firm = tuple(sc.keys[i:i + n]) in _COMPANY_HEADS and _place_word(sc, pstart - 1) > 0
        # (a firm named with its province is there: "Công ty ... tỉnh Gia Lai" names the place too)
        sc.add("location", pstart, loc_end, canonical=place, flags=set() if glued or firm else {"in_org"})
    if other is not None:
        if not sc.credit:
            sc.add("location", other[0], other[1], canonical=other[2], flags={"in_org"})
        end = other[1]
    if coordinated and not sc.credit:
        sc.add("location", coordinated[0], coordinated[1], canonical=coordinated[2])
        end = coordinated[1]
    end = max(end, name_end)
    if paren_abbr(toks, end) or (end + 1 < len(toks) and toks[end].text == "(" and toks[end + 1].cap):
        sc.abbr_long[end + 1] = (sc.span(i, name_end), False)  # "(ABBR)", "(Vietnam Airlines)"
    return end


_CLUB_HEADS = {"clb", "câu"}  # "CLB", "Câu lạc bộ"


def _club_brand_end(sc: ScanState, k: int) -> int:
    """End of a sponsor's brand right after a club's place at k ("T&T", "FC", "Becamex"): one or two
    capitalised words in capitals or foreign spelling that name no place; else k."""
    toks, j = sc.toks, k
    while j < len(toks) and j - k < 2 and toks[j].is_word and toks[j].cap and (toks[j].allcaps or toks[j].foreign) \
            and not sc.place_at(j)[1] and toks[j].text not in sc.gaz.not_orgs:
        j += 1
    return j


def head_parse(sc: ScanState, j: int) -> int:
    """End of an organisation parsed from the longest head noun at j; j when none."""
    for n in range(min(4, len(sc.toks) - j), 0, -1):
        heads = [e for e in sc.gaz.entries.get(tuple(sc.keys[j:j + n]), []) if e.kind in ("head", "needs_place")]
        if heads:
            return parse_org(sc, j, n, heads[0])
    return j


def _coordinated(sc: ScanState, k: int) -> bool:
    """"Lực lượng Cảnh sát biển Việt Nam và Cảnh sát biển Nhật Bản": the generic word covers two bodies,
    so each is named without it (one body keeps it: "Lực lượng Hải cảnh Trung Quốc")."""
    for p in range(k, min(len(sc.toks) - 1, k + 10)):
        if not sc.toks[p].is_word:
            return False
        if sc.keys[p] == "và" and sc.toks[p + 1].cap:
            _, e = sc.entry(p + 1)
            return e is not None and e.kind in ("head", "needs_place", "organization")
    return False
