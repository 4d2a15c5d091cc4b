"""One file read and extracted for the import, as a worker process does it: pure, no archive.

`prepare(path)` reads and extracts a file into a `Prepared` (the article, its stored columns, its story
sketch, its line hashes for outlet furniture) or the reason it failed; `for_writer` trims what the writer
does not need before it is sent across. storage.ingest_parallel runs these in worker processes,
storage.ingest_furniture runs the furniture re-extraction with them.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ReadError
from .records import Article, RawDocument

if TYPE_CHECKING:
    from .archive.codec import RowValues
    from .stories.detect import Fingerprint

log = logging.getLogger(__name__)


@dataclass
class Prepared:
    """One file read and extracted: the article and raw bytes, or why it failed."""

    path: Path
    article: Article | None = None
    raw: bytes = b""
    failure: str | None = None
    document: RawDocument | None = None  # a PDF, Word, scan or e-mail: split and extracted by the writer
    fingerprint: "Fingerprint | None" = None  # the body's story sketch (prepared with detect_stories)
    lines: list[int] = field(default_factory=list)  # hashes of the page's short lines (outlet furniture)
    kept: frozenset[int] = frozenset()  # those of them the extraction kept or took for the title
    values: "RowValues | None" = None  # the article's stored columns, dedup key and index text


def prepare(path: Path, detect_stories: bool = False) -> Prepared:
    """Read and extract one file; a bad file or an extraction crash becomes a failure reason.
    With detect_stories the body's story fingerprint is computed too (so the writer does not)."""
    from .archive.codec import row_values
    from .extraction import extract
    from .readers import read_file
    from .stories.detect import fingerprint

    try:
        doc = read_file(path)
    except ReadError as error:
        return Prepared(path, failure=error.reason)
    if doc.format:  # one document may hold many articles: ingest_documents splits it in the writer
        return Prepared(path, document=doc)
    try:
        article = extract(doc)
    except Exception as error:  # an extraction bug on one page must not stop the batch
        log.exception("extraction failed for %s", path)
        return Prepared(path, failure=f"extraction failed: {error}")
    article.file_name = path.name
    sketched = fingerprint(article.body) if detect_stories and article.body else None
    return Prepared(path, article=article, raw=doc.raw, fingerprint=sketched,
                    values=row_values(article, doc.raw, index=True), **furniture_lines(article))


def furniture_lines(article: Article) -> dict:
    """Prepared's `lines` and `kept`: the hashes the writer looks up in the outlet's furniture counts."""
    from .extraction.furniture import page_hashes
    from .extraction.linefeatures import norm_key

    kept = {norm_key(b.text) for b in article.blocks if b.role != "removed" or b.reason == "title"}
    lines = page_hashes(block.text for block in article.blocks)
    return {"lines": sorted(lines), "kept": frozenset(h for h, key in lines.items() if key in kept)}


def for_writer(prepared: Prepared) -> Prepared:
    """Without the original bytes once they are packed in `values` (the writer stores those): a third less
    to pickle, send and unpickle per file."""
    return replace(prepared, raw=b"") if prepared.values is not None else prepared
