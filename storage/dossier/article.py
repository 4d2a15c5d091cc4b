"""One article's pages (title, metadata block, lead, body, captions, tags) and the sources list."""
from __future__ import annotations

import logging

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from . import content, styles
from .front import section_heading
from .labels import Labels
from .limits import split_long
from .model import Entry
from .template import Mark, Para, escape_markup as esc, marked

log = logging.getLogger(__name__)


def article_section(entry: Entry, labels: Labels, st: dict, outlet_kinds: dict[str, str], *,
                    summaries_only: bool, frame_width: float, file_details: bool = False) -> list[Flowable]:
    """The flowables of one article; it starts a new page unless only summaries are printed."""
    a = entry.article
    title = a.title or labels["none"]
    style = st["summary_title"] if summaries_only else st["article_title"]
    heading = marked(Para(f"{entry.number}. {esc(title)}", style),
                     Mark(f"{entry.number}. {title}", entry.key, 1, number=entry.number))
    head: list[Flowable] = [heading, _metadata(entry, labels, st, outlet_kinds, frame_width, file_details), Spacer(1, 8)]
    lead = (a.lead or "").strip()
    body: list[Flowable] = []
    if lead:
        body += [Para(esc(piece), st["lead"]) for piece in split_long(lead)]
    if not summaries_only:
        body += _blocks(a, st)
    if a.tags:
        body.append(Para(f"<b>{esc(labels['tags'])}:</b> " + esc(", ".join(a.tags)), st["tags"]))
    for kind, text in entry.story_notes:  # one per story: who else published it, what they changed
        body.append(Para(f"<b>{esc(labels['story_' + kind])}:</b> " + esc(text), st["tags"]))
    brk: Flowable = CondPageBreak(5 * cm) if summaries_only else PageBreak()
    # Title, metadata and the first paragraph stay together: no heading alone at a page foot.
    return [brk, KeepTogether(head + body[:1]), *body[1:]]


def _blocks(article, st: dict) -> list[Flowable]:
    # content.body_blocks drops removed blocks and the lead's repeat (the lead is printed once, in bold).
    # Long paragraphs in pieces: reportlab's line breaking is quadratic in a paragraph's length.
    return [Para(esc(piece), st[role]) for role, text in content.body_blocks(article, False)
            for piece in split_long(text)]


def _markup(cell: content.Cell) -> str:
    """A content cell as paragraph markup: link, italics, muted note."""
    if cell.url:
        return _url(cell.url)
    text = f"<i>{esc(cell.text)}</i>" if cell.italic else esc(cell.text)
    return text + (f" <font color='#5A6270'>{esc(cell.note)}</font>" if cell.note else "")


def _metadata(entry: Entry, labels: Labels, st: dict, outlet_kinds: dict[str, str], width: float,
              file_details: bool = False) -> Flowable:
    rows = content.metadata_rows(entry, labels, outlet_kinds, file_details)
    data = [[Para(esc(label), st["meta_label"]), Para(_markup(cell), st["small"])] for label, cell in rows]
    return MetaBlock(data, [META_LABEL_WIDTH, width - META_LABEL_WIDTH])


META_LABEL_WIDTH = 3.3 * cm
_PAD_X, _PAD_Y = 6, 2  # reportlab's default cell padding left/right; top/bottom as the table had


class MetaBlock(Flowable):
    """The article's metadata: label and value rows on a shaded band under an accent rule. Drawn as
    the two-column Table it replaces (same padding, top alignment, background and rule), without
    the Table's bookkeeping, which was a third of the layout time; a block taller than the space
    left splits as that Table would."""

    def __init__(self, data: list[list[Para]], col_widths: list[float]) -> None:
        super().__init__()
        self._data = data
        self._cols = col_widths
        self.hAlign = "LEFT"
        self._heights: list[float] = []

    def _table(self) -> Table:
        table = Table(self._data, colWidths=self._cols, hAlign="LEFT")
        table.setStyle(styles.table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("BACKGROUND", (0, 0), (-1, -1), styles.ZEBRA),
                                          ("LINEABOVE", (0, 0), (-1, 0), 0.6, styles.ACCENT),
                                          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [max(cell.wrap(col - 2 * _PAD_X, availHeight)[1] for cell, col in zip(row, self._cols))
                         + 2 * _PAD_Y for row in self._data]
        self.width, self.height = sum(self._cols), sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._table().split(availWidth, availHeight)

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(styles.ZEBRA)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        top = self.height
        for row, h in zip(self._data, self._heights):
            x = 0.0
            for cell, col in zip(row, self._cols):
                cell.drawOn(canv, x + _PAD_X, top - _PAD_Y - cell.height)
                x += col
            top -= h
        canv.setStrokeColor(styles.ACCENT)
        canv.setLineWidth(0.6)
        canv.setLineCap(1)
        canv.line(0, self.height, self.width, self.height)
        canv.restoreState()


def _url(url: str | None) -> str:
    if not url:
        return ""
    # Paragraph's splitLongWords breaks a URL longer than the line, so nothing overflows.
    return f'<a href="{esc(url)}">{esc(url)}</a>'


def sources(entries: list[Entry], labels: Labels, st: dict) -> list[Flowable]:
    """Numbered list of every article's outlet, date, and URL or original file."""
    story: list[Flowable] = [PageBreak(), section_heading("sources", labels, st)]
    for e in entries:
        parts = [_markup(cell) for cell in content.source_parts(e, labels)]
        story.append(Para(f"[{e.number}] " + " · ".join(parts), st["source_entry"]))
    return story
