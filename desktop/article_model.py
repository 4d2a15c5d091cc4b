"""The article table: ids from the archive, rows fetched a page at a time, sorting done in SQL."""
from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from storage.archive.records import Filters
from storage.date_entry import shown_date
from storage.errors import TuLieuError

from .background_reads import large

log = logging.getLogger(__name__)

PAGE_SIZE = 50  # ids in a large archive's first page, shown while the whole list is read
ROWS_PAGE = 16  # rows read together for painting: about one screen (a jump to a far row reads only what it shows)
MAX_PAGES = 320  # cached row pages; older ones are dropped (5,120 rows kept)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Column -> archive order_by key (None: not sortable).
COLUMNS = ("title", "published", "outlet", "people", "author", "source", "tags", "places", "organizations",
           "imported_at", "words")
ORDER_KEYS = {0: "title", 1: "published", 2: "outlet", 3: "people", 4: "author", 5: "source", 6: "tags",
              7: "places", 8: "organizations", 9: "imported_at", 10: "words"}
OPTIONAL_COLUMNS = range(4, len(COLUMNS))  # hidden until chosen (right-click a column header)
# the roles data() answers; a painted cell also asks for colours, alignment, icon and check state
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, ID_ROLE})

Index = QModelIndex | QPersistentModelIndex


def format_date(published: str | None, precision: str) -> str:
    """ISO date/time shown day first (dd/mm/yyyy hh:mm, mm/yyyy, yyyy); inferred dates end with '?'."""
    return shown_date(published, precision)


