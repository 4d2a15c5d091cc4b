"""The Versions section, the one-per-story toggle, the republished-by facet and split/join with undo,
driving the real MainWindow on a real archive."""
from __future__ import annotations

import re

import pytest

from desktop.main_window import MainWindow
from desktop.settings import Settings
from tests.storage.stories_texts import write_story

from .test_import import IMPORT_TIMEOUT_MS


@pytest.fixture
def story_window(qtbot, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    pages = write_story(folder)
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(tmp_path / "archive.tulieu.sqlite")
    win.import_paths([str(p) for p in pages.values()])
    qtbot.waitUntil(lambda: not win.imports.busy and win.model.rowCount() == 5, timeout=IMPORT_TIMEOUT_MS)
    ids = {row.title: row.id for row in win.archive.rows(win.archive.ids())}
    by_name = {name: next(i for t, i in ids.items() if win.archive.get(i).file_name == f"{name}.txt")
               for name in pages}
    yield win, by_name
    win.close()


def _versions_tab(win: MainWindow) -> str:
    pane = win.article_pane
    return pane.tabs.tabText(pane.tabs.indexOf(pane.versions))


def test_versions_section_lists_outlets_and_diffs_against_the_original(story_window):
    win, ids = story_window
    win.select_article(ids["retitled"])
    assert _versions_tab(win) == "Versions (4)"
    tree = win.article_pane.versions.tree
    assert tree.topLevelItemCount() == 4
    outlets = [tree.topLevelItem(i).text(0) for i in range(4)]
    assert outlets[0] == win.archive.get(ids["wire"]).outlet
    assert set(outlets) >= {win.archive.get(ids[n]).outlet for n in ("retitled", "plain", "excerpt")}
    assert tree.currentItem().text(3) == win.archive.get(ids["retitled"]).title
    diff = win.article_pane.versions.diff.toHtml()
    assert "line-through" in diff  # the dropped paragraph and the old title words
    assert "bước tiến mới" in diff  # the new title's words, diacritics intact
    win.select_article(ids["negative"])
    assert _versions_tab(win) == "Versions"


def test_one_per_story_toggle_and_republished_by_facet(story_window, qtbot):
    win, ids = story_window
    win.sidebar.one_per_story.setChecked(True)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2)
    win.sidebar.one_per_story.setChecked(False)
    qtbot.waitUntil(lambda: win.model.rowCount() == 5)
    heads = [win.sidebar.tree.topLevelItem(i).text(0) for i in range(win.sidebar.tree.topLevelItemCount())]
    assert any(h.startswith("Republished by") for h in heads)
    win.sidebar.toggle("republished_by", win.archive.get(ids["plain"]).outlet)
    qtbot.waitUntil(lambda: win.model.rowCount() == 4)
    assert ids["negative"] not in win.model.ids()


def test_split_and_join_with_undo(story_window, qtbot):
    win, ids = story_window
    win.select_article(ids["plain"])
    win.article_pane.versions.split_current()
    assert _versions_tab(win) == "Versions"
    assert win.archive.history(ids["plain"])[0].field == "story"
    win.undo_stack.undo()
    assert _versions_tab(win) == "Versions (4)"
    win.select_article(ids["negative"])
    win.article_pane.versions.join(ids["wire"])
    assert _versions_tab(win) == "Versions (5)"
    win.undo_stack.undo()
    assert _versions_tab(win) == "Versions"
    win.undo_stack.redo()
    assert _versions_tab(win) == "Versions (5)"


def test_an_archive_from_before_stories_is_grouped_on_first_open(qtbot, tmp_path):
    from storage.archive import Archive
    from storage.ingest import ingest

    folder = tmp_path / "pages"
    folder.mkdir()
    pages = write_story(folder)
    path = tmp_path / "old.tulieu.sqlite"
    with Archive.open(path) as archive:
        ingest(archive, list(pages.values()), detect_stories=False)
        with archive._write() as conn:  # as migration 7 leaves an archive that already held articles
            conn.execute("INSERT INTO story_state(key, value) VALUES ('pending', '1')")
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(path)
    qtbot.waitUntil(lambda: "Stories found: 1" in win.statusBar().currentMessage(), timeout=30_000)
    win.select_article(1)
    assert _versions_tab(win) == "Versions (4)"
    win.close()


def test_dossier_dialog_one_per_story(story_window, qtbot, tmp_path):
    from pypdf import PdfReader

    from desktop.dossier_dialog import DossierDialog

    win, ids = story_window
    dialog = DossierDialog(None, win.archive, win.archive.ids(), "")
    qtbot.addWidget(dialog)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    dialog.one_per_story_check.setChecked(True)
    out = tmp_path / "once.pdf"
    with qtbot.waitSignal(dialog.built, timeout=60_000) as blocker:
        dialog.export_to(out)
    assert blocker.args[0].articles == 2
    text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert text.count("Also published by:") == 1


@pytest.fixture
def vietnamese(qapp):
    from desktop.app import install_translators

    assert install_translators(qapp, "vi")
    yield
    install_translators(qapp, "en")


def test_walk4_why_a_version_is_the_original_reads_in_vietnamese(story_window, vietnamese):
    from desktop.story_reasons import reason_text

    win, ids = story_window
    win.select_article(ids["retitled"])
    said = win.article_pane.versions.reason.text()
    assert said.startswith("Bài gốc: ")
    tree = win.article_pane.versions.tree
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}( \d\d:\d\d)?", tree.topLevelItem(i).text(1))  # day first
               for i in range(tree.topLevelItemCount()))
    for english in ("named as the source", " is a ", "published first", "imported first"):
        assert english not in said, said
    assert reason_text("named as the source by 3 versions (“Theo TTXVN”)") == "được 3 bản khác ghi là nguồn (“Theo TTXVN”)"
    assert reason_text("Thông tấn xã Việt Nam is a state wire") == "Thông tấn xã Việt Nam là hãng thông tấn nhà nước"
    assert reason_text("VTV is a state broadcaster") == "VTV là đài phát thanh, truyền hình nhà nước"
    assert reason_text("published first (2024-05-03 10:15)") == "đăng sớm nhất (03/05/2024 10:15)"
    assert reason_text("imported first (no date or source to go by)").startswith("nhập vào sớm nhất")
    assert reason_text("chosen by hand") == "chosen by hand"  # another form stays as written
