"""Looking after the archive from the GUI: check and repair, back up, failed imports, damage found while reading.

Every action is a thin call into storage (check_archive / check_file, backup_to, failed_imports); slow work
runs on the task runner, off the GUI thread.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from storage.archive.backup import backup_to
from storage.archive.restore import restore_backup
from storage.archive.check import check_archive
from storage.archive.check_file import check_file

from . import file_dialogs
from .archive_reasons import split_reason
from .check_report import report_text
from .errors import show_error

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def damaged(w: Any, broken: Any, exc: BaseException, previous: Any = None) -> None:
    """Damage found while reading: one dialog, the previous archive kept, an offer to check and repair."""
    if broken is None or getattr(broken, "damage_reported", False):
        return  # every paint of a broken table would land here: say it once
    broken.damage_reported = True
    log.warning("archive %s could not be read: %s", broken.path, exc)
    usable = previous if previous is not None and previous is not broken else None
    w.set_archive(usable)  # closes the broken archive; the table stops asking it for rows
    if getattr(broken, "shared", False):  # a server's database: no file to check or repair here
        show_error(w, exc)
        return
    if ask_check(w, broken.path, exc):
        repair_file(w, broken.path)


def defer_damaged(w: Any, exc: BaseException) -> None:
    """Damage met while painting: handle it once the paint is over."""
    broken = w.archive
    QTimer.singleShot(0, lambda: damaged(w, broken, exc))


def ask_check(w: Any, path: Path, exc: BaseException) -> bool:
    """The one dialog about a damaged archive; True when the user asks for a check and repair."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("care", "Damaged archive"),
                      translate("care", "Part of the archive could not be read:\n{0}\n\n{1}").format(
                          path, split_reason(str(exc))[1]), parent=w)
    box.setInformativeText(translate("care", "Check and repair copies every readable article into a new "
                                             "archive; the damaged file is kept as it is."))
    repair = box.addButton(translate("care", "Check and Repair…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is repair


def repair_file(w: Any, path: Path) -> None:
    """check_file(repair=True) on a closed archive, off the GUI thread; offers to open a salvaged copy."""
    def done(report: Any) -> None:
        _show_report(w, report)
        if report.salvaged_to and _ask_open(w, report.salvaged_to):
            w.open_archive(report.salvaged_to, create=False)

    w.runner.run(lambda task: check_file(path, repair=True, progress=task.progress), writes=True,
                 name="repair", succeeded=done, failed=lambda e: show_error(w, e))


def check_open_archive(w: Any) -> None:
    """Tools ▸ Check Archive: check the open archive; offer to repair what was found."""
    archive = w.archive
    if archive is None:
        return

    def checked(report: Any) -> None:
        if report.ok:
            _show_report(w, report)
        elif not archive.read_only and _ask_repair(w, report):
            w.runner.run(lambda task: check_archive(archive, repair=True, progress=task.progress), writes=True,
                         name="repair", succeeded=lambda r: (_show_report(w, r), w.reload_table()),
                         failed=lambda e: show_error(w, e))
        else:
            _show_report(w, report)

    w.runner.run(lambda task: check_archive(archive, progress=task.progress), writes=True, name="check",
                 succeeded=checked, failed=lambda e: show_error(w, e))


def back_up(w: Any, dest: str | None = None) -> Path | None:
    """File ▸ Back Up…: a consistent copy of the open archive where the user chooses."""
    if w.archive is None:
        return None
    if dest is None:
        suggested = str(Path.home() / f"{w.archive.path.stem}-backup.sqlite")
        with file_dialogs.sized():
            dest, _ = QFileDialog.getSaveFileName(w, translate("care", "Back Up Archive"), suggested,
                                                  "Tư Liệu (*.sqlite)")
        if not dest:
            return None
        Path(dest).unlink(missing_ok=True)  # the dialog already asked before replacing a file
    try:
        written = backup_to(w.archive, dest)
    except Exception as exc:  # shown to the user, never a traceback
        show_error(w, exc)
        return None
    w.statusBar().showMessage(translate("care", "Backup written to {0}").format(written), 8000)
    return written


def restore(w: Any, backup: str | None = None) -> None:
    """File ▸ Restore from Backup…: close the archive, restore_backup() off the GUI thread, reopen it."""
    if w.archive is None:
        return
    path = w.archive.path
    if backup is None:
        from storage.archive.backup import backup_dir

        with file_dialogs.sized():
            backup, _ = QFileDialog.getOpenFileName(w, translate("care", "Restore from Backup"),
                                                    str(backup_dir(path)), "Tư Liệu (*.sqlite);;* (*)")
        if not backup or not _confirm_restore(w, path, backup):
            return
    w.set_archive(None)  # releases the writer lock the restore needs

    def done(safety: Any) -> None:
        w.open_archive(path, create=False)
        note = translate("care", "Restored from {0}.").format(backup)
        if safety:
            note += " " + translate("care", "The previous content is kept in {0}.").format(safety)
        w.statusBar().showMessage(note, 15000)

    def failed(exc: BaseException) -> None:
        show_error(w, exc)
        w.open_archive(path, create=False)

    w.runner.run(lambda task: restore_backup(backup, path), writes=True, name="restore", succeeded=done,
                 failed=failed)


def _confirm_restore(w: Any, path: Path, backup: str) -> bool:
    answer = QMessageBox.question(w, translate("care", "Restore from Backup"), translate(
        "care", "Replace the content of {0} with the backup {1}?\n\nThe current content is backed up first.")
        .format(path, backup))
    return answer == QMessageBox.StandardButton.Yes


def _show_report(w: Any, report: Any) -> None:
    icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning
    QMessageBox(icon, translate("care", "Check Archive"), report_text(report), parent=w).exec()


def _ask_repair(w: Any, report: Any) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("care", "Check Archive"), report_text(report), parent=w)
    repair = box.addButton(translate("care", "Repair"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is repair


def _ask_open(w: Any, path: str) -> bool:
    answer = QMessageBox.question(w, translate("care", "Repaired copy"),
                                  translate("care", "Open the repaired copy {0}?").format(path))
    return answer == QMessageBox.StandardButton.Yes
