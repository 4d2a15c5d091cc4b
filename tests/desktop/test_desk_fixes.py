"""The six broken or misleading paths of issue #10, driven through the real MainWindow."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desktop import menus
from desktop.dialogs import SettingsDialog
from desktop.main_window import MainWindow
from desktop.settings import Settings
from storage.archive.records import Filters

from .desk_data import ROWS, make_archive


def _entity(win: MainWindow, name: str) -> int:
    return next(r.id for r in win.archive.entities("organization") if r.name == name)


def _row_of_title(win: MainWindow, start: str) -> int:
    return next(r for r in range(win.model.rowCount()) if win.model.article_row(r).title.startswith(start))


# 1. entity filters follow merges, renames and their undo; the merge dialog has no default target
def test_entity_filter_follows_a_merge_and_its_undo(qtbot, desk):
    drop, keep = _entity(desk, "Bộ Quốc phòng"), _entity(desk, "Bộ Quốc phòng Việt Nam")
    desk.filter_by_entity(drop)
    assert desk.model.rowCount() == 1
    desk.entities_pane.merge(keep, drop)
    assert desk.sidebar.filters.entity_id == keep
    assert desk.model.rowCount() == 2 and set(desk.model.ids()) == set(desk.archive.ids(Filters(entity_id=keep)))
    assert "Bộ Quốc phòng Việt Nam" in desk.sidebar.summary.text()
    assert desk.sidebar.tree.topLevelItemCount() > 0  # the facets count the two articles, not nothing
    desk.undo_stack.undo()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1)
    assert desk.sidebar.filters.entity_id == keep


def test_entity_filter_follows_a_rename_and_its_undo(qtbot, desk):
    asean = _entity(desk, "ASEAN")
    desk.filter_by_entity(asean)
    desk.entities_pane.rename(asean, "Hiệp hội các quốc gia Đông Nam Á")
    qtbot.waitUntil(lambda: "Đông Nam Á" in desk.sidebar.summary.text())
    assert desk.model.rowCount() == 2
    desk.undo_stack.undo()
    qtbot.waitUntil(lambda: desk.sidebar.summary.text() == "ASEAN")


def test_merge_dialog_offers_the_best_guess_first_and_enter_alone_merges_nothing(qtbot, desk):
    drop = _entity(desk, "Bộ Quốc phòng")
    desk.entities_pane.show_entity(drop)
    seen: list[list[str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        combo = getattr(dialog, "combo", None)
        if combo is not None:
            seen.append([combo.itemText(i) for i in range(combo.count())])
            qtbot.keyClick(combo, Qt.Key.Key_Return)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)
    desk.entities_pane._ask_merge()
    assert seen and seen[0][0].startswith("Bộ Quốc phòng Việt Nam")
    assert drop in {r.id for r in desk.archive.entities("organization")}  # nothing merged


# 2. confirming a date makes it exact (origin user), undoable
def test_confirm_date_makes_the_inferred_date_exact_and_undo_restores_it(qtbot, desk):
    row = _row_of_title(desk, "Đối thoại")
    desk.select_row(row)
    article_id = desk.model.id_at(row)
    assert desk.model.index(row, 1).data().endswith("?")
    qtbot.mouseClick(desk.article_pane.metadata.confirm_date, Qt.MouseButton.LeftButton)
    stored = desk.archive.get(article_id)
    assert stored.date_precision == "exact" and stored.origins["date_precision"] == "user"
    assert stored.needs_review == []
    qtbot.waitUntil(lambda: not desk.model.index(desk.model.row_of(article_id), 1).data().endswith("?"))
    desk.undo_stack.undo()
    stored = desk.archive.get(article_id)
    assert stored.date_precision == "inferred" and stored.needs_review == ["published"]


def test_ctrl_return_confirms_the_date_too(qtbot, desk):
    row = _row_of_title(desk, "Đối thoại")
    desk.select_row(row)
    article_id = desk.model.id_at(row)
    desk.review.confirm_action.trigger()
    assert desk.archive.get(article_id).date_precision == "exact"


# 3. quitting closes every window of the app
def test_quit_closes_the_undo_history_window(qtbot, desk):
    desk.actions_["history"].trigger()
    assert desk.undo_view.isVisible()
    desk.actions_["quit"].trigger()
    assert not desk.undo_view.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


# 4. Ctrl+E from the search box; Print remembers what was typed for the export
def _dossier_dialogs(win: MainWindow) -> list[QDialog]:
    return [d for d in win.findChildren(QDialog) if d.isVisible() and hasattr(d, "title_edit")]


def test_ctrl_e_exports_while_the_search_box_has_focus(qtbot, desk):
    desk.search.setFocus()
    qtbot.waitUntil(desk.search.hasFocus)
    qtbot.keyClick(desk.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_dossier_dialogs(desk)) == 1)
    _dossier_dialogs(desk)[0].reject()


def test_print_remembers_the_title_and_marking_typed_for_export(qtbot, desk):
    desk.actions_["export"].trigger()
    dialog = _dossier_dialogs(desk)[0]
    dialog.title_edit.setText("Hồ sơ biển Đông")
    dialog.marking_combo.setCurrentText("MẬT / CONFIDENTIAL")
    dialog.reject()
    desk.actions_["print"].trigger()
    qtbot.waitUntil(lambda: len(_dossier_dialogs(desk)) == 1)
    printing = _dossier_dialogs(desk)[0]
    assert printing.title_edit.text() == "Hồ sơ biển Đông"
    assert printing.marking_combo.currentText() == "MẬT / CONFIDENTIAL"
    printing.reject()


# 6. small things
def test_settings_labels_show_no_literal_ampersand(qtbot, desk):
    dialog = SettingsDialog(desk.settings, desk)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels and all(label.buddy() is not None for label in labels)


def test_one_article_is_counted_in_the_singular(qtbot, tmp_path, settings_path):
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    assert win.open_archive(make_archive(tmp_path / "one.sqlite", ROWS[:1]))
    assert win.count_label.text() == "1 article"
    win.close()


def test_deleting_an_untitled_article_names_it_untitled(qtbot, tmp_path, settings_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    assert win.open_archive(make_archive(tmp_path / "u.sqlite", [("", *ROWS[0][1:])]))
    win.select_row(0)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    menus.delete_articles(win)
    assert "“”" not in asked[0] and "(untitled)" in asked[0]
    win.close()


def test_outlet_completer_folds_accents_like_search(qtbot, desk):
    desk.select_row(0)
    edit = desk.article_pane.metadata.edits["outlet"]
    completer = edit.completer()
    completer.setCompletionPrefix("quan doi")
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "Quân đội nhân dân" in offered


def test_field_history_popup_stays_on_screen(qtbot, desk):
    desk.select_row(0)
    metadata = desk.article_pane.metadata
    popup = metadata.show_history("title")
    screen = popup.screen().availableGeometry()
    qtbot.waitUntil(popup.isVisible)
    assert screen.contains(popup.frameGeometry())


def test_dossier_scope_is_written_in_the_dossier_language(qtbot, desk):
    desk.search.set_query("an ninh")
    desk.actions_["export"].trigger()
    dialog = _dossier_dialogs(desk)[0]
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("vi"))
    assert dialog.options().scope_text == "tìm kiếm “an ninh”"
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    assert dialog.options().scope_text == "search “an ninh”"
    dialog.reject()


# 5. month and year dates, the reason shown inline, the precision as a facet
def _type_date(qtbot, win: MainWindow, text: str) -> None:
    edit = win.article_pane.metadata.date_edit
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)  # as typed (QTest cannot type "á")
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_month_and_year_dates_are_accepted_and_shown_with_their_precision(qtbot, desk):
    row = _row_of_title(desk, "Bảo tàng")
    desk.select_row(row)
    article_id = desk.model.id_at(row)
    _type_date(qtbot, desk, "tháng 9/2011")
    stored = desk.archive.get(article_id)
    assert (stored.published, stored.date_precision) == ("2011-09", "month")
    assert desk.article_pane.metadata.precision.currentData() == "month"
    qtbot.waitUntil(lambda: desk.model.index(desk.model.row_of(article_id), 1).data() == "09/2011")
    desk.select_row(desk.model.row_of(article_id))
    _type_date(qtbot, desk, "2011")
    assert (desk.archive.get(article_id).published, desk.archive.get(article_id).date_precision) == ("2011", "year")
    desk.sidebar.toggle("precision", "year")
    assert desk.model.ids() == [article_id]
    desk.undo_stack.undo()
    desk.undo_stack.undo()
    assert desk.archive.get(article_id).published == "2021-04-30"


def test_a_refused_date_says_why_beside_the_field(qtbot, desk):
    desk.select_row(0)
    article_id = desk.model.id_at(0)
    before = desk.archive.get(article_id).published
    _type_date(qtbot, desk, "31/02/2011")
    error = desk.article_pane.metadata.date_error
    assert error.isVisible() and "no day 31" in error.text()
    assert desk.archive.get(article_id).published == before


def test_inferred_is_one_word_in_vietnamese_everywhere(qtbot, desk):
    from desktop.app import install_translators

    app = QApplication.instance()
    assert install_translators(app, "vi")
    try:
        words = {QApplication.translate("provenance", "inferred"), QApplication.translate("MetadataEditor", "inferred"),
                 QApplication.translate("FilterSidebar", "inferred")}
        assert words == {"suy luận"}
        assert QApplication.translate("provenance", "Inferred (check it)").startswith("Suy luận")
    finally:
        install_translators(app, "en")


def test_ctrl_e_from_the_search_box_under_a_real_x_server():
    """X11 binds Ctrl+E to "end of line" in line edits (offscreen does not): run the window under Xvfb."""
    import pytest

    from tests.desktop.xcb_window import probe_answer

    answer = probe_answer("ctrl_e_probe.py")
    if answer is None:
        pytest.skip("xvfb-run not installed (apt-get install xvfb)")
    assert answer == "yes", answer


def test_entity_filter_stays_through_a_kind_change(qtbot, desk):
    asean = _entity(desk, "ASEAN")
    desk.filter_by_entity(asean)
    desk.entities_pane.set_kind(asean, "location")
    assert desk.sidebar.filters.entity_id == asean and desk.model.rowCount() == 2
    desk.undo_stack.undo()
    assert desk.model.rowCount() == 2 and desk.archive.entity(asean).kind == "organization"


def test_entity_names_sort_in_vietnamese_order(qtbot, desk):
    from storage.collation import sort_key

    pane = desk.entities_pane
    pane.kinds.setCurrentIndex(1)  # organisations
    pane.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # sorted by the archive, not the view
    names = [row.name for row in pane.model.loaded()]
    assert names == sorted(names, key=sort_key) and names.index("Bộ Quốc phòng") < names.index("Hải quân")


# Walk 1: Ctrl+Z right after adding a name with Return undoes the addition, not the field's clearing
def test_ctrl_z_in_the_add_name_field_undoes_the_added_entity(qtbot, desk):
    desk.select_row(0)
    article_id = desk.selected_ids()[0]
    editor = desk.article_pane.metadata.entity_editor
    field = editor.new_name
    field.setFocus()
    field.insert("Trần Thị Hoa")  # as typed (QTest cannot type "ầ")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    names = lambda: {e.name for e in desk.archive.get(article_id).entities}  # noqa: E731
    assert "Trần Thị Hoa" in names() and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Trần Thị Hoa" not in names() and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Trần Thị Hoa" in names()


# Walk 1: the History tab shows values as the form does (Vietnamese precision, day-first dates, who)
def test_history_tab_shows_dates_precision_and_author_in_the_interface_language(qtbot, tmp_path, settings_path):
    from desktop.app import install_translators

    app = QApplication.instance()
    assert install_translators(app, "vi")
    try:
        win = MainWindow(Settings(settings_path))
        qtbot.addWidget(win)
        win.show()
        assert win.open_archive(make_archive(tmp_path / "desk.tulieu.sqlite"))
        win.select_row(_row_of_title(win, "Bảo tàng"))
        _type_date(qtbot, win, "04/2021")
        tree = win.article_pane.history
        rows = [[tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())]
        precision = next(r for r in rows if r[1] == "Độ chắc của ngày")
        date = next(r for r in rows if r[1] == "Ngày")
        assert precision[2:] == ["chính xác", "tháng", "người dùng"]
        assert date[2:] == ["30/04/2021", "04/2021", "người dùng"]
        win.close()
    finally:
        install_translators(app, "en")


# Walk 1: Qt ships no Vietnamese qtbase, so its own file dialog (File ▸ Import Files…) was in English
def test_the_file_dialog_speaks_vietnamese(qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QTreeView

    from desktop.app import install_translators

    app = QApplication.instance()
    assert install_translators(app, "vi")
    try:
        dialog = QFileDialog(None, "", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Thư mục:", "&Tên tệp:", "&Loại tệp:"} <= labels
        header = dialog.findChild(QTreeView).model()
        assert [header.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == \
            ["Tên", "Cỡ", "Loại", "Ngày sửa"]
    finally:
        install_translators(app, "en")


def test_ctrl_y_redoes_under_a_real_x_server():
    """X11's Redo is Ctrl+Shift+Z only (offscreen has Ctrl+Y too): run the window under Xvfb."""
    import pytest

    from tests.desktop.xcb_window import probe_answer

    answer = probe_answer("redo_probe.py")
    if answer is None:
        pytest.skip("xvfb-run not installed (apt-get install xvfb)")
    assert answer == "yes", answer


