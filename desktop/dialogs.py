"""About (with versions), Settings, and the import summary."""
from __future__ import annotations

import logging
import platform
import sqlite3
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from . import file_dialogs, plural
from .app import DISPLAY_NAME, app_version, resolve_language
from .errors import describe
from .failure_reasons import reason_text
from .settings import Settings

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def versions() -> dict[str, str]:
    """Versions shown in About and useful in bug reports."""
    return {"Tư Liệu": app_version(), "Qt": qVersion(), "PySide6": PySide6.__version__,
            "Python": platform.python_version(), "SQLite": sqlite3.sqlite_version}


def show_about(parent: QWidget | None) -> None:
    """The About box with app, Qt, PySide6, Python and SQLite versions."""
    rows = "".join(f"<tr><td>{name}</td><td>&nbsp;{value}</td></tr>" for name, value in versions().items())
    text = (f"<h3>{DISPLAY_NAME}</h3><p>"
            + translate("MainWindow", "An archive of Vietnamese news articles: clean text, editable metadata, "
                        "search and PDF dossiers.")
            + f"</p><table>{rows}</table>")
    QMessageBox.about(parent, translate("MainWindow", "About Tư Liệu"), text)


class SettingsDialog(QDialog):
    """Interface language and the watch folder."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        for code, name in (("", self.tr("System language")), ("vi", "Tiếng Việt"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.saved_language())))
        self.override_note = QLabel(self._override_text(), self)  # --lang: this run's language is not the choice
        self.override_note.setWordWrap(True)
        self.override_note.setVisible(bool(self.override_note.text()))
        self.watch = QLineEdit(settings.watch_folder(), self)
        self.watch.setPlaceholderText(self.tr("Off"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.watch, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.override_note)
        watch_label = QLabel(self.tr("&Watch folder:"), self)
        watch_label.setBuddy(self.watch)  # a label beside a layout gets no buddy: "&" would show
        form.addRow(watch_label, row)
        note = QLabel(self.tr("Files saved into the watch folder are imported automatically. "
                              "A new language applies after restarting Tư Liệu."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        with file_dialogs.sized():
            folder = QFileDialog.getExistingDirectory(self, self.tr("Watch folder"), self.watch.text())
        if folder:
            self.watch.setText(folder)

    def _override_text(self) -> str:
        """Words saying that --lang overrides the saved choice for this run ("" when it does not differ)."""
        override = self.settings.language_override()
        if not override or override == resolve_language(self.settings.saved_language()):
            return ""
        name = self.language.itemText(self.language.findData(override))
        return self.tr("This run shows %1 (--lang %2); the choice above applies when Tư Liệu starts without "
                       "--lang.").replace("%1", name).replace("%2", override)

    def apply(self) -> bool:
        """Save the choices; True when the saved language changed to one this run does not show."""
        old, new = self.settings.saved_language(), self.language.currentData()
        shown = resolve_language(self.settings.language())
        self.settings.set_language(new)
        self.settings.set_watch_folder(self.watch.text().strip() or None)
        return old != new and resolve_language(new) != shown


def summary_text(outcome: Any) -> str:
    """The import summary as plain text: counts, then duplicates and failures with reasons."""
    report = outcome.report
    lines: list[str] = []
    saved = len(outcome.arrived)
    if outcome.cancelled:
        lines.append(plural.tr("Import cancelled. %n article(s) saved whole before it stopped.", "", saved))
        if outcome.files_left > 0:
            lines.append(plural.tr("%n file(s) not imported yet: import the same files or folder again to finish "
                                   "(what is already in the archive is skipped as a duplicate).", "",
                                   outcome.files_left))
    if outcome.error is not None:
        lines.append(translate("ImportSummaryDialog", "Import stopped: {0}").format(describe(outcome.error)[1]))
        lines.append(plural.tr("%n article(s) saved before it stopped.", "", saved))
    if report is not None:
        lines.append(translate("ImportSummaryDialog", "Imported: {0}   Duplicates: {1}   Failed: {2}").format(
            len(report.imported), len(report.duplicates), len(report.failed)))
        if report.duplicates:
            same = translate("ImportSummaryDialog", "  {0} — same as article #{1}")
            lines += ["", translate("ImportSummaryDialog", "Duplicates (already in the archive):")]
            lines += [same.format(Path(p).name, i) for p, i in report.duplicates]
        if report.failed:
            lines += ["", translate("ImportSummaryDialog", "Not imported:")]
            lines += [f"  {Path(p).name} — {reason_text(reason)}" for p, reason in report.failed]
    return "\n".join(lines)


class ImportSummaryDialog(QDialog):
    """What an import did: counts, duplicates and failures with reasons (non-blocking)."""

    def __init__(self, outcome: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import summary"))
        self.text = QPlainTextEdit(summary_text(outcome), self)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(560, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
