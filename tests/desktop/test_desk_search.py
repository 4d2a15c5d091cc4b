"""Search results you can read, through the real MainWindow: marks in the list and the text, a snippet,
relevance order shown in the header, the first hit selected."""
from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.search_results import MARK
from storage.folding import fold


def _yellow_pixels(widget) -> int:
    image = widget.grab().toImage()
    mark = QColor(MARK).rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == mark)


def test_a_query_selects_the_best_hit_and_marks_it_everywhere(qtbot, desk):
    desk.select_row(4)
    desk.search.set_query("an ninh")
    model, header = desk.model, desk.table.horizontalHeader()
    assert model.order_by == "relevance" and not header.isSortIndicatorShown()
    assert "best matches" in model.headerData(0, header.orientation())
    assert desk.article_pane.current_article_id == model.id_at(0)
    view = desk.article_pane.view
    marked = [s.cursor.selectedText() for s in view.extraSelections()]
    assert marked and {fold(w) for w in marked} <= {"an", "ninh"}
    assert _yellow_pixels(desk.table.viewport()) > 20
    assert "<b>" in desk.results.snippet_at(0)


def test_ending_the_query_restores_the_column_order_and_clears_marks(qtbot, desk):
    desk.search.set_query("bien")
    desk.search.set_query("")
    assert desk.model.order_by == "published" and desk.table.horizontalHeader().isSortIndicatorShown()
    assert desk.article_pane.view.extraSelections() == []
    assert _yellow_pixels(desk.table.viewport()) == 0


def test_clicking_a_header_while_searching_sorts_by_that_column(qtbot, desk):
    desk.search.set_query("bo")
    desk.table.sortByColumn(0, desk.table.horizontalHeader().sortIndicatorOrder())
    assert desk.model.order_by == "title" and desk.table.horizontalHeader().isSortIndicatorShown()
