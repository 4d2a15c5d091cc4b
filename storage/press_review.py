"""Multi-article documents (the daily press review, "điểm báo"): one article per item.

An item starts at a numbered title ("1. …", "2) …" in sequence) or at a heading that is followed by
its source or date ("Nguồn: …", "Theo …", "ngày 02/05/2024"); separator lines ("***", "---") end
items. A document without at least two such items stays one article.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from .records import Article, Block, RawDocument

log = logging.getLogger(__name__)

MAX_TITLE_WORDS = 30
SOURCE_LOOKAHEAD = 3  # an item's source or date line comes within this many lines of its title
_NUMBERED = re.compile(r"^(\d{1,3})\s*[.)/:-]\s+(\S.*)$")
_SEPARATOR = re.compile(r"^[\s*_=~#•·.oO0-]{3,}$")
_SOURCE = re.compile(r"^(?:\(?\s*(?:nguồn|theo)\b|.{0,80}\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|"
                     r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\b)", re.I)
_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
                   re.I)
_SOURCE_NAME = re.compile(r"^\(?\s*(?:nguồn\s*:?|theo)\s+(.+?)(?:\s*[,(]\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\)?)?\s*\)?\.?$",
                          re.I)


@dataclass
class Item:
    """One article of a multi-article document: its lines and where it sits in the document."""

    position: int  # 1-based order in the document
    start: int  # index of its title line in the document's text
    lines: list[str]
    source: str | None = None  # the outlet named on its "Nguồn:" / "Theo" line
    source_line: int | None = None  # index in `lines` of that line
    review_date: str | None = None  # the review's own date (ISO), for items that give none
    pages: list[int] | None = None  # page of each of `lines` (paged documents)


def split_items(doc: RawDocument) -> list[Item]:
    """The document's items; one item holding every line when it is a single article."""
    lines = doc.text.split("\n")
    starts = _numbered_starts(lines) or _heading_starts(lines, doc.headings or [])
    if len(starts) < 2:
        return [Item(1, 0, lines)]
    review_date = next((d for d in map(_date_of, lines[:starts[0]]) if d), None)
    items = []
    for position, (start, end) in enumerate(zip(starts, starts[1:] + [len(lines)]), 1):
        kept = [k for k in range(start, end) if not _SEPARATOR.match(lines[k])]
        body = [lines[k] for k in kept]
        body[0] = _strip_number(body[0])
        pages = [doc.pages[k] for k in kept] if doc.pages and len(doc.pages) == len(lines) else None
        item = Item(position, start, body, review_date=review_date, pages=pages)
        for offset, line in enumerate(body[1:1 + SOURCE_LOOKAHEAD], 1):
            if _SOURCE.match(line) and len(line.split()) <= 20:
                item.source_line, item.source = offset, _source_of([line])
                break
        items.append(item)
    return items


def finish_item(article: Article, item: Item) -> None:
    """Set what the item states itself: its title, its source and date line; the rest is its body.

    A compiled review is clean text, so every other line is kept (captions stay captions).
    """
    article.blocks = [Block(item.lines[0], "removed", "title")] + [
        Block(line, "removed", "source") if k == item.source_line else
        Block(line, "caption" if _was_caption(article, line) else "body")
        for k, line in enumerate(item.lines[1:], 1)]
    article.title, article.origins["title"] = item.lines[0], "page-text"
    settled = {"title"}
    if item.source:
        article.source, article.origins["source"] = item.source, "page-text"
        if not article.outlet:  # an item of a review was published by the outlet it names
            article.outlet, article.origins["outlet"] = item.source, "page-text"
        settled.add("outlet")
    stated = _date_of(item.lines[item.source_line]) if item.source_line else None
    if stated:
        article.published, article.date_precision, article.origins["published"] = stated, "exact", "page-text"
        settled.add("published")
    elif not article.published and item.review_date:
        article.published, article.date_precision = item.review_date, "inferred"
        article.origins["published"] = "inferred"
        article.needs_review.append("published")
    article.needs_review = [f for f in dict.fromkeys(article.needs_review) if f not in settled]


def _was_caption(article: Article, line: str) -> bool:
    return any(b.role == "caption" and b.text == line for b in article.blocks)


def _date_of(line: str) -> str | None:
    match = _DATE.search(line)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups() if g is not None)
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None


def item_documents(doc: RawDocument, items: list[Item]) -> list[RawDocument]:
    """One RawDocument per item (its own text, page numbers and raw bytes); the document itself when one."""
    if len(items) == 1:
        return [doc]
    out = []
    for item in items:
        text = "\n".join(item.lines)
        out.append(replace(doc, text=text, raw=text.encode("utf-8"), meta={}, pages=item.pages, headings=[0],
                           paragraphs=None))
    return out


def _numbered_starts(lines: list[str]) -> list[int]:
    """Title lines numbered 1, 2, 3 … in order (short lines, not numbered paragraphs of prose)."""
    starts, expected = [], 1
    for index, line in enumerate(lines):
        match = _NUMBERED.match(line)
        if match and int(match.group(1)) == expected and len(line.split()) <= MAX_TITLE_WORDS \
                and not line.rstrip().endswith((".", ",", ";")):
            starts.append(index)
            expected += 1
    return starts if len(starts) >= 2 else []


def _heading_starts(lines: list[str], headings: list[int]) -> list[int]:
    """Headings followed closely by a source or date line (a document's own title is not one)."""
    bounds = sorted(h for h in headings if h < len(lines)) + [len(lines)]
    starts = [h for h, following in zip(bounds, bounds[1:])  # the source line belongs to this heading
              if _has_source(lines[h + 1:min(h + 1 + SOURCE_LOOKAHEAD, following)])]
    return starts if len(starts) >= 2 else []


def _has_source(lines: list[str]) -> bool:
    return any(_SOURCE.match(line) and len(line.split()) <= 20 for line in lines)


def _source_of(lines: list[str]) -> str | None:
    for line in lines:
        match = _SOURCE_NAME.match(line)
        if match and len(line.split()) <= 20:
            return match.group(1).strip(" .,;")
    return None


def _strip_number(title: str) -> str:
    match = _NUMBERED.match(title)
    return match.group(2).strip() if match else title
