"""Paragraph styles and page geometry; every style names a registered font (no base-14 fonts)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import TableStyle

from . import fonts

PAPERS = {"A4": A4, "Letter": LETTER}
MARGIN_X = 2.2 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.2 * cm
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#B8C0CC")
ZEBRA = colors.HexColor("#F2F4F7")
MARKING = colors.HexColor("#A11D1D")


def page_size(paper: str) -> tuple[float, float]:
    """Width and height in points of A4 or Letter."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper size {paper!r} (use one of {', '.join(PAPERS)})")
    return PAPERS[paper]


def make_styles() -> dict[str, ParagraphStyle]:
    """The named styles of the dossier."""
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14.5, spaceAfter=6,
                          alignment=TA_LEFT, textColor=colors.black)

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    heading = dict(fontName=fonts.BOLD, textColor=ACCENT, keepWithNext=1)
    return {
        "body": base,
        "lead": style("lead", fontName=fonts.BOLD, spaceAfter=8),
        "caption": style("caption", fontName=fonts.ITALIC, fontSize=9.5, leading=13, textColor=MUTED,
                         leftIndent=12),
        "small": style("small", fontSize=8.5, leading=11, spaceAfter=0),
        "small_bold": style("small_bold", fontName=fonts.BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "meta_label": style("meta_label", fontName=fonts.BOLD, fontSize=8.5, leading=11, spaceAfter=0,
                            textColor=MUTED),
        "h1": style("h1", fontSize=18, leading=23, spaceBefore=0, spaceAfter=12, **heading),
        "h2": style("h2", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6, **heading),
        "article_title": style("article_title", fontSize=15, leading=20, spaceAfter=8, **heading),
        "summary_title": style("summary_title", fontSize=12.5, leading=17, spaceBefore=8, spaceAfter=5,
                               **heading),
        "cover_title": style("cover_title", fontName=fonts.BOLD, fontSize=26, leading=33, textColor=ACCENT,
                             alignment=TA_CENTER, spaceAfter=14),
        "cover_subtitle": style("cover_subtitle", fontName=fonts.ITALIC, fontSize=14, leading=19,
                                textColor=MUTED, alignment=TA_CENTER, spaceAfter=10),
        "cover_marking": style("cover_marking", fontName=fonts.BOLD, fontSize=14, leading=18,
                               textColor=MARKING, alignment=TA_CENTER),
        "cover_cell": style("cover_cell", fontSize=11, leading=15, spaceAfter=0),
        "cover_label": style("cover_label", fontName=fonts.BOLD, fontSize=11, leading=15, spaceAfter=0,
                             textColor=MUTED),
        "toc0": style("toc0", fontName=fonts.BOLD, fontSize=11, leading=15, spaceBefore=6, rightIndent=28),
        "toc1": style("toc1", fontSize=10, leading=13.5, leftIndent=30, firstLineIndent=-16,
                      spaceAfter=2, rightIndent=28),
        "month": style("month", fontName=fonts.BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=3,
                       textColor=ACCENT, keepWithNext=1),
        "index_entry": style("index_entry", fontSize=9.5, leading=12.5, leftIndent=14, firstLineIndent=-14,
                             spaceAfter=3),
        "source_entry": style("source_entry", fontSize=9, leading=12, leftIndent=22, firstLineIndent=-22,
                              spaceAfter=3),
        "tags": style("tags", fontSize=9, leading=12, textColor=MUTED, spaceBefore=4),
    }


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose cells default to the dossier font (reportlab's default is base-14 Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])
