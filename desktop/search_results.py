"""Readable search results: matches marked in the title column and in the reading pane, a snippet
tooltip, relevance order while a query is active (said in the Title header), the first hit selected."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QTextEdit, QToolTip)

from desktop import undo
from desktop.text_marks import set_marks
from storage.errors import NotFound
from storage.highlight import marked_html, match_spans, snippet

log = logging.getLogger(__name__)

MARK = "#ffe36e"  # the background of a matched word, in the list and in the text


@lru_cache(maxsize=2048)
def _title_spans(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """Matches in a title (cached: a row repaints on every hover and scroll)."""
    return tuple(match_spans(text, query, True))


class HighlightDelegate(QStyledItemDelegate):
    """Paints the title with matched words on a yellow background; its tooltip is the hit's snippet."""

    def __init__(self, results: "SearchResults") -> None:
        super().__init__(results.window.table)
        self.results = results

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if not self.results.query:  # nothing to mark: Qt's own paint, without a second data() call
            super().paint(painter, option, index)
            return
        text = str(index.data() or "")
        spans = _title_spans(text, self.results.query)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        mark = f"<span style='background:{MARK}; color:#000'>"
        doc.setHtml(f"<span style='color:{colour.name()}; white-space:pre'>{marked_html(text, list(spans), mark, '</span>')}"
                    "</span>")
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left() + 3, rect.top() + (rect.height() - doc.size().height()) / 2)
        doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        """While searching, the tooltip shows the words around the matches."""
        tip = self.results.snippet_at(index.row()) if self.results.query else ""
        if not tip:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), f"<p style='white-space:normal'>{tip}</p>", view)
        return True


class SearchResults(QObject):
    """Owned by the main window; the window calls query_set() before it re-queries the table."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.query = ""
        self._order: tuple[str, bool] | None = None  # the column order to return to when the query ends
        window.table.setItemDelegateForColumn(0, HighlightDelegate(self))
        window.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.mark_text())
        window.search.query_changed.connect(lambda _q: self.show_first_hit())
        window.table.horizontalHeader().sortIndicatorChanged.connect(lambda _c, _o: self.sorted_by_column())
        undo.notifier().edited.connect(self._edited)  # a bound slot: disconnected with this object
        window.model.ids_completed.connect(self._ranked)
        self._first_hit: int | None = None  # the article show_first_hit selected

    def query_set(self, query: str) -> None:
        """A query starts, changes or ends: relevance order while it lasts, the user's order after."""
        model, header = self.window.model, self.window.table.horizontalHeader()
        self.query = query
        if query and model.order_by != "relevance":
            self._order = (model.order_by, model.descending)
            model.order_by, model.descending = "relevance", False
            header.setSortIndicatorShown(False)
        elif not query and model.order_by == "relevance":
            model.order_by, model.descending = self._order or ("published", True)
            header.setSortIndicatorShown(True)
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def _edited(self, archive: Any, _article_id: object) -> None:
        if self.query and archive is not None and archive is self.window.archive:
            QTimer.singleShot(0, self._mark_if_alive)  # after the article pane has redrawn the text

    def _mark_if_alive(self) -> None:
        if shiboken6.isValid(self) and shiboken6.isValid(self.window.article_pane.view):
            self.mark_text()

    def sorted_by_column(self) -> None:
        """The user clicked a column header: that order wins even while searching."""
        self.window.table.horizontalHeader().setSortIndicatorShown(True)

    def show_first_hit(self) -> None:
        """Select the best hit so the reading pane is never blank."""
        shown = self.window.article_pane.current_article_id
        if self.query and self.window.model.rowCount():
            self.window.select_row(0)
            self._first_hit = self.window.model.id_at(0)
        if self.window.article_pane.current_article_id == shown:  # else marked as the new row was shown
            self.mark_text()

    def _ranked(self, reordered: bool) -> None:
        """The ranking replaced the latest imported matches: the best hit takes the place of the first,
        unless the user has chosen another article meanwhile."""
        if reordered and self.query and self.window.article_pane.current_article_id == self._first_hit:
            self.show_first_hit()

    def mark_text(self) -> int:
        """Mark the query's matches in the reading pane; returns how many words were marked."""
        view: QTextEdit = self.window.article_pane.view
        selections = []
        if self.query:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(MARK))
            block = view.document().begin()
            while block.isValid():
                for start, end in match_spans(block.text(), self.query, True):
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = QTextCursor(view.document())
                    selection.cursor.setPosition(block.position() + start)
                    selection.cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                    selection.format = fmt
                    selections.append(selection)
                block = block.next()
        set_marks(view, "search", selections)
        return len(selections)

    def snippet_at(self, row: int) -> str:
        """The snippet of the article at `row` for the current query."""
        model = self.window.model
        article_id = model.id_at(row)
        if article_id is None or model.archive is None:
            return ""
        try:
            article = model.archive.get(article_id)
        except NotFound:
            return ""
        return snippet(article.title, article.lead, article.body, self.query, True)
