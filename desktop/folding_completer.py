"""A completer that matches the way search does: accents and case optional ("quan" offers "Quân đội")."""
from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from storage.collation import sort_key
from storage.folding import fold

log = logging.getLogger(__name__)

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 7


class FoldedListModel(QStringListModel):
    """Strings in Vietnamese order; FOLDED_ROLE gives each one folded (lower case, no accents, đ→d)."""

    def __init__(self, words: list[str], parent: QWidget | None = None) -> None:
        ordered = sorted(words, key=sort_key)
        super().__init__(ordered, parent)
        self._folded = [fold(w).lower() for w in ordered]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == FOLDED_ROLE and index.isValid():
            return self._folded[index.row()]
        return super().data(index, role)


class FoldingCompleter(QCompleter):
    """Offers every word containing the typed text, compared folded; inserts the word as written."""

    def __init__(self, words: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_words(words)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_words(self, words: list[str]) -> None:
        """Replace the words offered."""
        self.setModel(FoldedListModel(words, self))

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt name)
        """Fold what was typed, as the model's completion role is folded."""
        return [fold(path).lower()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 (Qt name)
        """Insert the word with its accents."""
        return str(index.data(Qt.ItemDataRole.DisplayRole))

    def setCompletionPrefix(self, prefix: str) -> None:  # noqa: N802 (Qt name)
        """The prefix is folded like the words."""
        super().setCompletionPrefix(fold(prefix).lower())
