"""Facet counts follow the table once filtering pauses: rows first, one facet recount per pause."""
from __future__ import annotations

from collections import Counter

import pytest

from desktop.filter_sidebar import FACET_ROLE
from storage.archive.records import Filters


def outlet_counts(window) -> dict[str, int]:
    tree = window.sidebar.tree
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        if head.data(0, FACET_ROLE) == "outlet":
            return {head.child(j).toolTip(0): int(head.child(j).text(1)) for j in range(head.childCount())}
    return {}


@pytest.mark.seeds
def test_facets_are_recounted_once_after_the_rows_follow_a_query(qtbot, filled, monkeypatch):
    calls = []
    real = filled.archive.facets
    monkeypatch.setattr(filled.archive, "facets", lambda f=None: calls.append(f) or real(f))
    everything = sum(outlet_counts(filled).values())
    filled.set_query("quoc phong")
    filled.set_query("quoc phon")
    filled.set_query("quoc phong")
    assert filled.model.rowCount() == 5 and calls == []  # the rows are there; the facets come after
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    qtbot.wait(300)
    assert len(calls) == 1 and calls[0].query == "quoc phong"
    shown = Counter(filled.model.article_row(r).outlet for r in range(5))
    assert outlet_counts(filled) == {k: n for k, n in shown.items() if k} and everything > 5


@pytest.mark.seeds
def test_an_entity_facet_value_carries_its_id_and_filters_by_it(qtbot, filled, monkeypatch):
    from desktop.filter_sidebar import ENTITY_ID_ROLE

    tree = filled.sidebar.tree
    head = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, FACET_ROLE) == "person")
    item = head.child(0)
    person = filled.archive.entity_id(item.toolTip(0), "person")
    assert item.data(0, ENTITY_ID_ROLE) == person
    monkeypatch.setattr(filled.archive, "entity_id", lambda *a: pytest.fail("looked up by name"))
    filled.sidebar._activated(item)
    assert filled.sidebar.filters.entity_id == person
    assert set(filled.model.ids()) == set(filled.archive.ids(Filters(entity_id=person)))
