"""Markdown and plain text of the cleaned articles, for pasting: one combined file or one file each."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable

from ..dossier.labels import Labels
from ..dossier.model import parse_published

SEPARATOR = {"md": "\n\n---\n\n", "txt": "\n\n" + "=" * 72 + "\n\n"}
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s|$)")


def md_escape(text: str) -> str:
    """Text that Markdown shows exactly as written (no accidental emphasis, list or heading)."""
    return _MD_LINE_START.sub(r"\1\\\2", _MD_INLINE.sub(r"\\\1", text))


def article_text(a: Any, fmt: str, labels: Labels) -> str:
    """One article: title, metadata lines, lead, kept paragraphs (captions marked), tags."""
    md = fmt == "md"
    esc: Callable[[str], str] = md_escape if md else (lambda s: s)
    title = a.title or labels["none"]
    out = [f"# {esc(title)}" if md else f"{title}\n{'=' * min(len(title), 72)}"]
    meta = [(labels[key], value) for key, value in _metadata(a, labels) if value]
    if meta:
        out.append("\n".join(f"- **{esc(k)}:** {esc(v)}" if md else f"{k}: {v}" for k, v in meta))
    lead = (a.lead or "").strip()
    if lead:
        out.append(f"**{esc(lead)}**" if md else lead)
    for block in a.blocks:
        if block.role == "removed" or not block.text.strip() or _same(block.text, lead):
            continue
        text = esc(block.text.strip())
        out.append(f"*{text}*" if md and block.role == "caption" else text)
    if a.tags:
        out.append(f"{labels['tags']}: " + esc(", ".join(a.tags)))
    return "\n\n".join(out) + "\n"


def _metadata(a: Any, labels: Labels) -> list[tuple[str, str]]:
    when, with_time = parse_published(a.published, a.id)
    date = labels.moment(when, with_time) if when else ""
    if date and a.date_precision == "inferred":
        date = f"~{date} ({labels['inferred']})"
    return [("date", date), ("outlet", a.outlet or ""), ("source", a.source or ""), ("author", a.author or ""),
            ("url", a.url or "")]


def _same(text: str, lead: str) -> bool:
    def key(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).split()).casefold()
    return bool(lead) and key(text) == key(lead)


def write_combined(path: Path, articles: Iterable[Any], fmt: str, lang: str) -> int:
    """Every article in one file, separated by a rule."""
    labels = Labels(lang)
    texts = [article_text(a, fmt, labels) for a in articles]
    path.write_text(SEPARATOR[fmt].join(texts), encoding="utf-8")
    return len(texts)


def file_name(a: Any, number: int, fmt: str) -> str:
    """"003-hop-tac-quoc-phong.md": a number keeps the export order, the slug names the article."""
    folded = unicodedata.normalize("NFD", (a.title or "").replace("đ", "d").replace("Đ", "D"))
    ascii_title = "".join(ch for ch in folded if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].rstrip("-")
    return f"{number:03d}-{slug or f'article-{a.id}'}.{fmt}"
