"""The archive: one SQLite file with the articles, their entities, tags and edit history, its schema
migrations, and the Vietnamese-aware full-text search over it."""
from __future__ import annotations

from .core import Archive
from .records import ArticleRow, EntityPage, EntityRow, Filters, HistoryRow, Hit, LinkState, MergeUndo, StoredArticle

__all__ = ["Archive", "ArticleRow", "EntityPage", "EntityRow", "Filters", "HistoryRow", "Hit", "LinkState",
           "MergeUndo", "StoredArticle"]
