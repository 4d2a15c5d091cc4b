"""At import, a page cleaned again with the furniture its outlet's earlier pages taught the archive.

The workers extract every page alone; the writer, which sees the archive, looks the page's short lines
up in the outlet's line counts (archive.furniture). Only when a line the extractor kept (as body or as
the title) is known furniture is the page read and extracted again with those lines removed — so the
common case costs one indexed lookup, and lines the rules already placed (a byline, a date) keep their
role. Once stored, the page's lines are counted in the article's own write transaction.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .archive.furniture import known
from .ingest_prepare import Prepared

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)

# extracted_without's signature: the import's workers run it (ingest_parallel.Ahead.redo)
Redo = Callable[[Path, list[str], frozenset[str], bool], "tuple[Prepared | None, bool]"]


# (outlet, misplaced hashes) whose second extraction was refused: copies of one page come in series, and
# each would be extracted again for nothing.
_REFUSED: OrderedDict[tuple[str | None, frozenset[int]], None] = OrderedDict()
REFUSED_KEPT = 256


def misplaced_furniture(archive: "Archive", outcome: Prepared) -> set[int]:
    """Hashes of the outlet's known furniture lines that the extraction kept or took for the title (none when
    the same lines of the outlet were refused before)."""
    if not outcome.kept or outcome.article is None:
        return set()
    with archive._reading():
        found = known(archive._conn, outcome.article.outlet, outcome.lines) & outcome.kept
    return set() if (outcome.article.outlet, frozenset(found)) in _REFUSED else found


def _refuse(outlet: str | None, misplaced: set[int]) -> None:
    _REFUSED[(outlet, frozenset(misplaced))] = None
    while len(_REFUSED) > REFUSED_KEPT:
        _REFUSED.popitem(last=False)


def without_furniture(path: Path, outcome: Prepared, misplaced: set[int], detect_stories: bool,
                      redo: "Redo | None" = None) -> Prepared:
    """The file read and extracted again with the misplaced furniture lines removed (the first result when
    that fails or leaves no text). `redo`: where the extraction runs (an import worker; default: here)."""
    from .extraction.furniture import page_hashes, removable

    first = outcome.article
    furniture = removable(first.blocks, frozenset(key for h, key in page_hashes(b.text for b in first.blocks).items()
                                                  if h in misplaced))
    if not furniture:
        _refuse(first.outlet, misplaced)
        return outcome
    again, refused = (redo or extracted_without)(path, first.body, furniture, detect_stories)
    if refused:
        _refuse(first.outlet, misplaced)
    if again is None:
        return outcome
    again.article.file_name = first.file_name
    log.debug("%s: %d furniture lines of %s removed", path, len(furniture), again.article.outlet)
    return again


def extracted_without(path: Path, first_body: list[str], furniture: frozenset[str],
                      detect_stories: bool) -> tuple[Prepared | None, bool]:
    """(the file read and extracted again without the furniture lines, or None; whether the outlet's lines are
    refused: the page would lose its own text). Pure: runs in an import worker, where the extractor is loaded."""
    from .archive.codec import row_values
    from .errors import ReadError
    from .extraction import extract
    from .extraction.furniture import keeps_the_rest
    from .ingest_prepare import for_writer, furniture_lines
    from .readers import read_file
    from .stories.detect import fingerprint

    try:
        doc = read_file(path)
        article = extract(doc, furniture)
    except (ReadError, OSError) as error:  # the file changed under the import: keep the first extraction
        log.warning("%s: not re-read for the outlet's furniture (%s)", path, error)
        return None, False
    if not keeps_the_rest(first_body, article.body, furniture):
        log.debug("%s: furniture not removed (the page would lose its own text)", path)
        return None, True
    sketched = fingerprint(article.body) if detect_stories and article.body else None
    return for_writer(Prepared(path, article=article, raw=doc.raw, fingerprint=sketched,
                               values=row_values(article, doc.raw, index=True), **furniture_lines(article))), False
