"""Saved searches at the top of the Filters tab: name (count), click to apply, rename, delete, and a button
saving what the table shows now. They live in the archive (storage.saved_searches)."""
from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton,
                               QVBoxLayout, QWidget)

from storage import saved_searches as saved
from storage.errors import TuLieuError

from .background_reads import large
from .errors import show_error

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 3


class SavedSearches(QWidget):
    """The list and its Save button; `window` is the main window (search, sidebar, archive)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window.sidebar)
        self.window = window
        self.searches: list[saved.SavedSearch] = []
        self._shown_archive: Any = None
        self.title = QLabel("<b>" + self.tr("Saved searches") + "</b>", self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setToolTip(self.tr("Save the current search and filters"))
        self.list = QListWidget(self)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.customContextMenuRequested.connect(self._menu)
        self.save_button.clicked.connect(lambda _c=False: self.ask_save())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.refresh()

    def refresh(self) -> None:
        """Reload names and counts from the archive."""
        archive = self._shown_archive = self.window.archive
        self.searches = saved.saved_searches(archive) if archive is not None else []
        searches = list(self.searches)
        if searches and large(archive):  # a broad query's count takes seconds: the names now, the counts after
            self.window.reads.run("saved", lambda reader: saved.counts(reader, searches), self._show_counts)
            counts = None
        else:
            counts = saved.counts(archive, searches) if archive is not None else {}
        self.list.clear()
        for search in self.searches:
            count = "…" if counts is None else counts.get(search.id, 0)
            item = QListWidgetItem(f"{search.name}  ({count})")
            item.setData(ID_ROLE, search.id)
            item.setToolTip(search.query or self.tr("(no search words)"))
            self.list.addItem(item)
        rows = max(1, min(len(self.searches), 6))
        self.list.setFixedHeight(rows * (self.list.fontMetrics().height() + 6) + 6)
        self.save_button.setEnabled(archive is not None and not archive.read_only)

    def _show_counts(self, counts: dict[int, int]) -> None:
        """The background counts of the searches listed (a newer refresh drops an older read's)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            search = next((s for s in self.searches if s.id == item.data(ID_ROLE)), None)
            if search is not None and search.id in counts:
                item.setText(f"{search.name}  ({counts[search.id]})")

    def archive_maybe_changed(self) -> None:
        """Reload when the window shows another archive."""
        if self.window.archive is not self._shown_archive:
            self.refresh()

    def current_filters(self) -> Any:
        """What the table shows now (sidebar filters and the query)."""
        return dataclasses.replace(self.window.sidebar.filters, query=self.window.query or None)

    def save(self, name: str) -> int | None:
        """Save the table's search under `name`; its id, or None when refused."""
        try:
            new_id = saved.save_search(self.window.archive, name, self.current_filters())
        except TuLieuError as error:
            show_error(self.window, error)
            return None
        self.refresh()
        return new_id

    def ask_save(self) -> None:
        """Ask for a name (the query is offered), then save."""
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name:"), text=self.window.query)
        if ok and name.strip():
            self.save(name)

    def apply(self, search_id: int) -> None:
        """Show what a saved search finds: its filters in the sidebar, its words in the search box."""
        search = next((s for s in self.searches if s.id == search_id), None)
        if search is None:
            return
        self.window.sidebar.apply_filters_of(search.filters)
        self.window.search.set_query(search.query)

    def rename(self, search_id: int, name: str) -> None:
        """Give a saved search another name."""
        try:
            saved.rename_search(self.window.archive, search_id, name)
        except TuLieuError as error:
            show_error(self.window, error)
        self.refresh()

    def delete(self, search_id: int) -> None:
        """Forget a saved search."""
        saved.delete_search(self.window.archive, search_id)
        self.refresh()

    def _activated(self, item: QListWidgetItem) -> None:
        self.apply(int(item.data(ID_ROLE)))

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        search_id = int(item.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self._ask_rename(search_id))
        menu.addAction(self.tr("Delete"), lambda: self.delete(search_id))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _ask_rename(self, search_id: int) -> None:
        old = next((s.name for s in self.searches if s.id == search_id), "")
        name, ok = QInputDialog.getText(self, self.tr("Rename saved search"), self.tr("Name:"), text=old)
        if ok and name.strip():
            self.rename(search_id, name)


def install(window: Any) -> SavedSearches:
    """Put the saved searches at the top of the Filters tab; counts follow the table's reloads."""
    widget = SavedSearches(window)
    window.sidebar.layout().insertWidget(0, widget)
    # Counts change with edits and imports, not with what the table shows: no recount per keystroke.
    window.model.modelReset.connect(widget.archive_maybe_changed)
    window.undo_stack.indexChanged.connect(lambda _i: widget.refresh())
    window.imports.import_finished.connect(lambda _r: widget.refresh())
    return widget
