"""The bits of WordprocessingML python-docx has no API for: fields, bookmarks, links, font fallback."""
from __future__ import annotations

import itertools
import re
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from .content import xml_text as clean

_BREAKS = re.compile(r"(\n|\t)")
_BREAK_TAGS = {"\n": "w:br", "\t": "w:tab"}


def _run(text: str = "", *, italic: bool = False, bold: bool = False, style: str | None = None) -> Any:
    """A w:r element; line breaks and tabs become w:br and w:tab (python-docx reads them back as \\n, \\t)."""
    run = OxmlElement("w:r")
    if italic or bold or style:
        props = OxmlElement("w:rPr")
        if style:
            props.append(_val("w:rStyle", style))
        if bold:
            props.append(OxmlElement("w:b"))
        if italic:
            props.append(OxmlElement("w:i"))
        run.append(props)
    for piece in _BREAKS.split(clean(text)) if text else []:
        if piece in _BREAK_TAGS:
            run.append(OxmlElement(_BREAK_TAGS[piece]))
        elif piece:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = piece
            run.append(t)
    return run


def _val(tag: str, value: str) -> Any:
    element = OxmlElement(tag)
    element.set(qn("w:val"), value)
    return element


def _fld_char(kind: str) -> Any:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def begin_field(paragraph: Any, instruction: str) -> None:
    """Open a complex field (its result follows, possibly over several paragraphs, until end_field)."""
    p = paragraph._p
    p.append(_fld_char("begin"))
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run.append(instr)
    p.append(run)
    p.append(_fld_char("separate"))


def end_field(paragraph: Any) -> None:
    """Close the field opened by begin_field."""
    paragraph._p.append(_fld_char("end"))


def add_field(paragraph: Any, instruction: str, cached: str = "") -> None:
    """A field (PAGE, NUMPAGES, PAGEREF …) with the text shown until Word or LibreOffice updates it."""
    begin_field(paragraph, instruction)
    paragraph._p.append(_run(cached))
    end_field(paragraph)


_bookmark_ids = itertools.count(1)


def add_bookmark(paragraph: Any, name: str) -> None:
    """Bookmark the whole paragraph under `name` (the target of links, PAGEREF fields and the TOC)."""
    number = str(next(_bookmark_ids))
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), number)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), number)
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, start)
    p.append(end)


def add_text(paragraph: Any, text: str, *, italic: bool = False, bold: bool = False) -> None:
    """Append a run; line breaks inside the text become Word line breaks."""
    paragraph._p.append(_run(text, italic=italic, bold=bold))


def add_link(paragraph: Any, text: str, *, anchor: str | None = None, url: str | None = None,
             italic: bool = False) -> None:
    """A hyperlink run: to a bookmark of this document (anchor) or to a web address (url)."""
    link = OxmlElement("w:hyperlink")
    if anchor:
        link.set(qn("w:anchor"), anchor)
    else:
        link.set(qn("r:id"), paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True))
    link.append(_run(text, italic=italic, style="Hyperlink"))
    paragraph._p.append(link)


# Elements w:settings lists after w:updateFields (Word rejects a settings part out of schema order).
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                        "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def update_fields_on_open(document: Any) -> None:
    """Ask Word to refresh the TOC and page references when the file is opened."""
    settings = document.settings.element
    flag = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    later = {qn(f"w:{name}") for name in _AFTER_UPDATE_FIELDS}
    successor = next((child for child in settings if child.tag in later), None)
    if successor is not None:
        successor.addprevious(flag)
    else:
        settings.append(flag)


def set_style_font(style: Any, name: str) -> None:
    """Name one font for every script of a style (theme fonts would win over a plain name)."""
    props = style.element.get_or_add_rPr()
    fonts = props.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        props.insert(0, fonts)
    for attribute in list(fonts.attrib):
        if attribute.endswith("Theme"):
            del fonts.attrib[attribute]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), name)


def set_language(style: Any, tag: str) -> None:
    """The proofing language of a style (vi-VN: Word's Vietnamese spelling and hyphenation)."""
    props = style.element.get_or_add_rPr()
    lang = props.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        props.append(lang)
    lang.set(qn("w:val"), tag)


def declare_font(document: Any, name: str, fallback: str) -> None:
    """List the font in the font table with a fallback Word substitutes when the font is not installed."""
    part = next(p for p in document.part.package.iter_parts() if p.partname == "/word/fontTable.xml")
    table = parse_xml(part.blob)
    font = parse_xml(f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{fallback}"/>'
                     '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>')
    table.insert(0, font)
    from lxml import etree

    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def drop_thumbnail(document: Any) -> None:
    """Remove python-docx's template thumbnail, which file managers would show for the dossier."""
    rels = document.part.package.rels
    for key, rel in list(rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del rels[key]
