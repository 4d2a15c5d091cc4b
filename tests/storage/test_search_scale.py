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


def test_a_broad_query_on_postgresql_ranks_its_newest_matches(realistic, monkeypatch):
    """More matches than RANKED: the hits are the best of the RANKED newest matches, and the relevance
    order lists those first, then the older matches newest first (search() is its head)."""
    if not realistic.shared:
        pytest.skip("SQLite ranks every match (FTS5's bm25 reads no document)")
    from storage.archive.backends import postgres

    monkeypatch.setattr(postgres, "RANKED", 40)
    matches = realistic.ids(Filters(query="quoc phong"), order_by="id", descending=True)
    assert len(matches) > 80
    ranked = realistic.ids(Filters(query="quoc phong"), order_by="relevance")
    hits = realistic.search("quoc phong", limit=20)
    assert sorted(ranked) == sorted(matches)
    assert set(ranked[:40]) == set(matches[:40]) and ranked[40:] == matches[40:]
    assert [h.id for h in hits] == ranked[:20]
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))
    outlet = realistic.facets()["outlet"][0][0]  # a filter narrows before the newest are taken
    in_outlet = realistic.ids(Filters(query="quoc phong", outlet=outlet), order_by="id", descending=True)
    filtered = realistic.search("quoc phong", limit=len(in_outlet), filters=Filters(outlet=outlet))
    assert {h.id for h in filtered} == set(in_outlet[:40])
