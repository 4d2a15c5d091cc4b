"""Walk 5: an entity filter shows an article; the XLSX export in the interface's words; the settings
dialog shows the saved language, not this run's --lang."""
from __future__ import annotations

from desktop.export_scope import scopes
from desktop.filter_sidebar import ENTITY_ID_ROLE, FACET_ROLE
from desktop.main_window import MainWindow
from storage.records import ENTITY_KINDS


def _entity(win: MainWindow, name: str) -> int:
    return next(r.id for r in win.archive.entities("organization") if r.name == name)


def _title(win: MainWindow, article_id: int | None) -> str:
    return win.archive.get(article_id).title if article_id is not None else ""


def _shows_first_row_chosen_by_app(win: MainWindow) -> None:
    first = win.model.id_at(0)
    assert win.article_pane.current_article_id == first and not win.article_pane.placeholder.isVisible()
    assert win.selected_ids() == [first] and win.shown_by_app == first
    assert scopes(win)[0].key == "shown"  # an export still takes every row shown, not the app's pick


def test_an_entity_chosen_in_the_entities_pane_shows_its_first_article(qtbot, desk):
    assert _title(desk, desk.article_pane.current_article_id).startswith("Bảo tàng")  # names no navy
    pane = desk.entities_pane
    pane.kinds.setCurrentIndex(ENTITY_KINDS.index("organization"))
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    row = next(r for r in range(pane.model.rowCount()) if pane.model.entity_at(r).name == "Hải quân")
    pane.list.setCurrentIndex(pane.model.index(row, 0))
    assert desk.sidebar.filters.entity_id == _entity(desk, "Hải quân") and desk.model.rowCount() == 1
    _shows_first_row_chosen_by_app(desk)
    assert _title(desk, desk.article_pane.current_article_id).startswith("Ăn Tết")


def test_an_entity_facet_shows_its_first_article(qtbot, desk):
    desk.select_row(desk.model.row_of(next(i for i in desk.model.ids()
                                           if _title(desk, i).startswith("An toàn"))), by_app=False)
    tree = desk.sidebar.tree
    head = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, FACET_ROLE) == "organization")
    item = next(head.child(i) for i in range(head.childCount())
                if head.child(i).data(0, ENTITY_ID_ROLE) == _entity(desk, "ASEAN"))
    desk.sidebar._activated(item)
    assert desk.model.rowCount() == 2
    _shows_first_row_chosen_by_app(desk)


def test_an_entity_filter_keeps_the_article_being_read_when_it_names_the_entity(qtbot, desk):
    reading = next(i for i in desk.model.ids() if _title(desk, i).startswith("Việt Nam"))
    desk.select_row(desk.model.row_of(reading), by_app=False)
    desk.shown_by_app = None  # as a click on the row does
    desk.filter_by_entity(_entity(desk, "ASEAN"))  # e.g. its link in the article
    assert desk.model.rowCount() == 2 and desk.article_pane.current_article_id == reading
    assert desk.shown_by_app is None and scopes(desk)[0].key == "picked"