# Walk 1: why a file was not imported, in Vietnamese (the core writes its reasons in English)
def test_import_failure_reasons_are_translated(qtbot, tmp_path):
    from types import SimpleNamespace

    from desktop.app import install_translators
    from desktop.dialogs import summary_text

    app = QApplication.instance()
    report = SimpleNamespace(imported=[], duplicates=[], failed=[
        (str(tmp_path / "rong.txt"), "file is empty"),
        (str(tmp_path / "anh.txt"), "not a text or web page file: it is a PNG image"),
        (str(tmp_path / "la.txt"), "something new the table does not know")])
    outcome = SimpleNamespace(report=report, arrived=[], cancelled=False, error=None)
    assert install_translators(app, "vi")
    try:
        text = summary_text(outcome)
    finally:
        install_translators(app, "en")
    assert "rong.txt — tệp rỗng" in text
    assert "anh.txt — không phải tệp văn bản hay trang web: đây là a PNG image" in text
    assert "la.txt — something new the table does not know" in text


def test_every_translated_reason_is_still_written_by_the_core():
    """A reason reworded in storage/ would silently fall back to English: each one must still be there."""
    from pathlib import Path

    from desktop.failure_reasons import _FIXED, _PATTERNS

    root = Path(__file__).resolve().parents[2] / "storage"
    source = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    missing = [r for r in _FIXED if f'"{r}"' not in source]
    missing += [t for _, t in _PATTERNS if t.split("{0}")[0] not in source]
    assert not missing


