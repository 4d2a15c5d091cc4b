"""A large archive in the window: the first rows come from an index at once and the whole list follows
from the background reader; a search shows its latest imported matches until the ranking replaces them; facet
counts are read off the GUI thread and a stale count never reaches the sidebar. (The size from which an
archive counts as large is lowered to 0 here: the behaviour, not the timing, is under test.)"""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from benchmarks.make_realistic_archive import make_realistic_archive
from desktop import background_reads
from desktop.article_model import PAGE_SIZE
from desktop.background_reads import BackgroundReads
from desktop.main_window import MainWindow
from desktop.settings import Settings
from storage.archive import Archive
from storage.archive.records import Filters

ARTICLES = 160
TIMEOUT_MS = 20000


@pytest.fixture(scope="module")
def realistic_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "realistic.sqlite"
    make_realistic_archive(path, ARTICLES, seed=5)
    return path


@pytest.fixture
def window(qtbot, realistic_path, tmp_path, monkeypatch):
    monkeypatch.setattr(background_reads, "BACKGROUND_FROM", 0)  # every archive is "large"
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_the_first_rows_show_before_the_whole_list_follows(qtbot, window, realistic_path):
    assert window.open_archive(realistic_path, create=False)
    model = window.model
    with Archive.open(realistic_path, read_only=True) as archive:
        newest_first = archive.ids(order_by="published", descending=True)
    assert not model.complete and model.rowCount() == PAGE_SIZE  # the first page alone, from the date index
    assert [model.id_at(r) for r in range(PAGE_SIZE)] == newest_first[:PAGE_SIZE]
    assert window.article_pane.current_article_id == newest_first[0]  # readable at once
    assert "counting" in window.count_label.text()
    qtbot.waitUntil(lambda: model.complete, timeout=TIMEOUT_MS)
    assert model.ids() == newest_first and model.rowCount() == ARTICLES
    assert window.count_label.text() == f"{ARTICLES} articles"
    assert window.article_pane.current_article_id == newest_first[0]  # appended rows: the selection stays


def test_a_search_shows_the_newest_matches_until_the_ranking_replaces_them(qtbot, window, realistic_path):
    assert window.open_archive(realistic_path, create=False)
    qtbot.waitUntil(lambda: window.model.complete and not window.reads.busy, timeout=TIMEOUT_MS)
    query = Filters(query="quoc phong", prefix_last=True)
    with Archive.open(realistic_path, read_only=True) as archive:
        newest = archive.ids(query, order_by="id", descending=True)
        ranked = archive.ids(query, order_by="relevance")
    assert len(newest) > PAGE_SIZE and newest[:PAGE_SIZE] != ranked[:PAGE_SIZE]
    replaced = []
    window.model.ids_completed.connect(replaced.append)
    window.search.set_query("quoc phong")
    model = window.model
    assert model.preview and [model.id_at(r) for r in range(model.rowCount())] == newest[:PAGE_SIZE]
    assert "latest imported matches" in model.headerData(0, Qt.Orientation.Horizontal)
    assert window.article_pane.current_article_id == newest[0]
    qtbot.waitUntil(lambda: model.complete, timeout=TIMEOUT_MS)
    assert replaced == [True] and not model.preview and model.ids() == ranked
    assert "best matches" in model.headerData(0, Qt.Orientation.Horizontal)
    assert window.article_pane.current_article_id == ranked[0]  # the best hit took the newest's place


def test_a_stale_facet_count_is_dropped(qtbot, window, realistic_path):
    assert window.open_archive(realistic_path, create=False)
    qtbot.waitUntil(lambda: window.model.complete and not window.reads.busy, timeout=TIMEOUT_MS)
    shown = []
    real = window.sidebar.show_facets
    window.sidebar.show_facets = lambda facets: shown.append(facets) or real(facets)
    window.sidebar.refresh("quoc phong")
    window.sidebar.refresh("bien dong")  # typed on before the first count came back
    assert not window.sidebar.tree.isEnabled()  # the counts shown are not the query's yet
    qtbot.waitUntil(lambda: not window.reads.busy, timeout=TIMEOUT_MS)
    assert window.sidebar.tree.isEnabled()
    with Archive.open(realistic_path, read_only=True) as archive:
        expected = archive.facets(Filters(query="bien dong", prefix_last=True))
    assert shown == [expected]


def test_background_reads_deliver_only_the_latest_of_a_kind(qtbot, realistic_path):
    reads = BackgroundReads()
    with Archive.open(realistic_path, read_only=True) as archive:
        reads.set_archive(archive)
        release = threading.Event()
        delivered: list[str] = []

        def slow(reader):
            release.wait(10)  # still running when the newer read is asked for
            return reader.count()

        reads.run("count", slow, lambda n: delivered.append(f"old {n}"))
        reads.run("count", lambda reader: reader.count(), lambda n: delivered.append(f"new {n}"))
        reads.run("other", lambda reader: reader.last_id(), lambda n: delivered.append(f"other {n}"))
        release.set()
        qtbot.waitUntil(lambda: not reads.busy, timeout=TIMEOUT_MS)
        assert sorted(delivered) == [f"new {ARTICLES}", f"other {ARTICLES}"]
        reads.set_archive(None)



def test_a_refresh_keeps_the_rows_and_the_selected_article(qtbot, window, realistic_path):
    assert window.open_archive(realistic_path, create=False)
    qtbot.waitUntil(lambda: window.model.complete and not window.reads.busy, timeout=TIMEOUT_MS)
    deep = window.model.id_at(ARTICLES - 3)  # beyond the first page
    window.select_row(ARTICLES - 3)
    window.reload_table()  # what an import, an edit or an undo does
    assert window.model.rowCount() == ARTICLES and window.article_pane.current_article_id == deep
    qtbot.waitUntil(lambda: not window.reads.busy, timeout=TIMEOUT_MS)
    assert window.model.row_of(deep) == ARTICLES - 3 and window.article_pane.current_article_id == deep


def test_saved_search_counts_follow_their_names(qtbot, window, realistic_path):
    from storage import saved_searches as saved

    assert window.open_archive(realistic_path, create=False)
    window.search.set_query("quoc phong")
    qtbot.waitUntil(lambda: window.model.complete and not window.reads.busy, timeout=TIMEOUT_MS)
    widget = window.saved_searches
    assert widget.save("quốc phòng") is not None
    assert widget.list.item(0).text() == "quốc phòng  (…)"  # the name at once, the count in the background
    qtbot.waitUntil(lambda: not window.reads.busy, timeout=TIMEOUT_MS)
    with Archive.open(realistic_path, read_only=True) as archive:
        [search] = saved.saved_searches(archive)
        expected = saved.counts(archive, [search])[search.id]
    assert expected > 0 and widget.list.item(0).text() == f"quốc phòng  ({expected})"
