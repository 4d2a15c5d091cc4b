"""The OpenDocument dossier (.odt, odfpy): the same content as the PDF and Word dossiers (content.py),
in LibreOffice's named styles, with a table-of-contents index, bookmarks, links and page fields."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from odf import teletype
from odf.dc import Title as DcTitle
from odf.opendocument import OpenDocumentText
from odf.style import ParagraphProperties, Style, TextProperties
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (A, Bookmark, BookmarkRef, H, IndexBody, IndexEntryLinkEnd, IndexEntryLinkStart,
                      IndexEntryPageNumber, IndexEntryTabStop, IndexEntryText, IndexTitle, P, Span, Tab,
                      TableOfContent, TableOfContentEntryTemplate, TableOfContentSource)

from ..errors import TuLieuError
from ..progress import NEVER, CancelToken, Progress, noop
from . import content, odt_styles, styles
from .docx_sections import anchor
from .entity_index import collect
from .labels import Labels
from .model import Entry, date_text, outlet_text

log = logging.getLogger(__name__)

__all__ = ["build_odt_dossier"]
META_WIDTHS = (3.3, 13.3)


def build_odt_dossier(archive: Any, ids: list[int], out_path: str | Path, options: Any, *,
                      progress: Progress = noop, cancel: CancelToken = NEVER) -> Any:
    """Write the dossier as .odt; raises Cancelled (leaving no file) when cancelled. pages is 0."""
    from . import DossierResult, _outlet_kinds

    out_path = Path(out_path)
    labels = content.check_options(options, out_path, ids)
    styles.page_size(options.paper)
    entries = content.load_entries(archive, ids, options.order, labels, progress, cancel)
    writer = _Odt(options, labels, entries)
    writer.front()
    writer.body(_outlet_kinds(), progress, cancel)
    partial = out_path.with_name(f".{out_path.name}.part")
    try:
        writer.doc.save(str(partial))
        os.replace(partial, out_path)
    except OSError as error:
        raise TuLieuError(f"{out_path}: cannot write the dossier ({error.strerror or error})") from error
    finally:
        partial.unlink(missing_ok=True)
    log.info("odt dossier %s: %d articles", out_path, len(entries))
    return DossierResult(out_path, 0, len(entries))


class _Odt:
    """One .odt being written, section by section, in the PDF's order."""

    def __init__(self, options: Any, labels: Labels, entries: list[Entry]) -> None:
        self.options, self.labels, self.entries = options, labels, entries
        self.doc = OpenDocumentText()
        self.title = options.title or labels["default_title"]
        self.st = odt_styles.setup(self.doc, options, labels, self.title)
        self.italic = self._auto("Italic", "text", TextProperties(fontstyle="italic"))
        self.bold = self._auto("Bold", "text", TextProperties(fontweight="bold"))
        self.muted = self._auto("Muted", "text", TextProperties(color=odt_styles.MUTED, fontstyle="italic"))
        cover = Style(name="CoverStart", family="paragraph", parentstylename=self.st["Standard"],
                      masterpagename="Cover")
        cover.addElement(ParagraphProperties(margintop="4cm"))
        self.doc.automaticstyles.addElement(cover)
        self.cover_start = cover
        self.contents_start = self._auto("ContentsStart", "paragraph", None, parent=self.st["Contents_20_Heading"],
                                         masterpagename="Standard")
        self.h2_break = self._auto("ArticleBreak", "paragraph", ParagraphProperties(breakbefore="page"),
                                   parent=self.st["Heading_20_2"])
        self.doc.meta.addElement(DcTitle(text=self.title))

    def _auto(self, name: str, family: str, props: Any, parent: Any = None, **attrs: str) -> Style:
        style = Style(name=name, family=family, **({"parentstylename": parent} if parent else {}), **attrs)
        if props is not None:
            style.addElement(props)
        self.doc.automaticstyles.addElement(style)
        return style

    # -- text helpers ------------------------------------------------------------------------------
    def text(self, element: Any, text: str, style: Style | None = None) -> Any:
        """Append text (line breaks, tabs and runs of spaces kept), in a span when styled."""
        target = Span(stylename=style) if style is not None else element
        teletype.addTextToElement(target, content.xml_text(text))
        if style is not None:
            element.addElement(target)
        return element

    def para(self, style: str, text: str = "", **kw: Any) -> Any:
        p = P(stylename=kw.pop("stylename", None) or self.st[style])
        self.doc.text.addElement(self.text(p, text) if text else p)
        return p

    def heading(self, level: int, text: str, key: str, style: Any = None) -> Any:
        h = H(outlinelevel=level, stylename=style or self.st[f"Heading_20_{level}"])
        h.addElement(Bookmark(name=anchor(key)))
        self.doc.text.addElement(self.text(h, text))
        return h

    def link(self, element: Any, text: str, *, key: str | None = None, url: str | None = None) -> None:
        a = A(type="simple", href=f"#{anchor(key)}" if key else url)
        element.addElement(self.text(a, text))

    def table(self, widths: tuple[float, ...], head: list[str] | None = None) -> Table:
        n = len(self.doc.text.childNodes)
        table = Table(name=f"Table{n}")
        for i, width in enumerate(widths):
            table.addElement(TableColumn(stylename=odt_styles.column_style(self.doc, f"T{n}C{i}", width)))
        if head:
            rows = TableHeaderRows()
            rows.addElement(self.row(head, bold=True))
            table.addElement(rows)
        self.doc.text.addElement(table)
        return table

    def row(self, cells: list[Any], *, bold: bool = False, span: int = 0, style: str = "Metadata") -> TableRow:
        row = TableRow()
        for value in cells:
            cell = TableCell(valuetype="string", **({"numbercolumnsspanned": span} if span else {}))
            p = P(stylename=self.st[style])
            if isinstance(value, content.Cell):
                if value.url:
                    self.link(p, value.text, url=value.url)
                else:
                    self.text(p, value.text, self.italic if value.italic else None)
                if value.note:
                    self.text(p, f" {value.note}", self.muted)
            elif isinstance(value, tuple):  # (text, article key): a link to the article
                self.link(p, value[0], key=value[1])
            else:
                self.text(p, value, self.bold if bold else None)
            cell.addElement(p)
            row.addElement(cell)
        return row

    # -- sections ----------------------------------------------------------------------------------
    def front(self) -> None:
        """Cover (on its own master page), then the contents index with its shown entries."""
        lb, options = self.labels, self.options
        self.para("Standard", stylename=self.cover_start)
        if options.marking:
            self.para("Cover_20_Marking", options.marking)
        self.para("Title", self.title)
        if options.subtitle:
            self.para("Subtitle", options.subtitle)
        table = self.table((4.2, 9.8))
        for label, value in content.cover_rows(self.entries, options, lb):
            table.addElement(self.row([label, value], style="Cover_20_Field"))
        self.doc.text.addElement(self._contents())

    def _contents(self) -> TableOfContent:
        toc = TableOfContent(name="Contents", protected="true")
        source = TableOfContentSource(outlinelevel=2)
        for level in (1, 2):
            template = TableOfContentEntryTemplate(outlinelevel=level, stylename=self.st[f"Contents_20_{level}"])
            for part in (IndexEntryLinkStart(), IndexEntryText(), IndexEntryTabStop(type="right", leaderchar="."),
                         IndexEntryPageNumber(), IndexEntryLinkEnd()):
                template.addElement(part)
            source.addElement(template)
        toc.addElement(source)
        body = IndexBody()
        title = IndexTitle(name="ContentsTitle")
        title.addElement(self.text(P(stylename=self.contents_start), self.labels["toc"]))
        body.addElement(title)
        lines = [(1, self.labels[n], f"section-{n}") for n in ("overview", "timeline", "index", "articles")]
        lines += [(2, f"{e.number}. {e.article.title or self.labels['none']}", e.key) for e in self.entries]
        lines.append((1, self.labels["sources"], "section-sources"))
        for level, text, key in lines:
            p = P(stylename=self.st[f"Contents_20_{level}"])
            self.link(p, text, key=key)
            p.addElement(Tab())
            p.addElement(BookmarkRef(referenceformat="page", refname=anchor(key)))
            body.addElement(p)
        toc.addElement(body)
        return toc

    def body(self, outlet_kinds: dict[str, str], progress: Progress, cancel: CancelToken) -> None:
        """Overview, timeline, index, articles, sources."""
        lb, n = self.labels, len(self.entries)
        self.heading(1, lb["overview"], "section-overview")
        table = self.table((0.9, 2.5, 3.6, 9.6), [lb["col_no"], lb["col_date"], lb["col_outlet"], lb["col_title"]])
        for e in self.entries:
            when = content.Cell(date_text(e, lb, short=True), italic=e.inferred)
            table.addElement(self.row([str(e.number), when, outlet_text(e, lb), (e.article.title or lb["none"], e.key)]))
        self.heading(1, lb["timeline"], "section-timeline")
        table = self.table((2.5, 0.9, 9.6, 3.6), [lb["col_date"], lb["col_no"], lb["col_title"], lb["col_outlet"]])
        for month, group in content.month_groups(self.entries, lb):
            table.addElement(self.row([month], span=4, style="Month"))
            for e in group:
                outlet = outlet_text(e, lb) if e.article.outlet or e.article.source else ""
                table.addElement(self.row([content.short_date(e, lb), str(e.number),
                                           (e.article.title or lb["none"], e.key), outlet]))
        self.index()
        self.heading(1, lb["articles"], "section-articles")
        for i, entry in enumerate(self.entries):
            cancel.check()
            self.article(entry, outlet_kinds, page_break=i > 0 and not self.options.summaries_only)
            progress(n + entry.number, 2 * n, f"{lb['articles']}: {entry.number}/{n}")
        self.heading(1, lb["sources"], "section-sources")
        for e in self.entries:
            p = self.para("Source_20_Entry", f"[{e.number}] ")
            for i, part in enumerate(content.source_parts(e, lb)):
                self.text(p, " · " if i else "")
                if part.url:
                    self.link(p, part.text, url=part.url)
                else:
                    self.text(p, part.text, self.italic if part.italic else None)

    def index(self) -> None:
        """People, organisations and places with their articles, page references and roles."""
        lb = self.labels
        self.heading(1, lb["index"], "section-index")
        by_kind = collect(self.entries)
        if not any(by_kind.values()):
            self.para("Standard", lb["empty_index"])
        for kind, items in by_kind.items():
            if items:
                self.doc.text.addElement(self.text(H(outlinelevel=3, stylename=self.st["Heading_20_3"]), lb[kind]))
            for item in items:
                p = self.para("Index_20_Entry")
                self.text(p, item.name, self.bold)
                self.text(p, " — ")
                before, after = lb["page_ref"].split("{page}")
                for i, (entry, role) in enumerate(item.mentions):
                    self.text(p, "; " if i else "")
                    self.link(p, f"[{entry.number}]", key=entry.key)
                    self.text(p, f" {before}")
                    p.addElement(BookmarkRef(referenceformat="page", refname=anchor(entry.key)))
                    self.text(p, after + (f" ({role})" if role else ""))

    def article(self, entry: Entry, outlet_kinds: dict[str, str], *, page_break: bool) -> None:
        """Title (Heading 2, bookmarked), metadata table, lead, paragraphs and captions, tags."""
        a = entry.article
        self.heading(2, f"{entry.number}. {a.title or self.labels['none']}", entry.key,
                     self.h2_break if page_break else None)
        table = self.table(META_WIDTHS)
        for label, cell in content.metadata_rows(entry, self.labels, outlet_kinds):
            table.addElement(self.row([label, cell]))
        if (a.lead or "").strip():
            self.para("Lead", a.lead.strip())
        for role, text in content.body_blocks(a, self.options.summaries_only):
            self.para("Caption" if role == "caption" else "Standard", text)
        if a.tags:
            p = self.para("Tags")
            self.text(p, f"{self.labels['tags']}: ", self.bold)
            self.text(p, ", ".join(a.tags))
