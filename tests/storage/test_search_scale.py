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
