"""PDF briefing dossiers: cover, contents, overview, timeline, entity index, articles, sources."""
from __future__ import annotations

import dataclasses
import gc
import logging
import os
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from reportlab.platypus import Flowable, Paragraph

from ..errors import TuLieuError
from ..progress import NEVER, CancelToken, Progress, noop
from . import content, front, glyphs, styles
from .article import article_section, sources
from .entity_index import entity_index
from .limits import bounded, bounded_options
from .labels import Labels
from .model import Entry
from .out_path import check_out_path
from .template import DossierDoc, Mark, PassCheck, escape_markup, marked, seed_first_pass
from .timeline import timeline

log = logging.getLogger(__name__)

__all__ = ["DossierOptions", "DossierResult", "build_dossier", "select_ids"]
MAX_PASSES = 8


@dataclass
class DossierOptions:
    """What the user chose in the export dialog or on the command line."""

    title: str = ""  # empty: "Hồ sơ tư liệu" / "Briefing dossier"
    subtitle: str = ""
    prepared_by: str = ""
    marking: str = ""  # handling marking, e.g. "NỘI BỘ / INTERNAL"
    scope_text: str = ""  # the query or filters the articles came from
    summaries_only: bool = False
    order: str = "date"  # "date" | "outlet"
    lang: str = "vi"  # "vi" | "en"
    paper: str = "A4"  # "A4" | "Letter"
    file_details: bool = False  # article pages also show file name, import time and content hash
    one_per_story: bool = False  # each story once (its original), with who else published it


@dataclass
class DossierResult:
    """The written file, its page count and how many articles it holds."""

    path: Path
    pages: int
    articles: int
    missing_glyphs: list[str] = field(default_factory=list)  # characters the font could not draw
    warning: str = ""  # plain words naming them ('' when every character was drawn)


def select_ids(archive: Any, query: str | None = None, ids: list[int] | None = None, all: bool = False,
               filters: Any = None) -> list[int]:
    """The article ids of a dossier: given ids (checked), every match of a query, or every article."""
    if sum((query is not None, ids is not None, bool(all))) != 1:
        raise ValueError("give exactly one of query, ids or all")
    if ids is not None:
        unique = list(dict.fromkeys(ids))
        for article_id in unique:
            archive.get(article_id)  # raises NotFound with the id
        return unique
    if query is not None:
        from ..archive.records import Filters

        filters = dataclasses.replace(filters, query=query) if filters else Filters(query=query)
    return archive.ids(filters, order_by="published", descending=False)


def build_dossier(archive: Any, ids: list[int], out_path: str | Path, options: DossierOptions, *,
                  progress: Progress = noop, cancel: CancelToken = NEVER, force: bool = False) -> DossierResult:
    """Write the dossier PDF of these articles; raises Cancelled (leaving no file) when cancelled.
    Never replaces the archive, a device or a non-PDF file (a non-PDF only with force=True)."""
    out_path = Path(out_path)
    check_out_path(out_path, getattr(archive, "path", None), force=force)
    labels = content.check_options(options, out_path, ids)  # language, order and ids, before any work
    styles.page_size(options.paper)
    notes: dict[int, list[tuple[str, str]]] = {}
    if options.one_per_story:
        from ..stories.dossier_notes import one_per_story

        ids, notes = one_per_story(archive, ids)
    # Shared with the Word writer: what goes in the dossier is decided once, in model.py and content.py.
    entries = content.load_entries(archive, ids, options.order, labels, progress, cancel)
    for entry in entries:
        entry.story_notes = notes.get(entry.article.id, [])
    options = bounded_options(options)
    partial = out_path.with_name(f".{out_path.name}.part")
    try:
        with glyphs.collecting() as missing, _cyclic_gc_paused():
            doc = _make_doc(partial, entries, options, labels, progress, cancel)
            try:
                doc.multiBuild(_story(doc, entries, options, labels), maxPasses=MAX_PASSES)
            finally:
                doc.recorder.release()  # the recorded pages form cycles: free them before the GC runs
        check_out_path(out_path, getattr(archive, "path", None), force=force)  # again: it may have changed
        os.replace(partial, out_path)
    except OSError as error:
        raise TuLieuError(f"{out_path}: cannot write the dossier ({error.strerror or error})") from error
    except IndexError as error:
        if "not resolved" not in str(error):  # multiBuild's way of saying page numbers never settled
            raise
        raise TuLieuError(f"{out_path}: page numbers did not settle after {MAX_PASSES} layout passes") from error
    finally:
        partial.unlink(missing_ok=True)
    log.info("dossier %s: %d articles, %d pages, %d passes", out_path, len(entries), doc.page_count, doc.passes)
    progress(2 * len(ids), 2 * len(ids), str(out_path))
    found = sorted(missing)
    if found:
        log.warning("%s: %s", out_path, glyphs.warning(found))
    return DossierResult(out_path, doc.page_count, len(entries), found, glyphs.warning(found))


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during the layout: the thousands of flowables alive then made
    each full collection walk them all, a third of the build time; the few cycles wait until the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _make_doc(path: Path, entries: list[Entry], options: DossierOptions, labels: Labels,
              progress: Progress, cancel: CancelToken) -> DossierDoc:
    title = options.title or labels["default_title"]
    return DossierDoc(str(path), title=title, marking=options.marking, labels=labels, paper=options.paper,
                      total_articles=len(entries), progress=progress, cancel=cancel,
                      author=options.prepared_by or "", subject=options.scope_text or title,
                      keywords=", ".join(_keywords(entries)))


