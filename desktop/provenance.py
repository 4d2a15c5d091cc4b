"""Where a field's value came from: a small origin badge, and the field's edit history in a popup."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

# origin -> (short badge text, background colour)
# (QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated when shown)
_BADGES: dict[str, tuple[str, str]] = {
    "html-meta": (QT_TRANSLATE_NOOP("provenance", "meta"), "#d7e8fb"),
    "page-text": (QT_TRANSLATE_NOOP("provenance", "text"), "#dff2dc"),
    "inferred": (QT_TRANSLATE_NOOP("provenance", "inferred"), "#fbe9c8"),
    "user": (QT_TRANSLATE_NOOP("provenance", "edited"), "#eadcf7"),
    "file": (QT_TRANSLATE_NOOP("provenance", "file"), "#e6e6e6"),
}




def origin_label(origin: str | None) -> str:
    """A sentence naming where a value came from."""
    labels = {
        "html-meta": translate("provenance", "From the page's metadata"),
        "page-text": translate("provenance", "Found in the page text"),
        "inferred": translate("provenance", "Inferred (check it)"),
        "user": translate("provenance", "Edited by you"),
        "file": translate("provenance", "From the file"),
    }
    return labels.get(origin or "", translate("provenance", "Origin unknown"))


def field_history(rows: list[Any], field: str) -> list[Any]:
    """History rows of one field (rows are newest first, as the archive returns them)."""
    return [row for row in rows if row.field == field]


def show_value(value: object) -> str:
    """A history value as short text."""
    if value is None or value == "":
        return "—"
    if isinstance(value, dict):  # entity links are recorded as {"id", "name", "kind"}
        return str(value.get("name", value))
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


class OriginBadge(QLabel):
    """A pill showing a field's origin; click for the field's history."""

    # field name
    clicked = Signal(str)

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.origin: str | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_origin(None)

    def set_origin(self, origin: str | None) -> None:
        """Show this origin (None hides the badge)."""
        if origin == self.origin and self.styleSheet():
            return  # unchanged: a new style sheet would re-polish the badge and lay the form out again
        self.origin = origin
        text, colour = _BADGES.get(origin or "", ("", ""))
        self.setVisible(bool(text))
        self.setText(translate("provenance", text) if text else "")
        self.setStyleSheet(f"QLabel {{ background: {colour}; color: #333; border-radius: 6px;"
                           " padding: 0px 5px; font-size: 8pt; }")
        hint = translate("provenance", "Click for this field's history")
        self.setToolTip(origin_label(origin) + "\n" + hint)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        """Report a click so the owner can open the history popup."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.field)
        super().mousePressEvent(event)


def _who(row: Any) -> str:
    """A history row's author: the database user on a shared archive, else "user" or "extractor"."""
    user = getattr(row, "user", None)
    if user and row.by == "user":
        return str(user)
    names = {"user": translate("provenance", "you"), "extractor": translate("provenance", "extractor")}
    return names.get(str(row.by), str(row.by))


def when_text(at: object) -> str:
    """A history row's time as the form writes dates: day first, in this computer's time zone."""
    try:
        moment = datetime.fromisoformat(str(at))
    except ValueError:
        return str(at).replace("T", " ")[:19]
    if moment.tzinfo is None:  # the archive writes UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


MIN_VALUE_WIDTH = 60  # old and new values share what the other columns leave; a longer one is cut (tooltip whole)


class HistoryTree(QTreeWidget):
    """History rows as a table: when, field, old → new, by whom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([translate("provenance", "When"), translate("provenance", "Field"),
                              translate("provenance", "Old value"), translate("provenance", "New value"),
                              translate("provenance", "By")])

    def set_rows(self, rows: list[Any], field_names: Callable[[str], str] = str,
                 value_text: Callable[[str, object], str] | None = None) -> None:
        """Fill with history rows (newest first); value_text(field, value) shows a value as the form does."""
        shown = value_text or (lambda _field, value: show_value(value))
        if not rows and not self.topLevelItemCount():
            return  # most articles were never edited: nothing to clear or measure
        self.clear()
        for row in rows:
            item = QTreeWidgetItem([when_text(row.at), field_names(row.field), shown(row.field, row.old),
                                    shown(row.field, row.new), _who(row)])
            for column in (2, 3):
                item.setToolTip(column, show_value(item.text(column)))
            self.addTopLevelItem(item)
        for column in range(5):
            self.resizeColumnToContents(column)
        self._wanted = (self.columnWidth(2), self.columnWidth(3))
        self._fit_values()

    def _fit_values(self) -> None:
        """Old and new values share the width left by when, field and by: all five columns stay in view."""
        wanted = getattr(self, "_wanted", None)
        if not wanted:
            return
        left = self.viewport().width() - sum(self.columnWidth(c) for c in (0, 1, 4))
        share = max(MIN_VALUE_WIDTH, left // 2)
        for column, width in zip((2, 3), wanted):
            self.setColumnWidth(column, min(width, share))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        """Share the new width between the values."""
        super().resizeEvent(event)
        self._fit_values()


class HistoryPopup(QFrame):
    """A popup listing one field's history."""

    def __init__(self, title: str, rows: list[Any], parent: QWidget | None = None,
                 value_text: Callable[[str, object], str] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        header = QLabel(f"<b>{title}</b>")
        layout.addWidget(header)
        self.tree = HistoryTree(self)
        self.tree.set_rows(rows, value_text=value_text)
        layout.addWidget(self.tree)
        if not rows:
            layout.addWidget(QLabel(translate("provenance", "No edits yet: the value is as extracted.")))
        self.resize(560, 220)
