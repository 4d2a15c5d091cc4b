"""At import, a page cleaned again with the furniture its outlet's earlier pages taught the archive.

The workers extract every page alone; the writer, which sees the archive, looks the page's short lines
up in the outlet's line counts (archive.furniture). Only when a line the extractor kept (as body or as
the title) is known furniture is the page read and extracted again with those lines removed — so the
common case costs one indexed lookup, and lines the rules already placed (a byline, a date) keep their
role. Once stored, the page's lines are counted in the article's own write transaction.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from .archive.furniture import known
from .ingest_parallel import Prepared

if TYPE_CHECKING:
    from .archive import Archive
    from .records import Article

log = logging.getLogger(__name__)


def line_hashes(article: "Article") -> dict[int, str]:
    """The hashes (with comparison keys) of the page lines an article was cut from that can be furniture."""
    from .extraction.furniture import page_hashes

    return page_hashes(block.text for block in article.blocks)


def misplaced_furniture(archive: "Archive", article: "Article", hashes: dict[int, str]) -> frozenset[str]:
    """Comparison keys of the outlet's known furniture lines that the extraction kept or took for the title."""
    from .extraction.linefeatures import norm_key

    with archive._reading():
        hits = known(archive._conn, article.outlet, sorted(hashes))
    if not hits:
        return frozenset()
    kept = {norm_key(b.text) for b in article.blocks if b.role != "removed" or b.reason == "title"}
    return frozenset(hashes[h] for h in hits if hashes[h] in kept)


def without_furniture(path: Path, outcome: Prepared, furniture: frozenset[str], detect_stories: bool) -> Prepared:
    """The file read and extracted again with the furniture removed (the first result when that fails or
    leaves no text)."""
    from .errors import ReadError
    from .extraction import extract
    from .readers import read_file
    from .stories.detect import fingerprint

    try:
        doc = read_file(path)
        article = extract(doc, furniture)
    except (ReadError, OSError) as error:  # the file changed under the import: keep the first extraction
        log.warning("%s: not re-read for the outlet's furniture (%s)", path, error)
        return outcome
    if not any(text.strip() for text in article.body):
        return outcome
    article.file_name = outcome.article.file_name if outcome.article else path.name
    log.debug("%s: %d furniture lines of %s removed", path, len(furniture), article.outlet)
    sketched = fingerprint(article.body) if detect_stories and article.body else None
    return Prepared(path, article=article, raw=doc.raw, fingerprint=sketched)
