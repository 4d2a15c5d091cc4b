"""Converting articles to archive rows and back (JSON columns, dedup keys)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

from .records import StoredArticle
from ..records import Article, Block, Entity

log = logging.getLogger(__name__)

# Columns that hold an Article field of the same name.
SCALAR_FIELDS = ("title", "published", "date_precision", "outlet", "source", "author", "url", "lead")


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def dumps(value: object) -> str:
    """Compact JSON keeping Vietnamese readable."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def body_text(article: Article) -> str:
    """The searchable body: kept paragraphs, one per line."""
    return "\n".join(article.body)


@dataclass(frozen=True)
class RowValues:
    """What add_article writes from an article alone (its columns, dedup key and index text): computed
    by an import worker, so that the writer only writes."""

    columns: dict[str, object]
    content_hash: str
    fts: tuple[str, ...]


def row_values(article: Article) -> RowValues:
    """The RowValues of an article as it stands."""
    from .search import fts_values

    columns = article_columns(article)
    return RowValues(columns, content_hash(article), fts_values(columns["title"], columns["lead"], columns["body"]))


def content_hash(article: Article) -> str:
    """The dedup key of an article's body (the extraction pipeline's body_hash)."""
    return _body_hash(tuple(article.body))


@lru_cache(maxsize=8)  # import asks twice per article: the dedup look-up, then the stored row
def _body_hash(body: tuple[str, ...]) -> str:
    from ..extraction import body_hash  # lazy: reading an archive need not load the extraction tables

    return body_hash(list(body))


def canonical(url: str | None) -> str | None:
    """The canonical form of a URL for dedup (None stays None)."""
    from ..extraction.urls import canonical_url

    if not url:
        return None
    try:
        return canonical_url(url)
    except ValueError:  # not parseable as a URL ("[", a broken IPv6 host): dedup on the text as given
        return url.strip()


def article_columns(article: Article) -> dict[str, object]:
    """The columns an extraction fills (everything but identity, raw bytes and edit state)."""
    columns: dict[str, object] = {name: getattr(article, name) for name in SCALAR_FIELDS}
    columns["title"] = article.title or ""
    columns["date_precision"] = article.date_precision or "unknown"
    columns["origins"] = dumps(dict(article.origins))
    columns["blocks"] = dumps([block_dict(b) for b in article.blocks])
    columns["body"] = body_text(article)
    columns["needs_review"] = dumps(list(article.needs_review))
    columns["canonical_url"] = canonical(article.url)
    return columns


def block_dict(block: Block) -> dict[str, object]:
    """A block as its JSON object (what dataclasses.asdict gives, without its deep copy); the page is
    kept only when known (paged documents)."""
    item: dict[str, object] = {"text": block.text, "role": block.role, "reason": block.reason}
    if block.page is not None:
        item["page"] = block.page
    return item


def blocks_from_json(text: str) -> list[Block]:
    """Blocks back from their JSON column."""
    return [Block(**item) for item in json.loads(text or "[]")]


def stored_from_row(row: dict, entities: list[tuple[Entity, int]], tags: list[str]) -> StoredArticle:
    """A StoredArticle from an articles row plus its entity links (entity, id) and tags."""
    stored = StoredArticle(
        **{name: row[name] for name in SCALAR_FIELDS},
        blocks=blocks_from_json(row["blocks"]),
        entities=[entity for entity, _ in entities],
        tags=tags,
        needs_review=json.loads(row["needs_review"] or "[]"),
        origins=json.loads(row["origins"] or "{}"),
        file_name=row["file_name"] or "",
        id=row["id"],
        imported_at=row["imported_at"],
        content_hash=row["content_hash"] or "",
        user_fields=set(json.loads(row["user_fields"] or "[]")),
        entity_keys={(entity.kind, entity.name): entity_id for entity, entity_id in entities},
    )
    for entity, entity_id in entities:  # first in article order wins on a shared name
        stored.entity_ids.setdefault(entity.name, entity_id)
    stored.title = stored.title or ""
    return stored
