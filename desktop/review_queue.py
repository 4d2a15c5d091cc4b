"""The "needs review" flow: jump to the next flagged article, confirm it (undoable), move on.

The main window provides `archive`, `undo_stack`, `article_pane` (an ArticlePane) and
`select_article(id)`; the controller's actions go in its menus.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from desktop import plural, undo
from storage.archive.records import Filters

log = logging.getLogger(__name__)


class ReviewController(QObject):
    """Keyboard flow through the articles the extractor was unsure of."""

    # articles still needing review, after each step
    remaining_changed = Signal(int)

    def __init__(self, main_window: Any) -> None:
        super().__init__(main_window)
        self.window = main_window
        self.next_action = QAction(self.tr("Next Article to Review"), self)
        self.next_action.setShortcut(QKeySequence("F8"))
        self.next_action.triggered.connect(self.next_article)
        self.confirm_action = QAction(self.tr("Confirm and Go to Next"), self)
        self.confirm_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.confirm_action.triggered.connect(self.confirm_and_next)
        self.remaining_changed.connect(self._say_remaining)

    def actions(self) -> list[QAction]:
        """The actions for the main window's menu and toolbar."""
        return [self.next_action, self.confirm_action]

    @property
    def archive(self) -> Any:
        """The main window's open archive (or None)."""
        return self.window.archive

    def current_id(self) -> int | None:
        """Id of the article in the article pane."""
        return self.window.article_pane.current_article_id

    def queue(self) -> list[int]:
        """Ids needing review, newest first (the table's default order)."""
        if self.archive is None:
            return []
        return self.archive.ids(Filters(needs_review=True), order_by="published", descending=True)

    def next_article(self) -> int | None:
        """Select the next article needing review after the current one (wrapping); None when done."""
        if self.archive is None:
            self.remaining_changed.emit(0)
            return None
        self.remaining_changed.emit(self.archive.count(Filters(needs_review=True)))
        target = self.archive.next_flagged(self.current_id())  # keyset: no whole ordered list
        if target is not None and target != self.current_id():
            self.window.select_article(target)
        return target

    def _say_remaining(self, count: int) -> None:
        """F8 and Ctrl+Return say how many are left (and that none is, where they would do nothing)."""
        bar = getattr(self.window, "statusBar", None)  # (a stand-in window in a test may have none)
        if bar is not None:
            text = plural.tr("%n article(s) left to review", "", count) if count else self.tr("No article needs review.")
            bar().showMessage(text, 8000)

    def confirm_current(self) -> bool:
        """Clear the shown article's review flags (one undoable edit). True when something changed."""
        article_id = self.current_id()
        if article_id is None or self.archive is None:
            return False
        if not self.archive.get(article_id).needs_review:
            return False
        self.window.undo_stack.push(undo.confirm_review(self.archive, article_id, None, self.tr("Confirm review")))
        return True

    def confirm_and_next(self) -> int | None:
        """Confirm the current article, then go to the next one needing review."""
        self.confirm_current()
        return self.next_article()
