"""Per-outlet furniture learnt from the archive: lines that repeat across several pages of one outlet.

Menus, slogans, footers, "most read" boxes and widgets come back on every page a site serves, whatever
their wording; an article's own title and paragraphs do not. So the more pages of an outlet a user has
imported, the cleaner its next pages get — without a rule written for that site.
"""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterable

from ..records import Block
from .linefeatures import norm_key

log = logging.getLogger(__name__)

MIN_PAGES = 2  # a line seen on this many other pages of the outlet is furniture
MIN_SHARE = 0.3  # ... and on at least this share of them (a shared quote on two of forty pages is not)
MAX_LINE_CHARS = 300  # long prose lines are never furniture, even when a page is imported twice
# A page whose known "furniture" is more of its body than this shares its text, not its frame, with the
# outlet's earlier pages (an update or copy that story detection did not join): nothing is removed.
MAX_BODY_SHARE = 0.25


def learn_furniture(pages: Iterable[list[str]]) -> frozenset[str]:
    """Comparison keys of the lines repeated across the given pages (each page: its lines, one outlet)."""
    seen: Counter[str] = Counter()
    count = 0
    for lines in pages:
        count += 1
        seen.update({norm_key(line) for line in lines if line.strip() and len(line) <= MAX_LINE_CHARS})
    need = furniture_need(count)
    found = frozenset(key for key, n in seen.items() if key and n >= need)
    log.debug("furniture: %d lines repeated on >= %.0f of %d pages", len(found), need, count)
    return found


def mark_furniture(lines: list[str], noise: list[str | None], furniture: frozenset[str]) -> list[str | None]:
    """The noise reasons with the outlet's furniture lines marked (other reasons are kept)."""
    if not furniture:
        return noise
    return [reason if reason is not None or norm_key(line) not in furniture else "furniture"
            for line, reason in zip(lines, noise)]


def line_hash(key: str) -> int:
    """A comparison key as a signed 64-bit integer (the archive's furniture table stores these, not text)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def page_hashes(lines: Iterable[str]) -> dict[int, str]:
    """The hashes of a page's lines that can be furniture (short, non-empty), each with its comparison key."""
    keys = {norm_key(line) for line in lines if line.strip() and len(line) <= MAX_LINE_CHARS}
    return {line_hash(key): key for key in keys if key}


def furniture_need(pages: int) -> float:
    """On how many of an outlet's `pages` a line must stand to be furniture (as in learn_furniture)."""
    return max(MIN_PAGES, MIN_SHARE * pages)


def removable(blocks: list[Block], furniture: frozenset[str]) -> frozenset[str]:
    """The furniture keys to remove from an extraction: none when they would take more than
    MAX_BODY_SHARE of its kept words (then the page is a copy of an earlier one, not the site's frame)."""
    kept = [(norm_key(b.text), len(b.text.split())) for b in blocks if b.role != "removed"]
    total = sum(n for _, n in kept)
    hit = sum(n for key, n in kept if key in furniture)
    return frozenset() if hit > MAX_BODY_SHARE * total else furniture


def keeps_the_rest(before: list[str], after: list[str], furniture: frozenset[str]) -> bool:
    """True when a page extracted again without its furniture kept every other line it kept before (a
    title taken for furniture can make the rules choose another page region: then the first result stands)."""
    left = {norm_key(line) for line in after}
    return bool(left) and all(key in left for key in map(norm_key, before) if key not in furniture)
