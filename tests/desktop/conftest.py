"""Fixtures shared by the GUI tests: isolated settings and a window filled with articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.main_window import MainWindow
from desktop.settings import Settings

from .test_import import IMPORT_TIMEOUT_MS, write_articles



@pytest.fixture(autouse=True)
def _message_boxes_fail_fast(monkeypatch):
    """A message box no test answers would wait for a click for ever: fail at once with its text instead
    (a test that expects one patches it itself)."""
    def refuse(parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {title}: {text}")

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture(autouse=True)
def _keyboard_released(qapp):
    """QTest's key click with Ctrl leaves Ctrl "held" in QGuiApplication.keyboardModifiers() (it records the
    Ctrl release with Ctrl still in its state), so a later test's QTableView.selectRow() toggled instead of
    selecting. After each test, a bare key release puts the keyboard back at rest."""
    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        target = QWidget()
        QTest.keyRelease(target, Qt.Key.Key_Control)
        target.deleteLater()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def filled(qtbot, tmp_path, settings_path, seed_files) -> MainWindow:
    """A window whose archive holds the five seeds and two farming articles of our own."""
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(tmp_path / "archive.tulieu.sqlite")
    win.import_paths([*seed_files, *write_articles(tmp_path / "own", 2)])
    qtbot.waitUntil(lambda: not win.imports.busy and win.model.rowCount() == 7, timeout=IMPORT_TIMEOUT_MS)
    yield win
    win.close()


@pytest.fixture
def desk(qtbot, tmp_path, settings_path) -> MainWindow:
    """A shown window on an archive of our own five articles (written through the core)."""
    from .desk_data import make_archive

    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(make_archive(tmp_path / "desk.tulieu.sqlite"))
    yield win
    win.close()
