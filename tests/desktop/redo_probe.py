"""Run under a real X server (xcb): does Ctrl+Y redo in the window? Prints yes/no."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.desktop.xcb_window import real_window  # noqa: E402


def main() -> int:
    """Edit a title, undo, press Ctrl+Y in the table."""
    from desktop import undo

    with real_window() as win:
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
