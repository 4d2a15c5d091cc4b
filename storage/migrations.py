"""The archive schema, defined only by numbered migrations on PRAGMA user_version."""
from __future__ import annotations

import logging
from typing import Callable

from sqlite_utils import Database

log = logging.getLogger(__name__)

# PRAGMA application_id marks the file as a Tư Liệu archive ("TuLi").
APPLICATION_ID = 0x54754C69


def _v1(db: Database) -> None:
    """Articles, entities and aliases, tags, edit history, and the two-form FTS index."""
    db["articles"].create({
        "id": int, "title": str, "published": str, "date_precision": str, "outlet": str,
        "source": str, "author": str, "url": str, "lead": str, "origins": str, "blocks": str,
        "body": str, "raw": bytes, "file_name": str, "content_hash": str, "canonical_url": str,
        "imported_at": str, "needs_review": str, "user_fields": str,
    }, pk="id", not_null={"title", "blocks", "body", "imported_at"},
       defaults={"title": "", "date_precision": "unknown", "origins": "{}", "needs_review": "[]",
                 "user_fields": "[]", "file_name": ""})
    db["entities"].create({"id": int, "name": str, "kind": str}, pk="id", not_null={"name", "kind"})
    db["entity_aliases"].create({"alias": str, "kind": str, "entity_id": int}, pk=("alias", "kind"),
                                foreign_keys=[("entity_id", "entities", "id")])
    db["article_entities"].create({
        "article_id": int, "entity_id": int, "role": str, "mentions": int, "aliases": str,
        "position": int,
    }, pk=("article_id", "entity_id"),
       foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
       defaults={"mentions": 1, "aliases": "[]", "position": 0})
    db["tag_names"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["article_tags"].create({"article_id": int, "tag_id": int}, pk=("article_id", "tag_id"),
                              foreign_keys=[("article_id", "articles", "id"), ("tag_id", "tag_names", "id")])
    # No foreign key on article_id: history outlives a delete, so undoing the delete brings it back.
    db["edit_history"].create({
        "id": int, "article_id": int, "entity_id": int, "field": str, "old": str, "new": str,
        "at": str, "by": str,
    }, pk="id", not_null={"field", "at", "by"})
    _v1_indexes(db)
    # Each field twice: as written (tone-normalised) and folded; query words pick the column.
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title_x, title_f, lead_x, lead_f, body_x, body_f, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )


def _v1_indexes(db: Database) -> None:
    """Indexes for sorting/filtering the 100,000-row table and for dedup and joins."""
    statements = [
        "CREATE UNIQUE INDEX idx_entities_name_kind ON entities(name, kind)",
        "CREATE UNIQUE INDEX idx_tag_names_name ON tag_names(name)",
        "CREATE INDEX idx_articles_published ON articles(published)",
        "CREATE INDEX idx_articles_outlet ON articles(outlet, published)",
        "CREATE INDEX idx_articles_title ON articles(title COLLATE NOCASE)",
        "CREATE INDEX idx_articles_imported ON articles(imported_at)",
        "CREATE INDEX idx_articles_year ON articles(substr(published, 1, 4))",
        "CREATE INDEX idx_articles_hash ON articles(content_hash)",
        "CREATE INDEX idx_articles_curl ON articles(canonical_url)",
        "CREATE INDEX idx_articles_review ON articles(needs_review)",
        "CREATE INDEX idx_article_entities_entity ON article_entities(entity_id, article_id)",
        "CREATE INDEX idx_entity_aliases_entity ON entity_aliases(entity_id)",
        "CREATE INDEX idx_article_tags_tag ON article_tags(tag_id, article_id)",
        "CREATE INDEX idx_edit_history_article ON edit_history(article_id, id)",
    ]
    for sql in statements:
        db.execute(sql)


def _v2(db: Database) -> None:
    """The review queue reads only flagged articles: a partial index instead of a full one."""
    db.execute("DROP INDEX IF EXISTS idx_articles_review")
    db.execute("CREATE INDEX idx_articles_flagged ON articles(published) WHERE needs_review != '[]'")


def _v3(db: Database) -> None:
    """Search as you type: prefix indexes for 1- and 2-letter word starts (3-10x faster on 100,000
    articles); the index is rebuilt from its own stored columns."""
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts_v3 USING fts5("
        "title_x, title_f, lead_x, lead_f, body_x, body_f, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2')"
    )
    db.execute("INSERT INTO articles_fts_v3(rowid, title_x, title_f, lead_x, lead_f, body_x, body_f) "
               "SELECT rowid, title_x, title_f, lead_x, lead_f, body_x, body_f FROM articles_fts")
    db.execute("DROP TABLE articles_fts")
    db.execute("ALTER TABLE articles_fts_v3 RENAME TO articles_fts")


MIGRATIONS: list[Callable[[Database], None]] = [_v1, _v2, _v3]
LATEST = len(MIGRATIONS)


def user_version(db: Database) -> int:
    """The schema version stored in the file."""
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Run every pending migration, each in one transaction; returns the new version."""
    version = user_version(db)
    for number in range(version + 1, LATEST + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.conn.execute(f"PRAGMA user_version = {number}")
            if number == 1:
                db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        log.info("archive schema migrated to version %d", number)
    return max(version, LATEST)
