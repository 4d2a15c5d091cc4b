"""Walk 2: what an export or a print covers follows the rows the user picked; with none picked, every row
shown, the article being read offered beside it; the dialogs and the cover say which."""
from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.export_scope import quote_query
from desktop.main_window import MainWindow

from .test_desk_fixes import _dossier_dialogs

TIMEOUT_MS = 60_000


def _click_row(qtbot, win: MainWindow, row: int) -> int:
    """A real click on a row, as a user picks the one article to export; returns its id."""
    rect = win.table.visualRect(win.model.index(row, 0))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.selected_ids() == [win.model.id_at(row)]
    return win.model.id_at(row)


def _open_dossier(qtbot, win: MainWindow, action: str):
    win.actions_[action].trigger()
    qtbot.waitUntil(lambda: len(_dossier_dialogs(win)) == 1)
    return _dossier_dialogs(win)[0]


def test_one_clicked_row_is_the_dossier_and_the_table_is_offered_beside_it(qtbot, desk):
    picked = _click_row(qtbot, desk, 2)
    for action in ("export", "print"):
        dialog = _open_dossier(qtbot, desk, action)
        assert dialog.ids == [picked]
        combo = dialog.scope_combo
        title = desk.model.article_row(2).title
        assert combo.currentData() == "picked" and combo.currentText() == f"This article only: {title}"
        dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("vi"))
        assert dialog.options().scope_text == "1 bài được chọn trong: Tất cả bài viết"
        assert "— 1 article" in dialog.count_label.text()
        combo.setCurrentIndex(combo.findData("shown"))
        assert dialog.ids == desk.model.ids() and len(dialog.ids) == 5
        assert dialog.options().scope_text == "Tất cả bài viết"
        assert "— 5 article" in dialog.count_label.text()
        dialog.reject()


def test_the_cover_names_one_picked_article_in_the_singular(qtbot, desk):
    _click_row(qtbot, desk, 1)
    dialog = _open_dossier(qtbot, desk, "export")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    assert dialog.options().scope_text == "1 article selected from: All articles"
    assert dialog.count_label.text() == "1 article selected from: All articles — 1 article"
    dialog.reject()


def test_with_no_row_picked_every_row_shown_comes_first_and_the_article_read_second(qtbot, desk):
    assert desk.selected_ids() == [desk.model.id_at(0)]  # the app's own choice on opening: not a pick
    dialog = _open_dossier(qtbot, desk, "export")
    assert dialog.ids == desk.model.ids() and len(dialog.ids) == 5
    combo = dialog.scope_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["shown", "picked"]
    combo.setCurrentIndex(1)
    assert dialog.ids == [desk.model.id_at(0)]
    dialog.reject()


def test_a_click_on_the_row_the_app_selected_makes_it_the_users_pick(qtbot, desk):
    assert desk.selected_ids() == [desk.model.id_at(0)]
    picked = _click_row(qtbot, desk, 0)
    dialog = _open_dossier(qtbot, desk, "print")
    assert dialog.ids == [picked] and dialog.scope_combo.currentData() == "picked"
    dialog.reject()


def test_csv_of_one_clicked_row_holds_that_row_and_the_file_dialog_says_so(qtbot, desk, tmp_path, monkeypatch):
    picked = _click_row(qtbot, desk, 1)
    titles: list[str] = []

    def answer(parent, title, *args, **kwargs):
        titles.append(title)
        return str(tmp_path / "one.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    with qtbot.waitSignal(desk.exports.exported, timeout=TIMEOUT_MS) as blocker:
        desk.exports.actions["csv"].trigger()
    qtbot.waitUntil(lambda: desk.exports.task is None, timeout=TIMEOUT_MS)
    with open(blocker.args[0].path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and str(picked) in rows[0].values()
    assert titles[0].endswith(f"— This article only: {desk.model.article_row(1).title}")


def test_a_query_with_quotes_is_not_quoted_again(qtbot, desk):
    desk.search.set_query('"Lê Văn Minh" -Tết')
    qtbot.waitUntil(lambda: desk.model.rowCount() == 4)
    dialog = _open_dossier(qtbot, desk, "export")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("vi"))
    assert dialog.options().scope_text == 'tìm kiếm: "Lê Văn Minh" -Tết'
    assert '“"' not in dialog.count_label.text() and '"Lê Văn Minh" -Tết' in dialog.count_label.text()
    dialog.reject()


def test_quote_query_keeps_a_plain_query_in_quotes():
    assert quote_query("tìm “{0}”", "an ninh") == "tìm “an ninh”"
    assert quote_query("tìm “{0}”", "“an ninh” biển") == "tìm: “an ninh” biển"


def test_walk3_the_dossier_file_dialog_opens_in_the_folder_of_the_last_export(qtbot, desk, tmp_path, monkeypatch):
    (tmp_path / "hồ sơ").mkdir()
    asked: list[str] = []

    def answer(parent, title, start, kinds):
        asked.append(start)
        return str(tmp_path / "hồ sơ" / "tuần.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    for _ in range(2):
        dialog = _open_dossier(qtbot, desk, "export")
        dialog.title_edit.setText("Tuần 12")
        with qtbot.waitSignal(dialog.built, timeout=TIMEOUT_MS):
            dialog.export_button.click()
        dialog.reject()
    # the first time from home (no export yet), not from the folder the app was started in
    assert Path(asked[0]).parent == Path(desk.settings.last_folder("")) and Path(asked[0]).name == "Tuần 12.pdf"
    assert asked[1] == str(tmp_path / "hồ sơ" / "Tuần 12.pdf")
