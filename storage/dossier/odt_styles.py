"""Named OpenDocument styles and page masters of the .odt dossier (LibreOffice's own style names)."""
from __future__ import annotations

from typing import Any

from odf.style import (FontFace, Footer, Header, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties,
                       Style, TabStop, TabStops, TableColumnProperties, TextProperties)
from odf.text import P, PageCount, PageNumber, Span, Tab

from . import styles
from .docx_styles import FALLBACK_FONT, FONT
from .labels import Labels

ACCENT, MUTED, MARKING = "#1f3a5f", "#5a6270", "#a11d1d"
# style name -> (display name, parent, size pt, bold, italic, colour, space below cm, outline level)
_PARAGRAPHS = {
    "Title": ("Title", "Standard", 26, False, False, ACCENT, 0.3, 0),
    "Subtitle": ("Subtitle", "Standard", 14, False, True, MUTED, 0.4, 0),
    "Heading_20_1": ("Heading 1", "Standard", 18, True, False, ACCENT, 0.3, 1),
    "Heading_20_2": ("Heading 2", "Standard", 14, True, False, ACCENT, 0.2, 2),
    "Heading_20_3": ("Heading 3", "Standard", 12, True, False, ACCENT, 0.15, 3),
    "Caption": ("Caption", "Standard", 9.5, False, True, MUTED, 0.2, 0),
    "Lead": ("Lead", "Standard", 10.5, True, False, None, 0.3, 0),
    "Metadata": ("Metadata", "Standard", 8.5, False, False, None, 0, 0),
    "Month": ("Month", "Standard", 11, True, False, ACCENT, 0.1, 0),
    "Index_20_Entry": ("Index Entry", "Standard", 9.5, False, False, None, 0.1, 0),
    "Source_20_Entry": ("Source Entry", "Standard", 9, False, False, None, 0.1, 0),
    "Tags": ("Tags", "Standard", 9, False, False, MUTED, 0, 0),
    "Cover_20_Marking": ("Cover Marking", "Standard", 14, True, False, MARKING, 0.4, 0),
    "Cover_20_Field": ("Cover Field", "Standard", 11, False, False, None, 0.05, 0),
    "Running_20_Head": ("Running Head", "Standard", 8.5, False, False, MUTED, 0, 0),
    "Contents_20_Heading": ("Contents Heading", "Standard", 18, True, False, ACCENT, 0.3, 0),
    "Contents_20_1": ("Contents 1", "Standard", 11, True, False, None, 0.05, 0),
    "Contents_20_2": ("Contents 2", "Standard", 10, False, False, None, 0.05, 0),
}


def setup(doc: Any, options: Any, labels: Labels, title: str) -> dict[str, Style]:
    """Fonts, named paragraph styles, page layout and the cover and running master pages."""
    doc.fontfacedecls.addElement(FontFace(name=FONT, fontfamily=f"'{FONT}', '{FALLBACK_FONT}'",
                                          fontfamilygeneric="roman", fontpitch="variable"))
    standard = Style(name="Standard", family="paragraph")
    lang, country = ("vi", "VN") if labels.lang == "vi" else ("en", "GB")
    standard.addElement(TextProperties(fontname=FONT, fontsize="10.5pt", language=lang, country=country))
    standard.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(standard)
    made = {"Standard": standard}
    width_cm = styles.page_size(options.paper)[0] / 72 * 2.54 - 4.4
    for name, (display, parent, size, bold, italic, colour, below, level) in _PARAGRAPHS.items():
        style = Style(name=name, displayname=display, family="paragraph", parentstylename=parent)
        if level:
            style.setAttribute("defaultoutlinelevel", str(level))
        text = {"fontsize": f"{size}pt", "fontweight": "bold" if bold else "normal",
                "fontstyle": "italic" if italic else "normal"}
        style.addElement(TextProperties(color=colour, **text) if colour else TextProperties(**text))
        para = ParagraphProperties(marginbottom=f"{below}cm", keepwithnext="always" if level else "auto",
                                   textalign="center" if name in ("Title", "Subtitle", "Cover_20_Marking") else "start",
                                   breakbefore="page" if name in ("Heading_20_1", "Contents_20_Heading") else "auto")
        if name.startswith("Contents_20_") and name != "Contents_20_Heading":
            stops = TabStops()
            stops.addElement(TabStop(position=f"{width_cm:.2f}cm", type="right", leaderstyle="dotted", leadertext="."))
            para.addElement(stops)
        style.addElement(para)
        doc.styles.addElement(style)
        made[name] = style
    _masters(doc, options, labels, title, made["Running_20_Head"], width_cm)
    return made


def _masters(doc: Any, options: Any, labels: Labels, title: str, running: Style, width_cm: float) -> None:
    width, height = styles.page_size(options.paper)
    layout = PageLayout(name="DossierPage")
    layout.addElement(PageLayoutProperties(pagewidth=f"{width / 72 * 2.54:.2f}cm", pageheight=f"{height / 72 * 2.54:.2f}cm",
                                           marginleft="2.2cm", marginright="2.2cm", margintop="1.4cm",
                                           marginbottom="1.2cm", printorientation="portrait"))
    doc.automaticstyles.addElement(layout)
    marking = Style(name="MarkingText", family="text")
    marking.addElement(TextProperties(color=MARKING, fontweight="bold"))
    doc.automaticstyles.addElement(marking)
    tabs = _tab_style(doc, "RunningTabs", running, (("center", width_cm / 2), ("right", width_cm)))
    head_tabs = _tab_style(doc, "HeadTabs", running, (("right", width_cm),))

    cover = MasterPage(name="Cover", pagelayoutname=layout, nextstylename="Standard")
    footer = Footer()
    line = P(stylename=tabs)
    line.addElement(Tab())
    line.addElement(Span(stylename=marking, text=options.marking))
    footer.addElement(line)
    cover.addElement(footer)
    main = MasterPage(name="Standard", pagelayoutname=layout)
    header, head_line = Header(), P(stylename=head_tabs, text=title)
    if options.marking:
        head_line.addElement(Tab())
        head_line.addElement(Span(stylename=marking, text=options.marking))
    header.addElement(head_line)
    main.addElement(header)
    footer, foot_line = Footer(), P(stylename=tabs)
    foot_line.addElement(Tab())
    foot_line.addElement(Span(stylename=marking, text=options.marking))
    foot_line.addElement(Tab())
    before, rest = labels["page"].split("{x}")
    middle, after = rest.split("{y}")
    foot_line.addText(before)
    foot_line.addElement(PageNumber(selectpage="current"))
    foot_line.addText(middle)
    foot_line.addElement(PageCount())
    foot_line.addText(after)
    footer.addElement(foot_line)
    main.addElement(footer)
    doc.masterstyles.addElement(cover)
    doc.masterstyles.addElement(main)


def _tab_style(doc: Any, name: str, parent: Style, stops_at: tuple[tuple[str, float], ...]) -> Style:
    style = Style(name=name, family="paragraph", parentstylename=parent)
    stops = TabStops()
    for kind, position in stops_at:
        stops.addElement(TabStop(position=f"{position:.2f}cm", type=kind))
    props = ParagraphProperties()
    props.addElement(stops)
    style.addElement(props)
    doc.automaticstyles.addElement(style)
    return style


def column_style(doc: Any, name: str, width_cm: float) -> Style:
    """An automatic table-column style of a fixed width."""
    style = Style(name=name, family="table-column")
    style.addElement(TableColumnProperties(columnwidth=f"{width_cm}cm"))
    doc.automaticstyles.addElement(style)
    return style
