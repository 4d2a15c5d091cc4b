"""Facets with counts (outlet, year, people, organisations, places, tags, needs review) as filters."""
from __future__ import annotations

import dataclasses
import logging
import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from storage.archive.records import Filters
from storage.errors import NotFound

from .background_reads import large

log = logging.getLogger(__name__)

MAX_VALUES = 40  # values shown per facet (largest counts first)
FACET_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # an entity facet value's entity id
ENTITY_FACETS = ("person", "organization", "location")
FACET_ORDER = ("review", "outlet", "year", "precision", "person", "organization", "location", "tag",
               "republished_by")
# Facet -> the Filters field it sets (entity facets set entity_id instead).
FILTER_FIELDS = {"outlet": "outlet", "year": "year", "tag": "tag", "review": "needs_review",
                 "precision": "date_precision", "republished_by": "republished_by"}


class FilterSidebar(QWidget):
    """A tree of facets; activating a value narrows the table, activating it again widens it."""

    filters_changed = Signal(object)
    """The chosen facet filters changed: a storage Filters (query left None)."""
    facets_failed = Signal(object)
    """Counting the facets in the background raised this exception (a damaged archive)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive: Any = None
        self.loader: Any = None  # a BackgroundReads (the window's): set, a large archive's counts come from it
        self.filters = Filters()
        self._entity_name = ""
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAccessibleName(self.tr("Filters"))
        self._clicked_at: tuple[Any, float] = (None, 0.0)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._activated_by_key)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        self.one_per_story = QCheckBox(self.tr("One per story"), self)
        self.one_per_story.setToolTip(self.tr("Show each story once (its original), not every outlet's version"))
        self.one_per_story.toggled.connect(self._one_per_story_toggled)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.one_per_story)
        layout.addWidget(self.tree, 1)
        self._update_summary()

    def facet_titles(self) -> dict[str, str]:
        """Translated headings of each facet."""
        return {"review": self.tr("Needs review"), "outlet": self.tr("Outlet"), "year": self.tr("Year"),
                "person": self.tr("People"), "organization": self.tr("Organisations"),
                "location": self.tr("Places"), "tag": self.tr("Tags"), "precision": self.tr("Date precision"),
                "republished_by": self.tr("Republished by")}

    def precision_names(self) -> dict[str, str]:
        """Translated names of the date precisions."""
        return {"exact": self.tr("exact"), "month": self.tr("month"), "year": self.tr("year"),
                "inferred": self.tr("inferred"), "unknown": self.tr("unknown")}

    def set_archive(self, archive: Any, *, refresh: bool = True) -> None:
        """Show facets of `archive` and drop any filters (refresh=False: the caller refreshes)."""
        self.archive = archive
        self.filters = Filters(one_per_story=self.one_per_story.isChecked())
        self._entity_name = ""
        self._update_summary()
        if refresh:
            self.refresh()

    def refresh(self, query: str | None = None) -> None:
        """Recount the facets for the current filters (and search query); on a large archive the
        counts are read in the background and shown when they arrive (an earlier request's are dropped)."""
        if self.archive is None:
            self.tree.clear()
            self.tree.setEnabled(True)
            return
        filters = dataclasses.replace(self.filters, query=query or None, prefix_last=bool(query))
        if self.loader is not None and large(self.archive):
            self.tree.setEnabled(False)  # greyed: these counts are the previous filter's until the new ones come
            self.loader.run("facets", lambda reader: reader.facets(filters), self.show_facets, self._failed)
            return
        self.show_facets(self.archive.facets(filters))

    def _failed(self, exc: Exception) -> None:
        self.tree.setEnabled(True)
        self.facets_failed.emit(exc)

    def show_facets(self, facets: dict[str, list]) -> None:
        """Show these counts (facets() of the current filters) in place of the tree's."""
        self.tree.setEnabled(True)
        expanded = {self.tree.topLevelItem(i).data(0, FACET_ROLE) for i in range(self.tree.topLevelItemCount())
                    if self.tree.topLevelItem(i).isExpanded()}
        self.tree.clear()
        titles = self.facet_titles()
        for key in FACET_ORDER:
            values = facets.get(key) or []
            if not values:
                continue
            head = QTreeWidgetItem(self.tree, [titles[key], ""])
            head.setData(0, FACET_ROLE, key)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for facet_value in self._ordered(key, values)[:MAX_VALUES]:
                value, count = facet_value
                item = QTreeWidgetItem(head, [self._label(key, value), str(count)])
                item.setToolTip(0, item.text(0))  # long names are elided
                item.setData(0, FACET_ROLE, key)
                item.setData(0, VALUE_ROLE, value)
                item.setData(0, ENTITY_ID_ROLE, getattr(facet_value, "id", None))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                if self._is_active(key, value):
                    font = item.font(0)
                    font.setBold(True)
                    item.setFont(0, font)
            head.setExpanded(key in expanded or key in ("review", "outlet", "year") or not expanded)

    @staticmethod
    def _ordered(key: str, values: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """Years newest first; other facets as the archive gives them (largest count first)."""
        return sorted(values, key=lambda v: v[0], reverse=True) if key == "year" else values

    def _label(self, key: str, value: str) -> str:
        if key == "precision":
            return self.precision_names().get(value, value)
        return self.tr("Flagged") if key == "review" else value

    def _is_active(self, key: str, value: Any) -> bool:
        if key in ENTITY_FACETS:
            return self._entity_name == str(value) and self.filters.entity_id is not None
        return self._current(key) == self._filter_value(key, value)

    def _current(self, key: str) -> Any:
        return getattr(self.filters, FILTER_FIELDS[key]) if key in FILTER_FIELDS else None

    @staticmethod
    def _filter_value(key: str, value: Any) -> Any:
        if key == "year":
            return int(value) if str(value).isdigit() else value
        if key == "review":
            return True
        return value

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        self._clicked_at = (item, time.monotonic())
        self._activated(item, column)

    def _activated_by_key(self, item: QTreeWidgetItem, column: int) -> None:
        # A double-click also activates: the click already toggled this item.
        last_item, at = self._clicked_at
        if last_item is item and time.monotonic() - at < 1.0:
            return
        self._activated(item, column)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, FACET_ROLE)
        if item.parent() is None or key is None:
            return
        self.toggle(key, item.data(0, VALUE_ROLE), item.data(0, ENTITY_ID_ROLE))

    def toggle(self, key: str, value: Any, entity_id: int | None = None) -> None:
        """Filter by one facet value, or remove that filter if it is already on (an entity facet's
        value comes with its id; without one the name is looked up)."""
        active = self._is_active(key, value)
        if key in ENTITY_FACETS:
            entity_id = None if active else entity_id if entity_id is not None else self._entity_id(key, str(value))
            self.set_entity(entity_id, "" if active else str(value))
            return
        new = None if active else self._filter_value(key, value)
        self.filters = dataclasses.replace(self.filters, **{FILTER_FIELDS[key]: new})
        self._changed()

    def _entity_id(self, kind: str, name: str) -> int | None:
        entity_id = self.archive.entity_id(name, kind)  # one indexed look-up, not the whole kind
        if entity_id is not None:
            return entity_id
        log.warning("no %s entity named %r", kind, name)
        return None

    def set_entity(self, entity_id: int | None, name: str = "") -> None:
        """Filter by one entity (from the entities pane or a facet); None removes it."""
        if entity_id is not None and not name and self.archive is not None:
            name = self.archive.entity(entity_id).name
        self._entity_name = name if entity_id is not None else ""
        self.filters = dataclasses.replace(self.filters, entity_id=entity_id)
        self._changed()

    def replace_entity(self, old_id: int, new_id: int) -> None:
        """A merge moved `old_id`'s articles to `new_id`: a filter on the old one follows it."""
        if self.filters.entity_id == old_id:
            self.set_entity(new_id)

    def entity_edited(self) -> None:
        """An archive-wide edit (rename, kind change, undo): the filtered entity's name follows it."""
        entity_id = self.filters.entity_id
        if entity_id is None or self.archive is None:
            return
        try:
            name = self.archive.entity(entity_id).name
        except NotFound:  # merged away by an edit we were not told about: show everything
            self.set_entity(None)
            return
        if name != self._entity_name:
            self._entity_name = name
            self._update_summary()

    def apply_filters_of(self, filters: Filters) -> None:
        """Show exactly these facet filters (a saved search); the query stays the search box's."""
        self.filters = dataclasses.replace(filters, query=None, prefix_last=False)
        self._entity_name = ""
        if filters.entity_id is not None and self.archive is not None:
            try:
                self._entity_name = self.archive.entity(filters.entity_id).name
            except NotFound:
                self.filters = dataclasses.replace(self.filters, entity_id=None)

    def _one_per_story_toggled(self, checked: bool) -> None:
        self.filters = dataclasses.replace(self.filters, one_per_story=checked)
        self._changed()

    def clear(self) -> None:
        """Remove every facet filter (one per story is a view choice: it stays)."""
        self.filters = Filters(one_per_story=self.one_per_story.isChecked())
        self._entity_name = ""
        self._changed()

    def _changed(self) -> None:
        self._update_summary()
        self.filters_changed.emit(self.filters)

    def _update_summary(self) -> None:
        f = self.filters
        parts = [str(v) for v in (f.outlet, f.year, f.tag) if v is not None]
        if f.date_precision is not None:
            parts.append(self.precision_names().get(f.date_precision, f.date_precision))
        if f.republished_by is not None:
            parts.append(self.tr("republished by %1").replace("%1", f.republished_by))
        if self._entity_name:
            parts.append(self._entity_name)
        if f.needs_review:
            parts.append(self.tr("needs review"))
        self.summary.setText(", ".join(parts) if parts else self.tr("All articles"))
        self.clear_button.setEnabled(bool(parts))
