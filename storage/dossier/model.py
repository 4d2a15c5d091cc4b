"""What the dossier sections share: numbered entries, parsed dates, Vietnamese sort keys."""
from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .. import collation
from .labels import Labels

ORDERS = ("date", "outlet")  # how a dossier may order its articles

log = logging.getLogger(__name__)


@dataclass
class Entry:
    """One article of the dossier: its number (1-based, in dossier order) and its parsed date."""

    number: int
    article: Any  # StoredArticle: Article fields + id, imported_at, content_hash
    when: datetime | None  # naive, in the article's own local time
    with_time: bool
    # one per story: (kind, text) notes — "also" (other outlets), "title" (changed), "added" (paragraph)
    story_notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Bookmark / cross-reference key of the article."""
        return f"article-{self.article.id}"

    @property
    def inferred(self) -> bool:
        """True when the date was inferred rather than read from the page."""
        return self.when is not None and self.article.date_precision == "inferred"


def parse_published(value: str | None, article_id: object = "?") -> tuple[datetime | None, bool]:
    """Parse an ISO 8601 date or datetime; returns (naive datetime or None, has a time of day)."""
    if not value:
        return None, False
    try:
        # A month or year precision date ("2011-09", "2011") sorts as its first day.
        parsed = datetime.fromisoformat({4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value))
    except ValueError:
        log.warning("article %s: unreadable published date %r, shown as unknown", article_id, value)
        return None, False
    return parsed.replace(tzinfo=None), "T" in value


def make_entries(articles: list[Any], order: str) -> list[Entry]:
    """Sort the articles (by date, or by outlet then date) and number them 1..n."""
    parsed = [(a, *parse_published(a.published, a.id)) for a in articles]

    def by_date(item: tuple) -> tuple:
        article, when, _ = item
        return (when is None, when or datetime.min, article.id)

    if order == "date":
        parsed.sort(key=by_date)
    elif order == "outlet":
        parsed.sort(key=lambda item: (not item[0].outlet, sort_key(item[0].outlet or ""), by_date(item)))
    else:
        raise ValueError(f"unknown dossier order {order!r} (use 'date' or 'outlet')")
    return [Entry(i, a, when, with_time) for i, (a, when, with_time) in enumerate(parsed, start=1)]


def sort_key(text: str) -> tuple[str, str, str]:
    """Vietnamese alphabetical order (the core's collation, shared with the GUI and the CLI)."""
    return collation.sort_key(text)


def date_text(entry: Entry, labels: Labels, *, short: bool = False) -> str:
    """The article's date as plain text: '~' before an inferred date, a label when unknown."""
    if entry.when is None:
        return labels["none"] if short else labels["unknown_date"]
    precision = entry.article.date_precision
    if precision in ("month", "year"):  # only as precise as the user said: 09/2011, 2011
        return f"{entry.when:%m/%Y}" if precision == "month" else f"{entry.when:%Y}"
    text = labels.moment(entry.when, entry.with_time and not short)
    return f"~{text}" if entry.inferred else text


def date_range(entries: list[Entry], labels: Labels) -> str:
    """First and last date the articles span ('08/11/2019 – 03/05/2025'), or the unknown label."""
    dated = sorted((e for e in entries if e.when is not None), key=lambda e: e.when)
    if not dated:
        return labels["unknown_date"]
    first, last = (date_text(e, labels, short=True).lstrip("~") for e in (dated[0], dated[-1]))
    return first if first == last else f"{first} – {last}"


def outlet_text(entry: Entry, labels: Labels) -> str:
    """The outlet, else the original source ("Nguồn gốc: VTV"), else a dash."""
    article = entry.article
    if article.outlet:
        return article.outlet
    if article.source:
        return f"{labels['source']}: {article.source}"
    return labels["none"]
