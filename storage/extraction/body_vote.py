"""trafilatura's reading of a saved page as a vote between our two cleanings of it.

Our HTML path has two candidates: the page's article element (cleaned) and the whole page text (cleaned).
When they differ, the one whose words agree better with trafilatura's main text wins. Measured on the
tuned real pages: trafilatura alone ends bodies worse than we do (it keeps bylines and captions), but as a
judge between two candidates it picks the right one where an article element is mis-detected.
"""
from __future__ import annotations

import logging
from collections import Counter

from ..records import Block, RawDocument
from .linefeatures import words

log = logging.getLogger(__name__)

MIN_MARGIN = 0.1  # agreement difference below which the vote abstains


def trafilatura_text(doc: RawDocument) -> list[str] | None:
    """trafilatura's main-text paragraphs of an HTML page (precision mode, no comments); None on failure."""
    try:
        import trafilatura  # imported on first use: it loads lxml and its own tables
        html = doc.raw.decode(doc.encoding or "utf-8", errors="replace")
        text = trafilatura.extract(html, include_comments=False, favor_precision=True)
    except (ValueError, TypeError, LookupError, RuntimeError) as exc:  # a page it cannot parse: no vote
        log.debug("%s: trafilatura failed: %s", doc.path, exc)
        return None
    return [line for line in (text or "").splitlines() if line.strip()] or None


def _bag(paragraphs: list[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for paragraph in paragraphs:
        found.update(w.casefold() for w in words(paragraph))
    return found


def agreement(blocks: list[Block], reference: list[str]) -> float:
    """Word-overlap F1 between the kept blocks and the reference paragraphs."""
    ours, theirs = _bag([b.text for b in blocks if b.role != "removed"]), _bag(reference)
    shared = sum((ours & theirs).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(ours.values()), shared / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def vote(structured: list[Block], whole: list[Block], reference: list[str] | None) -> str | None:
    """"structured" or "whole" when trafilatura clearly agrees more with one of them, else None."""
    if not reference:
        return None
    a, b = agreement(structured, reference), agreement(whole, reference)
    if abs(a - b) < MIN_MARGIN:
        return None
    return "structured" if a > b else "whole"
