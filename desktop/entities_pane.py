"""The archive's people, organisations and places with article counts, and one entity's page."""
from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMenu, QPushButton, QSplitter, QTabBar, QTreeView, QVBoxLayout,
                               QWidget)

from desktop import plural, undo
from desktop.entity_list_model import EntityListModel
from desktop.merge_dialog import ask_merge_target
from desktop.metadata_editor import format_date
from desktop.month_chart import MonthChart
from storage.errors import NotFound
from storage.records import ENTITY_KINDS

log = logging.getLogger(__name__)


class EntitiesPane(QWidget):
    """Entity lists by kind with a filter; the selected entity's page; rename and merge (undoable)."""

    # id of the entity the user selected (the main window filters the table by it)
    entity_selected = Signal(int)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.archive: Any = None
        self.page: Any = None
        self._stale = False
        self.kinds = QTabBar(self)
        for label in (self.tr("People"), self.tr("Organisations"), self.tr("Places")):
            self.kinds.addTab(label)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter names…"))
        self.filter.setClearButtonEnabled(True)
        # One page of names at a time from the archive (500,000 people at a million articles).
        self.model = EntityListModel(self)
        self.list = QTreeView(self)
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        # The name takes the width; the count column stays as narrow as its numbers.
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, self.list.header().ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, self.list.header().ResizeMode.ResizeToContents)
        self.list.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # most named first
        self.list.setSortingEnabled(True)  # a header click sorts in the archive (model.sort)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.chart = MonthChart(self)
        self.co_occurring = QListWidget(self)
        self.outlets = QLabel(self)
        self.outlets.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.kind_button = QPushButton(self.tr("Change kind"), self)
        self.kind_button.setMenu(QMenu(self.kind_button))
        self.kind_button.menu().aboutToShow.connect(self._fill_kind_menu)
        self._build()
        self.kinds.currentChanged.connect(lambda _i: self.refresh())
        self.filter.textChanged.connect(lambda _t: self._fill_list())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.co_occurring.itemActivated.connect(lambda item: self.show_entity(item.data(Qt.ItemDataRole.UserRole)))
        self.rename_button.clicked.connect(self._ask_rename)
        self.merge_button.clicked.connect(self._ask_merge)
        undo.notifier().edited.connect(self._on_edited)
        self.show_page(None)

    def _build(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kinds, self.filter, self.list):
            column.addWidget(widget)
        right = QWidget(self)
        page = QVBoxLayout(right)
        page.addWidget(self.header)
        page.addWidget(QLabel(self.tr("<b>Articles per month</b>"), self))
        page.addWidget(self.chart)
        page.addWidget(QLabel(self.tr("<b>Most often named with</b>"), self))
        page.addWidget(self.co_occurring, 1)
        page.addWidget(self.outlets)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.kind_button)
        buttons.addStretch(1)
        page.addLayout(buttons)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- public -------------------------------------------------------------------------------
    def set_archive(self, archive: Any) -> None:
        """Use this archive (None clears)."""
        self.archive = archive
        self.show_page(None)
        self.refresh()

    @property
    def kind(self) -> str:
        """The entity kind listed."""
        return ENTITY_KINDS[max(0, self.kinds.currentIndex())]

    def refresh(self) -> None:
        """Reload the list of the current kind (keeps the selection when it is still there)."""
        self._fill_list()
        if self.page is not None:
            self.show_page(self.page.id)

    def _fill_list(self) -> None:
        """List the entities whose name or alias contains the filter text (accents optional); the shown
        entity stays selected when it is listed, without a new entity_selected."""
        keep = self.page.id if self.page is not None else None
        self.model.show(self.archive, self.kind, self.filter.text().strip())
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            selection = self.list.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            selection.blockSignals(False)
            self.list.scrollTo(self.model.index(row, 0))
            self.list.viewport().update()

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in list order."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [self.model.entity_at(row).id for row in rows]

    def show_entity(self, entity_id: int) -> None:
        """Switch to the entity's kind, select it and show its page."""
        page = self._load(entity_id)
        if page is None:
            return
        self.filter.clear()
        self.page = page
        self.kinds.setCurrentIndex(ENTITY_KINDS.index(page.kind))
        self.refresh()
        self.entity_selected.emit(entity_id)

    def show_page(self, entity_id: int | None) -> None:
        """Show one entity's page: aliases, first/last seen, months, companions, outlets."""
        page = self._load(entity_id) if entity_id is not None else None
        self.page = page
        for widget in (self.chart, self.co_occurring, self.rename_button, self.merge_button, self.kind_button):
            widget.setEnabled(page is not None)
        self.co_occurring.clear()
        if page is None:
            self.header.setText(self.tr("Select a name to see where and when it appears."))
            self.chart.set_months([])
            self.outlets.clear()
            return
        aliases = ", ".join(page.aliases) or "—"
        first, last = (format_date((d or "")[:10]) or "?" for d in (page.first_seen, page.last_seen))
        span = plural.tr("%n article(s), from {0} to {1}", "", page.article_count).format(first, last)
        also = self.tr("Also written")  # (outside the f-string, where lupdate finds it)
        self.header.setText(f"<h3>{html.escape(page.name)}</h3>{also}: {html.escape(aliases)}<br>{span}")
        self.chart.set_months(page.mentions_per_month)
        for row in page.co_occurring[:30]:
            item = QListWidgetItem(f"{row.name}  ({row.article_count})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.co_occurring.addItem(item)
        names = ", ".join(f"{name} ({count})" for name, count in page.outlets) or "—"
        outlets = self.tr("Outlets")
        self.outlets.setText(f"<b>{outlets}</b>: {html.escape(names)}")

    def _load(self, entity_id: int) -> Any:
        if self.archive is None:
            return None
        try:
            return self.archive.entity(entity_id)
        except NotFound:  # a stale id, e.g. the dropped side of a merge
            return None

    # --- edits --------------------------------------------------------------------------------
    def rename(self, entity_id: int, new_name: str) -> None:
        """Rename an entity archive-wide (undoable)."""
        if new_name.strip():
            self.undo_stack.push(undo.rename_entity(self.archive, entity_id, " ".join(new_name.split())))

    def set_kind(self, entity_id: int, kind: str) -> None:
        """Change an entity's kind archive-wide (undoable); the list follows it to its new tab."""
        self.undo_stack.push(undo.set_entity_kind(self.archive, entity_id, kind))
        self.show_entity(entity_id)

    def _fill_kind_menu(self) -> None:
        menu = self.kind_button.menu()
        menu.clear()
        if self.page is None:
            return
        for index, kind in enumerate(ENTITY_KINDS):
            if kind != self.page.kind:
                menu.addAction(self.kinds.tabText(index), lambda k=kind, e=self.page.id: self.set_kind(e, k))

    def merge(self, keep_id: int, drop_id: int) -> None:
        """Merge drop into keep (undoable); drop's name becomes an alias of keep."""
        if keep_id != drop_id:
            self.undo_stack.push(undo.merge_entities(self.archive, keep_id, drop_id))
            self.show_page(keep_id)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.show_page(ids[0])
            self.entity_selected.emit(ids[0])

    def _context_menu(self, pos: Any) -> None:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        if len(rows) != 2:
            return
        first, second = (self.model.entity_at(row) for row in rows)
        menu = QMenu(self)
        for keep, drop in ((first, second), (second, first)):
            menu.addAction(self.tr("Merge, keeping “%1”").replace("%1", keep.name),
                           lambda k=keep.id, d=drop.id: self.merge(k, d))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _ask_rename(self) -> None:
        if self.page is None:
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename entity"), self.tr("New name (everywhere):"),
                                       text=self.page.name)
        if ok and new.strip() != self.page.name:
            self.rename(self.page.id, new)

    def _ask_merge(self) -> None:
        if self.page is None:
            return
        keep = ask_merge_target(self, self.page.name, self.archive.merge_candidates(self.page.id))
        if keep is not None:
            self.merge(keep, self.page.id)

    def _on_edited(self, archive: Any, article_id: int | None) -> None:
        """Counts and names change with edits: refresh now if shown, else when next shown."""
        if archive is not self.archive or archive is None:
            return
        self._stale = not self.isVisible()
        if not self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Catch up with edits made while hidden."""
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
