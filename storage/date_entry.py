"""Dates typed by a user: day, month or year precision, read the way Vietnamese write them.

Accepted: "28/05/2013", "28.5.2013 14:30", "2013-05-28" (exact); "09/2011", "9.2011", "tháng 9/2011",
"tháng 9 năm 2011", "2011-09" (month); "2011", "năm 2011" (year); "" (no date). Anything else raises
DateEntryError whose message says why, to be shown beside the field.
"""
from __future__ import annotations

import calendar
import logging
import re
import unicodedata
from dataclasses import dataclass

from .edits import Batch, Edit, SetField
from .errors import TuLieuError

log = logging.getLogger(__name__)

PRECISIONS = ("exact", "month", "year", "inferred", "unknown")
_SEP = r"\s*[/.\-]\s*"
_DAY = re.compile(rf"^(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})(?:[\s,T]+(\d{{1,2}})\s*[:hg]\s*(\d{{2}}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?)?$")
_MONTH = re.compile(rf"^(?:tháng|th|t)?\s*(\d{{1,2}})(?:{_SEP}|\s+năm\s+|\s+)(\d{{4}})$")
_YEAR = re.compile(r"^(?:năm\s+)?(\d{4})$")
FORMS = "dd/mm/yyyy [hh:mm], mm/yyyy, tháng m/yyyy, yyyy or an ISO date"


class DateEntryError(TuLieuError, ValueError):
    """A typed date that is not one of the accepted forms, or not a real date."""


@dataclass(frozen=True)
class TypedDate:
    """A parsed date: ISO text (YYYY, YYYY-MM, YYYY-MM-DD or with THH:MM) and its precision."""

    iso: str | None
    precision: str


def parse_typed_date(text: str) -> TypedDate:
    """Read a date as typed; raises DateEntryError naming the reason."""
    text = " ".join(unicodedata.normalize("NFC", text).lower().split())
    if not text:
        return TypedDate(None, "unknown")
    match = _DAY.match(text)
    if match:
        day, month, year, hour, minute = match.groups()
        return _exact(int(year), int(month), int(day), hour, minute)
    match = _ISO.match(text)
    if match:
        year, month, day, hour, minute = match.groups()
        if day is None:
            return _month(int(year), int(month))
        return _exact(int(year), int(month), int(day), hour, minute)
    match = _MONTH.match(text)
    if match:
        return _month(int(match.group(2)), int(match.group(1)))
    match = _YEAR.match(text)
    if match:
        return TypedDate(_year(int(match.group(1))), "year")
    raise DateEntryError(f"“{text}” is not a date: use {FORMS}")


def _year(year: int) -> str:
    if not 1800 <= year <= 2200:
        raise DateEntryError(f"year {year} is out of range (1800–2200)")
    return f"{year:04d}"


def _month(year: int, month: int) -> TypedDate:
    if not 1 <= month <= 12:
        raise DateEntryError(f"month {month} does not exist (1–12)")
    return TypedDate(f"{_year(year)}-{month:02d}", "month")


def _exact(year: int, month: int, day: int, hour: str | None, minute: str | None) -> TypedDate:
    iso = _month(year, month).iso
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateEntryError(f"{month:02d}/{year} has no day {day}")
    iso = f"{iso}-{day:02d}"
    if hour is not None:
        if int(hour) > 23 or int(minute or 0) > 59:
            raise DateEntryError(f"{hour}:{minute} is not a time of day")
        iso += f"T{int(hour):02d}:{minute}"
    return TypedDate(iso, "exact")


def date_edit(article_id: int, text: str) -> Edit:
    """The edit setting an article's date and precision from typed text (one undo step)."""
    typed = parse_typed_date(text)
    return Batch((SetField(article_id, "published", typed.iso),
                  SetField(article_id, "date_precision", typed.precision)))


def shown_date(iso: str | None, precision: str = "exact") -> str:
    """ISO date as Vietnamese write it: 28/05/2013 [14:30], 09/2011, 2011; inferred ones end with ' ?'."""
    if not iso:
        return ""
    date, _, time = iso.partition("T")
    parts = date.split("-")
    text = "/".join(reversed(parts))
    if time:
        text += " " + time[:5]
    return text + (" ?" if precision == "inferred" else "")