class ArticleTableModel(QAbstractTableModel):
    """One row per article id; rows come from `archive.rows()` as the view asks for them."""

    load_failed = Signal(object)  # the archive raised while rows were read (the error)
    ids_completed = Signal(bool)
    """The whole id list arrived after its first page was shown alone: True when it came in another
    order (the ranking replacing the latest imported matches), False when it continued the first page."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.archive: Any = None
        self.filters: Any = None
        self.order_by = "published"
        self.descending = True
        self._ids: list[int] = []
        self.loader: Any = None  # a BackgroundReads (the window's): set, large archives load in two steps
        self.complete = True  # False while only the first page of ids is known
        self.preview = False  # the first page is the latest imported matches, shown while the ranking is computed
        self.total: int | None = None  # articles in the archive, counted with the last background list
        self._want: tuple | None = None  # (filters, order, direction) the background list was asked for
        self._shown: tuple | None = None  # (filters, order, direction) of the ids shown
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data source -------------------------------------------------------------------------
    def set_archive(self, archive: Any) -> None:
        """Show the articles of `archive` (None: empty)."""
        self.archive = archive
        self.reload()

    def set_filters(self, filters: Any) -> None:
        """Show only articles matching `filters` (a storage Filters, or None for all)."""
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        """Fetch the id list again (after imports, deletes, filter or sort changes). On a large archive
        the first page comes at once from an index (by date; while a query is ranked, its latest
        imported matches) and the whole list follows from the background reader (ids_completed); a refresh of
        the list shown (same filters and order: an import, an edit) keeps its rows until the new list
        replaces them, so the selected article stays where it is."""
        want = (self.filters, self.order_by, self.descending)
        if self.loader is None or not large(self.archive):
            self._want, self._shown = None, want
            self.beginResetModel()
            self._ids, self.complete, self.preview, self.total = self._fetch_ids(), True, False, None
            self._pages.clear()
            self.endResetModel()
            return
        if not (self.complete and self._shown == want and self._ids):  # else a refresh: the rows stay
            self._first_page(want)
            if self.complete:
                return
        self._want = want
        self.loader.run("ids", lambda reader: _whole_list(reader, *want),
                        lambda result: self._ids_arrived(want, *result), self._failed)

    def _first_page(self, want: tuple) -> None:
        """Show the first page of ids alone (the latest imported matches while a query's ranking is computed)."""
        self.preview = self.order_by == "relevance"
        order, descending = ("id", True) if self.preview else (self.order_by, self.descending)
        self.beginResetModel()
        self._ids = list(self.archive.ids(self.filters, order_by=order, descending=descending, limit=PAGE_SIZE))
        self._shown, self._want = want, None
        if len(self._ids) < PAGE_SIZE:  # a short first page is every match: ranking them costs nothing
            self._ids = self._fetch_ids() if self.preview else self._ids
            self.complete, self.preview = True, False
        else:
            self.complete = False
        self._pages.clear()
        self.endResetModel()

    def _ids_arrived(self, want: tuple, ids: list[int], total: int) -> None:
        """The whole list: continue the first page (rows appended) or replace the rows (a reset)."""
        if want != self._want or want != self._shown:
            return
        self._want, self.total = None, total
        reordered = self.preview or ids[:len(self._ids)] != self._ids
        self.complete, self.preview = True, False
        if reordered:
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
        elif len(ids) > len(self._ids):
            self.beginInsertRows(QModelIndex(), len(self._ids), len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self.ids_completed.emit(reordered)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, TuLieuError):
            self.load_failed.emit(exc)
        else:
            log.error("reading the id list failed: %r", exc)

    def complete_now(self) -> None:
        """Read the whole id list here and now (a caller that needs every row: an export, a look-up)."""
        if not self.complete:
            self._want = self._shown
            self._ids_arrived(self._shown, self._fetch_ids(), self.archive.count())

    def _fetch_ids(self) -> list[int]:
        if self.archive is None:
            return []
        return list(self.archive.ids(self.filters, order_by=self.order_by, descending=self.descending))

    def read_first_page(self) -> None:
        """Read the first page of rows now, raising TuLieuError: an open meets damage in what the first
        screen shows at once, not in a later paint."""
        ids = self._ids[:PAGE_SIZE]
        if ids and self.archive is not None:
            found = {r.id: r for r in self.archive.rows(ids)}  # one read, kept as the pages painting asks for
            for start in range(0, len(ids), ROWS_PAGE):
                self._pages[start // ROWS_PAGE] = {i: found[i] for i in ids[start:start + ROWS_PAGE] if i in found}

    def refresh_article(self, article_id: int) -> None:
        """Re-read one article's row (after an edit)."""
        row = self.row_of(article_id)
        if row < 0:
            return
        self._pages.pop(row // ROWS_PAGE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- lookups -----------------------------------------------------------------------------
    def ids(self) -> list[int]:
        """The ids shown, in table order (all of them: a first page alone is completed first)."""
        self.complete_now()
        return list(self._ids)

    def loaded_ids(self) -> list[int]:
        """The ids the rows show now (only the first page while the rest is read)."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        """The article id at `row`."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        """The row showing `article_id`, or -1."""
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def article_row(self, row: int) -> Any:
        """The ArticleRow at `row`, fetching its page when needed."""
        page_no = row // ROWS_PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def _load_page(self, page_no: int) -> dict[int, Any]:
        ids = self._ids[page_no * ROWS_PAGE:(page_no + 1) * ROWS_PAGE]
        try:
            page = {r.id: r for r in self.archive.rows(ids)} if ids else {}
        except TuLieuError as exc:  # a damaged archive: report once (the window decides), paint blanks
            self.load_failed.emit(exc)
            return {}
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0 and self.preview:  # a large archive: the ranking follows
            return self.tr("Title — latest imported matches first (ranking…)")
        if section == 0 and self.order_by == "relevance":  # the sort indicator while a query is active
            return self.tr("Title — best matches first ▾")
        return self.column_titles()[COLUMNS[section]]

    def column_titles(self) -> dict[str, str]:
        """Each column's key -> its plain header title, translated (an XLSX export names its columns so)."""
        return dict(zip(COLUMNS, (self.tr("Title"), self.tr("Date"), self.tr("Outlet"), self.tr("People"),
                                  self.tr("Author"), self.tr("Source"), self.tr("Tags"), self.tr("Places"),
                                  self.tr("Organisations"), self.tr("Imported"), self.tr("Words"))))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self.article_row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row.needs_review and index.column() == 0 else None
        return self._cell(row, index.column(), role)

    def _cell(self, row: Any, column: int, role: int) -> str:
        if column == 0:
            title = row.title or self.tr("(untitled)")
            if role == Qt.ItemDataRole.ToolTipRole and row.needs_review:
                return title + "\n" + self.tr("Needs review")
            return title
        if column == 1:
            return format_date(row.published, row.date_precision)
        if column == 2:
            return row.outlet or ""
        return _extra_cell(row, COLUMNS[column])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key; unsortable columns keep the current order."""
        key = ORDER_KEYS.get(column)
        if key is None:
            return
        self.order_by = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()  # a reset: the window reselects the current article by id


def _whole_list(reader: Any, filters: Any, order_by: str, descending: bool) -> tuple[list[int], int]:
    """(the ids in table order, articles in the archive): runs on the background reader; unfiltered,
    the list is the count (no second pass over an index)."""
    ids = reader.ids(filters, order_by=order_by, descending=descending)
    return ids, len(ids) if filters is None or filters == Filters() else reader.count()


def _names(names: list[str]) -> str:
    return ", ".join(names[:3]) + (" …" if len(names) > 3 else "")


def _extra_cell(row: Any, column: str) -> str:
    """People and the optional columns as text."""
    if column in ("people", "organizations", "places", "tags"):
        return _names(getattr(row, column))
    if column == "imported_at":
        return shown_date((row.imported_at or "")[:16].replace("+00:00", ""))
    if column == "words":
        return f"{row.words:,}".replace(",", ".") if row.words else ""
    return getattr(row, column) or ""


def make_article_table(model: ArticleTableModel, parent: QWidget | None = None) -> QTableView:
    """The table view of the main window: whole rows, sortable by the archive, the title stretching."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Articles"))
    for column, width in ((1, 120), (2, 120), (3, 150)):
        table.setColumnWidth(column, width)
    for column in OPTIONAL_COLUMNS:
        table.setColumnWidth(column, 120)
        header.setSectionHidden(column, True)
    return table
