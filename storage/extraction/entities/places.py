"""Places from the tables: ambiguous country names, classes of ships, natural features, lists of places."""
from __future__ import annotations

import logging
from functools import lru_cache

from .foreign_names import known_name_start
from .gazetteer import SURNAMES, GazEntry
from .lexicon import lexicon, syllables
from .names import MIDDLE_NAMES, name_run
from .state import ScanState
from .tokens import Token

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def _longest_first(*tables: frozenset[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The phrases of the tables, longest first: sorted once, not at each token that may open one."""
    return tuple(sorted(frozenset().union(*tables), key=len, reverse=True))


CLASS_WORDS = {"lớp", "mẫu", "dòng", "kiểu"}  # before a model or class name, never a place or an organisation
_OWNER_CONTEXT = {"của", "với"}  # "thành phố Wiesbaden của Đức": an ambiguous country name after these


def location(sc: ScanState, i: int, n: int, e: GazEntry) -> int:
    """A gazetteer place; ambiguous names need a place word, a title, a compound or a list."""
    toks = sc.toks
    surface = sc.span(i, i + n)
    owner = i > 0 and sc.keys[i - 1] in _OWNER_CONTEXT and (i + n >= len(toks) or not toks[i + n].cap)
    if surface in sc.gaz.needs_context and not (sc.compound(i, n) or sc.place_context(i) or owner
                                                or _in_list(sc, i, n)):
        return sc.other(i) if n == 1 else i + n
    if i and sc.keys[i - 1] in CLASS_WORDS:
        return i + n  # "tàu ngầm lớp Virginia": a class of ships, not the state
    if n == 1 and toks[i].tail:
        return i + 1 + toks[i].tail  # "Pháp chế", "Nhật ký": a one-syllable country opening a common word
    if i + n < len(toks) and not toks[i + n].cap:
        longer = next((x for x in sc.gaz.entries.get(tuple(sc.keys[i:i + n + 1]), []) if x.kind == "location"), None)
        if longer is not None:  # "Thái Bình dương" written in lowercase is the ocean, not the province
            sc.add("location", i, i + n + 1, canonical=longer.canonical, flags=set(longer.flags))
            return i + n + 1
    head = sc.institution_before(i) if i and not toks[i - 1].cap and not sc.credit else 0
    if head:  # "trường Hà Nội - Amsterdam", "đại học Hà Nội": the school is named after the place
        j = _cap_run(sc, i + n)
        if j + 1 < len(toks) and toks[j].dash and toks[j + 1].cap:
            j = _cap_run(sc, j + 1)
        name = sc.span(i - head, j).strip()
        sc.add("organization", i - head, j, canonical=name[:1].upper() + name[1:])
        return j
    if n == 1 and toks[i].text in sc.gaz.short_places and _glued_syllable(sc, i):
        if _after_place_word(sc, i) and not sc.credit:
            j = _cap_run(sc, i)
            sc.add("location", i, j)  # "huyện Anh Sơn", "xã Mỹ Hòa": the whole name is the place's
            return j
        return i + 1  # "Phú Mỹ", "Mỹ Đình", "Minh Đức": a syllable of a Vietnamese place's or person's name
    if i and sc.keys[i - 1] == "xuyên":
        return i + n  # "liên minh xuyên Đại Tây Dương": transatlantic, an adjective, not a place named
    if sc.media_context(i):
        j, parts = name_run(sc, i)
        if len(parts) > 1 and parts[-1] in sc.gaz.org_suffixes:
            sc.add("organization", i, j)  # "báo Bangkok Post", "tờ New York Times"
            return j
    if not sc.credit and i >= 3 and sc.keys[i - 3:i] == ["cảng", "quốc", "tế"] and not sc.toks[i - 3].cap:
        sc.add("location", i - 3, i + n, canonical=f"cảng {surface}", flags={"feature"})
        return i + n  # "cảng quốc tế Cam Ranh" is "cảng Cam Ranh"
    if not sc.credit:
        f = feature_before(sc, i)
        own = bool(f) and e.canonical not in sc.gaz.regions and _own_feature(sc, i - f, i)
        if f and e.canonical not in sc.gaz.regions and tuple(sc.keys[i - f:i]) not in sc.gaz.features_apart \
                and not own:
            f = 0  # "cảng Cam Ranh" is a port, "eo biển Đài Loan" a strait; "vùng biển Đà Nẵng" stays Đà Nẵng
        if f:  # "quần đảo Trường Sa": the feature noun belongs to the name (not "vùng biển Đà Nẵng")
            sc.add("location", i - f, i + n, flags=set(e.flags) | {"feature"} | (_apart(sc, i - f, i) if own else set()))
        else:
            sc.add("location", i, i + n, canonical=e.canonical, flags=set(e.flags))
    return i + n


def _after_place_word(sc: ScanState, i: int) -> bool:
    """A lowercase administrative place word ("huyện", "thành phố") ends right before token i."""
    return i >= 1 and not sc.toks[i - 1].cap and (sc.keys[i - 1] in sc.gaz.place_words
                                                  or " ".join(sc.keys[max(0, i - 2):i]) in sc.gaz.place_words)


def _glued_syllable(sc: ScanState, i: int) -> bool:
    """A one-syllable country name at i stands between capitalised Vietnamese syllables of one name: a
    capitalised syllable right before it (not opening the sentence, not ending a known name or a title),
    or one right after it that is no family name ("Tổng thống Mỹ Joe Biden" is foreign, "Đức Vương Nghị"
    would be a family name)."""
    toks = sc.toks
    if i >= 1 and _bare_syllable(sc, i - 1) and not toks[i - 1].sent_start \
            and (sc.last_end != i or "weak" in sc.out[-1].flags):
        _, e = sc.entry(i - 1)
        if e is None:
            return True
    if i + 1 < len(toks) and _bare_syllable(sc, i + 1) and toks[i + 1].text not in SURNAMES \
            and sc.entry(i + 1)[1] is None:
        return i == 0 or not toks[i - 1].is_word or not toks[i - 1].cap and sc.entry(i - 1)[1] is None
    return False


def _bare_syllable(sc: ScanState, k: int) -> bool:
    """Token k is a capitalised Vietnamese syllable, not an abbreviation or a foreign word."""
    t = sc.toks[k]
    return t.is_word and t.cap and not t.allcaps and not t.foreign and t.key in syllables()


def _apart(sc: ScanState, k: int, i: int) -> set[str]:
    """A sea or bay named after a place is another place ("biển Nhật Bản"); islands are the place itself."""
    return set() if sc.keys[i - 1] == "đảo" else {"apart"}


def _own_feature(sc: ScanState, k: int, i: int) -> bool:
    """The feature noun at k..i-1 names a feature of its own ("biển Nhật Bản", "vịnh Đà Nẵng", "quần đảo
    Okinawa"), not part of a longer word or name ("bờ biển", "Cảnh sát biển", "biển, đảo Việt Nam")."""
    feature = " ".join(sc.keys[k:i])
    if feature == "đảo":
        return False  # "đảo Thổ Chu": a known island is named by its bare name
    before = [t for t in sc.toks[max(0, k - 2):k]]
    if any(t.cap or not t.is_word for t in before[-1:]) or any(t.cap for t in before):
        return False
    prev = [t.key for t in before]
    words = lexicon()
    return not any(" ".join(prev[n:] + [feature]) in words for n in range(len(prev))) \
        and not (prev and (prev[-1],) in sc.gaz.features)


def _in_list(sc: ScanState, i: int, n: int) -> bool:
    """Span i..i+n-1 sits in a list of places: "Mỹ, Anh và Nhật Bản"."""
    toks = sc.toks
    before = i >= 2 and toks[i - 1].text in (",", "và") and sc._place_ending_at(i - 2)
    after = i + n + 1 < len(toks) and toks[i + n].text in (",", "và") and sc.place_at(i + n + 1)[1]
    return bool(before or after)


def feature_before(sc: ScanState, i: int) -> int:
    """Length of a lowercase natural-feature noun right before token i ("quần đảo", "sông"), else 0."""
    for f in _longest_first(sc.gaz.features):  # "eo biển" before "biển"
        k = i - len(f)
        if k >= 0 and tuple(sc.keys[k:i]) == f and not sc.toks[k].cap \
                and not (k and sc.keys[k - 1] in ("vùng", "quân", "miền")):  # "vùng biển X": the waters of X;
            # "quân cảng X"; "huyện miền núi X": a mountain district, not a mountain
            return len(f)
    return 0


def admin_place(sc: ScanState, i: int) -> int:
    """A name after a place word ("thị trấn Avdiivka", "sông Ka Long"), feature noun kept; returns its end."""
    j = _cap_run(sc, i)
    if j == i + 1 and sc.toks[i].text.isupper() and len(sc.toks[i].text) <= 3:
        return j  # "máy bay tuần tra biển P-8A": a model code, not a sea
    if j + 1 < len(sc.toks) and sc.toks[j].dash and sc.toks[j + 1].cap \
            and sc.entry(j + 1)[1] is None and not _natural_before(sc, i):
        j = _cap_run(sc, j + 1)  # "cảng Cái Mép - Thị Vải": one port (but "biển Sulu - Sulawesi": two seas)
    f = feature_before(sc, i)
    if not f and i >= 2 and sc.keys[i - 2:i] == ["vùng", "biển"] and not sc.toks[i - 2].cap:
        f = 2  # "vùng biển Tây Nam": an unlisted name is the waters' own (a known place stays bare)
    sc.add("location", i - f, j, flags={"feature"} if f else set())
    return _paired_feature(sc, j) if f else j


def _paired_feature(sc: ScanState, j: int) -> int:
    """"đảo Sinh Tồn và Sinh Tồn Đông": the second name shares the feature noun; returns the end."""
    toks = sc.toks
    if j + 1 >= len(toks) or sc.keys[j] != "và" or not toks[j + 1].cap or sc.entry(j + 1)[1] is not None:
        return j
    k = _cap_run(sc, j + 1)
    if k - j - 1 < 2 or (k < len(toks) and toks[k].cap) or toks[j + 1].text in SURNAMES:
        return j
    sc.add("location", j + 1, k)
    return k


def direction_place(sc: ScanState, i: int) -> int:
    """"phía Bắc Luzon": the name after the compass word at i is a place (a known one is scanned as usual)."""
    j, _ = name_run(sc, i + 1)
    if j > i + 1 and sc.entry(i + 1)[1] is None and sc.toks[i + 1].foreign:  # not "phía Tây Nguyên"
        sc.add("location", i + 1, j)
        return j
    return i + 1


def _natural_before(sc: ScanState, i: int) -> bool:
    """A natural-feature noun ("biển", "sông") ends right before token i."""
    return any(i >= len(f) and tuple(sc.keys[i - len(f):i]) == f for f in sc.gaz.features if f[0] != "cảng")


def _cap_run(sc: ScanState, i: int) -> int:
    """End of the run of up to four capitalised words from i."""
    j = i
    while j < len(sc.toks) and j - i < 4 and sc.toks[j].is_word and sc.toks[j].cap:
        j += 1
    return j


_HCM = ["hồ", "chí", "minh"]
_EPONYM_BEFORE = {"tưởng", "đức", "cách", "gương", "dịch", "lăng"}  # tư tưởng, đạo đức, phong cách, tấm gương, Chiến dịch


def capitalised_feature(sc: ScanState, i: int) -> int:
    """"Bãi Scarborough", "Đảo Jeju": a feature noun written with a capital opens a place; its end, else i."""
    toks = sc.toks
    if toks[i].text in SURNAMES and i + 1 < len(toks) and toks[i + 1].text in MIDDLE_NAMES:
        return i  # "Hồ Thị Thủy", "Đầm Văn A": a family name that is also a feature noun, then a middle name
    if sc.keys[i:i + 3] == _HCM:  # the person's name or the city's, never a lake
        return i + 3 if i and sc.keys[i - 1] in _EPONYM_BEFORE else i  # "tư tưởng Hồ Chí Minh", "Chiến dịch Hồ Chí Minh"
    for f in _longest_first(sc.gaz.features, sc.gaz.named_sites):
        k = i + len(f)
        if tuple(sc.keys[i:k]) == f and k < len(toks) and toks[k].cap and not toks[k].allcaps \
                and toks[i].text[0].isupper() and (len(f) > 2 or all(not t.cap for t in toks[i + 1:k])):
            # "Bãi Scarborough", "Cửa khẩu Quốc tế Cầu Treo" (not "Bãi Cạn X" as a name of two capitals)
            j = _cap_run(sc, k)
            sc.add("location", i, j, flags={"feature"})
            return j
    return i


def fuzzy_place(sc: ScanState, t: Token) -> str | None:
    """A one-letter misspelling of a long one-word place ("Phillippines")."""
    low = t.text.casefold()
    if len(low) < 7 or not t.foreign:
        return None
    fz = sc.gaz.fuzzy_places
    if low in fz:
        return fz[low]
    return next((fz[d] for d in (low[:k] + low[k + 1:] for k in range(len(low))) if d in fz), None)


_ITEM_ENDS = {",", "…", ")", "và"}


def listed_place(sc: ScanState, i: int, j: int, parts: list[str]) -> bool:
    """An unknown name of two or more words at i..j-1 is an item of a list of places: right after a place
    and a comma, itself ending at a list mark ("xã Tà Tổng, Mù Cả…"), or before a known place that closes
    an address ("(22 tuổi, Krông Buk, Đắk Lắk)"). A family name first is a person's ("Hà Nội, Nguyễn Văn A")."""
    toks = sc.toks
    if len(parts) < 2 or parts[0] in SURNAMES or i < 2 or toks[i - 1].text != ",":
        return False
    if toks[i].foreign and known_name_start(parts):
        return False  # "Đại sứ Mỹ tại Syria, Robert Ford, ...": the person named after the place
    if sc.last_place_end == i - 1 and j < len(toks) and toks[j].text in _ITEM_ENDS:
        return True
    if j + 1 < len(toks) and toks[j].text == ",":
        pn, place = sc.place_at(j + 1)
        k = j + 1 + pn
        return bool(place) and (k >= len(toks) or toks[k].text in (")", "."))
    return False


def title_before_place(sc: ScanState, k: int) -> bool:
    """The place ending at token k follows a title ("Phó Thủ tướng Campuchia - Yim Chay Ly": the office
    holder's country, then the holder's name after the dash, not a route's other end)."""
    for start in range(max(0, k - 4), k + 1):
        n, place = sc.place_at(start)
        if place and start + n - 1 == k:
            return any(e is not None and e.kind == "title" and start - 2 <= s + n2 <= start  # "Bộ trưởng Thương mại
                       and (s + n2 == start or sc.toks[s + n2].cap)  # Lào - ...": the ministry's field
                       for s in range(max(0, start - 6), start) for n2, e in [sc.entry(s)])
    return False
