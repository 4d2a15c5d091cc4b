"""Editing the selected articles together: tags, outlet, source, date precision, review flag, delete.

Each button is one undoable command over every selected article (storage.bulk builds the edit; the
archive writes it in one transaction with a history row per article)."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from desktop import undo
from desktop.folding_completer import FoldingCompleter
from desktop.metadata_editor import load_outlet_names
from storage.bulk import bulk_edit
from storage.errors import TuLieuError

from .errors import show_error

log = logging.getLogger(__name__)


class BulkEditor(QWidget):
    """Shown instead of the article pane while several rows are selected."""

    # the edit was applied: the ids it covered
    applied = Signal(list)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.archive: Any = None
        self.ids: list[int] = []
        self.header = QLabel(self)
        self.add_tags, self.remove_tags = QLineEdit(self), QLineEdit(self)
        self.outlet, self.source = QLineEdit(self), QLineEdit(self)
        self.add_tags.setPlaceholderText(self.tr("tags to add, comma separated"))
        self.remove_tags.setPlaceholderText(self.tr("tags to remove"))
        self.outlet.setCompleter(FoldingCompleter(load_outlet_names(), self))
        self.precision = QComboBox(self)
        for value, label in (("exact", self.tr("exact")), ("month", self.tr("month")), ("year", self.tr("year")),
                             ("inferred", self.tr("inferred")), ("unknown", self.tr("unknown"))):
            self.precision.addItem(label, value)
        self.buttons: dict[str, QPushButton] = {}
        self._build()

    def _button(self, key: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _c=False: slot())
        self.buttons[key] = button
        return button

    def _build(self) -> None:
        form = QFormLayout()
        rows = ((self.tr("Add tags"), self.add_tags, self._button("add_tags", self.tr("Add"), self.add_tags_now)),
                (self.tr("Remove tags"), self.remove_tags,
                 self._button("remove_tags", self.tr("Remove"), self.remove_tags_now)),
                (self.tr("Outlet"), self.outlet, self._button("outlet", self.tr("Set"), lambda: self._text("outlet"))),
                (self.tr("Source"), self.source, self._button("source", self.tr("Set"), lambda: self._text("source"))),
                (self.tr("Date precision"), self.precision,
                 self._button("precision", self.tr("Set"), self.set_precision_now)))
        for label, field, button in rows:
            line = QHBoxLayout()
            line.addWidget(field, 1)
            line.addWidget(button)
            form.addRow(label, line)
        actions = QHBoxLayout()
        actions.addWidget(self._button("flag", self.tr("Flag for review"), lambda: self.apply("needs_review", "yes")))
        actions.addWidget(self._button("unflag", self.tr("Clear review flags"), lambda: self.apply("needs_review", "no")))
        actions.addStretch(1)
        actions.addWidget(self._button("delete", self.tr("Delete…"), self.delete_now))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.add_tags.returnPressed.connect(self.add_tags_now)
        self.remove_tags.returnPressed.connect(self.remove_tags_now)

    def set_selection(self, archive: Any, ids: list[int]) -> None:
        """Edit these articles (the window's selection)."""
        self.archive, self.ids = archive, list(ids)
        self.header.setText(self.tr("<b>%1 selected</b> — changes apply to all of them, as one undo step")
                            .replace("%1", str(len(self.ids))))
        self.setEnabled(archive is not None and not archive.read_only)

    def apply(self, field: str, value: object) -> bool:
        """One undoable edit of `field` on every selected article; False when nothing was done."""
        if self.archive is None or not self.ids:
            return False
        try:
            edit = bulk_edit(self.archive, self.ids, field, value)
            text = self.tr("Edit %1 of %2 articles").replace("%1", field).replace("%2", str(len(self.ids)))
            self.undo_stack.push(undo.EditCommand(self.archive, edit, text))
        except TuLieuError as error:
            show_error(self, error)
            return False
        self.applied.emit(list(self.ids))
        return True

    def add_tags_now(self) -> bool:
        """Add the typed tags to every selected article."""
        tags = [t.strip() for t in self.add_tags.text().split(",") if t.strip()]
        done = bool(tags) and self.apply("tags", ", ".join("+" + t for t in tags))
        self.add_tags.clear()
        return done

    def remove_tags_now(self) -> bool:
        """Remove the typed tags from every selected article."""
        tags = [t.strip() for t in self.remove_tags.text().split(",") if t.strip()]
        done = bool(tags) and self.apply("tags", ", ".join("-" + t for t in tags))
        self.remove_tags.clear()
        return done

    def set_precision_now(self) -> bool:
        """Set the chosen date precision on every selected article."""
        return self.apply("date_precision", self.precision.currentData())

    def _text(self, field: str) -> bool:
        edit = self.outlet if field == "outlet" else self.source
        return self.apply(field, edit.text().strip() or None)

    def delete_now(self) -> bool:
        """Ask, then delete every selected article (undoable)."""
        question = self.tr("Delete %1 articles?").replace("%1", str(len(self.ids))) + "\n" + \
            self.tr("You can undo this (Ctrl+Z).")
        if QMessageBox.question(self, self.tr("Delete"), question) != QMessageBox.StandardButton.Yes:
            return False
        return self.apply("delete", None)
