"""Choosing the entity to merge into: the likeliest targets first, and no target until one is chosen."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from storage.folding import fold

log = logging.getLogger(__name__)


def likeness(name: str, other: str) -> int:
    """How likely `other` names the same thing as `name`: 2 same folded name, 1 one contains the
    other (as words), 0 unrelated."""
    a, b = fold(name).split(), fold(other).split()
    if a == b:
        return 2
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return int(any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)))


def ranked_targets(name: str, rows: list[Any]) -> list[Any]:
    """Candidate entities (EntityRow) best guess first, then by article count (the archive's order)."""
    return sorted(rows, key=lambda r: -likeness(name, r.name))


class MergeDialog(QDialog):
    """An editable, searchable list of targets; OK stays disabled until a listed entity is chosen."""

    def __init__(self, name: str, rows: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into"))
        self.rows = ranked_targets(name, rows)
        self.labels = [f"{r.name} ({r.article_count})" for r in self.rows]
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.addItems(self.labels)
        self.combo.setCurrentIndex(-1)  # Enter alone must not merge into whatever is listed first
        self.combo.lineEdit().setPlaceholderText(self.tr("Type or choose a name…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = self.tr("Merge “%1” into (its name becomes an alias of the one you keep):").replace("%1", name)
        layout.addWidget(QLabel(text, self))
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons)
        self.combo.currentTextChanged.connect(lambda _t: self._update_ok())
        self._update_ok()

    def chosen(self) -> Any:
        """The EntityRow chosen, or None."""
        text = self.combo.currentText()
        return self.rows[self.labels.index(text)] if text in self.labels else None

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def accept(self) -> None:
        """Only a listed entity is accepted."""
        if self.chosen() is not None:
            super().accept()


def ask_merge_target(parent: QWidget, name: str, rows: list[Any]) -> int | None:
    """Ask which entity to keep; its id, or None when cancelled."""
    if not rows:
        return None
    dialog = MergeDialog(name, rows, parent)
    chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    return chosen.id if chosen is not None else None
