"""Bulk editing several selected rows through the real MainWindow: one undo step, history per article."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from desktop.main_window import MainWindow


def select_rows(win: MainWindow, rows: list[int]) -> None:
    """Select rows as a Ctrl+click would (the first one current)."""
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    win.select_row(rows[0])
    for row in rows[1:]:
        win.table.selectionModel().select(win.model.index(row, 0), flags)


def test_three_selected_rows_get_a_tag_in_one_undo_step(qtbot, desk):
    select_rows(desk, [0, 2, 3])
    ids = desk.selected_ids()
    assert desk.bulk.isVisible() and not desk.article_pane.isVisible()
    assert "3 selected" in desk.bulk.header.text()
    steps = desk.undo_stack.count()
    desk.bulk.add_tags.setText("quốc phòng, biển đảo")
    assert desk.bulk.add_tags_now()
    assert desk.undo_stack.count() == steps + 1
    desk.reload_table()  # the reload after an edit keeps the three rows selected
    assert sorted(desk.selected_ids()) == sorted(ids) and "3 selected" in desk.bulk.header.text()
    for article_id in ids:
        assert {"quốc phòng", "biển đảo"} <= set(desk.archive.get(article_id).tags)
        assert desk.archive.history(article_id)[0].field == "tags"
    desk.undo_stack.undo()
    assert not any("quốc phòng" in desk.archive.get(i).tags for i in ids)
    desk.select_row(1)
    assert desk.article_pane.isVisible() and not desk.bulk.isVisible()


def test_bulk_outlet_precision_review_and_delete(qtbot, desk, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    select_rows(desk, [0, 1])
    ids = desk.selected_ids()
    desk.bulk.outlet.setText("Báo Nhân Dân")
    assert desk.bulk._text("outlet")
    desk.bulk.precision.setCurrentIndex(desk.bulk.precision.findData("year"))
    assert desk.bulk.set_precision_now()
    desk.bulk.buttons["unflag"].click()
    for article_id in ids:
        stored = desk.archive.get(article_id)
        assert (stored.outlet, stored.date_precision, stored.needs_review) == ("Báo Nhân Dân", "year", [])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    select_rows(desk, [0, 1])
    assert desk.bulk.delete_now()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3)
    desk.undo_stack.undo()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 5)
