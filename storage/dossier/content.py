"""What the dossier says, independent of the file format: the PDF and Word writers both read it."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from ..errors import TuLieuError
from ..progress import CancelToken, Progress
from .labels import Labels
from .limits import bounded
from .model import ORDERS, Entry, date_range, date_text, make_entries, parse_published


_CONTROL = {c: " " for c in range(32) if chr(c) not in "\t\n"} | {0x7F: " ", 0xFFFE: " ", 0xFFFF: " "}


def xml_text(text: str) -> str:
    """Text an XML file (.docx, .odt) can hold: control characters become spaces; \\r\\n becomes \\n."""
    return text.replace("\r\n", "\n").translate(_CONTROL)


@dataclass(frozen=True)
class Cell:
    """One piece of dossier text with how it is set: italic marks an inferred date, url a link target,
    note a muted remark after the text (an outlet's kind)."""

    text: str
    italic: bool = False
    url: str | None = None
    note: str = ""


def check_options(options: Any, out_path: Any, ids: list[int]) -> Labels:
    """Refuse an unknown language or order, or an empty selection, before any work; returns the labels."""
    labels = Labels(options.lang)
    if options.order not in ORDERS:
        raise ValueError(f"unknown dossier order {options.order!r} (use {' or '.join(ORDERS)})")
    if not ids:
        raise TuLieuError(f"{out_path}: no articles to put in the dossier")
    return labels


def load_entries(archive: Any, ids: list[int], order: str, labels: Labels, progress: Progress,
                 cancel: CancelToken) -> list[Entry]:
    """Read the articles (first half of the progress bar) and number them in dossier order."""
    articles = []
    for done, article_id in enumerate(ids, start=1):
        cancel.check()
        articles.append(bounded(archive.get(article_id)))  # one-line fields cut: layout stays linear
        progress(done, 2 * len(ids), f"{labels['articles']}: {done}/{len(ids)}")
    return make_entries(articles, order)


def cover_rows(entries: list[Entry], options: Any, labels: Labels) -> list[tuple[str, str]]:
    """The cover's (label, value) rows: who, when, scope, count, period, mode; empty values left out."""
    rows = [(labels["prepared_by"], options.prepared_by),
            (labels["prepared_on"], labels.day(date.today())),
            (labels["scope"], options.scope_text),
            (labels["article_count"], str(len(entries))),
            (labels["date_range"], date_range(entries, labels))]
    if options.summaries_only:
        rows.append(("", labels["mode_summaries"]))
    return [(k, v) for k, v in rows if v]


def short_date(entry: Entry, labels: Labels) -> Cell:
    """The date of overview, timeline and sources: italic when inferred."""
    return Cell(date_text(entry, labels, short=True), italic=entry.inferred)


def metadata_rows(entry: Entry, labels: Labels, outlet_kinds: dict[str, str],
                  file_details: bool = False) -> list[tuple[str, Cell]]:
    """An article's metadata table: date, outlet (with its kind), source, author, URL; file, import time and
    hash only when asked for (internal bookkeeping)."""
    a = entry.article
    when = date_text(entry, labels)
    if entry.inferred:
        when = f"{when} ({labels['inferred']})"
    outlet = a.outlet or ""
    kind = outlet_kinds.get(outlet.casefold())
    note = f"({labels['outlet_kind']}: {labels.outlet_kind(kind)})" if outlet and kind else ""
    rows = [("date", Cell(when, italic=entry.inferred)), ("outlet", Cell(outlet, note=note)),
            ("source", Cell(a.source or "")),
            ("author", Cell(a.author or "")), ("url", Cell(a.url or "", url=a.url or None))]
    if file_details:
        rows += [("file", Cell(a.file_name or "")), ("imported", Cell(imported_text(a, labels))),
                 ("hash", Cell((a.content_hash or "")[:12]))]
    return [(labels[key], cell) for key, cell in rows if cell.text]


def imported_text(article: Any, labels: Labels) -> str:
    """When the article was imported, in the dossier's date format."""
    value = article.imported_at or ""
    when, with_time = parse_published(value, article.id)
    return labels.moment(when, with_time) if when else value


def body_blocks(article: Any, summaries_only: bool) -> list[tuple[str, str]]:
    """(role, text) of the kept paragraphs after the lead: "body" or "caption"; the lead is not repeated."""
    if summaries_only:
        return []
    lead_key = _norm(article.lead or "")
    out = []
    for block in article.blocks:
        if block.role == "removed" or not block.text.strip():
            continue
        if block.role == "body" and lead_key and _norm(block.text) == lead_key:
            continue  # the lead is printed once, in bold
        out.append(("caption" if block.role == "caption" else "body", block.text))
    return out


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def month_groups(entries: list[Entry], labels: Labels) -> list[tuple[str, list[Entry]]]:
    """The timeline list: (month heading, its articles by date), then the undated ones."""
    dated = sorted((e for e in entries if e.when is not None), key=lambda e: (e.when, e.number))
    groups = [(labels.month(year, month), list(group))
              for (year, month), group in groupby(dated, key=lambda e: (e.when.year, e.when.month))]
    undated = [e for e in entries if e.when is None]
    if undated:
        groups.append((labels["no_date_group"], undated))
    return groups


def source_parts(entry: Entry, labels: Labels) -> list[Cell]:
    """One line of the sources list: outlet (and original source), date, then URL or original file."""
    a = entry.article
    parts = [Cell(a.outlet or a.source or labels["none"]), short_date(entry, labels)]
    if a.source and a.outlet:
        parts.insert(1, Cell(f"{labels['source']}: {a.source}"))
    parts.append(Cell(a.url, url=a.url) if a.url else Cell(a.file_name or labels["none"]))
    return parts
