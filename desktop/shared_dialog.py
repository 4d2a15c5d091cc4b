"""File ▸ Open Shared Archive…: the server, database and user (or one postgresql:// URL), then the
password — asked only when the server wants one, kept in memory, or in libpq's password file when the
user ticks "remember"; never in the settings."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from storage.archive.shared import SharedLocation, open_shared, password_file
from storage.errors import ArchiveError, LoginFailed, TuLieuError

from .errors import show_error

log = logging.getLogger(__name__)


class SharedArchiveDialog(QDialog):
    """Where the shared archive is: one URL, or host, port, database and user (kept in step)."""

    def __init__(self, parent: QWidget | None = None, start: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Shared Archive"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://user@server/database")
        self.host, self.database, self.user = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.host.setPlaceholderText("localhost")
        self.port = QLineEdit(self)
        self.port.setPlaceholderText("5432")
        self.port.setValidator(QIntValidator(1, 65535, self))
        form = QFormLayout()
        for label, field in ((self.tr("&URL:"), self.url), (self.tr("&Server:"), self.host),
                             (self.tr("&Port:"), self.port), (self.tr("&Database:"), self.database),
                             (self.tr("U&ser:"), self.user)):
            form.addRow(label, field)
        note = QLabel(self.tr("The password is asked for when the server needs it."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._syncing = False
        self.url.textEdited.connect(self._url_edited)
        for field in (self.host, self.port, self.database, self.user):
            field.textEdited.connect(self._parts_edited)
        if start:
            self.url.setText(start)
            self._url_edited(start)
        self._parts_edited()

    def location(self) -> SharedLocation:
        """The archive's location as typed (no password)."""
        port = self.port.text().strip()
        return SharedLocation(self.host.text().strip(), int(port) if port.isdigit() else None,
                              self.database.text().strip(), self.user.text().strip())

    def _url_edited(self, text: str) -> None:
        """A pasted URL fills the fields (a password in it is dropped: it is asked for separately)."""
        if self._syncing:
            return
        try:
            location = SharedLocation.parse(text)
        except ArchiveError:
            self._enable()
            return
        self._syncing = True
        self.host.setText(location.host)
        self.port.setText(str(location.port or ""))
        self.database.setText(location.database)
        self.user.setText(location.user)
        self._syncing = False
        self._enable()

    def _parts_edited(self, _text: str = "") -> None:
        if not self._syncing:
            self._syncing = True
            self.url.setText(self.location().url() if self.database.text().strip() else "")
            self._syncing = False
        self._enable()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.database.text().strip()))


class PasswordDialog(QDialog):
    """The password of one user on one server, and whether to remember it in the password file."""

    def __init__(self, location: SharedLocation, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password"))
        user = location.user or self.tr("your user")
        text = self.tr("Password of {0} for the archive {1} on {2}:").format(user, location.database, location.server)
        self.prompt = QLabel((reason + "\n\n" if reason else "") + text, self)
        self.prompt.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember it in {0} (readable only by you)").format(password_file()), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.password, self.remember, buttons):
            layout.addWidget(widget)


def connect(parent: Any, location: SharedLocation) -> Any:
    """Open the shared archive, asking for the password while the server refuses the login; errors
    (unreachable server, no such database or user) are shown. The Archive, or None."""
    password, remember, reason = None, False, ""
    while True:
        try:
            return open_shared(location, password, remember=remember)
        except LoginFailed as exc:
            if not exc.needs_password:
                show_error(parent, exc)
                return None
            reason = str(exc) if password or "wrong" in str(exc) else ""
        except TuLieuError as exc:
            show_error(parent, exc)
            return None
        dialog = PasswordDialog(location, reason, parent)
        if not dialog.exec():
            return None
        password, remember = dialog.password.text(), dialog.remember.isChecked()
