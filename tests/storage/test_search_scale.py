"""search() ranks and limits inside the index: same hits, same order as the full relevance order."""
from __future__ import annotations

import pytest

from benchmarks.make_realistic_archive import make_realistic_archive
from storage.archive import Archive
from storage.archive.records import Filters
from tests.pg_server import BACKENDS, module_location


@pytest.fixture(scope="module", params=BACKENDS)
def realistic(request, tmp_path_factory):
    location = module_location(request, tmp_path_factory, "scale")
    make_realistic_archive(location, 600, seed=3)
    with Archive.open(location, read_only=True) as archive:
        yield archive


@pytest.mark.parametrize("query", ["quoc phong", "Biển Đông", "hai quan", "tàu -cá", "Esper OR Austin"])
def test_search_hits_are_the_top_of_the_relevance_order(realistic, query):
    ranked = realistic.ids(Filters(query=query), order_by="relevance")
    hits = realistic.search(query, limit=20)
    assert len(ranked) > 0
    assert [h.id for h in hits] == ranked[:20]
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))


def test_filters_narrow_before_the_limit(realistic):
    outlet = realistic.facets()["outlet"][3][0]  # a smaller outlet: most of its hits rank low overall
    flt = Filters(outlet=outlet, query="quoc phong")
    ranked = realistic.ids(flt, order_by="relevance")
    hits = realistic.search("quoc phong", limit=10, filters=Filters(outlet=outlet))
    assert 0 < len(hits) == min(10, len(ranked))
    assert [h.id for h in hits] == ranked[:10]
    assert {realistic.get(h.id).outlet for h in hits} == {outlet}


def test_a_broad_query_on_postgresql_ranks_the_newest_articles_matches(realistic, monkeypatch):
    """Past WINDOW articles, a broad query ranks its matches among the WINDOW newest articles and lists
    the older ones after them, newest first; a rarer one ranks its RANKED newest matches (all of them
    when fewer); search() is the head of that order, filters narrow before it."""
    if not realistic.shared:
        pytest.skip("SQLite ranks every match (FTS5's bm25 reads no document)")
    from storage.archive.backends import postgres

    monkeypatch.setattr(postgres, "WINDOW", 100)
    monkeypatch.setattr(postgres, "ENOUGH", 10)
    monkeypatch.setattr(postgres, "RANKED", 40)
    top = max(realistic.ids(order_by="id"))
    matches = realistic.ids(Filters(query="quoc phong"), order_by="id", descending=True)
    recent = [i for i in matches if i > top - 100]
    assert len(recent) >= 27  # the window path: at least 4 x 40 x 100 / 600 of the newest 100 match
    ranked = realistic.ids(Filters(query="quoc phong"), order_by="relevance")
    assert set(ranked[:len(recent)]) == set(recent) and ranked[len(recent):] == matches[len(recent):]
    hits = realistic.search("quoc phong", limit=len(recent) + 5)
    assert [h.id for h in hits] == ranked[:len(recent) + 5]
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))
    rare = realistic.ids(Filters(query="Esper OR Austin"), order_by="id", descending=True)
    assert 0 < len(rare) <= 40 and len([i for i in rare if i > top - 100]) < 27
    ranked_rare = realistic.ids(Filters(query="Esper OR Austin"), order_by="relevance")
    assert sorted(ranked_rare) == sorted(rare)
    monkeypatch.setattr(postgres, "WINDOW", 3000)  # the whole archive ranked: the same order
    assert realistic.ids(Filters(query="Esper OR Austin"), order_by="relevance") == ranked_rare
    monkeypatch.setattr(postgres, "WINDOW", 100)
    title = realistic.get(3).title  # an old article: its phrase is found past the window, by the GIN index
    assert 3 in realistic.ids(Filters(query=f'"{title}"'), order_by="relevance")
    assert realistic.search("xyzzyq") == [] and realistic.search(title, limit=500)
    outlet = realistic.facets()["outlet"][0][0]  # a filter narrows before the window is read
    in_outlet = realistic.ids(Filters(query="quoc phong", outlet=outlet), order_by="relevance")
    filtered = realistic.search("quoc phong", limit=len(in_outlet), filters=Filters(outlet=outlet))
    assert [h.id for h in filtered] == in_outlet
    assert {realistic.get(i).outlet for i in in_outlet} == {outlet}


@pytest.mark.parametrize("flt, order_by, descending", [
    (None, "published", True), (None, "published", False), (Filters(query="quoc phong"), "published", True),
    (Filters(query="quoc phong"), "id", True), (Filters(query="quoc phong"), "id", False),
    (Filters(query="quoc phong", prefix_last=True), "relevance", False), (None, "title", False),
    (Filters(needs_review=False), "words", True)])
def test_a_limited_id_list_is_the_first_page_of_the_whole(realistic, flt, order_by, descending):
    whole = realistic.ids(flt, order_by=order_by, descending=descending)
    assert len(whole) > 60
    assert realistic.ids(flt, order_by=order_by, descending=descending, limit=50) == whole[:50]
    if order_by == "id":  # the newest matches a window shows while the ranking is computed
        assert whole == sorted(whole, reverse=descending)


def test_last_id_is_the_highest_id(realistic):
    assert realistic.last_id() == max(realistic.ids(order_by="id"))


def test_a_reader_reads_the_same_archive_on_its_own_connection(realistic):
    reader = realistic.reader()
    try:
        assert reader._conn is not realistic._conn and reader.read_only
        flt = Filters(query="Biển Đông")
        assert reader.ids(flt, order_by="relevance") == realistic.ids(flt, order_by="relevance")
        assert reader.facets(flt) == realistic.facets(flt)
    finally:
        reader.close()


def test_interrupt_stops_a_running_read_from_another_thread(realistic):
    import threading
    import time

    from storage.errors import ArchiveError

    reader = realistic.reader()
    endless = ("SELECT pg_sleep(60)" if reader.shared else
               "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
    outcome: list[object] = []

    def read() -> None:
        try:
            with reader._reading():
                reader._conn.execute(endless).fetchall()
            outcome.append("finished")
        except ArchiveError as error:
            outcome.append(error)

    thread = threading.Thread(target=read)
    thread.start()
    time.sleep(0.3)  # the statement is running
    reader.interrupt()
    thread.join(10)
    try:
        assert not thread.is_alive() and isinstance(outcome[0], ArchiveError)
        assert reader.count() == realistic.count()  # the connection serves the next read
    finally:
        reader.close()
