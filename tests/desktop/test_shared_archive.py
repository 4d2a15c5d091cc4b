"""File ▸ Open Shared Archive… against the throwaway PostgreSQL server: the connection dialog, the
password dialog, the window title, the recent list (no password anywhere in the settings) and the
message naming an unreachable server."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.settings import Settings
from desktop.shared_dialog import PasswordDialog, SharedArchiveDialog
from storage.archive import Archive
from storage.archive.copy import copy_archive
from storage.archive.shared import password_file
from tests.pg_login import password_login  # noqa: F401  (fixture)
from tests.storage import vn_articles as fx


def _answer(qtbot, kind, fill, answered: list) -> None:
    """When a modal dialog of `kind` shows, let `fill` type into it and accept it (or reject)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog not in answered and dialog.isVisible():
            answered.append(dialog)
            fill(dialog)
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _window(qtbot, settings_path) -> MainWindow:
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    return win


def test_open_shared_archive_asks_the_password_and_shows_name_and_user(qtbot, tmp_path, settings_path,
                                                                       password_login):
    location, password = password_login.location, password_login.password
    local = tmp_path / "local.sqlite"
    with Archive.open(local) as archive:
        archive.add_article(fx.defence(), raw=b"<html>", file_name="quoc-phong.html")
        archive.add_article(fx.market(), raw=b"<html>", file_name="cho-ca.html")
    assert copy_archive(local, location.url(password)).ok
    win = _window(qtbot, settings_path)
    answered: list = []
    prompts: list = []

    def connection(dialog: SharedArchiveDialog) -> None:
        qtbot.keyClicks(dialog.url, location.url())
        assert dialog.database.text() == location.database and dialog.user.text() == location.user
        dialog.accept()
        _answer(qtbot, PasswordDialog, wrong, answered)

    def wrong(dialog: PasswordDialog) -> None:
        qtbot.keyClicks(dialog.password, "sai")
        dialog.accept()
        _answer(qtbot, PasswordDialog, right, answered)

    def right(dialog: PasswordDialog) -> None:
        prompts.append(dialog.prompt.text())
        dialog.password.setText(password)  # QTest types Latin-1 only
        dialog.accept()

    _answer(qtbot, SharedArchiveDialog, connection, answered)
    win.actions_["open_shared"].trigger()
    assert len(answered) == 3 and "password is wrong" in prompts[0], prompts
    assert win.archive is not None and win.archive.shared
    assert win.windowTitle() == f"{location.database} — {location.user}@{location.server}"
    assert win.model.rowCount() == 2
    assert not win.actions_["backup"].isEnabled() and win.actions_["import"].isEnabled()
    assert [a.text() for a in win.recent_shared_menu.actions()] == [location.url()]
    win.close()
    kept = settings_path.read_text(encoding="utf-8")
    assert location.database in kept and "khẩu" not in kept and "sai" not in kept
    assert not password_file().exists()  # "remember" was not ticked


def test_a_remembered_password_opens_from_the_recent_menu_without_asking(qtbot, settings_path, password_login):
    location, password = password_login.location, password_login.password
    win = _window(qtbot, settings_path)
    answered: list = []

    def remember(dialog: PasswordDialog) -> None:
        dialog.password.setText(password)  # QTest types Latin-1 only
        dialog.remember.setChecked(True)
        dialog.accept()

    _answer(qtbot, PasswordDialog, remember, answered)
    assert win.open_archive(location.url())
    assert password_file().exists() and win.archive.count() == 0
    assert win.open_archive(tmp_file := settings_path.with_name("local.sqlite"))
    assert win.windowTitle() == tmp_file.name
    win.recent_shared_menu.actions()[0].trigger()  # the password comes from the password file
    assert len(answered) == 1 and win.archive.shared
    win.close()


def test_an_unreachable_server_is_named_in_a_message_not_a_traceback(qtbot, tmp_path, settings_path, monkeypatch):
    shown: list = []
    monkeypatch.setattr("desktop.errors.QMessageBox.critical", lambda parent, title, text: shown.append((title, text)))
    win = _window(qtbot, settings_path)
    assert not win.open_archive(f"postgresql://an@/team?host={tmp_path}")
    assert win.archive is None and win.recent_shared_menu.actions() == []
    [(title, text)] = shown
    assert title == "Server unreachable" and str(tmp_path) in text and "no server listens there" in text
    assert "Traceback" not in text and "psycopg" not in text
    win.close()
