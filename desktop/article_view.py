"""Cleaned text of one article: title, lead, body, captions set apart, entity mentions highlighted.

The document is built block by block with QTextCursor; each paragraph's QTextBlock carries the
article block index as its userState, so a click or a selection maps to paragraph indices directly.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import (QBrush, QColor, QContextMenuEvent, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument)
from PySide6.QtWidgets import QTextBrowser, QWidget

log = logging.getLogger(__name__)

KIND_COLOURS = {"person": "#fde0c5", "organization": "#d3e5fa", "location": "#d5efd0"}
NO_PARAGRAPH = -1
MAX_LEAD_PREFIX = 40  # an outlet/place prefix before the lead in its paragraph ("(Ngày Nay) - ", "TGVN. ")


def _free_first_letter(name: str) -> bool:
    """Whether a sentence may capitalise the name's first word: several words, a later one a capital.

    ("bán đảo Triều Tiên" = "Bán đảo Triều Tiên"; a single word like "Mỹ" must not match "thẩm mỹ").
    """
    words = name.split()
    return len(words) > 1 and any(w[:1].isupper() for w in words[1:])


def mention_key(name: str) -> str:
    """A name as mentions are looked up: NFC, the first letter case-free when the name allows it."""
    name = unicodedata.normalize("NFC", name.strip())
    return name[:1].casefold() + name[1:] if _free_first_letter(name) else name


def _name_regex(name: str) -> str:
    first, rest = name[:1], re.escape(name[1:])
    if first.lower() == first.upper() or not _free_first_letter(name):
        return re.escape(name)
    return f"[{re.escape(first.lower())}{re.escape(first.upper())}]{rest}"


def mention_pattern(surfaces: list[str]) -> re.Pattern[str] | None:
    """A regex matching any of the names as whole words (first letter in either case), longest first."""
    names = sorted({unicodedata.normalize("NFC", s.strip()) for s in surfaces if s.strip()}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(_name_regex(n) for n in names)})(?!\w)")


def _is_word(ch: str) -> bool:
    """What the regex \\w matches in a str pattern."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=4096)
def _one_name(name: str) -> tuple[str, frozenset[str]]:
    """(the text every mention contains, the first letters allowed before it; empty: the text is the
    whole name). Found with str.find, as mention_pattern([name]) would: compiling a regex for each new
    name cost about as much as laying out the article."""
    first = name[:1]
    if first.lower() == first.upper() or not _free_first_letter(name):
        return name, frozenset()
    return name[1:], frozenset(first.lower() + first.upper())


def _name_spans(text: str, literal: str, firsts: frozenset[str]) -> list[tuple[int, int]]:
    """Whole-word, non-overlapping matches of one name, left to right (as re.finditer gives them)."""
    spans: list[tuple[int, int]] = []
    back = 1 if firsts else 0
    pos = last_end = 0
    while (found := text.find(literal, pos)) >= 0:
        start, end = found - back, found + len(literal)
        if (start >= last_end and (not firsts or text[start] in firsts)
                and (start == 0 or not _is_word(text[start - 1])) and (end == len(text) or not _is_word(text[end]))):
            spans.append((start, end))
            pos = last_end = end
        else:
            pos = found + 1
    return spans


def mention_patterns(surfaces: list[str]) -> list[tuple[str, frozenset[str]]]:
    """Each distinct name as _one_name gives it: an article's names are prepared once for all its paragraphs."""
    return [_one_name(name) for name in {mention_key(s) for s in surfaces if s.strip()}]


