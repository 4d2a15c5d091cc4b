"""Entities pane and the article's entity editor against a real archive."""
from __future__ import annotations

import pytest

pytest.importorskip("storage.edits", reason="storage/edits.py not written yet")

from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402

from desktop.article_pane import ArticlePane  # noqa: E402
from desktop.entities_pane import EntitiesPane  # noqa: E402
from desktop.entity_list_model import ID_ROLE  # noqa: E402
from desktop.month_chart import monthly_series  # noqa: E402
from tests.desktop.test_article_pane import open_archive  # noqa: E402


@pytest.fixture
def setup(qtbot, tmp_path):
    archive, first, second = open_archive(tmp_path)
    stack = QUndoStack()
    pane = EntitiesPane(stack)
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    pane.set_archive(archive)
    yield pane, stack, archive, first, second
    archive.close()


def listed(pane) -> dict[str, int]:
    """Name -> article count as the list shows them."""
    model = pane.list.model()
    return {model.index(r, 0).data(): int(model.index(r, 1).data()) for r in range(model.rowCount())}


def row_named(pane, name: str) -> int:
    return next(r for r in range(pane.model.rowCount()) if pane.model.index(r, 0).data() == name)


def test_lists_people_and_places_with_counts(setup):
    pane, *_ = setup
    assert listed(pane) == {"Trần Văn Bình": 1, "Trần V. Bình": 1}
    pane.kinds.setCurrentIndex(2)
    assert listed(pane)["Hà Nội"] == 2 and listed(pane)["Đà Nẵng"] == 1
    pane.filter.setText("da nang")
    assert list(listed(pane)) == ["Đà Nẵng"]


def test_selecting_shows_page_and_emits(setup, qtbot):
    pane, _stack, archive, *_ = setup
    pane.kinds.setCurrentIndex(2)
    index = pane.model.index(row_named(pane, "Hà Nội"), 0)
    with qtbot.waitSignal(pane.entity_selected) as signal:
        pane.list.setCurrentIndex(index)
    assert signal.args == [index.data(ID_ROLE)]
    assert "Hà Nội" in pane.header.text() and "2" in pane.header.text()
    assert [m for m, c in pane.chart.series if c] == ["2023-03", "2024-08"]
    names = [pane.co_occurring.item(i).text() for i in range(pane.co_occurring.count())]
    assert any(n.startswith("Đà Nẵng") for n in names)
    assert "Báo Cảng Biển" in pane.outlets.text()


def test_merge_and_rename_from_pane_are_undoable(setup):
    pane, stack, archive, first, second = setup
    ids = {row.name: row.id for row in archive.entities("person")}
    pane.merge(ids["Trần Văn Bình"], ids["Trần V. Bình"])
    assert listed(pane) == {"Trần Văn Bình": 2}
    assert "Trần V. Bình" in pane.page.aliases
    pane.rename(ids["Trần Văn Bình"], "Trần Văn  Bình Minh")
    assert listed(pane) == {"Trần Văn Bình Minh": 2}
    stack.undo()
    stack.undo()
    assert listed(pane) == {"Trần Văn Bình": 1, "Trần V. Bình": 1}


def test_entity_editor_in_article_pane(qtbot, tmp_path):
    archive, first, second = open_archive(tmp_path)
    stack = QUndoStack()
    pane = ArticlePane(stack)
    qtbot.addWidget(pane)
    pane.set_archive(archive)
    pane.show_article(second)
    editor = pane.metadata.entity_editor
    assert editor.lists["location"].count() == 2
    editor.new_name.setText("Cảng Tiên Sa")
    editor.new_kind.setCurrentIndex(2)
    qtbot.mouseClick(editor.findChildren(type(pane.metadata.confirm_date))[0], Qt.MouseButton.LeftButton)
    assert "Cảng Tiên Sa" in archive.get(second).entity_ids
    assert editor.lists["location"].count() == 3
    port = editor.entity_id("Cảng Tiên Sa")
    editor.set_kind(port, "organization")
    assert editor.lists["organization"].count() == 1
    stack.undo()
    assert editor.lists["location"].count() == 3
    editor.remove(port)
    assert "Cảng Tiên Sa" not in archive.get(second).entity_ids
    stack.undo()
    assert "Cảng Tiên Sa" in archive.get(second).entity_ids
    archive.close()


def test_monthly_series_fills_gaps_and_folds_long_spans():
    assert monthly_series([("2024-11", 2), ("2025-02", 1)]) == [
        ("2024-11", 2), ("2024-12", 0), ("2025-01", 0), ("2025-02", 1)]
    assert monthly_series([("2010-01", 1), ("2020-05", 3)])[0] == ("2010", 1)
    assert monthly_series([]) == []


