"""File ▸ Export ▸ each format: ask where, export off the GUI thread with progress and Cancel, then a summary.
The last format and folder are remembered; "Export Again" repeats the last format."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from storage.export import ExportOptions, ExportResult, export, suffix
from storage.archive.shared import location_of
from storage.export.formats import FORMATS, TEXT_FORMATS

from . import file_dialogs, plural
from .app import resolve_language
from .errors import show_error
from .export_scope import Scope, scopes
from .tasks import Task

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
ONE_EACH = "md-each"  # menu key: Markdown, one file per article in a folder


def format_names() -> dict[str, str]:
    """Menu text of every export format, translated."""
    return {"docx": translate("export", "&Word Dossier (.docx)…"),
            "odt": translate("export", "&OpenDocument Dossier (.odt)…"),
            "csv": translate("export", "&CSV Spreadsheet (.csv)…"),
            "xlsx": translate("export", "&Excel Workbook (.xlsx)…"),
            "jsonl": translate("export", "&JSON Lines, Every Field (.jsonl)…"),
            "csljson": translate("export", "CS&L-JSON for Zotero (.json)…"),
            "ris": translate("export", "&RIS for EndNote/Zotero (.ris)…"),
            "md": translate("export", "&Markdown Text (.md)…"),
            "txt": translate("export", "&Plain Text (.txt)…"),
            ONE_EACH: translate("export", "Markdown, &One File per Article…")}


def spreadsheet_headers(model: Any) -> dict[str, str]:
    """An XLSX export's column titles in the interface's language: the table's own header labels, and words
    for the fields the table does not show (the CSV keeps its keys: scripts read them)."""
    return {"id": translate("export", "ID"), "date_precision": translate("export", "Date precision"),
            "url": translate("export", "URL"), "lead": translate("export", "Lead"),
            "body": translate("export", "Body"), "needs_review": translate("export", "Needs review"),
            "origins": translate("export", "Where each field came from"),
            "user_edited": translate("export", "Edited by hand"), "file_name": translate("export", "File name"),
            "content_hash": translate("export", "Content hash"), **model.column_titles()}


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…")


def _work(archive_path: Path | str, ids: list[int], out: Path, fmt: str, options: ExportOptions) -> Callable:
    def run(task: Task) -> ExportResult:
        from storage.archive import Archive

        # Its own read-only connection: the GUI keeps using its archive meanwhile.
        with Archive.open(archive_path, create=False, read_only=True) as archive:
            return export(archive, ids, out, fmt, options, progress=task.progress, cancel=task.token)
    return run


class ExportController(QObject):
    """Owns the File ▸ Export submenu of a main window and runs one export at a time."""

    exported = Signal(object)
    """An export finished: the ExportResult."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.summary: QMessageBox | None = None
        names = format_names()
        self.actions = {key: self._action(text, lambda _c=False, k=key: self.ask(k)) for key, text in names.items()}
        self.again = self._action("", lambda _c=False: self.ask(self.w.settings.export_format()))
        self.again.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self._update_again()

    def _action(self, text: str, slot: Callable) -> QAction:
        action = QAction(text, self.w)
        action.triggered.connect(slot)
        return action

    def _update_again(self) -> None:
        name = _plain(format_names().get(self.w.settings.export_format(), ""))
        self.again.setText(translate("export", "Export &Again as {0}…").format(name))

    def fill_menu(self, menu: QMenu) -> None:
        """Export Again, then one entry per format."""
        menu.addAction(self.again)
        menu.addSeparator()
        for key, action in self.actions.items():
            menu.addAction(action)
            if key == "odt":
                menu.addSeparator()

    def set_enabled(self, enabled: bool) -> None:
        """Exports need an open archive and no export running."""
        for action in (self.again, *self.actions.values()):
            action.setEnabled(enabled and self.task is None)

    # -- asking ------------------------------------------------------------------------------------
    def ask(self, key: str) -> None:
        """Ask where to write, then export the rows picked (or all the table shows); the dialog names which."""
        if self.w.archive is None:
            return
        if key in ("docx", "odt"):
            from .dossier_dialog import export_dossier  # the dossier dialog, Word or OpenDocument chosen

            export_dossier(self.w, self.w.archive, scopes(self.w), fmt=key)
            return
        scope = scopes(self.w)[0]
        out = self._ask_path(key, scope)
        if out is not None:
            self.export_to(out, "md" if key == ONE_EACH else key, one_file_each=key == ONE_EACH, scope=scope)

    def _ask_path(self, key: str, scope: Scope) -> Path | None:
        folder = self.w.settings.last_folder("export")
        title = f"{_plain(format_names()[key])} — {scope.label}"  # the file dialog says what it exports
        if key == ONE_EACH:
            with file_dialogs.sized():
                chosen = QFileDialog.getExistingDirectory(self.w, title, folder)
            return Path(chosen) if chosen else None
        ext = suffix(key)
        start = str(Path(folder) / (translate("export", "articles") + ext))
        with file_dialogs.sized():
            chosen, _ = QFileDialog.getSaveFileName(self.w, title, start, f"{FORMATS[key][1]} (*{ext})")
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(ext) else chosen + ext)

    # -- running -----------------------------------------------------------------------------------
    def export_to(self, out: Path, fmt: str, *, one_file_each: bool = False, scope: Scope | None = None) -> Task | None:
        """Export `scope` (by default the rows picked, else all shown) to `out` on a pool thread, with a progress
        dialog that can cancel."""
        if self.task is not None or self.w.archive is None:
            return None
        from storage.dossier import DossierOptions

        scope = scope or scopes(self.w)[0]
        ids = scope.ids
        lang = resolve_language(self.w.settings.language())  # "System" follows the locale, as the interface does
        options = ExportOptions(DossierOptions(lang=lang, scope_text=scope.words(lang)), one_file_each,
                                headers=spreadsheet_headers(self.w.model))
        self.w.settings.set_export_format(ONE_EACH if one_file_each and fmt in TEXT_FORMATS else fmt)
        self.w.settings.set_last_folder("export", out if one_file_each else out.parent)
        self._update_again()
        self.progress = QProgressDialog(plural.tr("Exporting %n article(s)…", "", len(ids)),
                                        translate("export", "Cancel"), 0, len(ids), self.w)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        task = self.w.runner.submit(_work(location_of(self.w.archive), ids, out, fmt, options), name=f"export-{fmt}")
        self.progress.canceled.connect(task.cancel)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_done)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        task.finished.connect(self._on_finished)
        self.task = task
        self.set_enabled(True)
        self.w.runner.start(task, writes=False)
        return task

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _on_done(self, result: ExportResult) -> None:
        text = plural.tr("%n article(s) exported to {0}", "", result.articles).format(result.path)
        if len(result.files) > 1:
            text += "\n" + plural.tr("%n file(s)", "", len(result.files))
        self.w.statusBar().showMessage(text, 10_000)
        self.summary = QMessageBox(QMessageBox.Icon.Information, translate("export", "Export finished"), text,
                                   QMessageBox.StandardButton.Ok, self.w)
        self.summary.open()  # window-modal, does not block
        self.exported.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.w, exc)

    def _on_cancelled(self, _exc: BaseException) -> None:
        self.w.statusBar().showMessage(translate("export", "Export cancelled; no file written."), 10_000)

    def _on_finished(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.set_enabled(self.w.archive is not None)