def _story(doc: DossierDoc, entries: list[Entry], options: DossierOptions, labels: Labels) -> list[Flowable]:
    st = styles.make_styles()
    width = doc.width
    story: list[Flowable] = [PassCheck(doc)]
    story += front.cover(entries, options, labels, st)
    # Segments (replay.py): runs of pages whose layout quotes no page number, laid out only once.
    story += doc.recorder.segment(front.contents(doc, labels, st) + front.overview(entries, labels, st, width)
                                  + timeline(entries, labels, st, width))
    story += entity_index(entries, doc, labels, st)  # quotes page numbers: laid out in every pass
    heading = Paragraph(escape_markup(labels["articles"]), st["h1"])
    articles: list[Flowable] = [marked(heading, Mark(labels["articles"], "section-articles", 0))]
    kinds = _outlet_kinds()
    for i, entry in enumerate(entries):
        parts = article_section(entry, labels, st, kinds, summaries_only=options.summaries_only,
                                frame_width=width, file_details=options.file_details)
        articles += parts[1:] if i == 0 else parts  # the first article shares the section's page
    story += doc.recorder.segment(articles + sources(entries, labels, st), closed=False)
    seed_first_pass(doc, story, _page_guesses(entries, options.summaries_only))
    return story


def _page_guesses(entries: list[Entry], summaries_only: bool) -> dict[str, int]:
    """Rough page of each article for the first layout pass (front matter, then about 3,000
    characters a page; summaries about 0.3 of a page each): only the number of digits matters there.
    A wrong number of digits costs one more layout pass, never a wrong page number."""
    page = 5.0 + len(entries) // 25
    guesses = {}
    for entry in entries:
        guesses[entry.key] = int(page)
        text = len(entry.article.lead or "") + sum(len(b.text) for b in entry.article.blocks if b.role != "removed")
        page += 0.3 if summaries_only else 1 + text // 3000
    return guesses


def _outlet_kinds() -> dict[str, str]:
    """Outlet name or abbreviation (casefolded) -> kind, from the outlet table."""
    from ..extraction.outlets import load_outlets  # lazy: only a dossier needs the outlet table

    kinds: dict[str, str] = {}
    for outlet in load_outlets():
        if not outlet.kind:
            continue
        for name in (outlet.name, *outlet.abbreviations):
            kinds.setdefault(name.casefold(), outlet.kind)
    return kinds


def _keywords(entries: list[Entry]) -> list[str]:
    """Tags and the most named entities, for the PDF's keywords property."""
    counts: Counter[str] = Counter()
    for e in entries:
        counts.update(tag for tag in e.article.tags)
        counts.update(entity.name for entity in e.article.entities)
    return [name for name, _ in counts.most_common(12)]
