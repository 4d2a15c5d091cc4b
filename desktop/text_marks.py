"""Marks in the reading pane from several sources at once (search matches, doubtful OCR words).

QTextEdit has one list of extra selections; each source keeps its own layer here and the view shows
them all, so marking search hits never wipes the OCR underlines or the other way round.
"""
from __future__ import annotations

from PySide6.QtWidgets import QTextEdit


def set_marks(view: QTextEdit, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
    """Replace one layer of marks and show every layer."""
    layers: dict[str, list[QTextEdit.ExtraSelection]] = getattr(view, "_mark_layers", {})
    layers[layer] = selections
    view._mark_layers = layers  # type: ignore[attr-defined]
    view.setExtraSelections([s for marks in layers.values() for s in marks])
