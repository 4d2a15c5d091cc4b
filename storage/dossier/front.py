"""Front matter: the cover, the table of contents and the overview table."""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, NextPageTemplate, PageBreak, Spacer, Table)

from . import content, styles
from .labels import Labels
from .model import Entry, date_text, outlet_text
from .template import Mark, Para, escape_markup as esc, marked
from .toc import DossierTOC


def cover(entries: list[Entry], options, labels: Labels, st: dict) -> list[Flowable]:
    """Title page: title, subtitle, marking, who prepared it and when, scope, count and period."""
    title = options.title or labels["default_title"]
    story: list[Flowable] = [Spacer(1, 4.5 * cm)]
    if options.marking:
        story += [Para(esc(options.marking), st["cover_marking"]), Spacer(1, 0.8 * cm)]
    story.append(Para(esc(title), st["cover_title"]))
    if options.subtitle:
        story.append(Para(esc(options.subtitle), st["cover_subtitle"]))
    story.append(Spacer(1, 1.6 * cm))
    rows = content.cover_rows(entries, options, labels)
    data = [[Para(esc(k), st["cover_label"]), Para(esc(v), st["cover_cell"])] for k, v in rows]
    table = Table(data, colWidths=[4.2 * cm, 9.8 * cm], hAlign="CENTER")
    table.setStyle(styles.table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEABOVE", (0, 0), (-1, 0), 0.8, styles.ACCENT),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.8, styles.ACCENT),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)))
    story += [table, NextPageTemplate("main"), PageBreak()]
    return story


def contents(doc: Any, labels: Labels, st: dict) -> list[Flowable]:
    """The table of contents (filled by multiBuild from the marked headings)."""
    toc = DossierTOC(doc, levelStyles=[st["toc0"], st["toc1"]], dotsMinLevel=0, rightColumnWidth=36)
    toc.tableStyle = styles.table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0))
    # The TOC lists itself so the outline has it too.
    heading = marked(Para(esc(labels["toc"]), st["h1"]), Mark(labels["toc"], "section-toc", 0, in_toc=False))
    return [heading, toc, PageBreak()]


def section_heading(name: str, labels: Labels, st: dict) -> Flowable:
    """A level-0 heading that lands in the TOC and the outline."""
    return marked(Para(esc(labels[name]), st["h1"]), Mark(labels[name], f"section-{name}", 0))


def overview(entries: list[Entry], labels: Labels, st: dict, frame_width: float) -> list[Flowable]:
    """One row per article: number, date, outlet, title; every cell wraps, nothing is clipped."""
    head = [Para(esc(labels[k]), st["small_bold"]) for k in ("col_no", "col_date", "col_outlet", "col_title")]
    data = [head]
    for e in entries:
        date_cell = esc(date_text(e, labels, short=True))
        if e.inferred:
            date_cell = f"<i>{date_cell}</i>"
        data.append([Para(str(e.number), st["small"]), Para(date_cell, st["small"]),
                     Para(esc(outlet_text(e, labels)), st["small"]),
                     Para(f'<a href="#{e.key}">{esc(e.article.title or labels["none"])}</a>', st["small"])])
    widths = [0.9 * cm, 2.5 * cm, 3.6 * cm]
    widths.append(frame_width - sum(widths))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(styles.table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, styles.ZEBRA]),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    story = [section_heading("overview", labels, st), table]
    if any(e.inferred for e in entries):
        story += [Spacer(1, 6), Para(f"<i>{esc(labels['legend_inferred'])}</i>", st["small"])]
    return story + [PageBreak()]
