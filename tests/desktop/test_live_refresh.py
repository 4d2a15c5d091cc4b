"""Live refresh: the window on a shared archive shows what another connection (another user's app)
commits — new articles in the table, edits in the open article — without reopening."""
from __future__ import annotations

import pytest

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
