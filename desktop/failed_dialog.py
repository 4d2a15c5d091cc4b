"""Tools ▸ Failed Imports: files that could not be imported (path, reason, time), to fix and retry."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from desktop import plural
from desktop.failure_reasons import reason_text
from storage.archive.failed import FailedImport, clear_failed, failed_imports

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class FailedImportsDialog(QDialog):
    """The failed-imports list of the open archive, with Retry (all or the selected) and Forget."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("failed", "Failed Imports"))
        self.resize(820, 360)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([translate("failed", "File"), translate("failed", "Reason"),
                                              translate("failed", "Time"), translate("failed", "Tries")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.retry_button = buttons.addButton(translate("failed", "Retry"), QDialogButtonBox.ButtonRole.ActionRole)
        self.forget_button = buttons.addButton(translate("failed", "Forget"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.clicked.connect(self.retry)
        self.forget_button.clicked.connect(self.forget)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.table, buttons):
            layout.addWidget(widget)
        self.rows: list[FailedImport] = []
        self.reload()

    def reload(self) -> None:
        """Read the list from the archive."""
        archive = self.window_.archive
        self.rows = failed_imports(archive) if archive is not None else []
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for j, value in enumerate((row.path, reason_text(row.reason), row.at, str(row.attempts))):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.summary.setText(plural.tr("%n file(s) could not be imported.", "", len(self.rows)))
        writable = archive is not None and not archive.read_only
        self.retry_button.setEnabled(bool(self.rows) and writable)
        self.forget_button.setEnabled(bool(self.rows) and writable)

    def chosen(self) -> list[str]:
        """The selected paths, or every path when nothing is selected."""
        picked = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[i].path for i in picked] if picked else [row.path for row in self.rows]

    def retry(self) -> None:
        """Import the chosen files again (in the background, like any import)."""
        paths = self.chosen()
        if paths and self.window_.import_paths(paths):
            self.window_.imports.import_finished.connect(lambda _report: self.reload())

    def forget(self) -> None:
        """Remove the chosen files from the list."""
        clear_failed(self.window_.archive, self.chosen())
        self.reload()


def show_failed_imports(window: Any) -> FailedImportsDialog:
    """Open the dialog (non-modal) and return it."""
    dialog = FailedImportsDialog(window)
    dialog.show()
    return dialog
