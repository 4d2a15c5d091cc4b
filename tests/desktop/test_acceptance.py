"""The issue's acceptance story, end to end, through the real MainWindow on a real archive.

Drop the five seeds -> five rows; select one -> text and metadata; edit its title -> saved with history;
Ctrl+Z -> old title back; type a query -> the table filters (also as you type); restore a removed
paragraph; merge two entities -> one remains with the other name as alias; cancel an import of 200 files
midway -> only whole articles.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.main_window import MainWindow
from desktop.settings import Settings
from storage.errors import NotFound

from .test_article_pane import finish_typing
from .test_import import IMPORT_TIMEOUT_MS, drop_files, wait_import, write_articles
from .test_main_window import folded

pytestmark = pytest.mark.seeds

NEW_TITLE = "Tiêu đề do người đọc sửa lại"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    """The real window, settings isolated in tmp_path, a fresh archive in tmp_path, active."""
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    assert win.open_archive(tmp_path / "archive.tulieu.sqlite")
    yield win
    win.close()


def anchor_point(view, href: str) -> QPoint:
    """Viewport position of the middle of the link with this href in a text view."""
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(view.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return view.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href} in the article view")


def drop_seeds(qtbot, window: MainWindow, seed_files: list[Path]) -> None:
    drop_files(window, seed_files)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5 and not window.imports.busy, timeout=IMPORT_TIMEOUT_MS)


def edit_title_then_undo(qtbot, window: MainWindow) -> None:
    window.select_row(1)
    article_id = window.model.id_at(1)
    stored = window.archive.get(article_id)
    pane = window.article_pane
    shown = pane.view.toPlainText()
    assert stored.title and stored.title in shown and all(p in shown for p in stored.body)
    assert pane.metadata.edits["title"].text() == stored.title
    assert pane.metadata.edits["outlet"].text() == (stored.outlet or "")

    title_edit = pane.metadata.edits["title"]
    title_edit.setFocus()
    finish_typing(qtbot, title_edit, NEW_TITLE)  # typed, then Return: editingFinished saves it
    assert window.archive.get(article_id).title == NEW_TITLE
    history = [h for h in window.archive.history(article_id) if h.field == "title"]
    assert history and history[0].old == stored.title and history[0].new == NEW_TITLE and history[0].by == "user"
    row = window.model.row_of(article_id)
    qtbot.waitUntil(lambda: window.model.article_row(row).title == NEW_TITLE, timeout=3000)

    assert window.focusWidget() is title_edit  # Ctrl+Z right away: Edit ▸ Undo, not the field's own undo
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.archive.get(article_id).title == stored.title
    qtbot.waitUntil(lambda: window.model.article_row(window.model.row_of(article_id)).title == stored.title,
                    timeout=3000)
    assert title_edit.text() == stored.title
    assert pane.view.toPlainText().startswith(stored.title)


def search_filters(qtbot, window: MainWindow, tmp_path: Path) -> None:
    drop_files(window, write_articles(tmp_path / "own", 3))  # farming news: no defence words
    qtbot.waitUntil(lambda: window.model.rowCount() == 8 and not window.imports.busy, timeout=IMPORT_TIMEOUT_MS)
    qtbot.keyClicks(window.search, "quoc pho")  # not finished typing: the last word is a prefix
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=3000)
    as_you_type = set(window.model.ids())
    qtbot.keyClicks(window.search, "ng")
    qtbot.wait(400)  # past the debounce: the full words give the same five
    assert window.search.query == "quoc phong" and window.model.rowCount() == 5
    assert set(window.model.ids()) == as_you_type
    for article_id in as_you_type:
        article = window.archive.get(article_id)
        assert "quoc phong" in folded(article.title + " " + " ".join(article.body))
    assert "5" in window.count_label.text() and "8" in window.count_label.text()
    window.search.set_query("")
    assert window.model.rowCount() == 8


def restore_paragraph(qtbot, window: MainWindow) -> None:
    pane = window.article_pane
    for row in range(window.model.rowCount()):
        window.select_row(row)
        article = pane.article
        removed = [i for i, b in enumerate(article.blocks) if b.role == "removed" and len(b.text) > 30]
        if removed:
            break
    else:
        raise AssertionError("no seed has a removed paragraph of some length")
    index = removed[-1]
    text = article.blocks[index].text
    assert text not in window.archive.get(article.id).body
    pane.show_removed.setChecked(True)
    point = anchor_point(pane.view, f"restore:{index}")
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert text in window.archive.get(article.id).body
    assert window.archive.get(article.id).blocks[index].role == "body"


def merge_entities(qtbot, window: MainWindow) -> None:
    people = window.archive.entities("person")
    assert len(people) >= 2
    keep, drop = people[0], people[1]
    window.left_tabs.setCurrentWidget(window.entities_pane)  # the Entities tab of the left column
    window.entities_pane.merge(keep.id, drop.id)
    remaining = {row.id: row for row in window.archive.entities("person")}
    assert drop.id not in remaining and keep.id in remaining
    assert drop.name in remaining[keep.id].aliases
    with pytest.raises(NotFound):
        window.archive.entity(drop.id)
    listed = [row.name for row in window.entities_pane.model.loaded()]
    assert keep.name in listed and drop.name not in listed


def cancel_big_import(qtbot, window: MainWindow, tmp_path: Path) -> None:
    before = window.archive.count()
    files = write_articles(tmp_path / "many", 200, start=100)
    window.import_paths([tmp_path / "many"])
    qtbot.waitUntil(lambda: window.archive.count() >= before + 3, timeout=IMPORT_TIMEOUT_MS)
    qtbot.mouseClick(window.imports.widget.cancel_button, Qt.MouseButton.LeftButton)
    wait_import(qtbot, window)
    stored = window.archive.count()
    assert before + 3 <= stored < before + len(files)
    window.reload_table()
    assert window.model.rowCount() == stored
    for article_id in window.model.ids():
        article = window.archive.get(article_id)
        assert article.title and article.body and all(p.strip() for p in article.body)
    with sqlite3.connect(window.archive.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == stored


def test_acceptance_story(qtbot, window, seed_files, tmp_path, monkeypatch):
    import desktop.window_import as mw

    summaries: list = []
    monkeypatch.setattr(mw.ImportSummaryDialog, "open", lambda self: summaries.append(self))
    drop_seeds(qtbot, window, seed_files)
    assert summaries == []
    edit_title_then_undo(qtbot, window)
    search_filters(qtbot, window, tmp_path)
    restore_paragraph(qtbot, window)
    merge_entities(qtbot, window)
    cancel_big_import(qtbot, window, tmp_path)
    assert len(summaries) == 1 and "cancelled" in summaries[0].text.toPlainText()
