"""Import of a document format (PDF, Word, OpenDocument, e-mail, scans): split, extract, store together.

A press review becomes one article per item; every article is linked to its document and position,
with its pages and OCR confidence. All the document's new articles are written in one transaction.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .archive.sources import Placement, SourceDocument
from .errors import ArchiveCorrupt, ArchiveError
from .press_review import finish_item, item_documents, split_items
from .records import Article, RawDocument

if TYPE_CHECKING:
    from .archive import Archive
    from .ingest import IngestReport

log = logging.getLogger(__name__)

# Where each format's own metadata come from (the origin of a candidate).
META_ORIGINS = {"pdf": "pdf-info", "docx": "docx-properties", "odt": "odt-meta", "eml": "mail-headers",
                "image": "image"}


def ingest_document(archive: "Archive", path: Path, doc: RawDocument, report: "IngestReport", *,
                    reextract: bool = False) -> int | None:
    """Import one document's articles; returns the last new id (None: all duplicates, or failed)."""
    try:
        pieces = extract_document(doc)
    except Exception as error:  # an extraction bug on one file must not stop the batch
        log.exception("extraction failed for %s", path)
        report.failed.append((str(path), f"extraction failed: {error}"))
        return None
    fresh: list[tuple[Article, bytes, Placement]] = []
    for article, raw, place in pieces:
        article.file_name = path.name
        label = str(path) if len(pieces) == 1 else f"{path}#{place.position}"
        duplicate = archive.find_duplicate(article)
        if duplicate is None:
            fresh.append((article, raw, place))
            continue
        report.duplicates.append((label, duplicate))
        if reextract:
            archive.update_from_extraction(duplicate, article)
            report.reextracted.append((label, duplicate))
    if not fresh:
        return None
    try:
        ids = archive.add_document(source_document(path, doc), fresh)
    except ArchiveError as error:
        if isinstance(error, ArchiveCorrupt) or isinstance(error.__cause__, sqlite3.OperationalError):
            raise
        report.failed.append((str(path), f"could not be stored: {error}"))
        return None
    for (_, _, place), article_id in zip(fresh, ids):
        report.imported.append((str(path) if len(pieces) == 1 else f"{path}#{place.position}", article_id))
    return ids[-1]


def extract_document(doc: RawDocument) -> list[tuple[Article, bytes, Placement]]:
    """The document's articles (one per item of a press review), each with its raw bytes and placement."""
    from .extraction import extract

    items = split_items(doc)
    out = []
    for item, piece in zip(items, item_documents(doc, items)):
        article = extract(piece)
        if len(items) > 1:
            finish_item(article, item)
        _mark_pages(article, piece)
        pages = [p for p in (piece.pages or []) if p]
        out.append((article, piece.raw, Placement(item.position, min(pages, default=None),
                                                  max(pages, default=None), list(doc.low_confidence))))
    return out


def _mark_pages(article: Article, piece: RawDocument) -> None:
    """Each block's page, from the line it came from (a block the cleaner reworded takes the page before)."""
    if not piece.pages:
        return
    pages: dict[str, int] = {}
    for line, page in zip(piece.text.split("\n"), piece.pages):
        pages.setdefault(line, page)
    last = piece.pages[0]
    for block in article.blocks:
        block.page = last = pages.get(block.text, last)


def source_document(path: Path, doc: RawDocument) -> SourceDocument:
    """The document's record: its bytes, pages, OCR confidence and its own metadata with their origin."""
    origin = META_ORIGINS.get(doc.format, doc.format)
    meta = dict(doc.meta or {})
    return SourceDocument(file_name=path.name, format=doc.format, raw=doc.raw,
                          pages=max(doc.pages) if doc.pages else None, meta=meta,
                          meta_origins={key: origin for key in meta}, ocr_confidence=doc.ocr_confidence)
