"""Run under a real X server (xcb): does Ctrl+E in the search box open the export dialog? Prints yes/no."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.desktop.xcb_window import real_window  # noqa: E402


def main() -> int:
    """Press Ctrl+E in the search box."""
    with real_window() as win:
        win.activateWindow()
        win.search.setFocus()
        QTest.qWait(200)
        QTest.keyClick(win.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        QTest.qWait(300)
        opened = [d for d in win.findChildren(QDialog) if d.isVisible() and hasattr(d, "title_edit")]
        print("yes" if opened else "no")
        for dialog in opened:
            dialog.reject()
    return 0


if __name__ == "__main__":
    sys.exit(main())
