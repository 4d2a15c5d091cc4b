"""The real MainWindow on a real archive: select, search, filter, delete/undo, settings, errors."""
from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt

from desktop import menus
from desktop.main_window import MainWindow
from desktop.settings import Settings
from storage.archive.records import Filters


def folded(text: str) -> str:
    """Lower-case text without tone marks and with đ as d (for checking search results)."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


@pytest.mark.seeds
def test_selecting_a_row_shows_its_text_and_metadata(qtbot, filled):
    filled.select_row(2)
    article_id = filled.model.id_at(2)
    article = filled.archive.get(article_id)
    pane = filled.article_pane
    assert pane.current_article_id == article_id
    shown = pane.view.toPlainText()
    assert article.title in shown and article.body[0] in shown
    assert pane.metadata.edits["title"].text() == article.title
    assert pane.metadata.edits["outlet"].text() == (article.outlet or "")


@pytest.mark.seeds
def test_typing_quoc_phong_filters_the_table(qtbot, filled):
    qtbot.keyClicks(filled.search, "quoc phong")
    qtbot.waitUntil(lambda: filled.model.rowCount() == 5, timeout=3000)
    for article_id in filled.model.ids():
        article = filled.archive.get(article_id)
        assert "quoc phong" in folded(article.title + " " + " ".join(article.body))
    assert "5" in filled.count_label.text() and "7" in filled.count_label.text()
    filled.search.clear()
    qtbot.keyClick(filled.search, Qt.Key.Key_Escape)
    filled.search.set_query("")
    assert filled.model.rowCount() == 7


@pytest.mark.seeds
def test_search_is_debounced_and_nonsense_shows_nothing(qtbot, filled):
    qtbot.keyClicks(filled.search, "zzqxw")
    assert filled.model.rowCount() == 7  # not yet: results follow a pause in typing
    qtbot.waitUntil(lambda: filled.model.rowCount() == 0, timeout=3000)


@pytest.mark.seeds
def test_outlet_facet_narrows_and_widens(qtbot, filled):
    facets = filled.archive.facets()
    outlet, count = facets["outlet"][0]
    filled.sidebar.toggle("outlet", outlet)
    assert filled.model.rowCount() == count < 7
    assert {filled.model.article_row(r).outlet for r in range(count)} == {outlet}
    filled.sidebar.toggle("outlet", outlet)
    assert filled.model.rowCount() == 7


@pytest.mark.seeds
def test_entity_filter_from_the_entities_pane(qtbot, filled):
    person = filled.archive.entities("person")[0]
    filled.filter_by_entity(person.id)
    assert filled.model.rowCount() == person.article_count
    assert set(filled.model.ids()) == set(filled.archive.ids(Filters(entity_id=person.id)))


@pytest.mark.seeds
def test_delete_then_undo_restores_the_row(qtbot, filled):
    filled.select_row(0)
    victim = filled.model.id_at(0)
    menus.delete_now(filled, [victim])
    assert filled.model.rowCount() == 6 and filled.model.row_of(victim) == -1
    filled.undo_stack.undo()
    qtbot.waitUntil(lambda: filled.model.rowCount() == 7, timeout=3000)
    assert filled.archive.get(victim).id == victim


@pytest.mark.seeds
def test_sorting_by_title_uses_the_archive_order(qtbot, filled):
    filled.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert filled.model.ids() == filled.archive.ids(None, order_by="title", descending=False)


def test_ctrl_f_focuses_search(qtbot, tmp_path, settings_path):
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.focusWidget() is win.search


def test_state_persists_in_isolated_settings(qtbot, tmp_path, settings_path):
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(tmp_path / "a.tulieu.sqlite")
    win.resize(700, 500)
    win.table.setColumnWidth(2, 133)
    win.splitter.setSizes([150, 550])
    win.article_pane.splitter.setSizes([300, 200])
    sizes, size = win.splitter.sizes(), win.size()
    text_sizes = win.article_pane.splitter.sizes()
    win.close()
    again = MainWindow(Settings(settings_path))
    qtbot.addWidget(again)
    again.show()
    assert again.table.columnWidth(2) == 133
    assert again.size() == size
    assert again.splitter.sizes() == sizes
    assert again.article_pane.splitter.sizes() == text_sizes
    assert again.settings.last_archive() == tmp_path / "a.tulieu.sqlite"
    assert again.settings.recent_archives()[0] == tmp_path / "a.tulieu.sqlite"
    assert settings_path.exists()


def test_a_window_never_shown_saves_no_layout(qtbot, settings_path):
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.close()
    assert Settings(settings_path).geometry() is None


def test_errors_become_dialogs_not_tracebacks(qtbot, tmp_path, settings_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("desktop.errors.QMessageBox.critical", lambda parent, title, text: shown.append(title))
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    bogus = tmp_path / "not-an-archive.sqlite"
    bogus.write_text("chỉ là văn bản", encoding="utf-8")
    assert not win.open_archive(bogus, create=False)
    assert shown == ["Damaged archive"] and win.archive is None


def test_locked_archive_offers_read_only(qtbot, tmp_path, settings_path, monkeypatch):
    from storage.archive import Archive

    path = tmp_path / "shared.tulieu.sqlite"
    holder = Archive.open(path)  # another writer holds the lock
    try:
        monkeypatch.setattr("desktop.main_window.ask_read_only", lambda parent, exc: True)
        win = MainWindow(Settings(settings_path))
        qtbot.addWidget(win)
        assert win.open_archive(path)
        assert win.archive.read_only and "read-only" in win.windowTitle()
        assert not win.actions_["delete"].isEnabled()
        win.close()
    finally:
        holder.close()


def test_vietnamese_interface_from_the_translation_file(qtbot, settings_path):
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators

    app = QApplication.instance()
    assert install_translators(app, "vi")
    try:
        win = MainWindow(Settings(settings_path))
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert titles[0] == "&Tệp" and "Trợ &giúp" in titles
        assert win.model.headerData(0, Qt.Orientation.Horizontal) == "Tiêu đề"
        assert "không dấu" in win.search.placeholderText()
        from desktop import provenance, undo

        assert provenance.origin_label("user") == "Do bạn sửa"  # translate("provenance", ...) reaches lupdate
        assert undo.merge_entities(None, 1, 2).text() == "Gộp thực thể"
        assert win.table.accessibleName() == "Bài viết"
    finally:
        install_translators(app, "en")
    english = MainWindow(Settings(settings_path))
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"


def test_shared_archive_dialog_in_vietnamese_down_to_its_buttons(qtbot):
    """Qt has no Vietnamese qtbase: the standard buttons' texts come from our own .qm."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

    from desktop.app import install_translators
    from desktop.shared_dialog import SharedArchiveDialog

    app = QApplication.instance()
    assert install_translators(app, "vi")
    try:
        dialog = SharedArchiveDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Mở kho dùng chung"
        assert "Cơ sở &dữ liệu:" in [label.text() for label in dialog.findChildren(QLabel)]
        buttons = [dialog.buttons.button(b).text() for b in (QDialogButtonBox.StandardButton.Open,
                                                             QDialogButtonBox.StandardButton.Cancel)]
        assert buttons == ["Mở", "Hủy"]
        assert QApplication.translate("MainWindow", "Updated by %1") == "%1 vừa cập nhật"
    finally:
        install_translators(app, "en")


