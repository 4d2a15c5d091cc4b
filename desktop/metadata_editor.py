"""Metadata form: each field saved on editingFinished as an undoable edit, with its origin badge."""
from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from desktop import undo
from desktop.entity_editor import EntityEditor
from desktop.folding_completer import FoldingCompleter
from desktop.provenance import HistoryPopup, OriginBadge, field_history, show_value
from desktop.undo_keys import passes_to_window
from storage.date_entry import DateEntryError, date_edit, shown_date
from storage.extraction.outlets import load_outlets

log = logging.getLogger(__name__)

BADGE_WIDTH = 64  # px: the widest origin badge ("inferred", "suy đoán") at its 8pt size

TEXT_FIELDS = ("title", "outlet", "source", "author", "url")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T]+(\d{1,2})[:h](\d{2}))?$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?")


def format_date(iso: str | None) -> str:
    """ISO date or date-time as Vietnamese day-first text: 08/11/2019 or 08/11/2019 15:08."""
    if not iso:
        return ""
    match = _YMD.match(iso)
    if not match:
        return shown_date(iso)  # month or year precision: 09/2011, 2011
    year, month, day, hour, minute = match.groups()
    text = f"{int(day):02d}/{int(month):02d}/{year}"
    return f"{text} {int(hour):02d}:{minute}" if hour else text


def parse_date(text: str) -> str | None:
    """Day-first or ISO text -> ISO (date only when no time); '' -> None; ValueError when invalid."""
    text = text.strip()
    if not text:
        return None
    match = _DMY.match(text)
    if match:
        day, month, year, hour, minute = match.groups()
    else:
        match = _YMD.match(text)
        if not match:
            raise ValueError(text)
        year, month, day, hour, minute = match.groups()
    moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    return moment.strftime("%Y-%m-%dT%H:%M") if hour else moment.strftime("%Y-%m-%d")


def _keep_on_screen(popup: QWidget) -> None:
    """Move a shown popup so that all of it lies on its screen's free area."""
    area = popup.screen().availableGeometry()
    frame = popup.frameGeometry()
    width, height = min(frame.width(), area.width()), min(frame.height(), area.height())
    popup.resize(width - (frame.width() - popup.width()), height - (frame.height() - popup.height()))
    x = max(area.left(), min(frame.left(), area.right() - width + 1))
    y = max(area.top(), min(frame.top(), area.bottom() - height + 1))
    popup.move(x, y)


def load_outlet_names() -> list[str]:
    """Outlet names for the completer, or [] when the outlet table cannot be read."""
    try:
        return sorted({outlet.name for outlet in load_outlets()})
    except (OSError, ValueError) as error:
        log.info("outlet list unavailable: %s", error)
        return []


