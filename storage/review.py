"""Confirming what the extractor was unsure of, as one edit (the GUI's Confirm and the CLI share it)."""
from __future__ import annotations

import logging

from .archive.records import StoredArticle
from .edits import Batch, Edit, SetField

log = logging.getLogger(__name__)


def confirm_edit(article: StoredArticle, fields: list[str] | None = None) -> Edit:
    """The edit confirming `fields` of an article (None: every flagged field); an inferred date becomes
    exact, so lists and dossiers stop calling it unconfirmed. An empty Batch when nothing is flagged."""
    flagged = list(article.needs_review)
    confirmed = flagged if fields is None else [f for f in flagged if f in fields]
    if not confirmed:
        return Batch()
    items: list[Edit] = []
    if "published" in confirmed and article.published and article.date_precision == "inferred":
        items.append(SetField(article.id, "date_precision", "exact"))  # also clears the date's flag
    left = [f for f in flagged if f not in confirmed]
    if left != [f for f in flagged if not (items and f == "published")]:  # not already what the date's edit left
        items.append(SetField(article.id, "needs_review", left))
    return Batch(tuple(items))
