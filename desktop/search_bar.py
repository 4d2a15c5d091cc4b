"""The search field: results as you type, debounced so typing stays smooth."""
from __future__ import annotations

import logging
import unicodedata

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
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

    def event(self, event: QEvent) -> bool:
        """Keys bound to a window action (Ctrl+E: export) go to the action, not to line editing."""
        if event.type() == QEvent.Type.ShortcutOverride and _is_window_shortcut(self, event):
            event.ignore()
            return True
        return super().event(event)

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


# Keys the search field keeps for itself even when a window action also uses them.
_EDITING_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Copy,
                 QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll,
                 QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace)


def _is_window_shortcut(widget: QWidget, event: QKeyEvent) -> bool:
    """True for a Ctrl/Alt key that is the shortcut of one of the window's actions and not an editing key
    (a line edit claims Ctrl+E, "end of line", on X11 — so Export did nothing from the search box)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return False
    if any(event.matches(key) for key in _EDITING_KEYS):
        return False
    pressed = QKeySequence(event.keyCombination())
    return any(action.isEnabled() and pressed in action.shortcuts()
               for action in widget.window().findChildren(QAction))
