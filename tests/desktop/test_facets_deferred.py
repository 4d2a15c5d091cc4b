"""Facet counts follow the table once filtering pauses: rows first, one facet recount per pause."""
from __future__ import annotations

from collections import Counter

import pytest

from desktop.filter_sidebar import FACET_ROLE


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
