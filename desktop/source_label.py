"""The document an article came from ("Article 3 of 12 from diem-bao-2024-05-03.docx · pages 1–2"), with
the corrections of a press review's split: merge with the next article, split at a paragraph (undoable)."""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPixmap, QTextCharFormat, QTextDocument, QUndoStack
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTextEdit, QVBoxLayout,
                               QWidget)

from desktop.errors import show_error
from desktop.text_marks import set_marks
from desktop.undo import EditCommand
from storage.document_edits import merge_with_next, split_here
from storage.errors import TuLieuError
from storage.page_images import page_image

log = logging.getLogger(__name__)


MAX_MARKED = 500  # doubtful words underlined at most (a very poor scan would slow the pane down)


def mark_doubtful(view: QTextEdit, words: list[str]) -> int:
    """Underline (wavy, red) the OCR words Tesseract was unsure of in the reading pane; returns how many."""
    style = QTextCharFormat()
    style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    style.setUnderlineColor(QColor("#d33"))
    style.setToolTip(QCoreApplication.translate("SourceLabel", "OCR was unsure of this word: compare with the page"))
    selections = []
    flags = QTextDocument.FindFlag.FindCaseSensitively | QTextDocument.FindFlag.FindWholeWords
    for word in dict.fromkeys(words):
        cursor = view.document().find(word, 0, flags)
        while not cursor.isNull() and len(selections) < MAX_MARKED:
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = cursor, style
            selections.append(selection)
            cursor = view.document().find(word, cursor, flags)
    set_marks(view, "ocr", selections)
    return len(selections)


class SourceLabel(QWidget):
    """A one-line note above the text for articles imported from a PDF, Word file, scan or e-mail."""

    def __init__(self, undo_stack: QUndoStack, selected: Callable[[], list[int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.selected = selected  # the reading pane's selected paragraph indices
        self.archive: Any = None
        self.article: Any = None
        self._link: Any = None
        self.label = QLabel(self)
        self.label.setStyleSheet("color: #555;")
        self.merge_button = QPushButton(self.tr("Merge with next"), self)
        self.merge_button.setToolTip(self.tr("Join this article with the next article of the same document"))
        self.page_button = QPushButton(self.tr("Show page"), self)
        self.page_button.setToolTip(self.tr("The page this text was read from, beside the text"))
        self.page_dialog: QDialog | None = None
        self.split_button = QPushButton(self.tr("Split here"), self)
        self.split_button.setToolTip(self.tr("Start a new article at the selected paragraph"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.page_button)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.split_button)
        self.merge_button.clicked.connect(self.merge)
        self.page_button.clicked.connect(self.show_page)
        self.split_button.clicked.connect(self.split)
        self.hide()

    def text(self) -> str:
        """The note shown."""
        return self.label.text()

    def doubtful_words(self) -> list[str]:
        """The shown article's OCR words of low confidence (empty for other articles)."""
        return list(self._link.low_confidence) if self._link is not None else []

    def set_article(self, archive: Any, article: Any) -> None:
        """Describe the article's document (hidden for page dumps and web pages)."""
        self.archive, self.article = archive, article
        link = archive.source_of(article.id) if archive is not None and article is not None else None
        self._link = link
        if link is None:
            self.label.clear()
            self.hide()
            return
        self.label.setText(self.describe(link))
        self.label.setToolTip(self.candidates(link))
        self.page_button.setVisible(link.format in ("pdf", "image"))
        editable = not getattr(archive, "read_only", False)
        self.merge_button.setVisible(editable and link.position < link.article_count)
        self.split_button.setVisible(editable)
        self.show()

    def describe(self, link: Any) -> str:
        """The note's text."""
        if link.article_count > 1:
            text = self.tr("Article %1 of %2 from %3").replace("%1", str(link.position)).replace(
                "%2", str(link.article_count)).replace("%3", link.file_name)
        else:
            text = self.tr("From %1").replace("%1", link.file_name)
        if link.first_page:
            pages = (str(link.first_page) if link.first_page == link.last_page
                     else f"{link.first_page}–{link.last_page}")
            text += " · " + self.tr("pages %1").replace("%1", pages)
        if link.ocr_confidence is not None:
            text += " · " + self.tr("OCR confidence %1%").replace("%1", str(round(link.ocr_confidence)))
        return text

    def candidates(self, link: Any) -> str:
        """The document's own metadata, shown as hints with where each came from."""
        values = link.meta.get("values", {})
        origins = link.meta.get("origins", {})
        lines = [f"{key}: {value} ({origins.get(key, '?')})" for key, value in values.items()]
        return self.tr("The document's own metadata (not applied):") + "\n" + "\n".join(lines) if lines else ""

    def show_page(self) -> None:
        """Open the article's page image in a window beside the main one (not modal)."""
        try:
            png = page_image(self.archive, self.article.id)
        except TuLieuError as error:
            show_error(self, error)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        if self.page_dialog is None:
            self.page_dialog = PageDialog(self.window())
        self.page_dialog.set_page(pixmap, self.label.text())
        self.page_dialog.show()
        self.page_dialog.raise_()

    def merge(self) -> None:
        """Merge the shown article with the next one of its document (one undo step)."""
        self._push(lambda: EditCommand(self.archive, merge_with_next(self.archive, self.article.id),
                                       self.tr("Merge with next article")))

    def split(self) -> None:
        """Split the shown article at the first selected paragraph (one undo step)."""
        chosen = self.selected()
        if not chosen:
            show_error(self, TuLieuError(self.tr("Select the paragraph that starts the new article first.")))
            return
        self._push(lambda: EditCommand(self.archive, split_here(self.archive, self.article.id, min(chosen)),
                                       self.tr("Split article")))

    def _push(self, make: Callable[[], EditCommand]) -> None:
        if self.archive is None or self.article is None:
            return
        try:
            self.undo_stack.push(make())
        except TuLieuError as error:
            show_error(self, error)


class PageDialog(QDialog):
    """A scrollable page image, kept open beside the reading pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QLabel(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(720, 900)

    def set_page(self, pixmap: QPixmap, caption: str) -> None:
        """Show this page."""
        self.image.setPixmap(pixmap)
        self.image.resize(pixmap.size())
        self.setWindowTitle(caption)
