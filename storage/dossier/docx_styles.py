"""Named Word styles of the dossier, so a user can restyle it in Word: Title, Heading 1–3, Caption, …"""
from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from .docx_ooxml import declare_font, set_language, set_style_font

FONT = "Noto Serif"  # the PDF's font; bundled with Tư Liệu, free to install
FALLBACK_FONT = "Times New Roman"  # on every Windows and Mac, full Vietnamese coverage
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x5A, 0x62, 0x70)
MARKING = RGBColor(0xA1, 0x1D, 0x1D)

# name -> (base style, size pt, bold, italic, colour, space after pt); our own styles next to Word's.
_CUSTOM = {
    "Lead": ("Normal", 10.5, True, False, None, 8),
    "Cover Marking": ("Normal", 14, True, False, MARKING, 12),
    "Cover Field": ("Normal", 11, False, False, None, 2),
    "Metadata": ("Normal", 8.5, False, False, None, 0),
    "Month": ("Normal", 11, True, False, ACCENT, 3),
    "Index Entry": ("Normal", 9.5, False, False, None, 3),
    "Source Entry": ("Normal", 9, False, False, None, 3),
    "Tags": ("Normal", 9, False, False, MUTED, 0),
    "Running Head": ("Normal", 8.5, False, False, MUTED, 0),
    "TOC 1": ("Normal", 11, True, False, None, 2),
    "TOC 2": ("Normal", 10, False, False, None, 2),
}
# Word's own names for the built-in styles it uses when it regenerates the TOC (python-docx looks them up so).
_BUILTIN_NAMES = {"TOC 1": "toc 1", "TOC 2": "toc 2"}


def setup_styles(document: Any, lang: str) -> None:
    """Fonts, sizes and colours of the built-in styles, plus the dossier's own named styles."""
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    set_language(normal, "vi-VN" if lang == "vi" else "en-GB")
    declare_font(document, FONT, FALLBACK_FONT)
    for name, size, color in (("Title", 26, ACCENT), ("Subtitle", 14, MUTED), ("Heading 1", 18, ACCENT),
                              ("Heading 2", 14, ACCENT), ("Heading 3", 12, ACCENT)):
        style = styles[name]
        style.font.size, style.font.color.rgb = Pt(size), color
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styles["Subtitle"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption = styles["Caption"]
    caption.font.size, caption.font.italic, caption.font.bold = Pt(9.5), True, False
    caption.font.color.rgb = MUTED
    caption.paragraph_format.left_indent = Cm(0.4)
    for name, (base, size, bold, italic, color, after) in _CUSTOM.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
        if color is not None:
            style.font.color.rgb = color
        style.paragraph_format.space_after = Pt(after)
        if name in _BUILTIN_NAMES:
            style.element.name_val = _BUILTIN_NAMES[name]
    styles["toc 2"].paragraph_format.left_indent = Cm(0.6)
    styles["Month"].paragraph_format.keep_with_next = True
    styles["Cover Marking"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = ACCENT
    link.font.underline = True
    # Only these name fonts: the headings' theme fonts (Calibri Light) would win over inheritance.
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption"):
        set_style_font(styles[name], FONT)
