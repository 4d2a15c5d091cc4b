"""First start, the Import button, the table's context menus, originals and the 1024×700 layout."""
from __future__ import annotations

from PySide6.QtWidgets import QToolBar

from desktop.main_window import MainWindow
from desktop.settings import Settings
from storage.cli import main as cli_main


def test_an_empty_archive_says_what_to_do_with_an_import_button(qtbot, tmp_path, settings_path):
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(tmp_path / "new.sqlite")
    state = win.empty_state
    assert state.isVisible() and "Import" in state.import_button.text()
    assert "drop" in state.message.text().lower()
    toolbar = win.findChild(QToolBar, "search-toolbar")
    assert win.actions_["import"] in toolbar.actions()
    from .desk_data import make_archive

    win.open_archive(make_archive(tmp_path / "full.sqlite"))
    assert not state.isVisible()
    win.close()


def test_row_menu_opens_the_original_from_the_archive_copy(qtbot, desk, monkeypatch):
    opened = []
    monkeypatch.setattr("desktop.row_menu.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    desk.select_row(1)
    menu = desk.row_menus.build_row_menu()
    texts = [a.text() for a in menu.actions()]
    assert any("Original" in t for t in texts) and desk.actions_["delete"] in menu.actions()
    path = desk.row_menus.open_current(folder=False)
    article = desk.archive.get(desk.model.id_at(1))
    assert opened == [str(path)] and path.read_bytes() == desk.archive.original_bytes(article.id)
    assert path.name.endswith(article.file_name)
    desk.row_menus.open_current(folder=True)
    assert opened[-1] == str(path.parent)
    assert article.file_name in desk.article_pane.metadata.file_info.text()


def test_header_menu_hides_and_shows_columns(qtbot, desk):
    menu = desk.row_menus.build_header_menu()
    outlet = next(a for a in menu.actions() if a.text() == "Outlet")
    outlet.setChecked(False)
    assert desk.table.horizontalHeader().isSectionHidden(2)
    outlet.setChecked(True)
    assert not desk.table.horizontalHeader().isSectionHidden(2)


def test_cli_writes_the_original(tmp_path, capsys):
    from .desk_data import make_archive

    path = make_archive(tmp_path / "a.sqlite")
    assert cli_main(["original", "2", "--out", str(tmp_path / "out"), "--archive", str(path)]) == 0
    written = capsys.readouterr().out.strip()
    assert written.endswith("2-bai_1.txt") and open(written, "rb").read() == "tệp 1".encode()


def test_help_lists_the_shortcuts_of_the_real_actions_and_opens_the_guide(qtbot, desk):
    from desktop.help_pages import shortcut_rows

    rows = shortcut_rows(desk)
    keys = {action: k for _menu, action, k in rows}
    assert keys["Export Dossier…"] == "Ctrl+E" and keys["Next Article to Review"] == "F8"
    desk.actions_["shortcuts"].trigger()
    desk.actions_["guide"].trigger()
    from PySide6.QtWidgets import QDialog

    shown = [d for d in desk.findChildren(QDialog) if d.isVisible() and hasattr(d, "browser")]
    texts = [d.browser.toPlainText() for d in shown]
    assert any("Ctrl+E" in t for t in texts) and any("quoc phong" in t for t in texts)
    desk.close()
    assert not any(d.isVisible() for d in shown)


def test_the_guide_exists_in_both_languages():
    from desktop.help_pages import guide_path

    vi, en = guide_path("vi").read_text(encoding="utf-8"), guide_path("en").read_text(encoding="utf-8")
    assert "Tìm" in vi and "Find" in en and guide_path("fr").name == "guide_en.html"


def test_at_1024_by_700_dates_fit_and_the_url_field_is_usable(qtbot, tmp_path, settings_path):
    from .desk_data import make_archive

    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    assert win.open_archive(make_archive(tmp_path / "a.sqlite"))
    win.select_row(0)
    qtbot.waitUntil(lambda: win.splitter.sizes()[0] <= 220)
    metrics = win.table.fontMetrics()
    for row in range(win.model.rowCount()):
        shown = win.model.index(row, 1).data()
        assert metrics.horizontalAdvance(shown) + 8 <= win.table.columnWidth(1)
    assert metrics.horizontalAdvance("28/05/2013 14:30 ?") + 8 <= win.table.columnWidth(1)
    editor = win.article_pane.metadata
    assert editor.edits["url"].width() >= 150
    assert editor.date_edit.width() >= editor.date_edit.fontMetrics().horizontalAdvance("28/05/2013 14:30") + 10
    assert win.splitter.isCollapsible(0)
    win.close()


def test_column_chooser_offers_the_optional_columns_and_every_column_sorts(qtbot, desk):
    from PySide6.QtCore import Qt

    from storage.collation import sort_key

    header = desk.table.horizontalHeader()
    menu = desk.row_menus.build_header_menu()
    offered = {a.text(): a for a in menu.actions()}
    assert {"Author", "Source", "Tags", "Places", "Organisations", "Imported", "Words"} <= set(offered)
    assert header.isSectionHidden(4)
    offered["Organisations"].setChecked(True)
    offered["Words"].setChecked(True)
    assert not header.isSectionHidden(8) and not header.isSectionHidden(10)
    for column in range(desk.model.columnCount()):
        desk.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert desk.model.order_by != "published" or column == 1
    desk.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)
    firsts = [desk.model.article_row(r).organizations[:1] for r in range(desk.model.rowCount())]
    named = [f[0] for f in firsts if f]
    assert named == sorted(named, key=sort_key) and firsts[-1] == []  # no organisation: last
    desk.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)
    words = [desk.model.article_row(r).words for r in range(desk.model.rowCount())]
    assert words == sorted(words, reverse=True) and words[0] > 10
    assert desk.model.index(0, 10).data() == f"{words[0]:,}".replace(",", ".")


def test_walk3_the_empty_archive_names_the_formats_read_and_imports_a_folder(qtbot, tmp_path, settings_path,
                                                                              monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from .test_import import IMPORT_TIMEOUT_MS, write_articles

    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(tmp_path / "new.sqlite")
    state = win.empty_state
    said = state.message.text()
    for kind in ("Word", "PDF", ".eml", ".png", ".mhtml", "Import Folder…"):  # it named .txt, .html, .mhtml only
        assert kind in said
    write_articles(tmp_path / "pages" / "tháng 3", 2)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "pages")))
    state.folder_button.click()
    qtbot.waitUntil(lambda: not win.imports.busy and win.model.rowCount() == 2, timeout=IMPORT_TIMEOUT_MS)
    assert not state.isVisible()
    win.close()