def test_settings_dialog_saves_language_and_watch_folder(qtbot, tmp_path, settings_path):
    from desktop.dialogs import SettingsDialog, versions

    settings = Settings(settings_path)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.watch.setText(str(tmp_path))
    assert dialog.apply() is True
    again = Settings(settings_path)
    assert again.language() == "vi" and again.watch_folder() == str(tmp_path)
    assert set(versions()) == {"Tư Liệu", "Qt", "PySide6", "Python", "SQLite"}


@pytest.mark.seeds
def test_review_menu_jumps_to_an_article_needing_review(qtbot, filled):
    flagged = set(filled.archive.ids(Filters(needs_review=True)))
    assert flagged, "the seeds include articles flagged for review"
    filled.sidebar.toggle("outlet", filled.archive.facets()["outlet"][0][0])  # a filter that may hide it
    review = next(a for a in filled.menuBar().actions() if a.text() == "&Review").menu()
    review.actions()[0].trigger()
    current = filled.article_pane.current_article_id
    assert current in flagged
    assert filled.model.row_of(current) == filled.table.currentIndex().row()


@pytest.mark.seeds
def test_export_dossier_gets_the_filtered_articles_and_scope(qtbot, filled):
    from PySide6.QtWidgets import QApplication

    from desktop.dossier_dialog import DossierDialog

    filled.search.set_query("quoc phong")
    filled.actions_["export"].trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DossierDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    assert dialog.ids == filled.model.ids() and len(dialog.ids) == 5
    assert "quoc phong" in dialog.scope_text
    dialog.reject()


def test_archive_from_a_newer_version_is_refused_with_a_message(qtbot, tmp_path, settings_path, monkeypatch):
    import sqlite3

    from storage.archive import Archive

    path = tmp_path / "future.tulieu.sqlite"
    Archive.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    shown: list[str] = []
    monkeypatch.setattr("desktop.errors.QMessageBox.critical", lambda parent, title, text: shown.append(title))
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    assert not win.open_archive(path, create=False)
    assert shown == ["Archive from a newer version"]


def test_disk_full_and_vanished_files_are_worded_for_people():
    import errno
    import sqlite3

    from desktop.errors import describe

    assert describe(OSError(errno.ENOSPC, "No space left on device"))[0] == "Disk full"
    assert describe(sqlite3.OperationalError("database or disk is full"))[0] == "Disk full"
    title, text = describe(FileNotFoundError(errno.ENOENT, "gone", "/tmp/bai.txt"))
    assert title == "File not found" and "/tmp/bai.txt" in text


def test_ctrl_z_after_saving_a_field_undoes_the_saved_edit(qtbot, tmp_path, settings_path):
    from .test_article_pane import finish_typing, open_archive

    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    archive, _first, _second = open_archive(tmp_path)
    win.set_archive(archive)
    article_id = win.model.id_at(0)
    old = archive.get(article_id).title
    edit = win.article_pane.metadata.edits["title"]
    edit.setFocus()
    qtbot.keyClicks(edit, " 2")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # still typing: the field's undo
    assert edit.text() == old and archive.get(article_id).title == old
    finish_typing(qtbot, edit, "Tin mới")
    assert archive.get(article_id).title == "Tin mới" and win.focusWidget() is edit
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # saved: the archive edit
    assert archive.get(article_id).title == old and edit.text() == old
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert archive.get(article_id).title == "Tin mới"
