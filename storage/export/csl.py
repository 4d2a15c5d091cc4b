"""CSL-JSON for Zotero, Mendeley and pandoc: newspaper articles with outlet, issued date and authors."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .names import Name, split_authors
from .records import date_parts


def csl_item(a: Any) -> dict[str, Any]:
    """One CSL item ("article-newspaper"); an inferred date is marked circa, a missing value is left out."""
    item: dict[str, Any] = {"id": f"tulieu-{a.id}", "type": "article-newspaper", "title": a.title or "",
                            "language": "vi"}
    optional = {"container-title": a.outlet, "original-publisher": a.source, "URL": a.url, "abstract": a.lead,
                "keyword": ", ".join(a.tags), "source": "Tư Liệu", "note": _note(a)}
    item.update({key: value for key, value in optional.items() if value})
    authors = [_csl_name(name) for name in split_authors(a.author)]
    if authors:
        item["author"] = authors
    parts = date_parts(a.published)
    if parts:
        issued: dict[str, Any] = {"date-parts": [parts], "raw": a.published}
        if a.date_precision == "inferred":
            issued["circa"] = True
        item["issued"] = issued
    accessed = date_parts(a.imported_at)
    if accessed:
        item["accessed"] = {"date-parts": [accessed]}
    return item


def _csl_name(name: Name) -> dict[str, Any]:
    if name.literal:
        return {"literal": name.literal}
    # static-ordering keeps "Nguyễn Chí Vịnh" family-first in styles that would print "Chí Vịnh Nguyễn".
    return {"family": name.family, "given": name.given, "static-ordering": True}


def _note(a: Any) -> str:
    notes = []
    if a.date_precision == "inferred":
        notes.append("date inferred from the article text")
    if a.file_name:
        notes.append(f"file: {a.file_name}")
    return "; ".join(notes)


def write_csljson(path: Path, articles: Iterable[Any]) -> int:
    """A JSON array of CSL items, UTF-8, Vietnamese written as is."""
    items = [csl_item(article) for article in articles]
    path.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(items)
