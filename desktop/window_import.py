"""The main window's import side: drag and drop, the watch folder, and what an import run leaves behind."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from . import plural
from .dialogs import ImportSummaryDialog
from .import_controller import ImportOutcome, dropped_paths

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the MainWindow context: a mixin has no class of its own for tr()


class ImportMixin:
    """Mixed into MainWindow (which provides archive, imports, watch, settings, the table and panes)."""

    def import_paths(self, paths: list[str | Path], *, quiet: bool = False) -> bool:
        """Import files/folders into the open archive in the background."""
        if self.archive is None or self.archive.read_only:
            QMessageBox.information(self, translate("MainWindow", "Import"),
                                    translate("MainWindow", "Open an archive you can write to before importing."))
            return False
        self.imports.start(self.archive, [Path(p) for p in paths], quiet=quiet)
        return True

    def _start_watch(self) -> None:
        folder = self.settings.watch_folder()
        self.watch.set_folder(folder if self.archive is not None and not self.archive.read_only else None)

    def _import_finished(self, outcome: ImportOutcome) -> None:
        self.reload_table()
        self.entities_pane.refresh()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.select_row(0)
        report = outcome.report
        done = len(report.imported) if report is not None else len(outcome.arrived)
        self.statusBar().showMessage(plural.tr("%n article(s) imported", "", done), 8000)
        if outcome.problems and not (outcome.quiet and report is not None and not report.failed):
            self.summary_dialog = ImportSummaryDialog(outcome, self)
            self.summary_dialog.open()  # non-blocking: the table stays usable

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        """Accept drags that carry local files or folders."""
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt name)
        """Keep accepting the drag while it moves over the window."""
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        """Import the dropped files and folders."""
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
