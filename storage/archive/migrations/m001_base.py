"""Migration 1: the base schema."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
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
    _indexes(db)
    # Each field twice: as written (tone-normalised) and folded; query words pick the column.
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title_x, title_f, lead_x, lead_f, body_x, body_f, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )


def _indexes(db: Database) -> None:
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


# Text columns compare byte-wise, as SQLite's do, whatever the database's default locale.
TEXT = 'TEXT COLLATE "C"'


def postgres(conn) -> None:
    """The same base schema on PostgreSQL; the text index is one tsvector per article (backends.pg_text)."""
    t = TEXT
    for sql in [
        f"CREATE TABLE articles (id BIGSERIAL PRIMARY KEY, title {t} NOT NULL DEFAULT '', published {t}, "
        f"date_precision {t} DEFAULT 'unknown', outlet {t}, source {t}, author {t}, url {t}, lead {t}, "
        f"origins {t} DEFAULT '{{}}', blocks {t} NOT NULL, body {t} NOT NULL, raw BYTEA, file_name {t} DEFAULT '', "
        f"content_hash {t}, canonical_url {t}, imported_at {t} NOT NULL, needs_review {t} DEFAULT '[]', "
        f"user_fields {t} DEFAULT '[]')",
        f"CREATE TABLE entities (id BIGSERIAL PRIMARY KEY, name {t} NOT NULL, kind {t} NOT NULL)",
        f"CREATE TABLE entity_aliases (alias {t}, kind {t}, entity_id BIGINT REFERENCES entities(id), "
        "PRIMARY KEY (alias, kind))",
        f"CREATE TABLE article_entities (article_id BIGINT REFERENCES articles(id), entity_id BIGINT "
        f"REFERENCES entities(id), role {t}, mentions BIGINT DEFAULT 1, aliases {t} DEFAULT '[]', "
        "position BIGINT DEFAULT 0, PRIMARY KEY (article_id, entity_id))",
        f"CREATE TABLE tag_names (id BIGSERIAL PRIMARY KEY, name {t} NOT NULL)",
        "CREATE TABLE article_tags (article_id BIGINT REFERENCES articles(id), tag_id BIGINT "
        "REFERENCES tag_names(id), PRIMARY KEY (article_id, tag_id))",
        f"CREATE TABLE edit_history (id BIGSERIAL PRIMARY KEY, article_id BIGINT, entity_id BIGINT, "
        f'field {t} NOT NULL, old {t}, new {t}, at {t} NOT NULL, "by" {t} NOT NULL)',
        "CREATE TABLE articles_fts (rowid BIGINT PRIMARY KEY, doc TSVECTOR NOT NULL)",
        "CREATE INDEX idx_articles_fts_doc ON articles_fts USING gin (doc)",
        "CREATE UNIQUE INDEX idx_entities_name_kind ON entities(name, kind)",
        "CREATE UNIQUE INDEX idx_tag_names_name ON tag_names(name)",
        # B-tree keys must stay under ~2.7 KB: no index on the title (a pasted text may be a megabyte;
        # title order is sorted in Python anyway), a hash index for URLs (looked up by equality only).
        # Newest first with undated last is the table's default order: an index in that order.
        "CREATE INDEX idx_articles_published ON articles(published DESC NULLS LAST, id DESC)",
        "CREATE INDEX idx_articles_outlet ON articles(outlet, published)",
        "CREATE INDEX idx_articles_imported ON articles(imported_at)",
        "CREATE INDEX idx_articles_year ON articles(substr(published, 1, 4))",
        "CREATE INDEX idx_articles_hash ON articles(content_hash)",
        "CREATE INDEX idx_articles_curl ON articles USING hash (canonical_url)",
        "CREATE INDEX idx_articles_review ON articles(needs_review)",
        "CREATE INDEX idx_article_entities_entity ON article_entities(entity_id, article_id)",
        "CREATE INDEX idx_entity_aliases_entity ON entity_aliases(entity_id)",
        "CREATE INDEX idx_article_tags_tag ON article_tags(tag_id, article_id)",
        "CREATE INDEX idx_edit_history_article ON edit_history(article_id, id)",
    ]:
        conn.execute(sql)
