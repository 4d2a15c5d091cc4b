"""RIS for EndNote and Zotero (written with rispy): newspaper articles (TY NEWS)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from .names import split_authors
from .records import date_parts


def ris_entry(a: Any) -> dict[str, Any]:
    """One RIS reference: title, outlet (T2), date (DA, PY), URL, authors as 'Family, Given'."""
    entry: dict[str, Any] = {"type_of_reference": "NEWS", "id": f"tulieu-{a.id}", "title": _line(a.title),
                             "language": "vi", "name_of_database": "Tư Liệu"}
    optional = {"secondary_title": a.outlet, "publisher": a.source, "abstract": a.lead,
                "file_attachments1": a.file_name}
    entry.update({key: _line(value) for key, value in optional.items() if value})
    if a.url:
        entry["urls"] = [_line(a.url)]
    authors = [f"{n.family}, {n.given}" if n.family else n.literal for n in split_authors(a.author)]
    if authors:
        entry["authors"] = [_line(author) for author in authors]
    if a.tags:
        entry["keywords"] = [_line(tag) for tag in a.tags]
    parts = date_parts(a.published)
    if parts:
        entry["year"] = str(parts[0])
        # RIS dates are YYYY/MM/DD/other; the last part says how sure the date is.
        entry["date"] = "/".join(f"{p:02d}" for p in parts) + "/" * (4 - len(parts)) \
            + ("inferred" if a.date_precision == "inferred" else "")
    return entry


def _line(value: str) -> str:
    """RIS is one tag per line: fold line breaks into spaces."""
    return " ".join(value.split())


def write_ris(path: Path, articles: Iterable[Any]) -> int:
    """Every article as one RIS reference, UTF-8 (with BOM: EndNote reads it as Unicode)."""
    import rispy  # lazy: only RIS exports need it

    class _Writer(rispy.RisWriter):
        def set_header(self, count: int) -> str:
            return ""  # no "1." counter line: plain RIS, as EndNote writes it

    entries = [ris_entry(article) for article in articles]
    with open(path, "w", encoding="utf-8-sig", newline="\n") as stream:
        rispy.dump(entries, stream, implementation=_Writer)
    return len(entries)
