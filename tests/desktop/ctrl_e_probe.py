"""Run under a real X server (xcb): does Ctrl+E in the search box open the export dialog? Prints yes/no."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog


def main() -> int:
    """Build the real window on a small archive of our own, press Ctrl+E in the search box."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from tests.desktop.desk_data import make_archive

    app = QApplication(["probe"])
    folder = Path(tempfile.mkdtemp())
    win = MainWindow(Settings(folder / "s.ini"))
    win.show()
    QTest.qWaitForWindowExposed(win)
    win.open_archive(make_archive(folder / "a.sqlite"))
    win.activateWindow()
    win.search.setFocus()
    QTest.qWait(200)
    QTest.keyClick(win.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(300)
    opened = [d for d in win.findChildren(QDialog) if d.isVisible() and hasattr(d, "title_edit")]
    print("yes" if opened else "no")
    for dialog in opened:
        dialog.reject()
    win.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
