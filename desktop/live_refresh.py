"""Live refresh of a shared archive: other users' new articles, edits and deletes appear without
reopening. The core's change listener (storage.archive.notify) is polled on the GUI thread (a
non-blocking read of its socket); what other users committed reloads the table rows and the open
article. Our own writes are skipped: the window refreshes itself after them already."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from storage.archive.notify import listen

log = logging.getLogger(__name__)

POLL_MS = 500
translate = QCoreApplication.translate  # lupdate files window.tr() under "window"; the window's context is MainWindow


class LiveRefresh(QObject):
    """Listens to the open archive's change notices while it is shared."""

    changes_arrived = Signal(object)
    """Emitted with the list of storage.archive.notify.Change other users committed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def set_archive(self, archive: Any) -> None:
        """Listen to `archive` (None, or an SQLite archive: stop listening)."""
        self._timer.stop()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if archive is not None:
            self._listener = listen(archive)
        if self._listener is not None:
            self._timer.start()

    def poll(self) -> None:
        """Emit the changes other users committed since the last poll."""
        if self._listener is None:
            return
        changes = [c for c in self._listener.poll(0) if not c.own]
        if changes:
            self.changes_arrived.emit(changes)


def install(window: Any) -> LiveRefresh:
    """Create the window's live refresh and connect it to the table and the article pane."""
    live = LiveRefresh(window)
    live.changes_arrived.connect(lambda changes: apply_changes(window, changes))
    return live


def apply_changes(window: Any, changes: list) -> None:
    """New or deleted articles (or entity edits): reload the table, keeping the selection; edited
    articles: re-read their rows and, when open, the article's fields and history."""
    if window.archive is None:
        return
    if any(c.kind in ("added", "deleted", "entities") or c.more for c in changes):
        window.reload_table()
    edited = {i for c in changes if c.kind == "edited" for i in c.ids}
    for article_id in edited:
        window.model.refresh_article(article_id)
    current = window.article_pane.current_article_id
    if current is not None and current in edited:
        window.article_pane.show_article(current)
    users = sorted({c.user for c in changes if c.user})
    if users:
        window.statusBar().showMessage(translate("MainWindow", "Updated by %1").replace("%1", ", ".join(users)), 5000)
