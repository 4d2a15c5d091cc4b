"""Context menus of the article table: rows (open the original, show it in its folder, export, print,
delete) and column headers (which columns show)."""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu

from storage.errors import TuLieuError
from storage.originals import write_original

from .errors import show_error

log = logging.getLogger(__name__)


class RowMenus(QObject):
    """Installs both menus on the main window's table; originals go to one temporary folder."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._folder = tempfile.TemporaryDirectory(prefix="tulieu-originals-")
        self.open_original = QAction(self.tr("Open &Original File"), window)
        self.open_original.triggered.connect(lambda _c=False: self.open_current(folder=False))
        self.show_folder = QAction(self.tr("Show Original in &Folder"), window)
        self.show_folder.triggered.connect(lambda _c=False: self.open_current(folder=True))
        table = window.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.row_menu)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.header_menu)

    def build_row_menu(self) -> QMenu:
        """The menu for the selected rows."""
        menu = QMenu(self.window)
        single = len(self.window.selected_ids()) == 1
        for action in (self.open_original, self.show_folder):
            action.setEnabled(single)
            menu.addAction(action)
        menu.addSeparator()
        for key in ("export", "print"):
            menu.addAction(self.window.actions_[key])
        menu.addSeparator()
        menu.addAction(self.window.actions_["delete"])
        return menu

    def row_menu(self, pos: QPoint) -> None:
        """Right-click on a row."""
        if self.window.model.rowCount():
            self.build_row_menu().exec(self.window.table.viewport().mapToGlobal(pos))

    def build_header_menu(self) -> QMenu:
        """Checkable entries, one per column (the title always shows)."""
        menu = QMenu(self.window)
        model, header = self.window.model, self.window.table.horizontalHeader()
        for column in range(1, model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        return menu

    def header_menu(self, pos: QPoint) -> None:
        """Right-click on a column header."""
        header = self.window.table.horizontalHeader()
        self.build_header_menu().exec(header.mapToGlobal(pos))

    def original_path(self) -> Path | None:
        """Write the current article's original file (from the archive's copy); its path, or None."""
        ids = self.window.selected_ids()
        if len(ids) != 1 or self.window.archive is None:
            return None
        try:
            return write_original(self.window.archive, ids[0], self._folder.name)
        except TuLieuError as error:
            show_error(self.window, error)
            return None

    def open_current(self, *, folder: bool) -> Path | None:
        """Open the original file, or the folder holding it, in the desktop's own application."""
        path = self.original_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if folder else path)))
        return path
