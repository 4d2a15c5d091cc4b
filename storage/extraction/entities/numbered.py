"""Places named by a number after their kind: national and provincial roads ("Quốc lộ 14", "QL1A",
"tỉnh lộ 505", "đường số 9") and numbered hamlets ("ấp 6A", "thôn 3")."""
from __future__ import annotations

import re

from .state import ScanState

# "QL1A", "Ql15A", "ĐT741": kind and number in one word (two letters each: the scanner tests a word's first two)
GLUED_STARTS = frozenset({"QL", "Ql", "TL", "ĐT"})
_GLUED_ROAD = re.compile(rf"^(?:{'|'.join(sorted(GLUED_STARTS))})\d+[A-Z]?$")
_NUMBER = re.compile(r"^\d+[A-Z]?$")
# kinds before a separate number, longest first; "QL"/"TL" only as abbreviations in capitals
_KINDS = (("quốc", "lộ"), ("tỉnh", "lộ"), ("hương", "lộ"), ("đường", "tỉnh"), ("đường", "số"), ("ql",), ("tl",),
          ("ấp",), ("thôn",), ("khóm",))
_BARE_ROAD = "đường"  # "đường 14": a road only when the number ends the phrase (not "đường 2 làn")
FIRST_KEYS = frozenset(k[0] for k in _KINDS) | {_BARE_ROAD}


def numbered_place(sc: ScanState, i: int) -> int:
    """End of a numbered road or hamlet opening at token i (added as a place, as written), else i."""
    toks = sc.toks
    if _GLUED_ROAD.match(toks[i].text):
        sc.add("location", i, i + 1)
        return i + 1
    for kind in _KINDS:
        k = i + len(kind)
        if k < len(toks) and tuple(sc.keys[i:k]) == kind and _NUMBER.match(toks[k].text) \
                and (len(kind) > 1 or kind[0] not in ("ql", "tl") or toks[i].allcaps):
            sc.add("location", i, k + 1)
            return k + 1
    if sc.keys[i] == _BARE_ROAD and i + 1 < len(toks) and toks[i + 1].text.isdigit() \
            and (i + 2 >= len(toks) or not toks[i + 2].is_word) and not _decimal(toks, i + 1):
        sc.add("location", i, i + 2)
        return i + 2
    return i


def _decimal(toks, k: int) -> bool:
    """The number at k goes on after a glued comma or dot ("nền đường 6,5m"): a measure, not a road's number."""
    return k + 2 < len(toks) and toks[k + 1].text in ",." and toks[k + 1].start == toks[k].end \
        and toks[k + 2].start == toks[k + 1].end and toks[k + 2].text[:1].isdigit()
