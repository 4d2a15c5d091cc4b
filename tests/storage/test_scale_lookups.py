"""Look-ups that must not load whole lists: date order, next article to review, entity by name, facets."""
from __future__ import annotations

import random
from collections import Counter

import pytest

from benchmarks.make_realistic_archive import make_realistic_archive
from storage.archive import Archive
from storage.archive.records import Filters
from storage.collation import sort_key
from tests.pg_server import BACKENDS, module_location


@pytest.fixture(scope="module", params=BACKENDS)
def archive(request, tmp_path_factory):
    location = module_location(request, tmp_path_factory, "lookups")
    make_realistic_archive(location, 500, seed=5)
    with Archive.open(location) as opened:
        rng = random.Random(1)
        for article_id in rng.sample(range(1, 501), 60):  # undated articles, some of them flagged
            opened.set_field(article_id, "published", None, by="extractor")
        for article_id in rng.sample(range(1, 501), 30):
            opened.set_field(article_id, "needs_review", ["published"], by="extractor")
        yield opened


def by_date(archive: Archive, ids: list[int], descending: bool) -> list[int]:
    """The documented order: dated first (newest or oldest first, ties by id the same way), undated last."""
    dates = {i: archive.get(i).published for i in ids}
    dated = sorted((i for i in ids if dates[i] is not None), key=lambda i: (dates[i], i), reverse=descending)
    return dated + sorted((i for i in ids if dates[i] is None), reverse=descending)


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("filters", [None, Filters(year=2021), Filters(needs_review=True), Filters(query="quoc phong")])
def test_date_order_puts_undated_last_both_ways(archive, filters, descending):
    ids = archive.ids(filters, order_by="published", descending=descending)
    assert len(ids) == archive.count(filters) > 0
    assert ids == by_date(archive, ids, descending)
    assert archive.ids(filters, order_by="no such column", descending=descending) == ids


def test_next_flagged_walks_the_review_queue_in_table_order_and_wraps(archive):
    queue = archive.ids(Filters(needs_review=True), order_by="published", descending=True)
    order = archive.ids(None, order_by="published", descending=True)
    assert len(queue) > 20 and any(archive.get(i).published is None for i in queue)
    for current in order[::7] + [None, 10_000]:
        start = order.index(current) + 1 if current in order else 0
        expected = next((i for i in order[start:] + order[:start] if i in set(queue)), None)
        assert archive.next_flagged(current) == expected, current
    walked, current = [], queue[-1]
    for _ in queue:
        current = archive.next_flagged(current)
        walked.append(current)
    assert walked == queue


def test_entity_id_finds_an_entity_by_exact_name_and_kind(archive):
    rows = archive.entities("person")[::97] + archive.entities("location")[:3]
    assert rows
    for row in rows:
        assert archive.entity_id(row.name, row.kind) == row.id
        assert archive.entity_id(row.name) == row.id
    assert archive.entity_id(rows[0].name, "organization") is None
    assert archive.entity_id("Không Có Ai", "person") is None and archive.entity_id(rows[0].name, "planet") is None


# "quoc phong" matches most articles: counted from what the match leaves out
@pytest.mark.parametrize("filters", [None, Filters(query="Biển Đông"), Filters(needs_review=True),
                                     Filters(query="quoc phong", prefix_last=True)])
def test_entity_facets_are_the_top_counts_of_each_kind(archive, filters):
    facets = archive.facets(filters)
    ids = archive.ids(filters)
    for kind in ("person", "organization", "location"):
        counts = Counter(e.name for i in ids for e in archive.get(i).entities if e.kind == kind)
        # ties in Vietnamese alphabetical order, as every list of names is shown
        expected = sorted(counts.items(), key=lambda item: (-item[1], sort_key(item[0])))[:200]
        assert facets[kind] == expected
    assert len(facets["person"]) == 200 or filters is not None


@pytest.mark.parametrize("filters", [Filters(query="Biển Đông"), Filters(query="quoc phong", prefix_last=True)])
def test_precision_and_review_facets_count_the_matches(archive, filters):
    ids = archive.ids(filters)
    facets = archive.facets(filters)
    precision = Counter(archive.get(i).date_precision for i in ids)
    assert sorted(facets["precision"]) == sorted(precision.items())
    flagged = sum(1 for i in ids if archive.get(i).needs_review)
    assert facets["review"] == ([("yes", flagged)] if flagged else [])
