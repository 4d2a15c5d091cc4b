"""Source documents: which file (and where in it) an article comes from; a press review's articles together."""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, ContextManager

from ..errors import NotFound
from .codec import body_of, content_hash, dumps, now_iso, pack_raw, unpack_raw
from ..records import Article, Block

log = logging.getLogger(__name__)


@dataclass
class SourceDocument:
    """A document as imported: what it is and what it says about itself (metadata candidates)."""

    file_name: str
    format: str
    raw: bytes
    pages: int | None = None
    meta: dict[str, str] = field(default_factory=dict)  # field -> value; origins in meta_origins
    meta_origins: dict[str, str] = field(default_factory=dict)  # field -> "pdf-info", "docx-properties", …
    ocr_confidence: float | None = None


@dataclass
class Placement:
    """Where an article sits in its document."""

    position: int
    first_page: int | None = None
    last_page: int | None = None
    low_confidence: list[str] = field(default_factory=list)


@dataclass
class SourceLink:
    """An article's document as stored: id, file, format, its position among `article_count` articles."""

    document_id: int
    file_name: str
    format: str
    position: int
    article_count: int
    first_page: int | None
    last_page: int | None
    ocr_confidence: float | None
    meta: dict[str, object]
    low_confidence: list[str]


class SourceMixin:
    """Documents and their articles; needs `_conn`, `_lock`, `_reading`, `_write`, `add_article` from Archive."""

    path: Path
    _conn: sqlite3.Connection
    _lock: threading.RLock
    _reading: Callable[[], ContextManager[None]]
    _write: Callable[[], ContextManager[sqlite3.Connection]]
    add_article: Callable[..., int]
    _stored_blocks: Callable[[int], tuple[list[Block], bytes]]
    _save_blocks: Callable[..., None]
    _record: Callable[..., None]
    _mark_user_field: Callable[[int, str], None]

    def add_document(self, document: SourceDocument,
                     articles: list[tuple[Article, bytes, Placement]]) -> list[int]:
        """Store a document and its articles (each with its own raw bytes) in one transaction; their ids."""
        keep_raw = len(articles) > 1  # a lone article keeps the file's bytes itself
        meta = {"values": document.meta, "origins": document.meta_origins}
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO source_documents (file_name, format, sha256, raw, pages, meta, ocr_confidence,"
                " article_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document.file_name, document.format, hashlib.sha256(document.raw).hexdigest(),
                 pack_raw(document.raw) if keep_raw else None, document.pages, dumps(meta), document.ocr_confidence,
                 len(articles), now_iso()))
            document_id = int(cursor.lastrowid)
            ids = []
            for article, raw, place in articles:
                article_id = self.add_article(article, raw=raw, file_name=document.file_name)
                conn.execute(
                    "INSERT INTO article_sources (article_id, document_id, position, first_page, last_page,"
                    " low_confidence) VALUES (?, ?, ?, ?, ?, ?)",
                    (article_id, document_id, place.position, place.first_page, place.last_page,
                     dumps(place.low_confidence)))
                ids.append(article_id)
        return ids

    def source_of(self, article_id: int) -> SourceLink | None:
        """The document an article was imported from, or None (a page dump, a web page).

        Position and count are among the document's articles still in the archive (after merges,
        splits and deletes), in document order.
        """
        with self._reading():
            row = self._conn.execute(
                "SELECT d.id, d.file_name, d.format, s.first_page, s.last_page, d.ocr_confidence, d.meta,"
                " s.low_confidence FROM article_sources s JOIN source_documents d ON d.id = s.document_id"
                " WHERE s.article_id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        siblings = self.document_article_ids(row[0])
        position = siblings.index(article_id) + 1 if article_id in siblings else 0
        return SourceLink(row[0], row[1], row[2], position, len(siblings), row[3], row[4], row[5],
                          meta=json.loads(row[6] or "{}"), low_confidence=json.loads(row[7] or "[]"))

    def next_in_document(self, article_id: int) -> int | None:
        """The article after this one in its document, or None."""
        link = self.source_of(article_id)
        if link is None:
            return None
        siblings = self.document_article_ids(link.document_id)
        return siblings[link.position] if link.position < len(siblings) else None

    def set_blocks(self, article_id: int, blocks: list[Block], *, by: str = "user") -> list[Block]:
        """Replace an article's paragraphs (merge/split of a document's articles); returns the old ones."""
        with self._write() as conn:
            old, raw = self._stored_blocks(article_id)
            body = body_of(blocks)
            self._save_blocks(article_id, blocks, raw, content_hash=content_hash(Article(blocks=blocks)))
            if by == "user":
                self._mark_user_field(article_id, "blocks")
            self._record(article_id, "body", body_of(old), body, by)
        return old

    def add_piece(self, from_id: int, article: Article) -> int:
        """Store an article cut off another one, as the next article of the same document; its id."""
        with self._write() as conn:
            row = conn.execute("SELECT document_id, position FROM article_sources WHERE article_id = ?",
                               (from_id,)).fetchone()
            text = "\n".join([article.title, *article.body])
            new_id = self.add_article(article, raw=text.encode("utf-8"), file_name=article.file_name)
            if row is not None:  # same position: ties are ordered by id, so it comes right after
                conn.execute("INSERT INTO article_sources (article_id, document_id, position) VALUES (?, ?, ?)",
                             (new_id, row[0], row[1]))
        return new_id

    def document_article_ids(self, document_id: int) -> list[int]:
        """The articles still in the archive from one document, in document order."""
        with self._reading():
            rows = self._conn.execute(
                "SELECT s.article_id FROM article_sources s JOIN articles a ON a.id = s.article_id"
                " WHERE s.document_id = ? ORDER BY s.position, s.article_id", (document_id,)).fetchall()
        return [int(r[0]) for r in rows]

    def document_bytes(self, document_id: int) -> bytes | None:
        """The whole document's bytes when it was split into articles (else they are on the article)."""
        with self._reading():
            row = self._conn.execute("SELECT raw FROM source_documents WHERE id = ?", (document_id,)).fetchone()
        return unpack_raw(row[0]) if row and row[0] is not None else None
