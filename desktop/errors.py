"""Every error the user sees is worded here: typed core errors become dialogs, never tracebacks."""
from __future__ import annotations

import errno
import logging
import sqlite3
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.archive_reasons import reason_text as archive_reason
from storage.errors import (ArchiveCorrupt, ArchiveLocked, Cancelled, LoginFailed, NotFound, ReadError,
                            SchemaTooNew, ServerUnreachable, TuLieuError)

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def is_disk_full(exc: BaseException) -> bool:
    """True for the many ways a full disk shows up (OSError, SQLite)."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return isinstance(exc, sqlite3.OperationalError) and "full" in str(exc).lower()


def describe(exc: BaseException) -> tuple[str, str]:
    """A (title, message) pair in the interface language for an error."""
    if isinstance(exc, ArchiveLocked):
        return (translate("errors", "Archive in use"),
                translate("errors", "The archive is open in another Tư Liệu window or program.\n\n{0}")
                .format(archive_reason(str(exc))))
    if isinstance(exc, SchemaTooNew):
        return (translate("errors", "Archive from a newer version"),
                translate("errors", "This archive was made by a newer version of Tư Liệu. "
                                    "Update the app to open it.\n\n{0}").format(exc))
    if isinstance(exc, ArchiveCorrupt):
        return (translate("errors", "Damaged archive"),
                translate("errors", "The file is not a readable Tư Liệu archive; it may be damaged "
                                    "or of another kind.\n\n{0}").format(archive_reason(str(exc))))
    if isinstance(exc, ServerUnreachable):
        return (translate("errors", "Server unreachable"),
                translate("errors", "The shared archive's server does not answer. Check the address, the "
                                    "network, or ask its administrator.\n\n{0}").format(exc))
    if isinstance(exc, LoginFailed):
        return (translate("errors", "Login refused"),
                translate("errors", "The server refused the login.\n\n{0}").format(exc))
    if is_disk_full(exc):
        return (translate("errors", "Disk full"),
                translate("errors", "There is no space left on the disk. Free some space and try again; "
                                    "articles already saved are intact."))
    return _describe_other(exc)


def _describe_other(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, FileNotFoundError):
        return (translate("errors", "File not found"),
                translate("errors", "The file disappeared before it could be read:\n{0}")
                .format(exc.filename or exc))
    if isinstance(exc, ReadError):
        return translate("errors", "Cannot read file"), str(exc)
    if isinstance(exc, NotFound):
        return (translate("errors", "Not found"),
                translate("errors", "The article or entity no longer exists.\n\n{0}").format(exc))
    if isinstance(exc, PermissionError):
        return (translate("errors", "Permission denied"),
                translate("errors", "Tư Liệu may not access:\n{0}").format(exc.filename or exc))
    if isinstance(exc, TuLieuError):
        return translate("errors", "Error"), str(exc)
    return (translate("errors", "Unexpected error"),
            translate("errors", "Something went wrong: {0}\n\nDetails were written to the log.").format(exc))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show one error as a modal message box."""
    if isinstance(exc, Cancelled):
        return
    title, text = describe(exc)
    log.warning("%s: %s", title, exc)
    QMessageBox.critical(parent, title, text)


def ask_read_only(parent: QWidget | None, exc: ArchiveLocked) -> bool:
    """Offer to open a locked archive read-only; True when the user accepts."""
    title, text = describe(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setInformativeText(translate("errors", "You can open it read-only: search and read, but not change."))
    read_only = box.addButton(translate("errors", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is not None:
        show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    """Log uncaught exceptions and show them as a dialog instead of a traceback."""
    sys.excepthook = _excepthook
