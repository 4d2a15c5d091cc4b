"""Every field of a stored article as plain data: a JSON record, and flat rows for spreadsheets."""
from __future__ import annotations

from typing import Any

from ..records import ENTITY_KINDS

LIST_SEPARATOR = "; "
PARAGRAPH_SEPARATOR = "\n\n"
# Spreadsheet columns, in order; list-valued ones are joined with LIST_SEPARATOR.
COLUMNS = ("id", "title", "published", "date_precision", "outlet", "source", "author", "url", "lead", "body",
           "people", "organizations", "places", "tags", "needs_review", "origins", "user_edited", "file_name",
           "imported_at", "content_hash")
_KIND_COLUMNS = dict(zip(("people", "organizations", "places"), ENTITY_KINDS))


def article_record(a: Any) -> dict[str, Any]:
    """The whole article as JSON-ready data: metadata, origins, every block with its role, entities."""
    return {
        "id": a.id, "title": a.title, "published": a.published, "date_precision": a.date_precision,
        "outlet": a.outlet, "source": a.source, "author": a.author, "url": a.url, "lead": a.lead,
        "blocks": [{"text": b.text, "role": b.role, "reason": b.reason} for b in a.blocks],
        "entities": [{"id": a.id_of(e), "name": e.name, "kind": e.kind, "role": e.role, "aliases": list(e.aliases),
                      "mentions": e.mentions} for e in a.entities],
        "tags": list(a.tags), "needs_review": list(a.needs_review), "origins": dict(a.origins),
        "user_edited": sorted(a.user_fields), "file_name": a.file_name, "imported_at": a.imported_at,
        "content_hash": a.content_hash,
    }


def flat_row(a: Any) -> dict[str, str | int]:
    """One spreadsheet row: text cells (empty for missing values), lists joined, the id as a number."""
    row: dict[str, str | int] = {
        "id": a.id, "title": a.title or "", "published": a.published or "", "date_precision": a.date_precision,
        "outlet": a.outlet or "", "source": a.source or "", "author": a.author or "", "url": a.url or "",
        "lead": a.lead or "", "body": PARAGRAPH_SEPARATOR.join(a.body),
        "tags": LIST_SEPARATOR.join(a.tags), "needs_review": LIST_SEPARATOR.join(a.needs_review),
        "origins": LIST_SEPARATOR.join(f"{k}={v}" for k, v in sorted(a.origins.items())),
        "user_edited": LIST_SEPARATOR.join(sorted(a.user_fields)), "file_name": a.file_name or "",
        "imported_at": a.imported_at or "", "content_hash": a.content_hash or "",
    }
    for column, kind in _KIND_COLUMNS.items():
        row[column] = LIST_SEPARATOR.join(a.names(kind))
    return {column: row[column] for column in COLUMNS}


def date_parts(published: str | None) -> list[int]:
    """[year, month, day] of an ISO date or datetime, as far as it goes ("2020-10" -> [2020, 10])."""
    if not published:
        return []
    parts: list[int] = []
    for piece in published.split("T")[0].split("-")[:3]:
        if not piece.isdigit():
            break
        parts.append(int(piece))
    return parts
