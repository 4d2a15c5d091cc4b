"""Which version of a story is the original, on evidence, with the reason; and each version's relation."""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..extraction.outlets import lookup
from .shingles import resemblance
from ..plural import counted

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
    return Choice(versions).pick()


def _key(version: Candidate) -> tuple[bool, str, int]:
    """The earliest version comes first: dated before undated, then by date, then by id."""
    return version.published is None, version.published or "", version.id


def _earlier(a: Candidate | None, b: Candidate) -> Candidate:
    return b if a is None or _key(b) < _key(a) else a


class _Pool:
    """What the fallback rules need of a set of versions: its earliest wire, earliest dated, lowest id."""

    def __init__(self) -> None:
        self.wire: Candidate | None = None
        self.dated: Candidate | None = None
        self.first: int | None = None

    def add(self, version: Candidate) -> None:
        if outlet_kind(version.outlet) in ORIGINATING_KINDS:
            self.wire = _earlier(self.wire, version)
        if version.published:
            self.dated = _earlier(self.dated, version)
        self.first = version.id if self.first is None else min(self.first, version.id)


class Choice:
    """choose_original as a running summary: versions are added one at a time (in the order the list
    would hold them) and the pick costs O(outlets), so a story's original is checked when one version
    joins without reading its other members (import kept a 1,000-version story's choice per article)."""

    def __init__(self, versions: Iterable[Candidate] = ()) -> None:
        self.cited: Counter[str | None] = Counter()  # source named -> versions naming it, first named first
        self.named: dict[str | None, Candidate] = {}  # outlet name -> its earliest version
        self.own, self.every = _Pool(), _Pool()  # versions that cite no other outlet; all versions
        for version in versions:
            self.add(version)

    def add(self, version: Candidate) -> None:
        """Count one more version."""
        if version.source:
            self.cited[outlet_name(version.source)] += 1
        name = outlet_name(version.outlet)
        self.named[name] = _earlier(self.named.get(name), version)
        if not version.source or outlet_name(version.source) == name:
            self.own.add(version)
        self.every.add(version)

    def pick(self) -> tuple[int, str]:
        """(id, reason) as choose_original gives for the versions added."""
        for source, count in self.cited.most_common():
            named = self.named.get(source)
            if named is not None:
                return named.id, f"named as the source by {counted(count, 'version')} (“Theo {source}”)"
        pool = self.own if self.own.first is not None else self.every
        if pool.wire is not None:
            return pool.wire.id, f"{outlet_name(pool.wire.outlet)} is a {outlet_kind(pool.wire.outlet)}"
        if pool.dated is not None:
            chosen = pool.dated
            return chosen.id, f"published first ({chosen.published[:16].replace('T', ' ')})"  # type: ignore[index]
        if pool.first is None:
            raise ValueError("no versions to choose from")
        return pool.first, "imported first (no date or source to go by)"


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
