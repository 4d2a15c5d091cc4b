"""Walk 5: an entity filter shows an article; the XLSX export in the interface's words; the settings
dialog shows the saved language, not this run's --lang."""
from __future__ import annotations

from desktop.export_scope import scopes
from desktop.filter_sidebar import ENTITY_ID_ROLE, FACET_ROLE
from desktop.main_window import MainWindow
from storage.records import ENTITY_KINDS


def _entity(win: MainWindow, name: str) -> int:
    return next(r.id for r in win.archive.entities("organization") if r.name == name)


def _title(win: MainWindow, article_id: int | None) -> str:
    return win.archive.get(article_id).title if article_id is not None else ""


def _shows_first_row_chosen_by_app(win: MainWindow) -> None:
    first = win.model.id_at(0)
    assert win.article_pane.current_article_id == first and not win.article_pane.placeholder.isVisible()
    assert win.selected_ids() == [first] and win.shown_by_app == first
    assert scopes(win)[0].key == "shown"  # an export still takes every row shown, not the app's pick


def test_an_entity_chosen_in_the_entities_pane_shows_its_first_article(qtbot, desk):
    assert _title(desk, desk.article_pane.current_article_id).startswith("Bảo tàng")  # names no navy
    pane = desk.entities_pane
    pane.kinds.setCurrentIndex(ENTITY_KINDS.index("organization"))
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    row = next(r for r in range(pane.model.rowCount()) if pane.model.entity_at(r).name == "Hải quân")
    pane.list.setCurrentIndex(pane.model.index(row, 0))
    assert desk.sidebar.filters.entity_id == _entity(desk, "Hải quân") and desk.model.rowCount() == 1
    _shows_first_row_chosen_by_app(desk)
    assert _title(desk, desk.article_pane.current_article_id).startswith("Ăn Tết")


def test_an_entity_facet_shows_its_first_article(qtbot, desk):
    desk.select_row(desk.model.row_of(next(i for i in desk.model.ids()
                                           if _title(desk, i).startswith("An toàn"))), by_app=False)
    tree = desk.sidebar.tree
    head = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, FACET_ROLE) == "organization")
    item = next(head.child(i) for i in range(head.childCount())
                if head.child(i).data(0, ENTITY_ID_ROLE) == _entity(desk, "ASEAN"))
    desk.sidebar._activated(item)
    assert desk.model.rowCount() == 2
    _shows_first_row_chosen_by_app(desk)


def test_an_entity_filter_keeps_the_article_being_read_when_it_names_the_entity(qtbot, desk):
    reading = next(i for i in desk.model.ids() if _title(desk, i).startswith("Việt Nam"))
    desk.select_row(desk.model.row_of(reading), by_app=False)
    desk.shown_by_app = None  # as a click on the row does
    desk.filter_by_entity(_entity(desk, "ASEAN"))  # e.g. its link in the article
    assert desk.model.rowCount() == 2 and desk.article_pane.current_article_id == reading
    assert desk.shown_by_app is None and scopes(desk)[0].key == "picked"


def test_xlsx_export_names_columns_as_the_table_does_in_the_interface_language(qtbot, desk, tmp_path, monkeypatch):
    import csv

    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from storage.export.records import COLUMNS

    from .test_export import export_via_menu

    assert install_translators(QApplication.instance(), "vi")
    try:
        table = {desk.model.headerData(c, Qt.Orientation.Horizontal): c for c in range(desk.model.columnCount())}
        result = export_via_menu(qtbot, desk, "xlsx", tmp_path / "bài.xlsx", monkeypatch)
        sheet = load_workbook(result.path).active
        header = [cell.value for cell in sheet[1]]
        assert header[:2] == ["Mã bài", "Tiêu đề"] and "Tổ chức" in header and "Thân bài" in header
        assert {"Tiêu đề", "Ngày", "Báo", "Tổ chức"} <= set(table)  # the table's own labels, in Vietnamese
        assert set(table) - {"Số từ"} <= set(header)  # every table column but the word count
        assert not set(COLUMNS) & set(header)  # no English key left
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{get_column_letter(len(COLUMNS))}6"
        title_width = sheet.column_dimensions[get_column_letter(2)].width
        assert title_width == max(len(desk.archive.get(i).title) for i in desk.model.ids()) + 2
        result = export_via_menu(qtbot, desk, "csv", tmp_path / "bài.csv", monkeypatch)
        with open(result.path, encoding="utf-8-sig", newline="") as stream:
            assert tuple(next(csv.reader(stream))) == COLUMNS  # scripts read the CSV by its keys
    finally:
        install_translators(QApplication.instance(), "en")


def test_settings_dialog_shows_the_saved_language_and_says_that_lang_overrides_it(qtbot, settings_path, monkeypatch):
    from desktop.dialogs import SettingsDialog
    from desktop.settings import Settings

    Settings(settings_path).set_language("vi")
    monkeypatch.setenv("TULIEU_LANG", "en")  # what `--lang en` sets for this run
    settings = Settings(settings_path)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "vi"  # the user's choice, not this run's
    note = dialog.override_note.text()
    assert not dialog.override_note.isHidden() and "English" in note and "--lang en" in note
    assert dialog.apply() is False  # OK without a change keeps the choice and announces no new language
    assert Settings(settings_path).saved_language() == "vi" and settings.language() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.apply() is False  # English is what this run already shows
    assert Settings(settings_path).saved_language() == "en"

    monkeypatch.setenv("TULIEU_LANG", "vi")
    dialog = SettingsDialog(Settings(settings_path))
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en" and dialog.override_note.isHidden() is False
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    assert dialog.apply() is False and Settings(settings_path).saved_language() == "vi"
    dialog = SettingsDialog(Settings(settings_path))  # --lang vi with vi saved: nothing to say
    qtbot.addWidget(dialog)
    assert dialog.override_note.isHidden() and not dialog.override_note.text()


def test_an_outlet_facet_that_hides_the_article_being_read_shows_its_first_article(qtbot, desk):
    reading = desk.article_pane.current_article_id
    outlet = desk.archive.get(reading).outlet
    other = next(o for o in (desk.archive.get(i).outlet for i in desk.model.ids()) if o and o != outlet)
    desk.sidebar.toggle("outlet", other)
    assert 0 < desk.model.rowCount() < len(desk.archive.ids()) and reading not in desk.model.ids()
    _shows_first_row_chosen_by_app(desk)
    assert desk.archive.get(desk.article_pane.current_article_id).outlet == other