def test_the_print_dialog_speaks_vietnamese(qtbot):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    from desktop.app import install_translators

    app = QApplication.instance()
    assert install_translators(app, "vi")
    try:
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        buttons = {button.text() for button in dialog.findChildren(QAbstractButton)}
        groups = {group.title() for group in dialog.findChildren(QGroupBox)}
        assert {"Vị trí:", "Loại:", "&Tệp ra:", "Số bản:"} <= labels
        assert {"&In", "&Tùy chọn >>", "In tất cả"} <= buttons
        assert {"Máy in", "Phạm vi in"} <= groups
    finally:
        install_translators(app, "en")


# Walk 1: a dossier of two rows picked out of the table says so on its cover, not just what the table shows
def test_dossier_scope_names_a_hand_picked_selection(qtbot, desk):
    from PySide6.QtCore import QItemSelectionModel

    assert desk.model.rowCount() == 5
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    desk.table.clearSelection()
    for row in (0, 1):
        desk.table.selectionModel().select(desk.model.index(row, 0), rows)
    desk.actions_["export"].trigger()
    dialog = _dossier_dialogs(desk)[0]
    assert len(dialog.ids) == 2
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("vi"))
    assert dialog.options().scope_text == "2 bài được chọn trong: Tất cả bài viết"
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    assert dialog.options().scope_text == "2 articles selected from: All articles"
    dialog.reject()


def test_walk4_f8_and_ctrl_return_say_how_many_are_left_to_review(qtbot, desk):
    review = desk.review
    said = desk.statusBar().currentMessage
    review.next_action.trigger()
    assert said() == "2 articles left to review"
    review.confirm_action.trigger()
    assert said() == "1 article left to review"
    review.confirm_action.trigger()
    assert said() == "No article needs review."
    review.next_action.trigger()  # nothing left: it says so instead of doing nothing
    assert said() == "No article needs review."
