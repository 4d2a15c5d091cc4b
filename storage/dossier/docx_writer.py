"""The Word dossier (.docx): the PDF dossier's content (storage/dossier/content.py) in named Word styles,
with a real TOC field, bookmarks and links, page numbers and the marking in the header and footer."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Emu

from ..errors import TuLieuError
from ..progress import NEVER, CancelToken, Progress, noop
from . import content, docx_ooxml as ox, docx_sections, styles
from .docx_body import Body
from .docx_styles import MARKING, setup_styles
from .labels import Labels
from .model import Entry

log = logging.getLogger(__name__)

__all__ = ["build_word_dossier"]
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


def build_word_dossier(archive: Any, ids: list[int], out_path: str | Path, options: Any, *,
                       progress: Progress = noop, cancel: CancelToken = NEVER) -> Any:
    """Write the dossier as .docx; raises Cancelled (leaving no file) when cancelled. pages is 0: Word lays out."""
    from . import DossierResult

    out_path = Path(out_path)
    labels = content.check_options(options, out_path, ids)
    styles.page_size(options.paper)  # refuses an unknown paper before any work
    entries = content.load_entries(archive, ids, options.order, labels, progress, cancel)
    document = new_document(options, labels, entries)
    body = Body(document)
    cover(document, body, entries, options, labels)
    contents(document, body, entries, labels)
    docx_sections.Sections(body, entries, options, labels, progress, cancel).write_all()
    partial = out_path.with_name(f".{out_path.name}.part")
    try:
        document.save(str(partial))
        os.replace(partial, out_path)
    except OSError as error:
        raise TuLieuError(f"{out_path}: cannot write the dossier ({error.strerror or error})") from error
    finally:
        partial.unlink(missing_ok=True)
    log.info("word dossier %s: %d articles", out_path, len(entries))
    progress(2 * len(ids), 2 * len(ids), str(out_path))
    return DossierResult(out_path, 0, len(entries))


def new_document(options: Any, labels: Labels, entries: list[Entry]) -> Any:
    """An empty document with the dossier's styles, page size, margins, header, footer and properties."""
    document = docx.Document()
    ox.drop_thumbnail(document)
    setup_styles(document, options.lang)
    ox.update_fields_on_open(document)
    width, height = styles.page_size(options.paper)
    section = document.sections[0]
    section.page_width, section.page_height = Emu(int(width * 12700)), Emu(int(height * 12700))
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    title = options.title or labels["default_title"]
    _header_footer(section, document.styles["Running Head"], title, options.marking, labels)
    props = document.core_properties
    props.title, props.author, props.subject = title, options.prepared_by or "", options.scope_text or title
    props.language, props.comments = labels.lang, "Tư Liệu"
    props.keywords = ", ".join(sorted({tag for e in entries for tag in e.article.tags}))[:250]
    return document


def text_width(document: Any) -> Any:
    """Width between the margins, for right-aligned tab stops."""
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def _header_footer(section: Any, style: Any, title: str, marking: str, labels: Labels) -> None:
    """Running header: title left, marking right. Footer: marking centred, "Trang X / Y" right. Cover: marking only."""
    section.different_first_page_header_footer = True
    width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.style = style  # not Word's "Header" style, whose tab stops assume Letter paper
    header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    ox.add_text(header, title)
    if marking:
        header.add_run("\t")
        _marking_run(header, marking)
    for footer, with_page in ((section.footer, True), (section.first_page_footer, False)):
        p = footer.paragraphs[0]
        p.style = style
        stops = p.paragraph_format.tab_stops
        stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run("\t")
        if marking:
            _marking_run(p, marking)
        if with_page:
            p.add_run("\t")
            _page_numbers(p, labels)


def _marking_run(paragraph: Any, marking: str) -> None:
    run = paragraph.add_run(ox.clean(marking))
    run.bold, run.font.color.rgb = True, MARKING


def _page_numbers(paragraph: Any, labels: Labels) -> None:
    """The label "Trang {x} / {y}" with PAGE and NUMPAGES fields in place of x and y."""
    before, rest = labels["page"].split("{x}")
    middle, after = rest.split("{y}")
    for text, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, None)):
        if text:
            paragraph.add_run(text)
        if field:
            ox.add_field(paragraph, field, "1")


def cover(document: Any, body: Body, entries: list[Entry], options: Any, labels: Labels) -> None:
    """Title page: marking, title, subtitle, then who prepared it, when, scope, count and period."""
    first = document.paragraphs[0] if document.paragraphs else body.paragraph("Normal")
    first.paragraph_format.space_before = Cm(4)
    if options.marking:
        ox.add_text(body.paragraph("Cover Marking"), options.marking)
    ox.add_text(body.paragraph("Title"), options.title or labels["default_title"])
    if options.subtitle:
        ox.add_text(body.paragraph("Subtitle"), options.subtitle)
    table = body.table((4.2, 9.8))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in content.cover_rows(entries, options, labels):
        for cell, text, bold in zip(body.row(table), (label, value), (True, False)):
            ox.add_text(body.cell_paragraph(cell, "Cover Field"), text, bold=bold)


def contents(document: Any, body: Body, entries: list[Entry], labels: Labels) -> None:
    """A real TOC field; its shown result already lists the sections and articles with page references."""
    heading = body.paragraph("TOC Heading")
    ox.add_text(heading, labels["toc"])
    heading.paragraph_format.page_break_before = True
    for name in ("toc 1", "toc 2"):
        document.styles[name].paragraph_format.tab_stops.add_tab_stop(text_width(document), WD_TAB_ALIGNMENT.RIGHT,
                                                                      WD_TAB_LEADER.DOTS)
    lines = [("toc 1", labels[name], docx_sections.anchor(f"section-{name}"))
             for name in ("overview", "timeline", "index", "articles")]
    lines += [("toc 2", f"{e.number}. {e.article.title or labels['none']}", docx_sections.anchor(e.key))
              for e in entries]
    lines.append(("toc 1", labels["sources"], docx_sections.anchor("section-sources")))
    p = None
    for i, (style, text, target) in enumerate(lines):
        p = body.paragraph(style)
        if i == 0:
            ox.begin_field(p, TOC_INSTRUCTION)
        ox.add_link(p, text, anchor=target)
        ox.add_text(p, "\t")
        ox.add_field(p, f"PAGEREF {target} \\h", "")
    ox.end_field(p)
