"""Room for the essentials on small screens (1024×700): dates never clipped, the left column narrower
and collapsible, the details column wide enough for the URL and the date."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger(__name__)

COMPACT_WIDTH = 1200  # below this window width the panes are rebalanced when the window is shown
LEFT_WIDTH = 210
DETAILS_WIDTH = 400
WIDEST_DATE = "28/05/2013 14:30 ?"


class CompactLayout(QObject):
    """Watches the window's first show and resizes; never overrides splitters the user restored."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._done = False
        table = window.table
        needed = table.fontMetrics().horizontalAdvance(WIDEST_DATE) + 24
        if table.columnWidth(1) < needed:
            table.setColumnWidth(1, needed)
        window.splitter.setCollapsible(0, True)  # the filters column folds away by dragging
        # Explicit minimums: the panes' own size hints (entity page, text toolbar) would forbid a compact split.
        window.left_tabs.setMinimumWidth(160)
        window.article_pane.splitter.widget(0).setMinimumWidth(240)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """On the first show at a small width, give the centre and the details column their room."""
        if not self._done and event.type() == QEvent.Type.Show:
            self._done = True
            if self.window.width() < COMPACT_WIDTH:
                QTimer.singleShot(0, self.fit)  # once the splitters have their first geometry
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Narrow left column; the details column at least DETAILS_WIDTH."""
        w = self.window
        total = sum(w.splitter.sizes())
        w.splitter.setSizes([LEFT_WIDTH, max(1, total - LEFT_WIDTH)])
        pane = w.article_pane.splitter
        inner = sum(pane.sizes()) or (total - LEFT_WIDTH)
        pane.setSizes([max(1, inner - DETAILS_WIDTH), DETAILS_WIDTH])
