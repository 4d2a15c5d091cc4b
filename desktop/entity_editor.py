"""The article's people / organisations / places: add, remove, rename, change kind, merge (undoable)."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMenu, QPushButton, QVBoxLayout, QWidget)

from desktop import plural, undo
from desktop.merge_dialog import ask_merge_target
from desktop.undo_keys import PassUndoToWindow
from storage.records import ENTITY_KINDS

log = logging.getLogger(__name__)

MAX_ROWS = 10  # a longer entity list scrolls inside itself


class EntityEditor(QWidget):
    """Three lists of the article's entities, with the edits an analyst needs."""

    # entity id the user wants to see in the entities pane
    entity_activated = Signal(int)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.archive: Any = None
        self.article: Any = None
        self.kind_names = {"person": self.tr("People"), "organization": self.tr("Organisations"),
                           "location": self.tr("Places")}
        self.lists: dict[str, QListWidget] = {}
        self.headers: dict[str, QLabel] = {}
        # Stacked, each list as tall as its names: the editor sits in a narrow, scrolling column.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind in ENTITY_KINDS:
            # "<b>People</b>" once, the count beside it as plain text: a rich-text label parses its
            # text again on every change, and the count changes with every article shown
            header = QHBoxLayout()
            header.setSpacing(4)
            header.addWidget(QLabel(f"<b>{self.kind_names[kind]}</b>", self))
            self.headers[kind] = QLabel(self)
            self.headers[kind].setTextFormat(Qt.TextFormat.PlainText)
            header.addWidget(self.headers[kind], 1)
            self.lists[kind] = self._make_list(kind)
            layout.addLayout(header)
            layout.addWidget(self.lists[kind])
        layout.addLayout(self._make_add_row())
        layout.addStretch(1)

    def _make_list(self, kind: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(lambda pos, k=kind: self._context_menu(k, pos))
        widget.itemDoubleClicked.connect(lambda item: self.entity_activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        return widget

    @staticmethod
    def _fit_height(widget: QListWidget) -> None:
        """Size a list to its rows (one empty row at least, MAX_ROWS at most, then it scrolls)."""
        rows = min(max(widget.count(), 1), MAX_ROWS)
        row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 4
        widget.setFixedHeight(rows * row + 2 * widget.frameWidth() + 2)

    def _make_add_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Add a name…"))
        self._undo_keys = PassUndoToWindow(self)  # Ctrl+Z after adding a name undoes the addition
        self.new_name.installEventFilter(self._undo_keys)
        self.new_kind = QComboBox(self)
        for kind in ENTITY_KINDS:
            self.new_kind.addItem(self.kind_names[kind], kind)
        add = QPushButton(self.tr("Add"), self)
        add.clicked.connect(self._add_clicked)
        self.new_name.returnPressed.connect(self._add_clicked)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.new_kind)
        row.addWidget(add)
        return row

    # --- state --------------------------------------------------------------------------------
    def set_archive(self, archive: Any) -> None:
        """Use this archive (None clears)."""
        self.archive = archive
        self.set_article(None)

    def set_article(self, article: Any) -> None:
        """Show a stored article's entities."""
        self.article = article
        for kind, widget in self.lists.items():
            widget.clear()
            entities = [e for e in article.entities if e.kind == kind] if article is not None else []
            for entity in entities:
                item = QListWidgetItem(entity.name)
                item.setData(Qt.ItemDataRole.UserRole, article.id_of(entity))
                aliases, role = self.tr("Aliases"), self.tr("Role")  # (outside the f-strings, where lupdate finds them)
                tip = [f"{aliases}: {', '.join(entity.aliases)}"] if entity.aliases else []
                tip += [f"{role}: {entity.role}"] if entity.role else []
                tip.append(plural.tr("%n mention(s)", "", entity.mentions))
                item.setToolTip("\n".join(tip))
                widget.addItem(item)
            self.headers[kind].setText(f"({len(entities)})")
            self._fit_height(widget)
        self.setEnabled(article is not None)

    def entity_id(self, name: str, kind: str | None = None) -> int | None:
        """Archive id of an entity named in the current article (of this kind, when given)."""
        if self.article is None:
            return None
        for entity in self.article.entities:
            if entity.name == name and kind in (None, entity.kind):
                return self.article.id_of(entity)
        return None

    # --- edits (each one undoable command) ----------------------------------------------------
    def add(self, name: str, kind: str) -> None:
        """Name an entity in the current article."""
        name = " ".join(name.split())
        if name and self.article is not None:
            self.undo_stack.push(undo.link_entity(self.archive, self.article.id, name, kind))

    def remove(self, entity_id: int) -> None:
        """Remove an entity from the current article (the entity stays in the archive)."""
        self.undo_stack.push(undo.unlink_entity(self.archive, self.article.id, entity_id))

    def rename(self, entity_id: int, new_name: str) -> None:
        """Rename an entity archive-wide."""
        new_name = " ".join(new_name.split())
        if new_name:
            self.undo_stack.push(undo.rename_entity(self.archive, entity_id, new_name))

    def set_kind(self, entity_id: int, kind: str) -> None:
        """Change an entity's kind archive-wide."""
        self.undo_stack.push(undo.set_entity_kind(self.archive, entity_id, kind))

    def merge(self, keep_id: int, drop_id: int) -> None:
        """Merge drop into keep archive-wide; drop's name becomes an alias."""
        if keep_id != drop_id:
            self.undo_stack.push(undo.merge_entities(self.archive, keep_id, drop_id))

    # --- UI -----------------------------------------------------------------------------------
    def _add_clicked(self) -> None:
        self.add(self.new_name.text(), self.new_kind.currentData())
        self.new_name.setText("")  # (not clear(): that is undoable, and Ctrl+Z would bring the name back)

    def _context_menu(self, kind: str, pos: QPoint) -> None:
        widget = self.lists[kind]
        items = [i for i in widget.selectedItems() if i.data(Qt.ItemDataRole.UserRole) is not None]
        if not items:
            return
        menu = QMenu(self)
        if len(items) == 2:
            a, b = items
            for keep, drop in ((a, b), (b, a)):
                label = self.tr("Merge, keeping “%1”").replace("%1", keep.text())
                menu.addAction(label, lambda k=keep, d=drop: self.merge(self._id(k), self._id(d)))
        elif len(items) == 1:
            self._single_actions(menu, items[0], kind)
        menu.exec(widget.viewport().mapToGlobal(pos))

    def _single_actions(self, menu: QMenu, item: QListWidgetItem, kind: str) -> None:
        entity_id = self._id(item)
        menu.addAction(self.tr("Show in entities pane"), lambda: self.entity_activated.emit(entity_id))
        menu.addAction(self.tr("Rename…"), lambda: self._ask_rename(entity_id, item.text()))
        kinds = menu.addMenu(self.tr("Change kind"))
        for other in ENTITY_KINDS:
            if other != kind:
                kinds.addAction(self.kind_names[other], lambda o=other: self.set_kind(entity_id, o))
        menu.addAction(self.tr("Merge into…"), lambda: self._ask_merge(entity_id, kind))
        menu.addSeparator()
        menu.addAction(self.tr("Remove from this article"), lambda: self.remove(entity_id))

    @staticmethod
    def _id(item: QListWidgetItem) -> int:
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _ask_rename(self, entity_id: int, old: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Rename entity"), self.tr("New name (everywhere):"), text=old)
        if ok and new.strip() and new.strip() != old:
            self.rename(entity_id, new)

    def _ask_merge(self, drop_id: int, kind: str) -> None:
        keep = ask_merge_target(self, self.archive.entity(drop_id).name, self.archive.merge_candidates(drop_id))
        if keep is not None:
            self.merge(keep, drop_id)
