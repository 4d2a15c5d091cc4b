"""Records the archive returns: stored articles, table rows, hits, history, entities, filters."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Article, Entity


@dataclass
class StoredArticle(Article):
    """An article as stored: the extracted record plus its archive identity and edit state."""

    id: int = 0
    imported_at: str = ""  # ISO 8601, UTC
    content_hash: str = ""  # body_hash at import: the dedup key
    user_fields: set[str] = field(default_factory=set)  # fields a user edited; re-extraction skips them
    # canonical name -> entity id. Two entities of one article may share a name (a person and a
    # location "Trần Hưng Đạo"): then the first in article order wins here; use entity_keys / id_of.
    entity_ids: dict[str, int] = field(default_factory=dict)
    entity_keys: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, name) -> id: unique
    raw: bytes | None = None  # original file bytes: filled by Archive.delete() so restore() is whole
    story_rows: dict | None = None  # its story sketch and membership: filled by Archive.delete() too

    def id_of(self, entity: Entity) -> int | None:
        """The archive id of one of this article's entities (by kind and name, so never ambiguous)."""
        found = self.entity_keys.get((entity.kind, entity.name))
        return found if found is not None else self.entity_ids.get(entity.name)


@dataclass
class ArticleRow:
    """A light row for the article table."""

    id: int
    title: str
    published: str | None
    date_precision: str
    outlet: str | None
    people: list[str]
    needs_review: bool
    # Optional columns (the column chooser): filled by rows(), empty when built by hand.
    author: str | None = None
    source: str | None = None
    imported_at: str | None = None
    words: int = 0
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass
class Filters:
    """Archive-wide filters; every field left None does not filter."""

    outlet: str | None = None
    year: int | str | None = None
    entity_id: int | None = None
    tag: str | None = None
    needs_review: bool | None = None
    query: str | None = None
    prefix_last: bool = False  # with query: its last word also matches word starts (search as you type)
    date_precision: str | None = None  # exact, month, year, inferred or unknown
    one_per_story: bool = False  # hide the versions of a story other than its original
    republished_by: str | None = None  # articles of stories that this outlet republished


@dataclass
class Hit:
    """A search result. snippet is HTML-escaped text with matched words in <b>...</b>; higher score = better."""

    id: int
    title: str
    published: str | None
    outlet: str | None
    snippet: str
    score: float


@dataclass
class HistoryRow:
    """One recorded edit: old and new value (decoded), ISO time, "user" or "extractor", and on a
    shared (PostgreSQL) archive the database user who made it (None on SQLite)."""

    field: str
    old: object
    new: object
    at: str
    by: str
    user: str | None = None


class EntityCount(tuple):
    """An entity facet value: the (name, count) pair every facet gives, carrying the entity's id, so
    choosing it needs no look-up by name."""

    id: int

    def __new__(cls, name: str, count: int, entity_id: int) -> "EntityCount":
        value = super().__new__(cls, (name, count))
        value.id = entity_id
        return value

    def __getnewargs__(self) -> tuple[str, int, int]:  # pickling (results cross threads and processes)
        return (self[0], self[1], self.id)


@dataclass
class EntityRow:
    """An entity with the number of articles naming it."""

    id: int
    name: str
    kind: str
    aliases: list[str]
    article_count: int


@dataclass
class EntityPage:
    """Everything the entity page shows."""

    id: int
    name: str
    kind: str
    aliases: list[str]
    article_count: int
    first_seen: str | None  # earliest published date of its articles
    last_seen: str | None
    mentions_per_month: list[tuple[str, int]]  # ("2019-11", articles that month), oldest first
    co_occurring: list[EntityRow]  # article_count = articles shared with this entity
    outlets: list[tuple[str, int]]
    article_ids: list[int]  # newest first


@dataclass
class LinkState:
    """One article-entity link as stored (used by merge undo)."""

    article_id: int
    entity_id: int
    role: str | None
    mentions: int
    aliases: list[str]
    position: int


@dataclass
class MergeUndo:
    """What merge_entities changed, so unmerge() can put it back exactly."""

    keep_id: int
    drop_id: int
    drop_name: str
    drop_kind: str
    drop_aliases: list[tuple[str, str]]  # (alias, kind) rows that belonged to drop
    drop_links: list[LinkState]  # drop's links before the merge
    keep_links_before: list[LinkState]  # keep's links on articles both were linked to


__all__ = [
    "Article", "Entity", "StoredArticle", "ArticleRow", "Filters", "Hit", "HistoryRow", "EntityRow", "EntityCount",
    "EntityPage", "LinkState", "MergeUndo",
]
