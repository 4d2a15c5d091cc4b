"""The outlet a page names only by its frame: its own menu items, sister products and date format
(resources/data/outlet_cues.json), for pages that never print the paper's name (mobile pages, no footer)."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .outlets import Outlet, load_outlets
from ..resources import optional_table

MIN_CUES = 2  # one menu item may be any site's; two of one outlet's own are its frame
DATE_PART_RE = re.compile(r"\s+\d.*$")  # "Star 04/01/2014 | 00:03": the section before a date bar's date


@cache
def _cues() -> tuple[dict[str, Outlet], list[tuple[Outlet, re.Pattern[str]]]]:
    """Cue lines (casefolded) with their outlet, and cue patterns with theirs; a line two outlets claim is dropped."""
    outlets = {outlet.name: outlet for outlet in load_outlets()}
    owners: dict[str, set[str]] = {}
    patterns: list[tuple[Outlet, re.Pattern[str]]] = []
    for name, cues in optional_table("outlet_cues.json").get("frame", {}).items():
        if name not in outlets:
            continue
        for line in cues.get("lines", []):
            owners.setdefault(" ".join(line.split()).casefold(), set()).add(name)
        patterns += [(outlets[name], re.compile(p)) for p in cues.get("patterns", [])]
    lines = {key: outlets[next(iter(names))] for key, names in owners.items() if len(names) == 1}
    return lines, patterns


def from_frame_cues(lines: list[str]) -> Outlet | None:
    """The outlet two or more of whose own frame cues the page's removed lines show, more than any other's."""
    by_line, patterns = _cues()
    if not by_line and not patterns:
        return None
    found: dict[Outlet, set[str]] = {}
    for line in lines:
        text = " ".join(line.split())
        for key in {text.casefold(), DATE_PART_RE.sub("", text).casefold()}:
            outlet = by_line.get(key)
            if outlet is not None:
                found.setdefault(outlet, set()).add(key)
        for outlet, pattern in patterns:
            if pattern.search(text):
                found.setdefault(outlet, set()).add(pattern.pattern)
    counts = Counter({outlet: len(keys) for outlet, keys in found.items()}).most_common(2)
    if not counts or counts[0][1] < MIN_CUES or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]