class TagsEdit(QLineEdit):
    """Comma-separated tags with completion of the tag being typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completer_ = FoldingCompleter([], self)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def set_words(self, words: list[str]) -> None:
        """Tags offered by the completer."""
        self.completer_.set_words(words)

    def tags(self) -> list[str]:
        """The tags typed, trimmed, without duplicates, in order."""
        seen: list[str] = []
        for part in self.text().split(","):
            tag = " ".join(part.split())
            if tag and tag not in seen:
                seen.append(tag)
        return seen

    def _complete(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        if not prefix:
            self.completer_.popup().hide()
            return
        self.completer_.setCompletionPrefix(prefix)
        self.completer_.complete()

    def _insert(self, word: str) -> None:
        parts = [p.strip() for p in self.text().split(",")[:-1] if p.strip()]
        self.setText(", ".join([*parts, word]) + ", ")


class MetadataEditor(QWidget):
    """Editable metadata of one article; every change is a command on the shared undo stack."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.archive: Any = None
        self.article: Any = None
        self.badges: dict[str, OriginBadge] = {}
        self.labels = {"title": self.tr("Title"), "published": self.tr("Date"),
                       "date_precision": self.tr("Date precision"), "outlet": self.tr("Outlet"),
                       "source": self.tr("Source"), "author": self.tr("Author"), "url": self.tr("URL"),
                       "lead": self.tr("Lead"), "tags": self.tr("Tags"), "needs_review": self.tr("Review"),
                       "body": self.tr("Body")}  # (a review flag on the text: "Needs review: Body")
        self.edits: dict[str, QLineEdit] = {f: QLineEdit(self) for f in TEXT_FIELDS}
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy, mm/yyyy or yyyy"))
        self.date_error = QLabel(self)  # why a typed date was refused, beside the field (not in a tooltip)
        self.date_error.setStyleSheet("color: #c0392b;")
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        self.precision = QComboBox(self)
        for value, label in (("exact", self.tr("exact")), ("month", self.tr("month")), ("year", self.tr("year")),
                             ("inferred", self.tr("inferred")), ("unknown", self.tr("unknown"))):
            self.precision.addItem(label, value)
        self.confirm_date = QPushButton(self.tr("Confirm date"), self)
        self.lead_edit = QPlainTextEdit(self)
        self.lead_edit.setFixedHeight(self.lead_edit.fontMetrics().lineSpacing() * 4 + 14)  # four lines
        self.lead_edit.installEventFilter(self)
        self.tags_edit = TagsEdit(self)
        self.open_url = QPushButton(self.tr("Open"), self)
        self.open_url.setToolTip(self.tr("Open the address in the web browser"))
        self.open_url.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(self.edits["url"].text().strip())))
        self.review_banner = QLabel(self)
        self.review_banner.setStyleSheet("background: #fff3c4; padding: 4px; border-radius: 4px;")
        self.review_banner.setWordWrap(True)
        self.entity_editor = EntityEditor(undo_stack, self)
        self.file_info = QLabel(self)  # where the article came from (read-only)
        self.file_info.setStyleSheet("color: #555;")
        self.file_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build()
        self._connect()
        # Accents optional, as in search: "quan" offers "Quân đội nhân dân".
        self.edits["outlet"].setCompleter(FoldingCompleter(load_outlet_names(), self))
        self.set_article(None)

    def _row(self, field: str, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, (QLineEdit, QPlainTextEdit)) else 0)
        badge = OriginBadge(field, self)
        badge.setMaximumHeight(badge.fontMetrics().height() + 6)
        # Badges keep their column when hidden, so the fields line up whatever their origin.
        badge.setMinimumWidth(BADGE_WIDTH)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = badge.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        badge.setSizePolicy(policy)
        badge.clicked.connect(self.show_history)
        self.badges[field] = badge
        row.addWidget(badge)
        return row

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels["title"], self._row("title", self.edits["title"]))
        form.addRow(self.labels["published"], self._row("published", self.date_edit, self.precision,
                                                        self.confirm_date))
        form.addRow("", self.date_error)
        for field in ("outlet", "source", "author"):
            form.addRow(self.labels[field], self._row(field, self.edits[field]))
        form.addRow(self.labels["url"], self._row("url", self.edits["url"], self.open_url))
        form.addRow(self.labels["lead"], self._row("lead", self.lead_edit))
        form.addRow(self.labels["tags"], self._row("tags", self.tags_edit))
        form.addRow(self.tr("File"), self.file_info)
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_banner)
        layout.addLayout(form)
        layout.addWidget(self.entity_editor, 1)

    def _connect(self) -> None:
        for field, edit in self.edits.items():
            edit.editingFinished.connect(lambda f=field: self._text_finished(f))
        for edit in (*self.edits.values(), self.date_edit, self.tags_edit):
            edit.installEventFilter(self)
        self.date_edit.editingFinished.connect(self._date_finished)
        self.precision.activated.connect(lambda _i: self.commit("date_precision", self.precision.currentData()))
        self.confirm_date.clicked.connect(self.confirm_published)
        self.tags_edit.editingFinished.connect(self._tags_finished)

    # --- state --------------------------------------------------------------------------------
    def set_archive(self, archive: Any) -> None:
        """Use this archive (None clears)."""
        self.archive = archive
        self.entity_editor.set_archive(archive)
        self.tags_edit.set_words(archive.all_tags() if archive is not None else [])
        self.set_article(None)

    def set_article(self, article: Any) -> None:
        """Show a stored article's metadata (None clears and disables)."""
        same = article is not None and self.article is not None and article.id == self.article.id
        self.article = article
        get = (lambda f: getattr(article, f, None)) if article is not None else (lambda f: None)
        for field, edit in self.edits.items():
            if not (same and edit.isModified()):  # a refresh must not wipe what the user is typing
                edit.setText(get(field) or "")
                edit.setCursorPosition(0)
        if not (same and self.date_edit.isModified()):
            self.date_edit.setText(format_date(get("published")))
            if self.date_edit.styleSheet():  # an error's red frame (re-polishing costs a layout pass)
                self.date_edit.setStyleSheet("")
            self.date_error.hide()
        self.precision.setCurrentIndex(max(0, self.precision.findData(get("date_precision") or "unknown")))
        if not (same and self.lead_edit.document().isModified()):
            self.lead_edit.setPlainText(get("lead") or "")
        if not (same and self.tags_edit.isModified()):
            self.tags_edit.setText(", ".join(get("tags") or []))
        origins = get("origins") or {}
        for field, badge in self.badges.items():
            badge.set_origin("user" if field in (get("user_fields") or set()) else origins.get(field))
        review = list(get("needs_review") or [])
        self.confirm_date.setVisible("published" in review)
        self.open_url.setEnabled(bool(get("url")))
        names = ", ".join(self.labels.get(f, f) for f in review)
        self.review_banner.setText(self.tr("Needs review: %1").replace("%1", names))
        self.review_banner.setVisible(bool(review))
        imported = format_date((get("imported_at") or "").replace("+00:00", "")[:16])
        self.file_info.setText(self.tr("%1, imported %2 (UTC)").replace("%1", get("file_name") or "—")
                               .replace("%2", imported or "?") if article is not None else "")
        self.entity_editor.set_article(article)
        self.setEnabled(article is not None and not getattr(self.archive, "read_only", False))

    # --- edits --------------------------------------------------------------------------------
    def commit(self, field: str, value: object) -> bool:
        """Save one field if it changed: an undoable edit with a history row. True when pushed."""
        if self.article is None or self.archive is None or value == getattr(self.article, field, None):
            return False
        self.undo_stack.push(undo.set_field(self.archive, self.article.id, field, value, self.labels.get(field, field)))
        return True

    def flush(self) -> None:
        """Save fields typed into but not yet finished (before switching articles)."""
        for field, edit in self.edits.items():
            if edit.isModified():
                self._text_finished(field)
        if self.date_edit.isModified():
            self._date_finished()
        if self.tags_edit.isModified():
            self._tags_finished()
        if self.lead_edit.document().isModified():
            self.lead_edit.document().setModified(False)
            self.commit("lead", self.lead_edit.toPlainText().strip() or None)

    def _text_finished(self, field: str) -> None:
        edit = self.edits[field]
        edit.setModified(False)
        self.commit(field, edit.text().strip() or None)

    def _tags_finished(self) -> None:
        self.tags_edit.setModified(False)
        self.commit("tags", self.tags_edit.tags())

    def confirm_published(self) -> None:
        """Accept the date as shown: clears the date's review flag, an inferred date becomes exact (undoable)."""
        if self.article is None or self.archive is None or "published" not in self.article.needs_review:
            return
        self.undo_stack.push(undo.confirm_review(self.archive, self.article.id, ["published"],
                                                 self.tr("Confirm date")))

    def _date_finished(self) -> None:
        self.date_edit.setModified(False)
        text = self.date_edit.text()
        if text.strip() == format_date(self.article.published if self.article else None):
            return
        try:
            edit = date_edit(self.article.id, text) if self.article is not None else None
        except DateEntryError as error:
            self.date_edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }")
            self.date_error.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            self.date_error.show()
            return
        self.date_edit.setStyleSheet("")
        self.date_error.hide()
        if edit is not None and self.archive is not None:  # date and precision: one undo step
            text = self.tr("Edit %1").replace("%1", self.labels["published"])
            self.undo_stack.push(undo.EditCommand(self.archive, edit, text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Save the lead when its editor loses focus (the plain-text editor has no editingFinished)."""
        if watched is self.lead_edit and event.type() == QEvent.Type.FocusOut:
            self.lead_edit.document().setModified(False)
            self.commit("lead", self.lead_edit.toPlainText().strip() or None)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit) \
                and passes_to_window(watched, event):
            event.ignore()  # Ctrl+Z with nothing typed to undo: Edit ▸ Undo gets it (the saved edit)
            return True
        return super().eventFilter(watched, event)

    def value_text(self, field: str, value: object) -> str:
        """A recorded value as this form shows it: dates day-first, the precision in words."""
        if field == "published" and isinstance(value, str) and value:
            return format_date(value)
        if field == "date_precision" and isinstance(value, str):
            index = self.precision.findData(value)
            return self.precision.itemText(index) if index >= 0 else value
        if field == "needs_review" and isinstance(value, list):  # the flagged fields, named as the form names them
            return ", ".join(self.labels.get(str(f), str(f)) for f in value) or "—"
        return show_value(value)

    def show_history(self, field: str) -> HistoryPopup | None:
        """Pop up the history of one field under its badge."""
        if self.article is None or self.archive is None:
            return None
        rows = field_history(self.archive.history(self.article.id), field)
        popup = HistoryPopup(self.tr("History of %1").replace("%1", self.labels.get(field, field)), rows, self,
                             self.value_text)
        badge = self.badges.get(field)
        if badge is not None:
            popup.move(badge.mapToGlobal(badge.rect().bottomLeft()))
        popup.show()
        _keep_on_screen(popup)
        return popup
