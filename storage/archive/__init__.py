"""The archive: one SQLite file with the articles, their entities, tags and edit history, its schema
migrations, and the Vietnamese-aware full-text search over it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .records import ArticleRow, EntityPage, EntityRow, Filters, HistoryRow, Hit, LinkState, MergeUndo, StoredArticle

if TYPE_CHECKING:
    from .core import Archive

__all__ = ["Archive", "ArticleRow", "EntityPage", "EntityRow", "Filters", "HistoryRow", "Hit", "LinkState",
           "MergeUndo", "StoredArticle"]


def __getattr__(name: str) -> object:
    """Archive on first use: an import worker needs the codec (storage.archive.codec), not the database
    layer (sqlite_utils, the backends, the migrations: 8 MB and 0.2 s in each worker)."""
    if name == "Archive":
        from .core import Archive

        return Archive
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
