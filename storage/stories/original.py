"""Which version of a story is the original, on evidence, with the reason; and each version's relation."""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..extraction.outlets import lookup
from .shingles import resemblance

log = logging.getLogger(__name__)

# Outlet kinds that originate what others republish (wire services and state broadcasters).
ORIGINATING_KINDS = ("state wire", "state broadcaster")
EXCERPT_SIZE = 0.7  # a version this much shorter than the original and held in it is an excerpt
EXCERPT_HELD = 0.8
IDENTICAL = 0.97


@dataclass
class Candidate:
    """What the choice looks at for one version."""

    id: int
    outlet: str | None
    source: str | None
    published: str | None


@lru_cache(maxsize=4096)  # the registry does not change while the app runs
def outlet_name(label: str | None) -> str | None:
    """The registry's name for an outlet or source label ("VOV.VN" -> "VOV"); the label if unknown."""
    if not label:
        return None
    found = lookup(label)
    return found.name if found else label.strip()


@lru_cache(maxsize=4096)  # the registry does not change while the app runs
def outlet_kind(label: str | None) -> str | None:
    """The registry's kind of an outlet ("state wire", "provincial", …), None when unknown."""
    found = lookup(label) if label else None
    return found.kind if found else None


def choose_original(versions: list[Candidate]) -> tuple[int, str]:
    """(id, reason): a version whose outlet the others name as source, else a wire or state
    broadcaster, else the earliest dated, else the first imported."""
    cited = Counter(outlet_name(v.source) for v in versions if v.source)
    for source, count in cited.most_common():
        named = [v for v in versions if outlet_name(v.outlet) == source]
        if named:
            return _earliest(named).id, f"named as the source by {count} version(s) (“Theo {source}”)"
    own = [v for v in versions if not v.source or outlet_name(v.source) == outlet_name(v.outlet)] or versions
    wires = [v for v in own if outlet_kind(v.outlet) in ORIGINATING_KINDS]
    if wires:
        chosen = _earliest(wires)
        return chosen.id, f"{outlet_name(chosen.outlet)} is a {outlet_kind(chosen.outlet)}"
    dated = [v for v in own if v.published]
    if dated:
        chosen = _earliest(dated)
        return chosen.id, f"published first ({chosen.published[:16].replace('T', ' ')})"
    return min(v.id for v in own), "imported first (no date or source to go by)"


def _earliest(versions: list[Candidate]) -> Candidate:
    """The earliest dated version (undated after dated), then the lowest id."""
    return min(versions, key=lambda v: (v.published is None, v.published or "", v.id))


def relation(version: set[int], original: set[int]) -> str:
    """How a version relates to the original: identical, excerpt or edited."""
    held = len(version & original) / len(version) if version else 0.0
    return relation_from(resemblance(version, original), held, len(version), len(original))


def relation_from(similar: float, held: float, size: int, original_size: int) -> str:
    """The relation from the resemblance, the share of the version held in the original, and sizes."""
    if similar >= IDENTICAL:
        return "identical"
    if size < EXCERPT_SIZE * original_size and held >= EXCERPT_HELD:
        return "excerpt"
    return "edited"
