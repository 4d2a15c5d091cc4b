"""The article's other versions: outlets and dates of its story, a word diff against the original,
and split/join as undoable commands."""
from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter, QTextBrowser,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.metadata_editor import format_date
from desktop.story_reasons import reason_text
from desktop.undo import EditCommand
from storage.stories.diff import word_diff
from storage.stories.edits import JoinStory, SplitFromStory
from storage.stories.view import Story, story_of

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def split_command(archive: Any, article_id: int) -> EditCommand:
    """Command taking an article out of its story."""
    return EditCommand(archive, SplitFromStory(article_id), translate("undo", "Split from story"))


def join_command(archive: Any, article_id: int, into_article_id: int) -> EditCommand:
    """Command putting an article (with its story) into another article's story."""
    text = translate("undo", "Join story of #%1").replace("%1", str(into_article_id))
    return EditCommand(archive, JoinStory(article_id, into_article_id), text)


def diff_html(original: str, version: str) -> str:
    """The word diff as HTML: removed words struck through in red, added words in green."""
    styles = {"removed": "color:#a40000;text-decoration:line-through;background:#fde2e2;",
              "added": "color:#1b5e20;background:#dff2dc;"}
    parts = []
    for piece in word_diff(original, version):
        text = html.escape(piece.text).replace("\n", "<br>")
        parts.append(f'<span style="{styles[piece.kind]}">{text}</span>' if piece.kind in styles else text)
    return " ".join(parts)


class VersionsPane(QWidget):
    """Versions of the shown article's story; selecting one shows its differences from the original."""

    # the number of versions shown changed (0: the article stands alone)
    count_changed = Signal(int)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.archive: Any = None
        self.article_id: int | None = None
        self.story: Story | None = None
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Outlet"), self.tr("Date"), self.tr("Relation"), self.tr("Title")])
        self.diff = QTextBrowser(self)
        self.split_button = QPushButton(self.tr("Split from story"), self)
        self.split_button.setToolTip(self.tr("This article is not a version of the story: take it out"))
        self.join_button = QPushButton(self.tr("Join story…"), self)
        self.join_button.setToolTip(self.tr("Put this article into the story of another article (by id)"))
        self._build()
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_diff())
        self.split_button.clicked.connect(self.split_current)
        self.join_button.clicked.connect(self._ask_join)
        self.set_article(None, None)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.split_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.diff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def set_article(self, archive: Any, article_id: int | None) -> None:
        """Show the story of an article (None: nothing)."""
        self.archive, self.article_id = archive, article_id
        self.story = story_of(archive, article_id) if archive is not None and article_id is not None else None
        self.tree.clear()
        versions = self.story.versions if self.story else []
        for v in versions:
            item = QTreeWidgetItem([v.outlet or "?", format_date(v.published),  # day first, as the table
                                    self.relation_label(v.relation), v.title])
            item.setData(0, ID_ROLE, v.article_id)
            if v.article_id == article_id:
                font = item.font(0)
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
            self.tree.addTopLevelItem(item)
        self.reason.setText(self.tr("Original: %1").replace("%1", reason_text(self.story.reason)) if self.story else
                            self.tr("No other outlet's version of this article is archived."))
        writable = archive is not None and not getattr(archive, "read_only", False)
        self.split_button.setEnabled(writable and self.story is not None)
        self.join_button.setEnabled(writable and article_id is not None)
        current = next((i for i, v in enumerate(versions) if v.article_id == article_id), None)
        if current is not None:
            self.tree.setCurrentItem(self.tree.topLevelItem(current))
        self._show_diff()
        self.count_changed.emit(len(versions))

    def relation_label(self, relation: str) -> str:
        """A relation as the user reads it."""
        return {"original": self.tr("original"), "identical": self.tr("identical"),
                "edited": self.tr("edited"), "excerpt": self.tr("excerpt")}.get(relation, relation)

    def _show_diff(self) -> None:
        item = self.tree.currentItem()
        if item is None or self.story is None or self.story.original_id is None:
            self.diff.setHtml("")
            return
        chosen = int(item.data(0, ID_ROLE))
        original = self.archive.get(self.story.original_id)
        if chosen == original.id:
            self.diff.setHtml(html.escape(self.tr("This is the original.")))
            return
        version = self.archive.get(chosen)
        title = diff_html(original.title, version.title)
        body = diff_html("\n".join(original.body), "\n".join(version.body))
        self.diff.setHtml(f"<p><b>{title}</b></p><p>{body}</p>")

    def split_current(self) -> None:
        """Take the shown article out of its story (undoable)."""
        if self.story is not None and self.article_id is not None:
            self.undo_stack.push(split_command(self.archive, self.article_id))

    def join(self, into_article_id: int) -> None:
        """Put the shown article into the story of another article (undoable)."""
        if self.article_id is not None and into_article_id != self.article_id:
            self.undo_stack.push(join_command(self.archive, self.article_id, into_article_id))

    def _ask_join(self) -> None:
        number, ok = QInputDialog.getInt(self, self.tr("Join story"),
                                         self.tr("Article id whose story this article belongs to:"), 1, 1)
        if ok:
            self.join(number)