def test_kind_change_from_pane_moves_entity_to_its_tab(setup):
    pane, stack, archive, *_ = setup
    pane.kinds.setCurrentIndex(2)
    city = next(r for r in archive.entities("location") if r.name == "Đà Nẵng")
    pane.set_kind(city.id, "organization")
    assert pane.kind == "organization" and "Đà Nẵng" in listed(pane)
    stack.undo()
    assert archive.entity(city.id).kind == "location"


def test_merge_from_article_editor_and_mention_click(qtbot, tmp_path):
    archive, first, second = open_archive(tmp_path)
    stack = QUndoStack()
    pane = ArticlePane(stack)
    qtbot.addWidget(pane)
    pane.set_archive(archive)
    pane.show_article(second)
    short = pane.metadata.entity_editor.entity_id("Trần V. Bình")
    full = archive.get(first).entity_ids["Trần Văn Bình"]
    pane.metadata.entity_editor.merge(full, short)
    people = pane.metadata.entity_editor.lists["person"]
    assert [people.item(i).text() for i in range(people.count())] == ["Trần Văn Bình"]
    assert archive.entity(full).aliases == ["Trần V. Bình"]
    with qtbot.waitSignal(pane.entity_activated) as signal:
        pane.view.anchorClicked.emit(QUrl(f"entity:{full}"))
    assert signal.args == [full]
    archive.close()


def test_refresh_keeps_only_the_shown_entity_selected_and_sorted(setup, qtbot):
    pane, _stack, archive, *_ = setup
    pane.kinds.setCurrentIndex(2)
    place = next(row for row in archive.entities("location") if row.name == "Đà Nẵng")
    with qtbot.assertNotEmitted(pane.entity_selected):
        pane.refresh()  # nothing shown yet: nothing selected
    assert pane.selected_ids() == []
    pane.show_page(place.id)
    pane.refresh()
    assert pane.selected_ids() == [place.id]
    counts = list(listed(pane).values())
    assert counts == sorted(counts, reverse=True) and counts[0] == 2


def test_the_list_reads_pages_as_it_scrolls_and_sorts_in_the_archive(setup, monkeypatch):
    pane, _stack, archive, *_ = setup
    monkeypatch.setattr("desktop.entity_list_model.PAGE_SIZE", 1)  # one name a page
    pane.kinds.setCurrentIndex(2)
    assert list(listed(pane)) == ["Hà Nội"] and pane.model.canFetchMore()
    pane.model.fetchMore()
    assert listed(pane) == {"Hà Nội": 2, "Đà Nẵng": 1}
    pane.list.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # names, Vietnamese order backwards
    while pane.model.canFetchMore():
        pane.model.fetchMore()
    assert list(listed(pane)) == ["Hà Nội", "Đà Nẵng"]
    pane.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    pane.model.fetchMore()
    assert list(listed(pane)) == ["Đà Nẵng", "Hà Nội"]


def test_selected_ids_follow_the_view_and_tooltips_show_aliases(setup):
    pane, _stack, archive, *_ = setup
    pane.list.selectAll()
    assert sorted(pane.selected_ids()) == sorted(r.id for r in archive.entities("person"))
    ids = {row.name: row.id for row in archive.entities("person")}
    pane.merge(ids["Trần Văn Bình"], ids["Trần V. Bình"])
    assert pane.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Trần V. Bình"


def test_walk4_an_entity_in_one_article_reads_1_article_and_1_mention(setup, qtbot, qapp):
    from desktop.app import install_translators

    pane, _stack, archive, first, second = setup
    assert install_translators(qapp, "en")  # the English forms come from the English .qm
    pane.kinds.setCurrentIndex(2)
    pane.list.setCurrentIndex(pane.model.index(row_named(pane, "Đà Nẵng"), 0))
    assert "1 article, from 04/03/2023 to 04/03/2023" in pane.header.text()  # was '1 articles'
    pane.list.setCurrentIndex(pane.model.index(row_named(pane, "Hà Nội"), 0))
    assert "2 articles, from 04/03/2023 to 12/08/2024" in pane.header.text()
    article = ArticlePane(QUndoStack())
    qtbot.addWidget(article)
    article.set_archive(archive)
    article.show_article(second)
    places = article.metadata.entity_editor.lists["location"]
    tips = [places.item(i).toolTip() for i in range(places.count())]
    assert any(tip.endswith("1 mention") for tip in tips) and not any("1 mentions" in tip for tip in tips)
    assert install_translators(qapp, "vi")
    pane.show_page(pane.page.id)
    assert "2 bài, từ 04/03/2023 đến 12/08/2024" in pane.header.text()
    install_translators(qapp, "en")
