"""Ctrl+Z / Ctrl+Shift+Z in a line edit with nothing of its own to undo go to Edit ▸ Undo / Redo."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


def passes_to_window(edit: QLineEdit, event: QKeyEvent) -> bool:
    """True for Undo/Redo keys the line edit itself has nothing to undo/redo for."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return not edit.isUndoAvailable()
    if event.matches(QKeySequence.StandardKey.Redo):
        return not edit.isRedoAvailable()
    return False


class PassUndoToWindow(QObject):
    """Event filter for line edits: a line edit claims Undo/Redo even when empty, hiding the window's."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Let the window's shortcut have Undo/Redo the watched line edit cannot use."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit) \
                and passes_to_window(watched, event):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
