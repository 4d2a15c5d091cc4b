"""Streets listed after a street noun ("các tuyến đường lớn như Lê Lợi, Hàm Nghi, Hùng Vương"): each name in
the list is a street, i.e. a place, even when it is a historical figure's name."""
from __future__ import annotations

from .state import ScanState

OPENERS = frozenset({"như", ":"})  # the word or mark that opens the list
_STREET_NOUNS = {"đường", "phố"}  # "tuyến đường", "ngả đường", "con phố", "tuyến phố"
_MAX_BETWEEN = 3  # lowercase words between the street noun and the opener ("các tuyến đường lớn nhỏ như")
_MAX_ITEM = 5  # capitalised words in one street name
_JOINS = {",", "và"}


def street_list(sc: ScanState, i: int) -> int:
    """End of a list of street names opened by the token at i after a street noun (each added as a place), else i."""
    if not _after_street_noun(sc, i):
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
