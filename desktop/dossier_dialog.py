"""File ▸ Export dossier… / Print…: dossier options, a preview of the first pages, building off the
GUI thread with progress and Cancel, then Open / Show in folder (export) or preview / print."""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from storage.dossier import DossierOptions, DossierResult, build_dossier
from storage.archive.shared import location_of

from . import file_dialogs, plural
from .errors import show_error
from .export_scope import Scope
from .printing import open_pdf, page_image_size, print_pdf, render_page
from .tasks import Task, TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PREVIEW_PAGES = 4
PREVIEW_HEIGHT = 260  # pixels of one preview page
MARKINGS = ("", "NỘI BỘ / INTERNAL", "MẬT / CONFIDENTIAL", "TÀI LIỆU THAM KHẢO / REFERENCE ONLY")


def export_dossier(parent: QWidget | None, archive: Any, scopes: list[Scope], fmt: str | None = None) -> None:
    """File ▸ Export dossier…: the options dialog, window-modal; it deletes itself when closed."""
    DossierDialog(parent, archive, scopes[0].ids, scopes=scopes, mode="export", fmt=fmt).open()


def _build_in_worker(archive_path: Path | str, ids: list[int], out: Path, options: DossierOptions,
                     fmt: str = "pdf") -> Callable:
    def work(task: Task) -> DossierResult:
        from storage.archive import Archive
        from storage.dossier.docx_writer import build_word_dossier
        from storage.dossier.odt_writer import build_odt_dossier

        build = {"docx": build_word_dossier, "odt": build_odt_dossier}.get(fmt, build_dossier)
        # Its own read-only connection: the GUI keeps using (and writing) its archive meanwhile.
        with Archive.open(archive_path, create=False, read_only=True) as archive:
            return build(archive, ids, out, options, progress=task.progress, cancel=task.token)
    return work


