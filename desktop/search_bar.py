"""The search field: results as you type, debounced so typing stays smooth."""
from __future__ import annotations

import logging
import unicodedata

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250


class SearchBar(QLineEdit):
    """A line edit that emits the query a short pause after the user stops typing."""

    query_changed = Signal(str)
    """The query settled on this text (NFC, stripped; "" means no query)."""
    move_down_requested = Signal()
    """The user pressed Down: move focus to the results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search articles (Ctrl+F): words with or without accents"))
        self.setAccessibleName(self.tr("Search"))
        self._emitted = ""
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.flush)

    @property
    def query(self) -> str:
        """The current text as a query."""
        return unicodedata.normalize("NFC", self.text()).strip()

    def flush(self) -> None:
        """Emit the current query now if it changed."""
        self._timer.stop()
        if self.query != self._emitted:
            self._emitted = self.query
            self.query_changed.emit(self._emitted)

    def set_query(self, text: str) -> None:
        """Set the text programmatically and emit at once."""
        self.setText(text)
        self.flush()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape clears the query; Down moves to the results."""
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        if event.key() == Qt.Key.Key_Down:
            self.flush()
            self.move_down_requested.emit()
            return
        super().keyPressEvent(event)
