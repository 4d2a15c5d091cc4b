"""Group near-duplicate bodies: LSH band buckets give candidate pairs, containment verifies them."""
from __future__ import annotations

import logging
from collections import defaultdict
from typing import Callable, Iterable, Mapping

from .shingles import containment

log = logging.getLogger(__name__)

THRESHOLD = 0.5  # share of the shorter body's shingles found in the other
MAX_BUCKET = 300  # a band shared by more bodies than this is boilerplate, not a story
MIN_SHARED = 2  # bands two bodies must share to be checked: one shared band is mostly stock phrases


def candidate_pairs(band_keys: Iterable[tuple[int, list[int]]]) -> set[tuple[int, int]]:
    """Pairs (a < b) of ids meeting in at least MIN_SHARED band buckets."""
    buckets: dict[int, list[int]] = defaultdict(list)
    for article_id, keys in band_keys:
        for key in keys:
            buckets[key].append(article_id)
    return shared_pairs(ids for ids in buckets.values())


def shared_pairs(buckets: Iterable[list[int]]) -> set[tuple[int, int]]:
    """Pairs meeting in at least MIN_SHARED of the given buckets (oversized buckets skipped)."""
    seen: set[tuple[int, int]] = set()
    pairs: set[tuple[int, int]] = set()
    for ids in buckets:
        if 1 < len(ids) <= MAX_BUCKET:
            ids = sorted(ids)
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    (pairs if (a, b) in seen else seen).add((a, b))
    return pairs


def is_version(a: set[int], b: set[int]) -> bool:
    """Whether two shingle sets are versions of one text."""
    return containment(a, b) >= THRESHOLD


def cluster(pairs: Iterable[tuple[int, int]], check: Mapping[int, set[int]] | Callable[[int, int], bool]
            ) -> list[list[int]]:
    """Groups (two or more ids, sorted) joined by verified pairs (union-find); `check` is the shingle
    sets by id, or a function telling whether two ids are versions."""
    verify = check if callable(check) else lambda a, b: is_version(check[a], check[b])  # type: ignore[index]
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb and verify(a, b):
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for x in parent:
        groups[root(x)].append(x)
    for r in list(groups):
        if r not in groups[r]:
            groups[r].append(r)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)
