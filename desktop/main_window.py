"""The main window: search; filters and entities (left tabs); the table above the article (text | metadata)."""
from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QToolBar, QWidget

from storage.archive import Archive
from storage.archive.backends import is_url
from storage.archive.records import Filters
from storage.archive.shared import SharedLocation, describe
from storage.errors import ArchiveLocked, TuLieuError

from . import archive_care, empty_state, live_refresh, menus, saved_searches, undo
from .article_model import ArticleTableModel, make_article_table
from .article_pane import ArticlePane
from .background_reads import BackgroundReads
from .bulk_editor import BulkEditor
from .compact_layout import CompactLayout
from .entities_pane import EntitiesPane
from .errors import ask_read_only, show_error
from .filter_sidebar import FilterSidebar
from .story_grouping import group_if_pending
from .import_controller import ImportController
from .row_menu import RowMenus
from .search_bar import SearchBar
from .search_results import SearchResults
from .settings import Settings
from .tasks import TaskRunner
from .watch_folder import WatchFolder
from .window_import import ImportMixin

log = logging.getLogger(__name__)

LIVE_RELOAD_MS = 300  # while importing, the table re-reads ids at most this often
FACETS_DELAY_MS = 150  # facet counts follow the rows once filtering pauses (they cost more than the rows)


