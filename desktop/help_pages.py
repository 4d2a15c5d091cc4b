"""Help ▸ Keyboard Shortcuts (a list made from the window's own actions) and Help ▸ User Guide (a short
HTML page bundled in resources/help, in the interface's language)."""
from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from storage.resources import resource_path

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                visit(action.menu(), f"{path} ▸ {_plain(action.text())}")
            elif action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                rows.append((path, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            visit(top.menu(), _plain(top.text()))
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcuts_html(window: QWidget) -> str:
    """The shortcut list as an HTML table."""
    cells = "".join(f"<tr><td>{html.escape(m)}</td><td><b>{html.escape(a)}</b></td><td>{html.escape(k)}</td></tr>"
                    for m, a, k in shortcut_rows(window))
    return f"<table cellspacing='0' cellpadding='4'>{cells}</table>"


def guide_path(language: str | None = None):
    """The bundled guide in `language` (default: the interface's), English when there is none."""
    language = (language or QLocale().name())[:2]
    path = resource_path("help", f"guide_{language}.html")
    return path if path.exists() else resource_path("help", "guide_en.html")


def show_page(window: QWidget, title: str, page: str) -> QDialog:
    """A non-modal window showing an HTML page; closes with the main window."""
    dialog = QDialog(window)
    dialog.setWindowTitle(title)
    browser = QTextBrowser(dialog)
    browser.setOpenExternalLinks(True)
    browser.setHtml(page)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(620, 560)
    dialog.browser = browser  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def install(window: Any, menu: QMenu) -> dict[str, QAction]:
    """Add Keyboard Shortcuts and User Guide to the Help menu."""
    shortcuts = QAction(translate("MainWindow", "&Keyboard Shortcuts"), window)
    shortcuts.triggered.connect(lambda _c=False: show_page(
        window, translate("MainWindow", "Keyboard Shortcuts"), shortcuts_html(window)))
    guide = QAction(translate("MainWindow", "User &Guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda _c=False: show_page(
        window, translate("MainWindow", "User Guide"), guide_path().read_text(encoding="utf-8")))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, guide)
    menu.insertAction(first, shortcuts)
    menu.insertSeparator(first)
    return {"guide": guide, "shortcuts": shortcuts}
