"""Checking edited values before they reach the archive: real dates, no blank titles, no control characters."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from ..errors import ArchiveError
from ..readers.textnorm import normalize_line
from ..records import EDITABLE_FIELDS

# What may be flagged for review: the metadata fields and the parts extraction can get wrong.
REVIEW_FIELDS = frozenset((*EDITABLE_FIELDS, "body", "blocks", "entities", "tags"))
PRECISIONS = ("exact", "month", "year", "inferred", "unknown")
_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def clean_text(field: str, value: object) -> str:
    """NFC, one line, no control characters (as import stores text); refuses bytes that were not UTF-8."""
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ArchiveError(f"the new {field} is not valid UTF-8 text (check the terminal's encoding); "
                           "nothing was changed") from None
    text = text.replace("\n", " ").replace("\t", " ")  # every edited field is one line
    return normalize_line(unicodedata.normalize("NFC", text))


def field_value(field: str, value: object) -> object:
    """A scalar field's stored value, or ArchiveError naming what is wrong (nothing is changed)."""
    if value is None:
        if field in ("title", "date_precision"):
            raise ArchiveError(f"'{field}' cannot be empty")
        return None
    text = clean_text(field, value)
    if field == "title" and not text:
        raise ArchiveError("the title cannot be empty or blank")
    if field == "date_precision" and text not in PRECISIONS:
        raise ArchiveError(f"date precision must be one of {', '.join(PRECISIONS)}, not '{text}'")
    if field == "published" and text and not is_real_date(text):
        raise ArchiveError(f"published must be a real ISO date (YYYY, YYYY-MM, YYYY-MM-DD or with a time), "
                           f"not '{text}'")
    return text or None


def is_real_date(text: str) -> bool:
    """YYYY, YYYY-MM, or a date (with an optional time) that exists on the calendar."""
    if _YEAR.fullmatch(text):
        return True
    month = _MONTH.fullmatch(text)
    if month:
        return 1 <= int(month.group(2)) <= 12
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].+)?", text):
        return False
    try:
        if len(text) == 10:
            date.fromisoformat(text)
        else:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def review_list(items: list[str]) -> list[str]:
    """The needs_review list, or ArchiveError naming the values that are not reviewable fields."""
    unknown = [item for item in items if item not in REVIEW_FIELDS]
    if unknown:
        raise ArchiveError(f"cannot flag {', '.join(repr(u) for u in unknown)} for review; use field names: "
                           f"{', '.join(sorted(REVIEW_FIELDS))}")
    return items
