"""Edits of stored articles: fields, tags, block roles, re-extraction; each with history rows."""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Callable, ContextManager

from .concurrency import lock_article
from .codec import (SCALAR_FIELDS, article_columns, body_of, canonical, dumps, now_iso, pack_blocks, unpack_blocks,
                    unpack_raw, word_count)
from .records import HistoryRow
from .validate import clean_text, field_value, review_list
from ..errors import ArchiveError, NotFound
from ..records import EDITABLE_FIELDS, Article

log = logging.getLogger(__name__)

BLOCK_ROLES = ("body", "caption", "removed")
LIST_FIELDS = ("tags", "needs_review")
SEARCHED_FIELDS = ("title", "lead")


class EditMixin:
    """Writes with history; needs `_conn`, `_lock`, `_write`, `_sync_fts` from Archive (on SQLite triggers
    keep the search index and `_sync_fts` does nothing)."""

    path: Path
    _conn: sqlite3.Connection
    _lock: threading.RLock
    _reading: Callable[[], ContextManager[None]]
    _write: Callable[[], ContextManager[sqlite3.Connection]]
    _sync_fts: Callable[[int], None]

    def _row_value(self, article_id: int, column: str) -> object:
        row = self._conn.execute(f"SELECT {column} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"{self.path}: no article with id {article_id}")
        return row[0]

    def _record(self, article_id: int | None, field: str, old: object, new: object, by: str,
                entity_id: int | None = None) -> None:
        self._conn.execute(
            "INSERT INTO edit_history(article_id, entity_id, field, old, new, at, \"by\") VALUES (?,?,?,?,?,?,?)",
            (article_id, entity_id, field, dumps(old), dumps(new), now_iso(), by))

    def set_field(self, article_id: int, field: str, value, *, by: str = "user") -> object:
        """Set one field in one transaction with a history row; returns the old value."""
        if field not in EDITABLE_FIELDS and field not in LIST_FIELDS:
            raise ArchiveError(f"'{field}' is not an editable field")
        with self._write():
            lock_article(self._conn, article_id)  # a second editor waits here and reads our value as "old"
            if field == "tags":
                self._row_value(article_id, "id")  # NotFound for an unknown id
                old: object = self._article_tags(article_id)
                self._set_tags(article_id, _str_list(value))
                value = self._article_tags(article_id)
            elif field == "needs_review":
                old = json.loads(self._row_value(article_id, "needs_review"))
                value = review_list(_str_list(value))
                self._conn.execute("UPDATE articles SET needs_review = ? WHERE id = ?", (dumps(value), article_id))
            else:
                old = self._row_value(article_id, field)
                value = field_value(field, value)
                self._conn.execute(f"UPDATE articles SET {field} = ? WHERE id = ?", (value, article_id))
                if field in SEARCHED_FIELDS:
                    self._sync_fts(article_id)
                if field == "url":  # dedup looks at the canonical form
                    self._conn.execute("UPDATE articles SET canonical_url = ? WHERE id = ?",
                                       (canonical(value), article_id))  # type: ignore[arg-type]
            if by == "user":
                self._mark_user_field(article_id, field)
            self._record(article_id, field, old, value, by)
            if by == "user" and field in ("published", "date_precision"):
                self._clear_review(article_id, "published")
        return old

    def _stored_blocks(self, article_id: int) -> tuple[list, bytes]:
        """(the article's blocks, its original bytes unpacked); raises NotFound."""
        row = self._conn.execute("SELECT blocks, raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"{self.path}: no article with id {article_id}")
        return unpack_blocks(row[0], row[1]), unpack_raw(row[1])

    def _save_blocks(self, article_id: int, blocks: list, raw: bytes, **more: object) -> None:
        """Store new blocks with their word count (and `more` columns); a trigger re-indexes."""
        columns = {"blocks": pack_blocks(blocks, raw), "words": word_count(body_of(blocks)), **more}
        self._conn.execute(f"UPDATE articles SET {' = ?, '.join(columns)} = ? WHERE id = ?",
                           (*columns.values(), article_id))
        self._sync_fts(article_id)

    def _load_user_state(self, article_id: int) -> tuple[set[str], dict[str, str]]:
        """(user-edited fields, origins) decoded from their JSON columns; raises NotFound."""
        row = self._conn.execute("SELECT user_fields, origins FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"{self.path}: no article with id {article_id}")
        return set(json.loads(row[0] or "[]")), json.loads(row[1] or "{}")

    def _save_user_state(self, article_id: int, fields: set[str], origins: dict[str, str]) -> None:
        self._conn.execute("UPDATE articles SET user_fields = ?, origins = ? WHERE id = ?",
                           (dumps(sorted(fields)), dumps(origins), article_id))

    def _mark_user_field(self, article_id: int, field: str) -> None:
        """Remember a user edit (re-extraction skips the field); a metadata field's origin becomes "user"."""
        fields, origins = self._load_user_state(article_id)
        fields.add(field)
        if field in EDITABLE_FIELDS:
            origins[field] = "user"
        self._save_user_state(article_id, fields, origins)

    def user_state(self, article_id: int) -> tuple[set[str], dict[str, str]]:
        """The fields a user edited and the origin of each metadata field."""
        with self._reading():
            return self._load_user_state(article_id)

    def set_user_edited(self, article_id: int, field: str, edited: bool,
                        origin: str | None = None) -> tuple[bool, str | None]:
        """Mark or unmark a field as user-edited, restoring its origin (undo uses it, so re-extraction
        may update the field again); returns the previous (edited, origin)."""
        with self._write():
            lock_article(self._conn, article_id)
            fields, origins = self._load_user_state(article_id)
            previous = (field in fields, origins.get(field))
            (fields.add if edited else fields.discard)(field)
            if field in EDITABLE_FIELDS:
                value = "user" if edited else origin
                if value is None:
                    origins.pop(field, None)
                else:
                    origins[field] = value
            self._save_user_state(article_id, fields, origins)
        return previous

    def _clear_review(self, article_id: int, field: str) -> None:
        flags = json.loads(self._row_value(article_id, "needs_review"))
        if field in flags:
            kept = [f for f in flags if f != field]
            self._conn.execute("UPDATE articles SET needs_review = ? WHERE id = ?", (dumps(kept), article_id))
            self._record(article_id, "needs_review", flags, kept, "user")

    def set_block_role(self, article_id: int, index: int, role: str, *, by: str = "user") -> str:
        """Change one block's role (body/caption/removed); body text and index follow. Returns the old role."""
        if role not in BLOCK_ROLES:
            raise ArchiveError(f"'{role}' is not a block role ({', '.join(BLOCK_ROLES)})")
        with self._write():
            lock_article(self._conn, article_id)
            blocks, raw = self._stored_blocks(article_id)
            if not 0 <= index < len(blocks):
                raise NotFound(f"{self.path}: article {article_id} has no block {index}")
            old = blocks[index].role
            blocks[index].role = role  # type: ignore[assignment]
            self._save_blocks(article_id, blocks, raw)
            if by == "user":
                self._mark_user_field(article_id, "blocks")
            self._record(article_id, f"block:{index}", old, role, by)
        return old

    def update_from_extraction(self, article_id: int, article: Article) -> list[str]:
        """Re-extraction: overwrite extracted fields, never one the user edited; returns changed fields."""
        with self._write():
            lock_article(self._conn, article_id)
            user_fields, origins = self._load_user_state(article_id)
            raw = unpack_raw(self._row_value(article_id, "raw"))  # type: ignore[arg-type]
            new = article_columns(article, raw)
            new["needs_review"] = dumps([f for f in article.needs_review if f not in user_fields])
            if "blocks" in user_fields:  # the user moved paragraphs: keep their body
                del new["blocks"], new["words"]
            if "url" in user_fields:
                del new["canonical_url"]
            current = self._conn.execute(f"SELECT {', '.join(new)} FROM articles WHERE id = ?",
                                         (article_id,)).fetchone()
            changed = []
            for (column, value), old in zip(new.items(), current):
                if column in user_fields or column == "origins" or value == old:
                    continue
                self._conn.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", (value, article_id))
                if column in SCALAR_FIELDS:
                    origins[column] = article.origins.get(column, origins.get(column))
                    self._record(article_id, column, old, value, "extractor")
                changed.append(column)
            self._conn.execute("UPDATE articles SET origins = ? WHERE id = ?", (dumps(origins), article_id))
            if "entities" not in user_fields:
                self._conn.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
                self._link_entities(article_id, article.entities)  # type: ignore[attr-defined]
            self._sync_fts(article_id)
        return changed

    def history(self, article_id: int) -> list[HistoryRow]:
        """Recorded edits of an article, newest first."""
        with self._reading():
            rows = self._conn.execute("SELECT field, old, new, at, \"by\", db_user FROM edit_history "
                                      "WHERE article_id = ? ORDER BY id DESC", (article_id,)).fetchall()
        return [HistoryRow(f, json.loads(o) if o else None, json.loads(n) if n else None, at, by, user)
                for f, o, n, at, by, user in rows]

    # --- tags -----------------------------------------------------------------------------------
    def all_tags(self) -> list[str]:
        """Every tag in use, sorted."""
        with self._reading():
            return [r[0] for r in self._conn.execute(
                "SELECT n.name FROM tag_names n WHERE EXISTS (SELECT 1 FROM article_tags t WHERE t.tag_id = n.id) "
                "ORDER BY n.name COLLATE vi")]

    def tags_of(self, ids: list[int]) -> dict[int, list[str]]:
        """Each listed article's tags (articles without tags are left out)."""
        out: dict[int, list[str]] = {}
        with self._reading():
            for start in range(0, len(ids), 500):
                chunk = [int(i) for i in ids[start:start + 500]]
                for article_id, name in self._conn.execute(
                        "SELECT t.article_id, n.name FROM article_tags t JOIN tag_names n ON n.id = t.tag_id "
                        f"WHERE t.article_id IN ({','.join('?' * len(chunk))}) ORDER BY n.name", chunk):
                    out.setdefault(article_id, []).append(name)
        return out

    def _article_tags(self, article_id: int) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT n.name FROM article_tags t JOIN tag_names n ON n.id = t.tag_id WHERE t.article_id = ? "
            "ORDER BY n.name", (article_id,))]

    def _set_tags(self, article_id: int, tags: list[str]) -> None:
        """Replace an article's tags (inside a write)."""
        self._conn.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
        for tag in _str_list(tags):
            self._conn.execute("INSERT OR IGNORE INTO tag_names(name) VALUES (?)", (tag,))
            self._conn.execute("INSERT OR IGNORE INTO article_tags(article_id, tag_id) "
                               "SELECT ?, id FROM tag_names WHERE name = ?", (article_id, tag))


def _str_list(value: object) -> list[str]:
    """A list of distinct non-empty strings from a list or a comma-separated string."""
    items = value.split(",") if isinstance(value, str) else list(value or [])  # type: ignore[arg-type]
    out: list[str] = []
    for item in items:
        text = clean_text("tag", item)
        if text and text not in out:
            out.append(text)
    return out
