"""Publication dates of Vietnamese pages: date bars, dates glued to titles, ISO meta, lead dates."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime

log = logging.getLogger(__name__)

TZ = "+07:00"
DMY_RE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?(\d{4})(?![\d/])")
# "30/05/13 11:16 GMT+7": a two-digit year, trusted only with a time of day beside it.
DMY2_RE = re.compile(r"(?<![\d/.\-])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})(?![\d/.\-])")
LONG_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+(\d{4})", re.I)
ISO_RE = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")
TIME_RE = re.compile(r"(?<![\d:/.])(\d{1,2})\s?[:h]\s?(\d{2})(?::(\d{2}))?(?:\s*(AM|PM|SA|CH)\b)?(?![\d/])", re.I)
# Words a date bar may carry besides the date itself.
DATE_BAR_WORDS_RE = re.compile(
    r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|đăng|"
    r"cập\s+nhật(?:\s+lúc)?|xuất\s+bản|lúc|ngày|giờ|gmt\s*[+-]\s*\d{1,2}|utc\s*[+-]?\s*\d{0,2}|am|pm|sa|ch|"
    r"published|updated|posted|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# "Ngày 23/9", "Chiều 28/5", "Sáng nay (8/5)" — a day and month without the year.
_LEAD_DATE = (r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Rr]ạng\s+sáng|[Hh]ôm)"
              r"(?:\s+(?:nay|qua|mai|hôm\s+qua))?\s*\(?\s*(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/-])")
LEAD_DATE_RE = re.compile(r"(?:^|(?<=[\s,.(]))" + _LEAD_DATE)
LEAD_START_RE = re.compile(r"^\W*" + _LEAD_DATE)


@dataclass(frozen=True)
class FoundDate:
    """A date read from text: ISO value, whether a time was known, and the span it covered."""

    iso: str
    has_time: bool
    start: int
    end: int


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value if 1945 <= year <= 2100 else None


def _time_near(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """The time of day written next to a date (before or after it), as HH:MM:SS."""
    best = None
    for match in TIME_RE.finditer(text):
        if start <= match.start() < end:
            continue
        distance = match.start() - end if match.start() >= end else start - match.end()
        if distance <= 16 and (best is None or distance < best[0]):
            best = (distance, match)
    if best is None:
        return None, start, end
    match = best[1]
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    marker = (match.group(4) or "").upper()
    if marker in ("PM", "CH") and hour < 12:
        hour += 12
    elif marker in ("AM", "SA") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None, start, end
    return f"{hour:02d}:{minute:02d}:{second:02d}", min(start, match.start()), max(end, match.end())


def _iso_offset(stamp: str) -> str:
    """The UTC offset written at the end of an ISO stamp, else Vietnam's."""
    match = re.search(r"(Z|[+-]\d{2}:?\d{2})$", stamp)
    if not match:
        return TZ
    offset = match.group(1)
    return "+00:00" if offset == "Z" else (offset if ":" in offset else f"{offset[:3]}:{offset[3:]}")