def find_mentions(text: str, surfaces: list[str], patterns: list[tuple[str, frozenset[str]]] | None = None
                  ) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of the names in `text`; where mentions overlap the longest wins.
    A name matches where mention_pattern([name]) would. `patterns`: mention_patterns(surfaces), when the
    caller has them already."""
    spans: list[tuple[int, int]] = []
    for literal, firsts in mention_patterns(surfaces) if patterns is None else patterns:
        if literal in text:
            spans += _name_spans(text, literal, firsts)
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def lead_block_index(article: Any) -> int | None:
    """Index of the kept paragraph that IS the lead (maybe behind an outlet prefix like "TGVN. "), or None.

    That paragraph is drawn in the lead's style instead of showing the lead a second time.
    """
    lead = _squash(article.lead or "")
    if not lead:
        return None
    for index, block in enumerate(article.blocks):
        text = _squash(block.text)
        if block.role == "removed" or lead not in text:
            continue
        start = text.index(lead)
        if start <= MAX_LEAD_PREFIX and len(text) - start - len(lead) <= MAX_LEAD_PREFIX:
            return index
    return None


class ArticleView(QTextBrowser):
    """Read-only view of an article's cleaned text; asks its owner to change paragraph roles."""

    # block indices, new role ("body" | "caption" | "removed")
    role_change_requested = Signal(list, str)
    # entity id of a clicked mention
    entity_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._on_anchor)
        self.show_removed = False
        self.editable = True  # False for a read-only archive: no restore links or role actions
        self._article: Any = None
        self._surfaces: dict[str, tuple[str, int | None]] = {}
        self._patterns: list[tuple[str, frozenset[str]]] = []  # the shown article's names, prepared
        self._style_formats: dict[str, tuple[QTextBlockFormat, QTextCharFormat]] = {}
        self.document().setDocumentMargin(18)
        self.document().setUndoRedoEnabled(False)

    # --- public -------------------------------------------------------------------------------
    def set_article(self, article: Any) -> None:
        """Show a stored article (None clears); keeps the scroll position when it is the same one."""
        same = article is not None and self._article is not None and \
            getattr(article, "id", None) == getattr(self._article, "id", None)
        scroll = self.verticalScrollBar().value() if same else 0
        self._article = article
        self._index_mentions(article)
        self._render()
        self.verticalScrollBar().setValue(scroll)

    def set_show_removed(self, show: bool) -> None:
        """Show or hide what cleaning removed (greyed in place, with its reason)."""
        self.show_removed = show
        self._render()

    def paragraph_at(self, pos: QPoint) -> int | None:
        """Block index of the paragraph under a viewport position, or None."""
        state = self.cursorForPosition(pos).block().userState()
        return state if state >= 0 else None

    def selected_indices(self) -> list[int]:
        """Block indices touched by the selection (or under the text cursor)."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        found: list[int] = []
        block = first
        while block.isValid():
            if block.userState() >= 0 and block.userState() not in found:
                found.append(block.userState())
            if block == last:
                break
            block = block.next()
        return found

    def shown_indices(self) -> list[int]:
        """Block indices of the paragraphs on screen, in order."""
        found = []
        block = self.document().begin()
        while block.isValid():
            if block.userState() >= 0:
                found.append(block.userState())
            block = block.next()
        return found

    def select_paragraph(self, index: int) -> bool:
        """Put the text cursor on the paragraph with this block index."""
        block = self.document().begin()
        while block.isValid():
            if block.userState() == index:
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
                return True
            block = block.next()
        return False

    # --- rendering ----------------------------------------------------------------------------
    def _index_mentions(self, article: Any) -> None:
        self._surfaces = {}
        if article is not None:
            for entity in article.entities:
                entity_id = article.id_of(entity)  # by kind and name: a person and a place may share a name
                for surface in [entity.name, *entity.aliases]:
                    if surface.strip():
                        self._surfaces.setdefault(mention_key(surface), (entity.kind, entity_id))
        self._patterns = mention_patterns(list(self._surfaces))

    def _render(self) -> None:
        # The text goes into a new document, built before the view lays it out: the view then lays out
        # what the screen shows and the rest as Qt idles (a cleared document was laid out whole at once).
        # Read-only text keeps no undo steps. The view deletes the previous document (its child).
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(18)
        doc.setDefaultFont(self.font())
        article = self._article
        if article is not None:
            self._build(QTextCursor(doc), article)
        self.setDocument(doc)

    def _build(self, cursor: QTextCursor, article: Any) -> None:
        self._title(cursor, article)
        lead = (article.lead or "").strip()
        lead_block = lead_block_index(article)
        if lead and lead_block is None:
            self._paragraph(cursor, lead, NO_PARAGRAPH, "lead")
        for index, block in enumerate(article.blocks):
            if block.role == "removed" and not self.show_removed:
                continue
            style = "lead" if index == lead_block else block.role
            self._paragraph(cursor, block.text, index, style, block.reason)

    def _title(self, cursor: QTextCursor, article: Any) -> None:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(self.font().pointSizeF() * 1.6)
        fmt.setFontWeight(QFont.Weight.Bold)
        block = QTextBlockFormat()
        block.setBottomMargin(10)
        cursor.setBlockFormat(block)
        cursor.insertText(article.title or self.tr("(untitled)"), fmt)
        cursor.block().setUserState(NO_PARAGRAPH)

    def _paragraph(self, cursor: QTextCursor, text: str, index: int, style: str, reason: str = "") -> None:
        block, base = self._formats(style)
        cursor.insertBlock(block, base)
        cursor.block().setUserState(index)
        if style == "removed":
            cursor.insertText(text, base)
            if self.editable:
                self._removed_tail(cursor, index, reason)
        else:
            self._insert_with_mentions(cursor, text, base)

    def _formats(self, style: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """A paragraph style's formats, made once (insertBlock and insertText copy them)."""
        if style not in self._style_formats:
            self._style_formats[style] = self._make_formats(style)
        return self._style_formats[style]

    def _make_formats(self, style: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = QTextBlockFormat()
        block.setBottomMargin(9)
        block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        char = QTextCharFormat()
        if style == "lead":
            char.setFontWeight(QFont.Weight.Bold)
        elif style == "caption":
            char.setFontItalic(True)
            char.setForeground(QColor("#4a4a4a"))
            block.setLeftMargin(28)
            block.setRightMargin(28)
            block.setBackground(QColor("#f0f0ec"))
            block.setTopMargin(2)
        elif style == "removed":
            char.setForeground(QColor("#9a9a9a"))
            char.setFontStrikeOut(False)
            block.setBackground(QColor("#f7f4f4"))
            block.setLeftMargin(12)
        return block, char

    def _removed_tail(self, cursor: QTextCursor, index: int, reason: str) -> None:
        small = QTextCharFormat()
        small.setForeground(QColor("#b05050"))
        small.setFontPointSize(self.font().pointSizeF() * 0.85)
        label = self.tr("removed: %1").replace("%1", reason) if reason else self.tr("removed")
        cursor.insertText(f"   [{label}]  ", small)
        link = QTextCharFormat(small)
        link.setAnchor(True)
        link.setAnchorHref(f"restore:{index}")
        link.setForeground(QColor("#1a5fb4"))
        link.setFontUnderline(True)
        cursor.insertText(self.tr("Restore to body"), link)

    def _kind_label(self, kind: str) -> str:
        """The entity kind as shown in a mention's tooltip (literal texts, so lupdate finds them)."""
        labels = {"person": self.tr("Person"), "organization": self.tr("Organisation"), "location": self.tr("Place")}
        return labels.get(kind, kind.capitalize())

    def _insert_with_mentions(self, cursor: QTextCursor, text: str, base: QTextCharFormat) -> None:
        pos = 0
        for start, end in find_mentions(text, [], self._patterns):
            cursor.insertText(text[pos:start], base)
            found = text[start:end]
            kind, entity_id = self._surfaces.get(mention_key(found), ("person", None))
            mention = QTextCharFormat(base)
            mention.setBackground(QBrush(QColor(KIND_COLOURS.get(kind, "#eeeeee"))))
            mention.setToolTip(f"{self._kind_label(kind)}: {found}")
            if entity_id is not None:
                mention.setAnchor(True)
                mention.setAnchorHref(f"entity:{entity_id}")
            cursor.insertText(found, mention)
            pos = end
        cursor.insertText(text[pos:], base)

    # --- interaction --------------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        scheme, _, value = url.toString().partition(":")
        if not value.isdigit():
            return
        if scheme == "restore":
            self.role_change_requested.emit([int(value)], "body")
        elif scheme == "entity":
            self.entity_activated.emit(int(value))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        """Standard menu plus Restore / Remove / caption actions for the paragraphs concerned."""
        menu = self.createStandardContextMenu(event.pos())
        indices = self.selected_indices() if self.textCursor().hasSelection() else []
        if not indices:
            at = self.paragraph_at(event.pos())
            indices = [at] if at is not None else []
        if indices and self._article is not None and self.editable:
            menu.addSeparator()
            for role, label in self.role_actions(indices):
                action = menu.addAction(label)
                action.triggered.connect(lambda _=False, r=role: self.role_change_requested.emit(indices, r))
        menu.exec(event.globalPos())

    def role_actions(self, indices: list[int]) -> list[tuple[str, str]]:
        """(role, label) pairs offered for these paragraphs."""
        roles = {self._article.blocks[i].role for i in indices if i < len(self._article.blocks)}
        many = len(indices) > 1
        actions = []
        if roles & {"removed", "caption"}:
            actions.append(("body", self.tr("Restore to body") if "removed" in roles else self.tr("Mark as body")))
        if roles & {"body", "caption"}:
            actions.append(("removed", self.tr("Remove paragraphs from body") if many else self.tr("Remove from body")))
        if roles & {"body", "removed"}:
            actions.append(("caption", self.tr("Mark as caption")))
        return actions
