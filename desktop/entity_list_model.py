"""The entities pane's list: one kind's names with article counts, a page at a time from the archive."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

log = logging.getLogger(__name__)

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole  # the entity id of a row
FIND_PAGES = 25  # pages read to find a shown entity's row (5,000 names); further down it stays unselected

Index = QModelIndex | QPersistentModelIndex


class EntityListModel(QAbstractTableModel):
    """Name and article count of a kind's entities matching a filter, in the archive's order (count or
    Vietnamese name order, set by sort()); rows are read in pages as the view scrolls (fetchMore), so a
    kind of 500,000 people costs one page until the user scrolls."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.archive: Any = None
        self.kind = "person"
        self.contains = ""
        self.by_name = False
        self.reverse = False
        self._rows: list[Any] = []
        self._more = False

    def show(self, archive: Any, kind: str, contains: str = "") -> None:
        """List `kind` of `archive` (None: nothing) whose names contain `contains`."""
        self.archive, self.kind, self.contains = archive, kind, contains
        self.reload()

    def reload(self) -> None:
        """Read the first page again (after an edit, or a new order)."""
        self.beginResetModel()
        self._rows, self._more = [], self.archive is not None
        self._rows = self._next_page()
        self.endResetModel()

    def clear(self) -> None:
        """No archive: no rows."""
        self.show(None, self.kind)

    def _next_page(self) -> list[Any]:
        """The page after the rows read (none when the archive has no more)."""
        if not self._more:
            return []
        page = self.archive.entity_list(self.kind, contains=self.contains, by_name=self.by_name,
                                        reverse=self.reverse, offset=len(self._rows), limit=PAGE_SIZE)
        self._more = len(page) == PAGE_SIZE
        return page

    # -- paging ---------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt name)
        """More names wait in the archive."""
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 (Qt name)
        """Append the next page."""
        page = [] if parent.isValid() else self._next_page()
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def row_of(self, entity_id: int, fetch: bool = True) -> int:
        """The row showing `entity_id` (reading up to FIND_PAGES more pages), or -1."""
        for pages in range(FIND_PAGES + 1):
            row = next((i for i, r in enumerate(self._rows) if r.id == entity_id), -1)
            if row >= 0 or not fetch or not self._more or pages == FIND_PAGES:
                return row
            self.fetchMore()
        return -1

    def entity_at(self, row: int) -> Any:
        """The EntityRow shown at `row`."""
        return self._rows[row]

    def loaded(self) -> list[Any]:
        """The rows read so far."""
        return list(self._rows)

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        """Rows read so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        """Name and article count."""
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Articles"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, count, the aliases as tooltip, the id under ID_ROLE."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if index.column() == 0 else row.article_count
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return ", ".join(row.aliases) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Names in Vietnamese order (column 0) or by count (column 1, most named first when descending),
        sorted by the archive."""
        by_name = column == 0
        reverse = (order == Qt.SortOrder.DescendingOrder) if by_name else (order == Qt.SortOrder.AscendingOrder)
        if (by_name, reverse) != (self.by_name, self.reverse):
            self.by_name, self.reverse = by_name, reverse
            if self.archive is not None:
                self.reload()
