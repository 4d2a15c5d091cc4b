"""Migration 6: the documents articles come from (PDF, Word, scans, e-mail, press reviews)."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """A row per imported document, and for each article its document, position and pages.

    A press review's bytes are kept once here (its articles keep their own text as raw); a one-article
    document keeps its bytes on the article as before. No foreign key from article_sources to articles:
    like the edit history, the link outlives a delete so that undo brings it back.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS source_documents ("
        " id INTEGER PRIMARY KEY,"
        " file_name TEXT NOT NULL,"
        " format TEXT NOT NULL,"  # pdf, docx, odt, eml, image
        " sha256 TEXT NOT NULL,"
        " raw BLOB,"  # only for documents split into several articles
        " pages INTEGER,"
        " meta TEXT NOT NULL DEFAULT '{}',"  # the document's own metadata: candidates, with their origin
        " ocr_confidence REAL,"
        " article_count INTEGER NOT NULL,"
        " imported_at TEXT NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_source_documents_sha ON source_documents(sha256)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS article_sources ("
        " article_id INTEGER PRIMARY KEY,"
        " document_id INTEGER NOT NULL REFERENCES source_documents(id),"
        " position INTEGER NOT NULL,"  # 1-based order of the article in its document
        " first_page INTEGER,"
        " last_page INTEGER,"
        " low_confidence TEXT NOT NULL DEFAULT '[]')")  # OCR words to mark in the reading pane
    db.execute("CREATE INDEX IF NOT EXISTS idx_article_sources_document ON article_sources(document_id, position)")


def postgres(conn) -> None:
    """The same tables on PostgreSQL."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS source_documents (id BIGSERIAL PRIMARY KEY, file_name TEXT NOT NULL, "
        "format TEXT NOT NULL, sha256 TEXT NOT NULL, raw BYTEA, pages INTEGER, meta TEXT NOT NULL DEFAULT '{}', "
        "ocr_confidence DOUBLE PRECISION, article_count INTEGER NOT NULL, imported_at TEXT NOT NULL)")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_source_documents_sha ON source_documents(sha256)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS article_sources (article_id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL "
        "REFERENCES source_documents(id), position INTEGER NOT NULL, first_page INTEGER, last_page INTEGER, "
        "low_confidence TEXT NOT NULL DEFAULT '[]')")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_article_sources_document ON article_sources(document_id, position)")
