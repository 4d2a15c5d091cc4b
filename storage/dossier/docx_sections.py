"""The Word dossier's body: overview table, timeline table, entity index, articles, sources."""
from __future__ import annotations

from typing import Any

from ..progress import CancelToken, Progress
from . import content, docx_ooxml as ox
from .docx_body import Body
from .entity_index import collect
from .labels import Labels
from .model import Entry, date_text, outlet_text

META_WIDTHS = (3.3, 13.3)  # cm: label and value columns of an article's metadata table


def anchor(key: str) -> str:
    """A Word bookmark name for a dossier key ("article-12" -> "tl_article_12": no hyphens in bookmarks)."""
    return "tl_" + key.replace("-", "_")


class Sections:
    """Writes the sections after the contents into one document, in the PDF's order."""

    def __init__(self, body: Body, entries: list[Entry], options: Any, labels: Labels, progress: Progress,
                 cancel: CancelToken) -> None:
        self.body, self.entries, self.options, self.labels = body, entries, options, labels
        self.progress, self.cancel = progress, cancel

    def write_all(self) -> None:
        """Overview, timeline, index, articles and sources."""
        from . import _outlet_kinds  # the PDF writer's outlet table lookup

        self.overview()
        self.timeline()
        self.index()
        kinds = _outlet_kinds()
        self.heading("articles", page_break=True)
        n = len(self.entries)
        for i, entry in enumerate(self.entries):
            self.cancel.check()
            self.article(entry, kinds, page_break=i > 0 and not self.options.summaries_only)
            self.progress(n + entry.number, 2 * n, f"{self.labels['articles']}: {entry.number}/{n}")
        self.sources()

    # -- building blocks ---------------------------------------------------------------------------
    def para(self, style: str, text: str = "", **run: bool) -> Any:
        p = self.body.paragraph(style)
        if text:
            ox.add_text(p, text, **run)
        return p

    def heading(self, name: str, *, page_break: bool) -> Any:
        p = self.para("Heading 1", self.labels[name])
        p.paragraph_format.page_break_before = page_break
        ox.add_bookmark(p, anchor(f"section-{name}"))
        return p

    def table(self, head: list[str], widths: tuple[float, ...]) -> Any:
        table = self.body.table(widths)
        for cell, text in zip(self.body.row(table, header=True), head):
            self.cell(cell, text, bold=True)
        return table

    def cell(self, cell: Any, text: str, *, bold: bool = False, italic: bool = False, anchor_to: str | None = None,
             url: str | None = None, style: str = "Metadata") -> Any:
        p = self.body.cell_paragraph(cell, style)
        if anchor_to or url:
            ox.add_link(p, text, anchor=anchor_to, url=url, italic=italic)
        else:
            ox.add_text(p, text, bold=bold, italic=italic)
        return p

    # -- sections ----------------------------------------------------------------------------------
    def overview(self) -> None:
        """One row per article: number, date, outlet, title (a link to the article)."""
        lb = self.labels
        self.heading("overview", page_break=True)
        table = self.table([lb["col_no"], lb["col_date"], lb["col_outlet"], lb["col_title"]], (0.9, 2.5, 3.6, 9.6))
        for e in self.entries:
            no, when, outlet, title = self.body.row(table)
            self.cell(no, str(e.number))
            self.cell(when, date_text(e, lb, short=True), italic=e.inferred)
            self.cell(outlet, outlet_text(e, lb))
            self.cell(title, e.article.title or lb["none"], anchor_to=anchor(e.key))
        if any(e.inferred for e in self.entries):
            self.para("Tags", lb["legend_inferred"], italic=True)

    def timeline(self) -> None:
        """The dated list as a table: a row per month, then date, number, title and outlet of each article."""
        lb = self.labels
        self.heading("timeline", page_break=True)
        if any(e.inferred for e in self.entries):
            self.para("Tags", lb["legend_inferred"], italic=True)
        table = self.table([lb["col_date"], lb["col_no"], lb["col_title"], lb["col_outlet"]], (2.5, 0.9, 9.6, 3.6))
        for month, group in content.month_groups(self.entries, lb):
            self.cell(self.body.row(table, span=True)[0], month, style="Month")
            for e in group:
                when, no, title, outlet = self.body.row(table)
                cell = content.short_date(e, lb)
                self.cell(when, cell.text, italic=cell.italic)
                self.cell(no, str(e.number))
                self.cell(title, e.article.title or lb["none"], anchor_to=anchor(e.key))
                self.cell(outlet, outlet_text(e, lb) if e.article.outlet or e.article.source else "")

    def index(self) -> None:
        """People, organisations and places, each with its articles (number, page, role there)."""
        self.heading("index", page_break=True)
        by_kind = collect(self.entries)
        if not any(by_kind.values()):
            self.para("Normal", self.labels["empty_index"])
        for kind, items in by_kind.items():
            if not items:
                continue
            self.para("Heading 3", self.labels[kind])
            for item in items:
                p = self.para("Index Entry", item.name, bold=True)
                ox.add_text(p, " — ")
                for i, (entry, role) in enumerate(item.mentions):
                    if i:
                        ox.add_text(p, "; ")
                    self._reference(p, entry, role)

    def _reference(self, p: Any, entry: Entry, role: str | None) -> None:
        target = anchor(entry.key)
        ox.add_link(p, f"[{entry.number}]", anchor=target)
        before, after = self.labels["page_ref"].split("{page}")
        ox.add_text(p, f" {before}")
        ox.add_field(p, f"PAGEREF {target} \\h", "")
        if after:
            ox.add_text(p, after)
        if role:
            ox.add_text(p, f" ({role})", italic=True)

    def article(self, entry: Entry, outlet_kinds: dict[str, str], *, page_break: bool) -> None:
        """Title (Heading 2, bookmarked), metadata table, lead, paragraphs and captions, tags."""
        a = entry.article
        heading = self.para("Heading 2", f"{entry.number}. {a.title or self.labels['none']}")
        heading.paragraph_format.page_break_before = page_break
        ox.add_bookmark(heading, anchor(entry.key))
        table = self.body.table(META_WIDTHS)
        for label, value in content.metadata_rows(entry, self.labels, outlet_kinds):
            label_cell, value_cell = self.body.row(table)
            self.cell(label_cell, label, bold=True)
            p = self.cell(value_cell, value.text, italic=value.italic, url=value.url)
            if value.note:
                ox.add_text(p, f" {value.note}", italic=True)
        self.para("Normal")  # air between the table and the text
        if (a.lead or "").strip():
            self.para("Lead", a.lead.strip())
        for role, text in content.body_blocks(a, self.options.summaries_only):
            self.para("Caption" if role == "caption" else "Normal", text)
        if a.tags:
            p = self.para("Tags", f"{self.labels['tags']}: ", bold=True)
            ox.add_text(p, ", ".join(a.tags))

    def sources(self) -> None:
        """Numbered list of every article's outlet, date, and URL or original file."""
        self.heading("sources", page_break=True)
        for e in self.entries:
            p = self.para("Source Entry", f"[{e.number}] ")
            for i, part in enumerate(content.source_parts(e, self.labels)):
                if i:
                    ox.add_text(p, " · ")
                if part.url:
                    ox.add_link(p, part.text, url=part.url)
                else:
                    ox.add_text(p, part.text, italic=part.italic)
