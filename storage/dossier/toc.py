"""The table of contents: reportlab's TableOfContents, except that an entry's page number is looked up
when the entry is drawn instead of being written into its text. The text, and so the layout, is then
the same in every layout pass, and its pages can be recorded once and drawn again (replay.py)."""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from .template import Para

CALLBACK = "dossierTOCEntryEnd"


class DossierTOC(TableOfContents):
    """Entries (level, text, page, key) as reportlab draws them, pages from doc.page_of(key)."""

    def __init__(self, doc: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._doc = doc
        self._avail = (0.0, 0.0)
        self._built: tuple[Any, Table] | None = None
        doc.named_callbacks[CALLBACK] = self._draw_entry_end

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = (availWidth, availHeight)
        shape = (availWidth, [(level, text, key) for level, text, _, key in self._lastEntries])
        if self._built is None or self._built[0] != shape:  # wrapped twice a pass: once is enough
            self._built = (shape, self._table_of(shape[1], availWidth))
        self._table = self._built[1]
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def _table_of(self, entries: list[tuple[int, str, str | None]], width: float) -> Table:
        rows: list[list[Any]] = []
        for level, text, key in entries or [(0, "Placeholder for table of contents", None)]:
            style = self.getLevelStyle(level)
            if key:
                text = f'<a href="#{key}">{text}</a>'
            label = f"{level},{key or ''}".replace('"', "")
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Para(f'{text}<onDraw name="{CALLBACK}" label="{label}"/>', style)])
        return Table(rows, colWidths=(width,), style=self.tableStyle)

    def _draw_entry_end(self, canvas: Any, kind: str, label: str) -> None:
        """Dots and the page number after an entry's text (reportlab's drawTOCEntryEnd)."""
        level_text, key = label.split(",", 1)
        level = int(level_text)
        page = self._doc.page_of(key) if key else 0
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        if self.formatter:
            page = self.formatter(page)
        drawPageNumbers(canvas, self.getLevelStyle(level), [(page, key or None)], *self._avail, dot)
