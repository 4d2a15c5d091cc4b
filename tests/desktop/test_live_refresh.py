"""Live refresh: the window on a shared archive shows what another connection (another user's app)
commits — new articles in the table, edits in the open article — without reopening."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.settings import Settings
from storage.archive import Archive

from tests.storage import vn_articles as fx


@pytest.fixture
def shared(qtbot, tmp_path, pg_server):
    """A window showing a shared archive holding one article, and another user's archive on it."""
    url = pg_server.fresh_database()
    other = Archive.open(url)
    first = other.add_article(fx.defence(), raw=b"", file_name="d")
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    win.set_archive(Archive.open(url))
    assert win.model.rowCount() == 1
    yield win, other, first
    win.close()
    other.close()


def _titles(win: MainWindow) -> list[str]:
    return [win.model.index(row, 0).data() for row in range(win.model.rowCount())]


def test_another_users_new_article_appears_in_the_table(qtbot, shared):
    win, other, first = shared
    win.select_article(first)
    new = other.add_article(fx.market(), raw=b"", file_name="m")
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=5000)
    assert new in win.model.ids() and fx.market().title in " ".join(map(str, _titles(win)))
    assert win.article_pane.current_article_id == first  # the open article stays open


def test_another_users_edit_refreshes_the_open_article(qtbot, shared):
    win, other, first = shared
    win.select_article(first)
    assert win.article_pane.current_article_id == first
    other.set_field(first, "title", "Tiêu đề do người khác sửa")
    qtbot.waitUntil(lambda: win.article_pane.article.title == "Tiêu đề do người khác sửa", timeout=5000)
    newest = win.article_pane.history.topLevelItem(0)
    assert newest.text(3) == "Tiêu đề do người khác sửa" and newest.text(4) == "tulieu"  # who did it
    assert "Tiêu đề do người khác sửa" in _titles(win)


def test_another_users_delete_removes_the_row(qtbot, shared):
    win, other, first = shared
    second = other.add_article(fx.market(), raw=b"", file_name="m")
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=5000)
    other.delete(second)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=5000)
    assert win.model.ids() == [first]


def _type(widget, text: str) -> None:
    """Key events carrying Vietnamese text (qtbot.keyClicks only knows ASCII keys), without Return."""
    widget.setFocus()
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.mark.parametrize("field", ["title", "lead", "tags"])
def test_a_refresh_keeps_what_the_user_is_typing(qtbot, shared, field):
    """Another user's edit arrives while this user is typing in a field of the same article (focus still
    in it, nothing saved yet): the other field refreshes, the typed text stays, and saving it later stores it."""
    win, other, first = shared
    win.select_article(first)
    meta = win.article_pane.metadata
    widget = {"title": meta.edits["title"], "lead": meta.lead_edit, "tags": meta.tags_edit}[field]
    _type(widget, ", hải quân đang gõ")
    typed = widget.toPlainText() if field == "lead" else widget.text()
    other.set_field(first, "author", "Người Khác")
    qtbot.waitUntil(lambda: meta.edits["author"].text() == "Người Khác", timeout=5000)
    assert (widget.toPlainText() if field == "lead" else widget.text()) == typed
    meta.flush()  # what switching article or closing does
    stored = win.archive.get(first)
    value = getattr(stored, field)
    assert "hải quân đang gõ" in (" ".join(value) if field == "tags" else value)
    assert stored.author == "Người Khác"


def test_a_refresh_replaces_a_field_the_user_did_not_touch(qtbot, shared):
    win, other, first = shared
    win.select_article(first)
    meta = win.article_pane.metadata
    meta.lead_edit.setFocus()  # focus alone is not typing
    other.set_field(first, "lead", "Sa pô mới của người khác")
    qtbot.waitUntil(lambda: meta.lead_edit.toPlainText() == "Sa pô mới của người khác", timeout=5000)
