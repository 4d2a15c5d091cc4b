"""The article pane: cleaned text beside the metadata editor (and edit history) of the selected article."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop import undo
from desktop.article_view import KIND_COLOURS, ArticleView
from desktop.metadata_editor import MetadataEditor
from desktop.provenance import HistoryTree
from desktop.source_label import SourceLabel, mark_doubtful
from desktop.versions_pane import VersionsPane
from storage.errors import NotFound

log = logging.getLogger(__name__)


class ArticlePane(QWidget):
    """Shows one article; every edit goes on the shared undo stack and is saved at once."""

    # id of the article whose stored data changed (edit, undo or redo), so its table row refreshes
    article_edited = Signal(int)
    # entity id the user asked to see (a highlighted mention or an entity list entry)
    entity_activated = Signal(int)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.archive: Any = None
        self.article: Any = None
        self.view = ArticleView(self)
        self.metadata = MetadataEditor(undo_stack, self)
        self.history = HistoryTree(self)
        self.source = SourceLabel(undo_stack, self.view.selected_indices, self)  # "Article 3 of 12 from FILE"
        self.versions = VersionsPane(undo_stack, self)
        self.show_removed = QCheckBox(self.tr("Show removed text"), self)
        self.show_removed.setToolTip(self.tr("Show, greyed in place, what cleaning removed from the page"))
        self.placeholder = QLabel(self.tr("Select an article to read and edit it."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777;")
        # Text left, metadata right: both visible at once, the user drags the handle between them.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("article")
        self.tabs = QTabWidget(self)  # Details (metadata editor) | History
        self._build()
        self.view.role_change_requested.connect(self.set_block_roles)
        self.view.entity_activated.connect(self.entity_activated)
        self.metadata.entity_editor.entity_activated.connect(self.entity_activated)
        self.show_removed.toggled.connect(self.view.set_show_removed)
        undo.notifier().edited.connect(self._on_edited)
        self.show_article(None)

    def _build(self) -> None:
        text_page = QWidget(self)
        text_layout = QVBoxLayout(text_page)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(self.show_removed)
        bar.addStretch(1)
        for kind, label in (("person", self.tr("person")), ("organization", self.tr("organisation")),
                            ("location", self.tr("place"))):
            legend = QLabel(label, self)
            legend.setStyleSheet(f"background: {KIND_COLOURS[kind]}; padding: 1px 6px; border-radius: 4px;")
            bar.addWidget(legend)
        text_layout.addLayout(bar)
        text_layout.addWidget(self.source)
        text_layout.addWidget(self.view, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.metadata)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll, self.tr("Details"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.versions, self.tr("Versions"))
        self.versions.count_changed.connect(self._versions_counted)
        self.splitter.addWidget(text_page)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.splitter, 1)

    # --- public -------------------------------------------------------------------------------
    def set_archive(self, archive: Any) -> None:
        """Use this archive (None: nothing open)."""
        self.archive = archive
        self.metadata.set_archive(archive)
        self.show_article(None)

    @property
    def current_article_id(self) -> int | None:
        """Id of the article shown, or None."""
        return self.article.id if self.article is not None else None

    def show_article(self, article_id: int | None) -> None:
        """Show an article by id (None or an unknown id shows the placeholder)."""
        if self.article is not None and article_id != self.article.id:
            self.metadata.flush()
        article = None
        if article_id is not None and self.archive is not None:
            try:
                article = self.archive.get(article_id)
            except NotFound:
                log.info("article %s is gone", article_id)
        self._show(article)

    def _show(self, article: Any) -> None:
        self.article = article
        self.view.editable = not getattr(self.archive, "read_only", False)
        self.view.set_article(article)
        self.source.set_article(self.archive, article)
        mark_doubtful(self.view, self.source.doubtful_words())
        self.metadata.set_article(article)
        rows = self.archive.history(article.id) if article is not None else []
        self.history.set_rows(rows, self.field_label, self.metadata.value_text)
        self.versions.set_article(self.archive, article.id if article is not None else None)
        removed = sum(1 for b in article.blocks if b.role == "removed") if article is not None else 0
        self.show_removed.setText(self.tr("Show removed text (%1)").replace("%1", str(removed)))
        self.placeholder.setVisible(article is None)
        self.splitter.setVisible(article is not None)

    def _versions_counted(self, count: int) -> None:
        index = self.tabs.indexOf(self.versions)
        text = self.tr("Versions (%1)").replace("%1", str(count)) if count else self.tr("Versions")
        if self.tabs.tabText(index) != text:  # a new text lays out and repaints the tab bar
            self.tabs.setTabText(index, text)

    def field_label(self, field: str) -> str:
        """A history row's field as the user reads it."""
        if field.startswith("block:") and field[6:].isdigit():
            return self.tr("Paragraph %1").replace("%1", str(int(field[6:]) + 1))
        if field == "entities":
            return self.tr("Entities")
        if field == "story":
            return self.tr("Story")
        return self.metadata.labels.get(field, field)

    def set_block_roles(self, indices: list[int], role: str) -> None:
        """Move paragraphs of the shown article to a role (one undo step for all)."""
        if self.article is None or not indices:
            return
        changed = [i for i in indices if i < len(self.article.blocks) and self.article.blocks[i].role != role]
        if len(changed) > 1:
            self.undo_stack.beginMacro(self.tr("Change %1 paragraphs").replace("%1", str(len(changed))))
        for index in changed:
            self.undo_stack.push(undo.set_block_role(self.archive, self.article.id, index, role))
        if len(changed) > 1:
            self.undo_stack.endMacro()

    # --- notifications ------------------------------------------------------------------------
    def _on_edited(self, archive: Any, article_id: int | None) -> None:
        """Any edit/undo/redo on our archive: refresh if it concerns the shown article; tell the table."""
        if archive is not self.archive or self.archive is None:
            return
        if self.article is not None and article_id in (None, self.article.id):
            self.show_article(self.article.id)
        if article_id is not None:
            self.article_edited.emit(article_id)
        elif self.article is not None:
            self.article_edited.emit(self.article.id)
