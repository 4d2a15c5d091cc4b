"""Appending paragraphs and table rows fast: python-docx's own calls rescan the whole body for each one
(its add_paragraph, add_table, row.cells and style setters made a 1,000-article dossier take minutes)."""
from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Emu
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph


class Body:
    """Adds blocks at the end of a document's body (before its final section properties)."""

    def __init__(self, document: Any) -> None:
        self.doc = document
        self._container = document._body
        self._end = document.element.body.sectPr  # every new block goes just before it: O(1)
        self._ids = {style.name: style.style_id for style in document.styles}

    def style_id(self, name: str) -> str:
        """The id of a named style ("Heading 1" -> "Heading1")."""
        return self._ids[name]

    def paragraph(self, style: str) -> Paragraph:
        """A new empty paragraph in the named style."""
        p = OxmlElement("w:p")
        p.append(_style_props(self._ids[style]))
        self._end.addprevious(p)
        return Paragraph(p, self._container)

    def table(self, widths: tuple[float, ...] | list[float], style: str = "Table Grid") -> Table:
        """A new table without rows, fixed column widths in cm."""
        tbl = CT_Tbl.new_tbl(0, len(widths), Cm(sum(widths)))
        tbl.tblStyle_val = self._ids[style]
        for column, width in zip(tbl.tblGrid.gridCol_lst, widths):
            column.w = Cm(width)
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        look = tbl.tblPr.find(qn("w:tblLook"))
        if look is not None:
            look.addprevious(layout)  # the schema's order: Word calls a file with tblLayout after tblLook damaged
        else:
            tbl.tblPr.append(layout)
        self._end.addprevious(tbl)
        return Table(tbl, self._container)

    def row(self, table: Table, *, span: bool = False, header: bool = False) -> list[_Cell]:
        """A new row: one cell per column, or one cell spanning them all; header rows repeat on each page."""
        tr = table._tbl.add_tr()
        if header:
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            tr.get_or_add_trPr().append(flag)
        columns = table._tbl.tblGrid.gridCol_lst
        cells = []
        for column in columns[:1] if span else columns:
            tc = OxmlElement("w:tc")
            props = OxmlElement("w:tcPr")
            width = OxmlElement("w:tcW")
            width.set(qn("w:w"), str(Emu(sum(c.w for c in columns) if span else column.w).twips))
            width.set(qn("w:type"), "dxa")
            props.append(width)
            if span:
                grid_span = OxmlElement("w:gridSpan")
                grid_span.set(qn("w:val"), str(len(columns)))
                props.append(grid_span)
            tc.append(props)
            tc.append(OxmlElement("w:p"))
            tr.append(tc)
            cells.append(_Cell(tc, table))
        return cells

    def cell_paragraph(self, cell: _Cell, style: str) -> Paragraph:
        """The first paragraph of a cell, in the named style."""
        p = cell._tc.p_lst[0]
        p.insert(0, _style_props(self._ids[style]))
        return Paragraph(p, cell)


def _style_props(style_id: str) -> Any:
    """<w:pPr><w:pStyle w:val="…"/></w:pPr>, built directly (python-docx's setters search for their place)."""
    props = OxmlElement("w:pPr")
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), style_id)
    props.append(style)
    return props
