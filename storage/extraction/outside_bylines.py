"""Bylines a saved page prints outside its article element: right under the last paragraph, or between
the headline and the first paragraph ("Minh Chiến" above the date, "Tin, ảnh: Vũ Phương Thảo" below)."""
from __future__ import annotations

import logging

from ..records import Block
from .bylines import SECTION_SHARE, TailLine, classify_tail, pen_name_tail, ranked_writer
from .linefeatures import norm_key
from .noise import section_coverage

log = logging.getLogger(__name__)

AFTER_WINDOW = 3  # lines after the last paragraph where the signature may stand
LINK_MIN_WORDS = 5  # a linked headline; a signature is shorter
UNCLASSIFIED = frozenset({"related-list", "navigation"})  # removed for standing outside, nothing more
COLUMNIST_WINDOW = 3  # a column's writer, the role under the name, then the headline


def _kept(blocks: list[Block]) -> list[int]:
    return [i for i, b in enumerate(blocks) if b.role != "removed"]


def bylines_after(blocks: list[Block], unmentioned: bool = False) -> list[TailLine]:
    """Mark and return the bylines and sources among the few lines just after the article's last paragraph.

    `unmentioned`: a name the body speaks of is a topic chip, not the writer (page dumps, where the tag list
    stands there too)."""
    kept = _kept(blocks)
    if not kept:
        return []
    found: list[TailLine] = []
    after = blocks[kept[-1] + 1: kept[-1] + 1 + AFTER_WINDOW]
    linked = 0  # other articles' headlines linked under the last paragraph, printed again in a list below
    for offset, block in enumerate(after):
        if block.reason not in UNCLASSIFIED:
            continue
        tail = classify_tail(block.text) or (pen_name_tail(block.text) if offset == linked else None)
        if tail is None and not found and _listed_below(blocks, kept[-1] + 1 + offset):
            linked = offset + 1
            continue
        if tail is None or tail.kind == "photo-credit" or (unmentioned and _mentioned(blocks, tail)) \
                or _stamped(blocks, kept[-1] + 1 + offset):
            break
        block.reason = tail.kind
        found.append(tail)
    return found


def _stamped(blocks: list[Block], i: int) -> bool:
    """"Trần Văn Hải" above "2 giờ trước": a reader signing a comment, not the writer."""
    return i + 1 < len(blocks) and blocks[i + 1].reason == "comment-stamp"


def _mentioned(blocks: list[Block], tail: TailLine) -> bool:
    name = (tail.value or "").casefold()
    return bool(name) and any(name in b.text.casefold() for b in blocks if b.role == "body")


def _listed_below(blocks: list[Block], i: int) -> bool:
    """Line i is a link to another article: a headline-length line the page prints again further down."""
    key = norm_key(blocks[i].text)
    return len(key.split()) >= LINK_MIN_WORDS and any(norm_key(b.text) == key for b in blocks[i + 1:])


def bylines_above(blocks: list[Block]) -> None:
    """Mark as bylines the name lines between the headline and the first paragraph, and a columnist's name
    with a rank just above the headline."""
    kept = _kept(blocks)
    title = next((i for i, b in enumerate(blocks) if b.reason == "title"), None)
    if not kept or title is None or title > kept[0]:
        return
    for block in blocks[max(0, title - COLUMNIST_WINDOW): title]:
        if block.reason in UNCLASSIFIED and ranked_writer(block.text):
            block.reason = "byline"  # "TS. Nguyễn Hữu Lâm" over a column's headline, the role under it
    for block in blocks[title + 1: kept[0]]:
        tail = classify_tail(block.text) if block.reason in UNCLASSIFIED else None
        if tail is None and block.reason in UNCLASSIFIED and section_coverage(block.text) < SECTION_SHARE:
            tail = pen_name_tail(block.text)  # "HN", "Papai": a signature under the headline
        if tail is not None and tail.kind == "byline" and tail.value:
            block.reason = "byline"