class DossierDialog(QDialog):
    """Options, preview and the build; mode "export" writes a chosen file, "print" a temporary one."""

    built = Signal(object)
    """A dossier was written: the DossierResult."""

    def __init__(self, parent: QWidget | None, archive: Any, ids: list[int], scope_text: str | Callable = "", *,
                 scopes: list[Scope] | None = None, mode: str = "export", out_path: Path | None = None,
                 fmt: str | None = None) -> None:
        super().__init__(parent)
        self._settings = getattr(parent, "settings", None)  # the main window's: remembers PDF or Word
        self._fmt = fmt or (self._settings.dossier_format() if self._settings is not None else "pdf")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # scope_text: a text, or a function of the dossier's language giving it in that language;
        # scopes: the choices offered instead (the selection, every row shown), the default first
        self.archive_path, self.mode = location_of(archive), mode
        words = scope_text if callable(scope_text) else (lambda _lang=None: scope_text)
        self.scopes = scopes or [Scope("given", list(ids), "", words)]
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.set_scope(0)
        self.result: DossierResult | None = None
        self._task: Task | None = None
        self._then: Callable[[DossierResult], None] | None = None
        self._runner = TaskRunner(self)
        self._temp = tempfile.TemporaryDirectory(prefix="tulieu-dossier-")
        self._out_path = out_path or Path(self._temp.name) / "dossier.pdf"
        self.setWindowTitle(translate("dossier", "Print dossier") if mode == "print"
                            else translate("dossier", "Export dossier"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_form())
        layout.addWidget(self._make_preview())
        layout.addLayout(self._make_progress())
        layout.addLayout(self._make_buttons())
        self._set_busy(False)
        self._remembered(load=True)

    def _remembered(self, *, load: bool) -> None:
        """Export and Print share what was typed last (title, subtitle, prepared by, marking)."""
        settings = getattr(self.parent(), "settings", None)
        if settings is None:
            return
        fields = {"title": self.title_edit, "subtitle": self.subtitle_edit, "prepared_by": self.prepared_edit,
                  "marking": self.marking_combo.lineEdit()}
        for name, edit in fields.items():
            if load:
                edit.setText(settings.dossier_text(name))
            else:
                settings.set_dossier_text(name, edit.text().strip())

    # -- widgets -----------------------------------------------------------------------------------
    def _make_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(translate("dossier", "Scope:"), self._make_scope_row())
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Hồ sơ tư liệu")
        self.subtitle_edit = QLineEdit()
        self.prepared_edit = QLineEdit()
        self.marking_combo = QComboBox()
        self.marking_combo.setEditable(True)
        self.marking_combo.addItems(MARKINGS)
        self.summaries_check = QCheckBox(translate("dossier", "Summaries only (leads, no full text)"))
        self.details_check = QCheckBox(translate("dossier", "File details (name, import time, content hash)"))
        self.one_per_story_check = QCheckBox(translate("dossier", "One per story (each original once)"))
        self.order_combo = _choices((translate("dossier", "By date"), "date"), (translate("dossier", "By outlet"), "outlet"))
        self.lang_combo = _choices(("Tiếng Việt", "vi"), ("English", "en"))
        self.paper_combo = _choices(("A4", "A4"), ("Letter", "Letter"))
        rows = []
        if self.mode == "export":
            self.format_combo = _choices(("PDF", "pdf"), (translate("dossier", "Word (.docx), editable"), "docx"),
                                         (translate("dossier", "OpenDocument (.odt), editable"), "odt"))
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(self._fmt)))
            rows.append((translate("dossier", "Format:"), self.format_combo))
        for label, widget in (*rows, (translate("dossier", "Title:"), self.title_edit),
                              (translate("dossier", "Subtitle:"), self.subtitle_edit),
                              (translate("dossier", "Prepared by:"), self.prepared_edit),
                              (translate("dossier", "Marking:"), self.marking_combo),
                              ("", self.summaries_check),
                              ("", self.details_check),
                              ("", self.one_per_story_check),
                              (translate("dossier", "Order:"), self.order_combo),
                              (translate("dossier", "Labels:"), self.lang_combo),
                              (translate("dossier", "Paper:"), self.paper_combo)):
            form.addRow(label, widget)
        return form

    def _make_scope_row(self) -> QVBoxLayout:
        """What the dossier covers: a choice when there is one (the selection or every row shown), then the
        words the cover will print and the count."""
        row = QVBoxLayout()
        if len(self.scopes) > 1:
            self.scope_combo = QComboBox()
            for scope in self.scopes:
                self.scope_combo.addItem(scope.label, scope.key)
            self.scope_combo.currentIndexChanged.connect(self.set_scope)
            row.addWidget(self.scope_combo)
        row.addWidget(self.count_label)
        return row

    def set_scope(self, index: int) -> None:
        """Cover the articles of the scope chosen: the count and the words on the cover follow."""
        scope = self.scopes[index]
        self.ids, self._scope, self.scope_text = list(scope.ids), scope.words, scope.words(None)
        count = plural.tr("%n article(s)", "", len(self.ids))
        self.count_label.setText(f"{self.scope_text} — {count}" if self.scope_text else count)

    def _make_preview(self) -> QScrollArea:
        self.preview_row = QHBoxLayout()
        self.preview_row.addStretch(1)
        self.preview_row.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        holder.setLayout(self.preview_row)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(holder)
        area.setMinimumHeight(PREVIEW_HEIGHT + 30)
        return area

    def _make_progress(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress_bar = QProgressBar()
        self.cancel_build_button = QPushButton(translate("dossier", "Cancel"))
        self.cancel_build_button.clicked.connect(self.cancel_build)
        self.status_label = QLabel()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_build_button)
        return row

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preview_button = QPushButton(translate("dossier", "Preview"))
        self.preview_button.clicked.connect(self.preview)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        if self.mode == "print":
            self.print_preview_button = QPushButton(translate("dossier", "Print preview…"))
            self.print_preview_button.clicked.connect(lambda: self.print_(preview=True))
            self.print_button = QPushButton(translate("dossier", "Print…"))
            self.print_button.clicked.connect(lambda: self.print_(preview=False))
            self._action_buttons = [self.print_preview_button, self.print_button]
        else:
            self.export_button = QPushButton(translate("dossier", "Export…"))
            self.export_button.clicked.connect(self._choose_file)
            self.open_button = QPushButton(translate("dossier", "Open"))
            self.open_button.clicked.connect(self.open_result)
            self.folder_button = QPushButton(translate("dossier", "Show in folder"))
            self.folder_button.clicked.connect(self.show_in_folder)
            self._action_buttons = [self.export_button, self.open_button, self.folder_button]
        close = QPushButton(translate("dossier", "Close"))
        close.clicked.connect(self.reject)
        for button in (*self._action_buttons, close):
            row.addWidget(button)
        self._action_buttons[-1].setDefault(True)
        return row

    # -- what the user chose -----------------------------------------------------------------------
    def options(self) -> DossierOptions:
        """The options as set in the form."""
        return DossierOptions(title=self.title_edit.text().strip(), subtitle=self.subtitle_edit.text().strip(),
                              prepared_by=self.prepared_edit.text().strip(),
                              marking=self.marking_combo.currentText().strip(),
                              scope_text=self._scope(self.lang_combo.currentData()),
                              summaries_only=self.summaries_check.isChecked(),
                              file_details=self.details_check.isChecked(),
                              one_per_story=self.one_per_story_check.isChecked(),
                              order=self.order_combo.currentData(), lang=self.lang_combo.currentData(),
                              paper=self.paper_combo.currentData())

    # -- building ----------------------------------------------------------------------------------
    def file_format(self) -> str:
        """"pdf", "docx" or "odt": what Export… writes (the preview and printing are always PDF)."""
        return self.format_combo.currentData() if self.mode == "export" else "pdf"

    def build(self, out: Path, then: Callable[[DossierResult], None] | None = None,
              fmt: str = "pdf") -> Task | None:
        """Build the dossier to `out` on a pool thread; `then(result)` runs on the GUI thread."""
        if self._task is not None:
            return None
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(translate("dossier", "Building…"))
        self._set_busy(True)
        work = _build_in_worker(self.archive_path, self.ids, out, self.options(), fmt)
        task = self._runner.submit(work, name="dossier")
        # Bound methods (no lambdas): PySide drops them if the dialog is gone when a signal arrives.
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_built)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        task.finished.connect(self._on_finished)
        self._task, self._then = task, then
        self._runner.start(task, writes=False)
        return task

    def cancel_build(self) -> None:
        """Stop the running build at its next article."""
        if self._task is not None:
            self._task.cancel()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(message)

    def _on_built(self, result: DossierResult) -> None:
        self.result = result
        if result.path.suffix.lower() in (".docx", ".odt"):  # the word processor lays out pages: no preview
            n = result.articles
            self.status_label.setText(plural.tr("Word dossier, %n article(s)", "", n)
                                      if result.path.suffix.lower() == ".docx"
                                      else plural.tr("OpenDocument dossier, %n article(s)", "", n))
        else:
            self.status_label.setText(plural.tr("%n page(s)", "", result.pages) + ", "
                                      + plural.tr("%n article(s)", "", result.articles))
            self.show_pages(result.path)
        if getattr(result, "warning", ""):  # characters the font cannot draw are named, never dropped silently
            self.status_label.setText(self.status_label.text() + "\n" + result.warning)
            self.status_label.setToolTip(result.warning)
        self.built.emit(result)
        then, self._then = self._then, None
        if then is not None:
            then(result)

    def _on_cancelled(self, _exc: BaseException) -> None:
        self.status_label.setText(translate("dossier", "Cancelled."))

    def _on_failed(self, exc: BaseException) -> None:
        self.status_label.setText(translate("dossier", "Failed."))
        show_error(self, exc)

    def _on_finished(self) -> None:
        self._task = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_build_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        for button in self._action_buttons:
            button.setEnabled(not busy)
        if self.mode == "export":
            done = not busy and self.result is not None and self.result.path != self._out_path
            self.open_button.setEnabled(done)
            self.folder_button.setEnabled(done)

    # -- actions -----------------------------------------------------------------------------------
    def preview(self) -> Task | None:
        """Build to a temporary file and show its first pages."""
        return self.build(self._out_path)

    def show_pages(self, pdf_path: Path) -> int:
        """Render the first pages of a PDF into the preview strip; returns how many are shown."""
        while self.preview_row.count() > 1:
            widget = self.preview_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        document = open_pdf(pdf_path)
        shown = min(PREVIEW_PAGES, document.pageCount())
        for index in range(shown):
            size = page_image_size(document, index, 72)
            scaled = size.scaled(QSize(10_000, PREVIEW_HEIGHT), Qt.AspectRatioMode.KeepAspectRatio)
            label = QLabel()
            label.setObjectName("previewPage")
            label.setPixmap(QPixmap.fromImage(render_page(document, index, scaled)))
            label.setFrameShape(QLabel.Shape.Box)
            label.setFixedSize(scaled.width() + 2, scaled.height() + 2)
            self.preview_row.insertWidget(index, label)
        return shown

    def export_to(self, path: Path) -> Task | None:
        """Build the dossier into a file the user chose, in the chosen format."""
        fmt = self.file_format()
        if self._settings is not None:
            self._settings.set_dossier_format(fmt)
        return self.build(Path(path), fmt=fmt)

    def _choose_file(self) -> None:
        ext = "." + self.file_format()
        name = (self.options().title or "ho-so").replace("/", "-") + ext
        kinds = {".docx": translate("dossier", "Word files (*.docx)"),
                 ".odt": translate("dossier", "OpenDocument files (*.odt)"),
                 ".pdf": translate("dossier", "PDF files (*.pdf)")}[ext]
        if self._settings is not None:  # in the folder of the last export, not wherever the app was started
            name = str(Path(self._settings.last_folder("export")) / name)
        with file_dialogs.sized():
            path, _ = QFileDialog.getSaveFileName(self, translate("dossier", "Export dossier"), name, kinds)
        if path:
            if self._settings is not None:
                self._settings.set_last_folder("export", Path(path).parent)
            self.export_to(Path(path if path.lower().endswith(ext) else path + ext))

    def open_result(self) -> None:
        """Open the exported file in the system viewer (or Word / LibreOffice)."""
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    def show_in_folder(self) -> None:
        """Open the folder holding the exported PDF."""
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))

    def print_(self, *, preview: bool) -> Task | None:
        """Build to the temporary file, then show the print preview or the print dialog."""
        return self.build(self._out_path, lambda result: self._printed(print_pdf(self, result.path, preview=preview)))

    def _printed(self, pages: int) -> None:
        """Say that the pages went to the printer (the dialog stays open for another copy)."""
        if pages:
            self.status_label.setText(plural.tr("Printed %n page(s).", "", pages))

    def done(self, code: int) -> None:
        """Closing stops a running build first (it holds its own archive connection)."""
        self.cancel_build()
        self._remembered(load=False)
        self._runner.wait(10_000)
        self._temp.cleanup()
        super().done(code)


def _choices(*items: tuple[str, str]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo
