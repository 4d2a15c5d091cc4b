"""Streets listed after a street noun ("các tuyến đường lớn như Lê Lợi, Hàm Nghi, Hùng Vương"): each name in
the list is a street, i.e. a place, even when it is a historical figure's name. Likewise communes or districts
counted before a list ("7 xã của huyện Tam Bình gồm: Tân Lộc, Hòa Thạnh, ..."): each item is a place."""
from __future__ import annotations

from .state import ScanState

OPENERS = frozenset({"như", ":"})  # the word or mark that opens the list
_STREET_NOUNS = {"đường", "phố"}  # "tuyến đường", "ngả đường", "con phố", "tuyến phố"
_MAX_BETWEEN = 3  # lowercase words between the street noun and the opener ("các tuyến đường lớn nhỏ như")
_MAX_ITEM = 5  # capitalised words in one street name
_JOINS = {",", "và"}


_ADMIN_NOUNS = {"xã", "phường", "huyện", "quận", "thôn", "ấp", "bản", "tỉnh", "thị trấn", "thị xã", "thành phố"}
_COUNTERS = {"các", "những"}  # or a number: "7 xã", "9/12 huyện"
_MAX_BACK = 10  # tokens between the counted noun and "gồm:"


def street_list(sc: ScanState, i: int) -> int:
    """End of a list of street names opened by the token at i after a street noun (each added as a place), or of
    places after "gồm:" that counts them ("7 xã ... gồm:"), else i."""
    if not _after_street_noun(sc, i) and not _counted_places(sc, i):
        return i
    toks, k, end = sc.toks, i + 1, i
    while k < len(toks) and toks[k].is_word and toks[k].cap:
        j = k
        while j < len(toks) and j - k < _MAX_ITEM and toks[j].is_word and toks[j].cap:
            j += 1
        sc.add("location", k, j)
        end = j
        if j + 1 < len(toks) and toks[j].text in _JOINS and toks[j + 1].cap:
            k = j + 1
        else:
            break
    return end


def _after_street_noun(sc: ScanState, i: int) -> bool:
    """A street noun ends the lowercase words right before token i."""
    for k in range(i - 1, max(-1, i - 2 - _MAX_BETWEEN), -1):
        t = sc.toks[k]
        if not t.is_word or t.cap:
            return False
        if sc.keys[k] in _STREET_NOUNS:
            return True
    return False


def _counted_places(sc: ScanState, i: int) -> bool:
    """The ":" at i closes "gồm" after a counted administrative noun in the same clause ("7 xã của huyện X gồm:")."""
    if sc.toks[i].text != ":" or i < 3 or sc.keys[i - 1] != "gồm":
        return False
    for k in range(i - 2, max(0, i - 2 - _MAX_BACK), -1):
        t = sc.toks[k]
        if t.text in ".;:":
            return False
        for n in (2, 1):
            if k - 1 >= 0 and " ".join(sc.keys[k - n + 1:k + 1]) in _ADMIN_NOUNS and not sc.toks[k - n + 1].cap:
                before = sc.toks[k - n]
                if before.key in _COUNTERS or before.text[:1].isdigit():
                    return True
    return False
