"""Run under a real X server (xcb): does Ctrl+Y redo in the window? Prints yes/no."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> int:
    """Build the real window on a small archive of our own, edit a title, undo, press Ctrl+Y in the table."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from desktop import undo
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from tests.desktop.desk_data import make_archive

    app = QApplication(["probe"])
    folder = Path(tempfile.mkdtemp())
    win = MainWindow(Settings(folder / "s.ini"))
    win.show()
    QTest.qWaitForWindowExposed(win)
    win.open_archive(make_archive(folder / "a.sqlite"))
    win.select_row(0)
    article_id = win.selected_ids()[0]
    win.undo_stack.push(undo.set_field(win.archive, article_id, "title", "Tiêu đề mới", "title"))
    win.undo_stack.undo()
    win.activateWindow()
    win.table.setFocus()
    QTest.qWait(200)
    QTest.keyClick(win.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(200)
    print("yes" if win.archive.get(article_id).title == "Tiêu đề mới" else "no")
    win.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