def find_date(text: str) -> FoundDate | None:
    """The first full date (with its time when written next to it) in a line of text."""
    match = ISO_RE.search(text)
    if match:
        day = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if day:
            if match.group(4):
                clock = f"{match.group(4)}:{match.group(5)}:{match.group(6) or '00'}"
                offset = _iso_offset(match.group(0))
                return FoundDate(f"{day.isoformat()}T{clock}{offset}", True, match.start(), match.end())
            return FoundDate(day.isoformat(), False, match.start(), match.end())
    for regex in (DMY_RE, LONG_RE):
        for match in regex.finditer(text):
            day = _valid(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            if day is None:
                continue
            clock, start, end = _time_near(text, match.start(), match.end())
            if clock:
                return FoundDate(f"{day.isoformat()}T{clock}{TZ}", True, start, end)
            return FoundDate(day.isoformat(), False, match.start(), match.end())
    return _short_year_date(text)


def _short_year_date(text: str) -> FoundDate | None:
    """A dd/mm/yy date with its time; years 00-69 are 20xx (as POSIX strptime reads %y)."""
    for match in DMY2_RE.finditer(text):
        short = int(match.group(3))
        day = _valid(2000 + short if short < 70 else 1900 + short, int(match.group(2)), int(match.group(1)))
        clock, start, end = _time_near(text, match.start(), match.end())
        if day and clock:
            return FoundDate(f"{day.isoformat()}T{clock}{TZ}", True, start, end)
    return None


def residue(text: str, found: FoundDate) -> str:
    """What a line says besides its date, time and date-bar words."""
    rest = text[: found.start] + " " + text[found.end:]
    rest = DATE_BAR_WORDS_RE.sub(" ", rest)
    return re.sub(r"[\W_]+", " ", rest).strip()


def is_date_line(text: str) -> bool:
    """A date bar: the line is a date (and time), with at most one other word."""
    if len(text) > 90:
        return False
    found = find_date(text)
    return found is not None and len(residue(text, found).split()) <= 1


def is_time_line(text: str) -> bool:
    """A stamp with a time but no date ("Cập nhật lúc 11:25", "Đăng lúc 9h05 (GMT+7)")."""
    if len(text) > 60 or not TIME_RE.search(text):
        return False
    rest = DATE_BAR_WORDS_RE.sub(" ", TIME_RE.sub(" ", text))
    return not re.sub(r"[\W_]+", " ", rest).strip()


def split_glued_date(line: str) -> tuple[str, FoundDate | None]:
    """Split a date stuck to the start or end of a title line; returns (title, date)."""
    found = find_date(line)
    if found is None or is_date_line(line):
        return line, None
    head, tail = line[: found.start], line[found.end:]
    blank = FoundDate("", False, 0, 0)
    if len(residue(tail, blank).split()) <= 1 and len(residue(head, blank).split()) >= 3:
        return _strip_bar_words(head), found
    if len(residue(head, blank).split()) <= 1 and len(residue(tail, blank).split()) >= 3:
        return _strip_bar_words(tail), found
    return line, None


def text_before_date(line: str) -> str | None:
    """What a line says before the date (and time) that ends it, date-bar words cut: "Phạm Tuấn - 12/10/2015
    08:20" and "Hoàng Hà Thứ hai, 06/10/2025 - 09:21" give the name; None without such a date."""
    found = find_date(line)
    if found is None or re.sub(r"[\W_]+", "", DATE_BAR_WORDS_RE.sub(" ", line[found.end:])):
        return None
    head = _strip_bar_words(line[: found.start])
    return head or None


def _strip_bar_words(text: str) -> str:
    text = re.sub(r"(?:\s*(?:\||-|–|,|\(|\)|GMT\s*\+\s*\d+))+\s*$", "", text.strip(), flags=re.I)
    text = re.sub(r"\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,|-]?\s*$", "", text, flags=re.I)
    return re.sub(r"^(?:\s*(?:[|,\-–)]|\(?\s*GMT\s*[+-]\s*\d+\s*\)?))+\s*", "", text, flags=re.I).strip()


def parse_iso(value: str) -> FoundDate | None:
    """A date from an HTML meta value (ISO 8601, any offset kept as written)."""
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return find_date(value)
    if len(value) <= 10:
        return FoundDate(parsed.date().isoformat(), False, 0, len(value))
    if parsed.tzinfo is None:
        return FoundDate(parsed.strftime("%Y-%m-%dT%H:%M:%S") + TZ, True, 0, len(value))
    return FoundDate(parsed.isoformat(), True, 0, len(value))


@dataclass(frozen=True)
class LeadDate:
    """A day and month (maybe a year) read from the start of the article text."""

    day: int
    month: int
    year: int | None


def find_lead_date(paragraphs: list[str]) -> LeadDate | None:
    """The first 'Ngày 23/9' / 'Chiều 28/5' of the body: paragraph starts first, then anywhere early."""
    for regex, scope in ((LEAD_START_RE, paragraphs[:4]), (LEAD_DATE_RE, paragraphs[:3])):
        for paragraph in scope:
            match = regex.search(_strip_outlet_prefix(paragraph))
            if match:
                day, month = int(match.group(1)), int(match.group(2))
                year = int(match.group(3)) if match.group(3) else None
                if 1 <= month <= 12 and 1 <= day <= 31:
                    return LeadDate(day, month, year)
    return None


PREFIX_RE = re.compile(r"^\s*(?:\([^)]{2,30}\)\s*[-–—:]?\s*|[A-ZĐ][\w.&+]{1,14}\s*(?:[-–—]|\.(?=\s))\s*)")


def _strip_outlet_prefix(paragraph: str) -> str:
    return PREFIX_RE.sub("", paragraph, count=1)