class MainWindow(ImportMixin, QMainWindow):
    """The app's one window; it opens no archive by itself (call open_archive). Import side: window_import."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.archive: Any = None
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self.reads = BackgroundReads(self)  # a large archive's id lists and facets, off the GUI thread
        self.query = ""
        self._current_id: int | None = None
        self.shown_by_app: int | None = None  # the row the app selected itself (first row, best hit): no pick
        self._was_shown = False
        self._build_widgets()
        self._build_layout()
        self.actions_ = menus.build(self)
        self._connect()
        self.results = SearchResults(self)  # after _connect: it acts once the table shows the hits
        self.empty_state = empty_state.install(self)
        self.row_menus = RowMenus(self)
        self.compact = CompactLayout(self)
        self.saved_searches = saved_searches.install(self)
        self.live = live_refresh.install(self)  # a shared archive: other users' changes appear
        self._restore_state()
        self.setAcceptDrops(True)
        self._update_title()

    # -- construction --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search = SearchBar(self)
        self.sidebar = FilterSidebar(self)
        self.sidebar.loader = self.reads
        self.model = ArticleTableModel(self)
        self.model.loader = self.reads
        self.table = make_article_table(self.model, self)
        self.article_pane = ArticlePane(self.undo_stack, self)
        self.entities_pane = EntitiesPane(self.undo_stack, self)
        self.bulk = BulkEditor(self.undo_stack, self)
        self.imports = ImportController(self.runner, self)
        self.watch = WatchFolder(self)
        self.count_label = QLabel(self)
        self._reload_timer = QTimer(self, singleShot=True, interval=LIVE_RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload_table)
        self._facets_timer = QTimer(self, singleShot=True, interval=FACETS_DELAY_MS)
        self._facets_timer.timeout.connect(lambda: self.sidebar.refresh(self.query))

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("search-toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        # Left: filters and entities as tabs. Centre: the table above the article pane, whose text
        # and metadata editor sit side by side (Calibre's library list, Zotero's item pane).
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("left")
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.addTab(self.sidebar, self.tr("Filters"))
        self.left_tabs.addTab(self.entities_pane, self.tr("Entities"))
        self.entities_pane.splitter.setOrientation(Qt.Orientation.Vertical)  # narrow column: list above page
        self.centre_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.centre_splitter.setObjectName("centre")
        self.centre_splitter.addWidget(self.table)
        self.centre_splitter.addWidget(self.article_pane)
        self.centre_splitter.addWidget(self.bulk)  # replaces the article pane while several rows are selected
        self.bulk.hide()
        self.centre_splitter.setChildrenCollapsible(False)
        self.centre_splitter.setStretchFactor(1, 1)
        self.centre_splitter.setSizes([250, 560])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main")
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.centre_splitter)
        self.splitter.setSizes([270, 1170])
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        # Permanent widgets stay visible while a status message is shown.
        self.statusBar().addPermanentWidget(self.imports.widget)
        self.statusBar().addPermanentWidget(self.count_label)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.article_pane)
        self.setTabOrder(self.article_pane, self.left_tabs)

    def _connect(self) -> None:
        self.search.query_changed.connect(self.set_query)
        self.search.move_down_requested.connect(self.focus_table)
        self.sidebar.filters_changed.connect(self._sidebar_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.pressed.connect(self._picked_by_hand)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._selection_changed())
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.article_pane.article_edited.connect(self.model.refresh_article)
        self.article_pane.entity_activated.connect(self.filter_by_entity)
        self.entities_pane.entity_selected.connect(self.filter_by_entity)
        self.imports.article_imported.connect(lambda _id: self._schedule_reload())
        self.imports.import_finished.connect(self._import_finished)
        self.imports.busy_changed.connect(lambda _busy: self._update_actions())
        self.watch.files_arrived.connect(lambda files: self.import_paths(files, quiet=True))
        self.undo_stack.indexChanged.connect(lambda _i: self._schedule_reload())
        self.model.load_failed.connect(lambda exc: archive_care.defer_damaged(self, exc))
        self.model.ids_completed.connect(lambda _reordered: self._update_count())
        self.sidebar.facets_failed.connect(self._background_failed)
        undo.notifier().entity_replaced.connect(self._entity_replaced)
        undo.notifier().edited.connect(self._edited)

    # -- archive -------------------------------------------------------------------------------
    def open_archive(self, path: str | Path, *, create: bool = True) -> bool:
        """Open (or create) the archive at `path` (a postgresql:// URL: a shared archive); errors become
        dialogs. True on success."""
        if is_url(path):
            return self.open_shared_archive(SharedLocation.parse(str(path)))
        path = Path(path)
        if self.archive is not None and not self.archive.shared and _same_file(self.archive.path, path):
            return True  # already open here (a second open would find our own lock)
        try:
            archive = Archive.open(path, create=create)  # creates missing parent folders
        except ArchiveLocked as exc:
            if not ask_read_only(self, exc):
                return False
            try:
                archive = Archive.open(path, create=False, read_only=True)
            except Exception as exc2:  # shown to the user, never a traceback
                show_error(self, exc2)
                return False
        except Exception as exc:  # locked/newer/corrupt/disk full/...: all shown the same way
            show_error(self, exc)
            return False
        return self._show_opened(archive, path)

    def open_shared_archive(self, location: SharedLocation) -> bool:
        """Open a shared archive, asking for the password if the server wants it; True on success."""
        from .shared_dialog import connect

        url = location.url()  # without password: what the title, settings and menus show
        if self.archive is not None and self.archive.shared and SharedLocation.parse(str(self.archive.path)) == location:
            return True
        archive = connect(self, location)
        return archive is not None and self._show_opened(archive, url)

    def _show_opened(self, archive: Archive, where: Path | str) -> bool:
        """Show a newly opened archive and remember it (a shared one by its URL without password)."""
        previous = self.archive
        try:
            self.set_archive(archive)
        except TuLieuError as exc:  # damaged where the first queries read: keep the previous archive
            archive_care.damaged(self, archive, exc, previous)
            return False
        if archive.read_only and archive.read_only_reason:
            self.statusBar().showMessage(archive.read_only_reason, 15000)
        archive.backup_keep = self.settings.backups_kept()
        self.settings.set_last_archive(where)
        if archive.shared:
            self.settings.add_recent_shared(str(where))
        else:
            self.settings.add_recent_archive(where)
        menus.update_recent(self)
        return True

    def set_archive(self, archive: Any) -> None:
        """Show `archive` (closing the previous one); None shows nothing."""
        if self.imports.busy:
            self.imports.cancel()
            self.runner.wait()
        previous, self.archive = self.archive, archive
        self.reads.set_archive(archive)
        self.undo_stack.clear()
        self.article_pane.set_archive(archive)
        self.sidebar.set_archive(archive, refresh=False)
        self.model.archive, self.model.total = archive, None
        self.live.set_archive(archive)
        self.apply_filters()
        if archive is not None:  # rows and facets at once on open: a damaged archive shows here, not in a later paint
            self.model.read_first_page()
            self._facets_timer.stop()
            self.sidebar.refresh(self.query)
        # The entities pane loads after the table has painted its first rows.
        self.entities_pane.set_archive(None)
        QTimer.singleShot(0, lambda: self._load_entities(archive))
        if previous is not None and previous is not archive:
            previous.close()
        self._start_watch()
        self._update_title()
        self._update_actions()
        if archive is not None and self.model.rowCount():
            self.select_row(0)
        group_if_pending(self.runner, archive, self.statusBar().showMessage, self.reload_table)

    def _background_failed(self, exc: BaseException) -> None:
        """A background read raised: a damaged archive is handled as in a paint; anything else is a bug."""
        if isinstance(exc, TuLieuError):
            archive_care.defer_damaged(self, exc)
        else:
            log.error("background read failed: %r", exc)

    def _load_entities(self, archive: Any) -> None:
        if archive is self.archive:
            self.entities_pane.set_archive(archive)

    # -- filtering ------------------------------------------------------------------------------
    def current_filters(self) -> Filters:
        """The sidebar's filters plus the search query (its last word matches word starts: as you type)."""
        return dataclasses.replace(self.sidebar.filters, query=self.query or None, prefix_last=bool(self.query))

    def set_query(self, query: str) -> None:
        """Filter the table by a search query ("" shows everything)."""
        self.query = query
        self.results.query_set(query)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Re-query the table and the facet counts."""
        self.model.set_filters(self.current_filters())
        self._facets_timer.start()  # rows first; the facets once the filter stops changing
        self._update_count()

    def _sidebar_changed(self, filters: Filters) -> None:
        """A facet was toggled (outlet, year, entity from a facet, the entities pane or a link): an article stays
        shown — the one being read if the filtered rows hold it, else the first, chosen by the app."""
        self.apply_filters()
        if self.article_pane.current_article_id is None and self.model.rowCount():
            self.select_row(0)

    def _entity_replaced(self, archive: Any, old_id: int, new_id: int) -> None:
        if archive is self.archive:
            self.sidebar.replace_entity(old_id, new_id)

    def _edited(self, archive: Any, article_id: int | None) -> None:
        if archive is self.archive and archive is not None and article_id is None:
            self.sidebar.entity_edited()

    def filter_by_entity(self, entity_id: int) -> None:
        """Show only the articles naming one entity."""
        self.sidebar.set_entity(int(entity_id))

    # -- table and selection ----------------------------------------------------------------
    def reload_table(self) -> None:
        """Re-read ids (imports, deletes, undo) keeping the current article selected."""
        self._reload_timer.stop()
        self.model.reload()
        self._update_count()
        if not self.imports.busy:  # facet counts follow edits; during imports only at the end
            self.sidebar.refresh(self.query)

    def _schedule_reload(self) -> None:
        if not self._reload_timer.isActive():
            self._reload_timer.start()

    def _remember_current(self) -> None:
        self._current_id = self.article_pane.current_article_id
        selected = self.selected_ids()
        self._kept_ids = selected if len(selected) > 1 else []  # a bulk edit keeps its rows selected

    def _restore_current(self) -> None:
        row = self.model.row_of(self._current_id) if self._current_id is not None else -1
        if row >= 0:
            self.select_row(row, show=False, by_app=False)  # reselected as it was, by whoever chose it
        elif self._current_id is not None:
            self.article_pane.show_article(None)
        if getattr(self, "_kept_ids", None):
            self._reselect(self._kept_ids)

    def _reselect(self, ids: list[int]) -> None:
        """Select these articles' rows again (after a reload), as contiguous ranges."""
        position = {article_id: row for row, article_id in enumerate(self.model.loaded_ids())}
        rows = sorted(position[i] for i in ids if i in position)
        selection = QItemSelection()
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None:
                selection.select(self.model.index(start, 0), self.model.index(previous, 0))
            start = previous = row
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        self._selection_changed()

    def select_row(self, row: int, *, show: bool = True, by_app: bool = True) -> None:
        """Make `row` current and selected (and show its article); by_app: the app's choice, not the user's
        (exports then take every row shown, not this one)."""
        index = self.model.index(row, 0)
        if by_app:
            self.shown_by_app = self.model.id_at(row)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        model = self.table.selectionModel()
        if not show:
            model.blockSignals(True)
        model.setCurrentIndex(index, flags)
        model.blockSignals(False)
        self.table.scrollTo(index)

    def select_article(self, article_id: int) -> None:
        """Select an article, clearing search and filters if they hide it."""
        row = self.model.row_of(article_id)
        if row < 0 and not self.model.complete:  # maybe beyond the first page shown so far
            self.model.complete_now()
            row = self.model.row_of(article_id)
        if row < 0:
            self.search.set_query("")
            self.sidebar.clear()
            row = self.model.row_of(article_id)
        if row >= 0:
            self.select_row(row)

    def _picked_by_hand(self, _index: QModelIndex) -> None:
        """A click on a row, even the one the app had selected: exports now take what is selected."""
        self.shown_by_app = None

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in table order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.id_at(r) for r in rows]

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._current_id = self.model.id_at(current.row()) if current.isValid() else None
        self.article_pane.show_article(self._current_id)
        self._update_actions()

    def _selection_changed(self) -> None:
        """Several rows selected: the bulk editor takes the article pane's place."""
        ids = self.selected_ids()
        several = len(ids) > 1
        if several:
            self.bulk.set_selection(self.archive, ids)
        if several == self.bulk.isHidden():
            self.bulk.setVisible(several)
            self.article_pane.setVisible(not several and self.pane_actions[2].isChecked())

    def focus_table(self) -> None:
        """Move keyboard focus to the table, selecting the first row if none is."""
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.select_row(0)

    # -- state ------------------------------------------------------------------------------------
    def _update_title(self) -> None:
        name, user = describe(self.archive) if self.archive is not None else (self.tr("no archive"), "")
        suffix = self.tr(" (read-only)") if self.archive is not None and self.archive.read_only else ""
        self.setWindowTitle(f"{name} — {user}{suffix}" if user else f"{name}{suffix}")

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if not self.model.complete:  # a large archive's first page: the rest (and the count) follows
            self.count_label.setText(self.tr("first {0} shown, counting…").format(shown))
            return
        total = self.model.total if self.model.total is not None else \
            self.archive.count() if self.archive is not None else 0
        if shown == total:
            text = self.tr("1 article") if total == 1 else self.tr("{0} articles").format(total)
        else:
            text = self.tr("{0} of {1} articles").format(shown, total)
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        menus.update_enabled(self)

    def _restore_state(self) -> None:
        if not self.settings.restore_layout(self, self.splitters(),
                                            self.table.horizontalHeader(), "articles"):
            self.resize(1440, 860)
        menus.update_recent(self)

    def splitters(self) -> tuple[QSplitter, ...]:
        """The splitters whose positions persist."""
        return (self.splitter, self.centre_splitter, self.article_pane.splitter)

    def showEvent(self, event: QShowEvent) -> None:
        """Remember that the window was shown (a hidden window's layout is never saved)."""
        self._was_shown = True
        super().showEvent(event)

    def save_state(self) -> None:
        """Persist geometry, splitters and column widths (only of a window that was shown)."""
        if not self._was_shown:
            return
        self.settings.save_layout(self, self.splitters(),
                                  self.table.horizontalHeader(), "articles")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop imports (committed articles stay whole), save state, close the archive."""
        self.imports.cancel()
        self.runner.wait()
        for child in self.findChildren(QWidget):  # undo history, popups: none outlives the window
            if child.isWindow() and child.isVisible():
                child.close()
        self.save_state()
        self._reload_timer.stop()  # a reload pending after an edit must not touch the closed archive
        self._facets_timer.stop()
        self.live.set_archive(None)
        self.reads.set_archive(None)  # interrupt and wait for a background read before the archive closes
        if self.archive is not None:
            self.archive.close()
            self.archive = self.model.archive = None
        event.accept()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
