"""One article's pages (title, metadata block, lead, body, captions, tags) and the sources list."""
from __future__ import annotations

import logging
import unicodedata

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from . import styles
from .front import section_heading
from .labels import Labels
from .model import Entry, date_text, parse_published
from .template import Mark, escape_markup as esc, marked

log = logging.getLogger(__name__)


def article_section(entry: Entry, labels: Labels, st: dict, outlet_kinds: dict[str, str], *,
                    summaries_only: bool, frame_width: float) -> list[Flowable]:
    """The flowables of one article; it starts a new page unless only summaries are printed."""
    a = entry.article
    title = a.title or labels["none"]
    style = st["summary_title"] if summaries_only else st["article_title"]
    heading = marked(Paragraph(f"{entry.number}. {esc(title)}", style),
                     Mark(f"{entry.number}. {title}", entry.key, 1, number=entry.number))
    head: list[Flowable] = [heading, _metadata(entry, labels, st, outlet_kinds, frame_width), Spacer(1, 8)]
    lead = (a.lead or "").strip()
    body: list[Flowable] = []
    if lead:
        body.append(Paragraph(esc(lead), st["lead"]))
    if not summaries_only:
        body += _blocks(a, lead, st)
    if a.tags:
        body.append(Paragraph(f"<b>{esc(labels['tags'])}:</b> " + esc(", ".join(a.tags)), st["tags"]))
    for kind, text in entry.story_notes:  # one per story: who else published it, what they changed
        body.append(Paragraph(f"<b>{esc(labels['story_' + kind])}:</b> " + esc(text), st["tags"]))
    brk: Flowable = CondPageBreak(5 * cm) if summaries_only else PageBreak()
    # Title, metadata and the first paragraph stay together: no heading alone at a page foot.
    return [brk, KeepTogether(head + body[:1]), *body[1:]]


def _blocks(article, lead: str, st: dict) -> list[Flowable]:
    out: list[Flowable] = []
    lead_key = _norm(lead)
    for block in article.blocks:
        if block.role == "removed" or not block.text.strip():
            continue
        if block.role == "body" and lead_key and _norm(block.text) == lead_key:
            continue  # the lead is printed once, in bold
        out.append(Paragraph(esc(block.text), st["caption" if block.role == "caption" else "body"]))
    return out


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _metadata(entry: Entry, labels: Labels, st: dict, outlet_kinds: dict[str, str], width: float) -> Table:
    a = entry.article
    when = esc(date_text(entry, labels))
    if entry.inferred:
        when = f"<i>{when} ({esc(labels['inferred'])})</i>"
    outlet = esc(a.outlet) if a.outlet else ""
    kind = outlet_kinds.get((a.outlet or "").casefold())
    if outlet and kind:
        outlet += f" <font color='#5A6270'>({esc(labels['outlet_kind'])}: {esc(labels.outlet_kind(kind))})</font>"
    rows = [("date", when), ("outlet", outlet), ("source", esc(a.source or "")), ("author", esc(a.author or "")),
            ("url", _url(a.url)), ("file", esc(a.file_name or "")),
            ("imported", esc(_imported(a, labels))), ("hash", esc(a.content_hash[:12]))]
    data = [[Paragraph(esc(labels[k]), st["meta_label"]), Paragraph(v, st["small"])] for k, v in rows if v]
    table = Table(data, colWidths=[3.3 * cm, width - 3.3 * cm], hAlign="LEFT")
    table.setStyle(styles.table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), styles.ZEBRA),
                               ("LINEABOVE", (0, 0), (-1, 0), 0.6, styles.ACCENT),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
    return table


def _url(url: str | None) -> str:
    if not url:
        return ""
    # Paragraph's splitLongWords breaks a URL longer than the line, so nothing overflows.
    return f'<a href="{esc(url)}">{esc(url)}</a>'


def _imported(article, labels: Labels) -> str:
    value = article.imported_at or ""
    when, with_time = parse_published(value, article.id)
    return labels.moment(when, with_time) if when else value


def sources(entries: list[Entry], labels: Labels, st: dict) -> list[Flowable]:
    """Numbered list of every article's outlet, date, and URL or original file."""
    story: list[Flowable] = [PageBreak(), section_heading("sources", labels, st)]
    for e in entries:
        a = e.article
        when = esc(date_text(e, labels, short=True))
        if e.inferred:
            when = f"<i>{when}</i>"
        parts = [esc(a.outlet or a.source or labels["none"]), when]
        if a.source and a.outlet:
            parts.insert(1, f"{esc(labels['source'])}: {esc(a.source)}")
        parts.append(_url(a.url) if a.url else esc(a.file_name or labels["none"]))
        story.append(Paragraph(f"[{e.number}] " + " · ".join(parts), st["source_entry"]))
    return story
