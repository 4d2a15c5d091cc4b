"""The year of a 'Ngày 23/9' lead, weighed from the article's own evidence.

Evidence: explicit years in the kept text ("trong năm 2013" counts more than "từ năm 2008", which is only
a lower bound), anniversaries ("kỷ niệm 25 năm thiết lập quan hệ ngoại giao" + the founding year),
and who held which office when (resources/data/officeholders.json). Never the removed lists.
"""
from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..resources import resource_path

log = logging.getLogger(__name__)

YEAR_RE = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")
MONTH_YEAR_RE = re.compile(r"tháng\s+\d{1,2}\s*[/.\-]\s*(19[4-9]\d|20\d\d)(?!\d)", re.I)
RANGE_RE = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)\s*[-–]\s*(19[4-9]\d|20\d\d)(?!\d)")
FULL_DATE_RE = re.compile(r"(?<!\d)\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(19[4-9]\d|20\d\d)(?!\d)")
CONTEXT_BEFORE = 600  # characters searched back for the country of "hai nước"
ANNIVERSARY_RE = re.compile(r"kỷ\s+niệm\s+(\d{1,3})\s+năm", re.I)
CURRENT_RE = re.compile(r"(?:trong|năm\s+nay,?|đầu|cuối|giữa|suốt|cả)\s+năm\s*$", re.I)
SINCE_RE = re.compile(r"(?:từ|kể\s+từ|since|bắt\s+đầu\s+từ)\s+(?:năm\s+)?$", re.I)
FUTURE_RE = re.compile(r"(?:đến|tới|trước|tầm\s+nhìn|giai\s+đoạn|sau|mục\s+tiêu)\s+(?:năm\s+)?$", re.I)
# "Năm nay đánh dấu tròn 10 năm ... (2014-2024)": a range ending in the current year.
THIS_YEAR_RE = re.compile(r"(?<!\w)năm\s+nay(?!\w)", re.I)
TERM_TWO_RE = re.compile(r"nhiệm\s+kỳ\s+(?:hai|thứ\s+hai|2|II)\b", re.I)
TERM_ONE_RE = re.compile(r"nhiệm\s+kỳ\s+(?:đầu|đầu\s+tiên|một|thứ\s+nhất|1|I)\b", re.I)
# "kể từ khi nhậm chức vào tháng 9/2023": a dated start the article's events come after.
SINCE_EVENT_RE = re.compile(r"(?:\bkể\s+từ|\btừ\s+khi|\bsince|\bnhậm\s+chức|\btiếp\s+quản)\b[^.;!?]{0,50}$", re.I)
MONTH_OF_RE = re.compile(r"tháng\s+(\d{1,2})", re.I)
RECENT_TAKEOVER_RE = re.compile(r"nhậm\s+chức.{0,60}?(?:vừa\s+qua|vừa|mới|hồi\s+tháng|gần\s+đây)", re.I)
WEIGHT = {"current": 3.0, "plain-year": 1.0, "bare": 0.7, "since": 0.2, "future": 0.2, "full-date": 1.5,
          "anniversary": 3.0, "office": 2.0, "takeover": 2.0, "range-start": 0.5, "range-end": 0.3}


@dataclass
class YearGuess:
    """The inferred year (None when nothing in the text points to one) and the evidence used."""

    year: int | None
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


@cache
def _officeholders() -> list[dict]:
    return json.loads(resource_path("data", "officeholders.json").read_text(encoding="utf-8"))


@cache
def _anniversaries() -> dict:
    return json.loads(resource_path("data", "anniversaries.json").read_text(encoding="utf-8"))


@cache
def _country_res() -> list[tuple[re.Pattern[str], int]]:
    relations = _anniversaries()["relations"].items()
    return [(re.compile(rf"(?<!\w){re.escape(name)}(?!\w)"), year) for name, year in relations]


class _Evidence:
    def __init__(self) -> None:
        self.scores: dict[int, float] = defaultdict(float)
        self.floor = 0
        self.since_month: tuple[int, int] | None = None  # (year, month) of a dated "since" event
        self.reasons: list[str] = []

    def add(self, year: int, kind: str, factor: float = 1.0) -> None:
        """Count one piece of evidence for a year."""
        self.scores[year] += WEIGHT[kind] * factor
        self.reasons.append(f"{kind}:{year}")


def _context_kind(before: str) -> str:
    """How a year is introduced: since (a lower bound), a future target, the current year, or plainly."""
    if SINCE_RE.search(before):
        return "since"
    if FUTURE_RE.search(before):
        return "future"
    if CURRENT_RE.search(before):
        return "current"
    return "plain-year" if before.rstrip().casefold().endswith("năm") else "bare"


def _mentions(text: str, ev: _Evidence) -> None:
    ranges = {m.start(1): m for m in RANGE_RE.finditer(text)}
    ends = {m.start(2) for m in ranges.values()}
    full_dates = {m.start(1) for m in FULL_DATE_RE.finditer(text)}
    month_years = {m.start(1): m.start() for m in MONTH_YEAR_RE.finditer(text)}  # "tháng 11/2017"
    for match in YEAR_RE.finditer(text):
        year, pos = int(match.group(1)), match.start()
        if pos in ends:
            continue
        if pos in full_dates:
            ev.add(year, "full-date")
            ev.floor = max(ev.floor, year)
            continue
        if pos in ranges and _this_year_range(text, pos):
            ev.add(int(ranges[pos].group(2)), "current")
            continue
        if pos in ranges:
            in_anniversary = ANNIVERSARY_RE.search(text[max(0, pos - 160): pos])
            ev.add(year, "range-start")
            ev.add(int(ranges[pos].group(2)), "anniversary" if in_anniversary else "range-end")
            continue
        anchor = month_years.get(pos, pos)
        if anchor == pos and pos and text[pos - 1] in "/.-":
            continue  # a number such as "Sư đoàn 395/2019" or a code, not a year mention
        kind = _context_kind(text[max(0, anchor - 25): anchor])
        ev.add(year, kind)
        if kind == "since" or (anchor != pos and kind != "future"):
            ev.floor = max(ev.floor, year)  # "từ năm 2008", "tháng 11/2017": the article is later
        if anchor != pos and SINCE_EVENT_RE.search(text[max(0, anchor - 60): anchor]):
            month = int(MONTH_OF_RE.match(text, anchor).group(1))
            ev.since_month = max(ev.since_month or (0, 0), (year, month))


def _this_year_range(text: str, pos: int) -> bool:
    """True when the sentence holding a range says "năm nay" before it (the range ends this year)."""
    start = max(text.rfind(".", 0, pos) + 1, text.rfind("\n", 0, pos) + 1, pos - 200)
    return THIS_YEAR_RE.search(text, start, pos) is not None


def _nearest_country(sentence: str, anchor: int) -> int | None:
    best: tuple[int, int] | None = None
    for pattern, founded in _country_res():
        for match in pattern.finditer(sentence):
            distance = abs(match.start() - anchor)
            if best is None or distance < best[0]:
                best = (distance, founded)
    return best[1] if best else None


def _anniversary(text: str, ev: _Evidence) -> None:
    for match in ANNIVERSARY_RE.finditer(text):
        years, window = int(match.group(1)), text[match.start(): match.end() + 220]
        start = max(text.rfind(".", 0, match.start()) + 1, match.start() - 250, 0)
        end = text.find(".", match.end())
        sentence = text[start: len(text) if end < 0 else end]
        if re.search(r"quan\s+hệ", window, re.I):
            founded = _nearest_country(sentence, match.start() - start)
            if founded is None:  # "hai nước kỷ niệm …": the countries were named in an earlier sentence
                before = text[max(0, match.start() - CONTEXT_BEFORE): match.start()]
                founded = _nearest_country(before, len(before))
            if founded:
                ev.add(founded + years, "anniversary")
        for event in _anniversaries()["events"]:
            if any(w.casefold() in window.casefold() for w in event["words"]):
                ev.add(event["year"] + years, "anniversary")


def _possible_years(term: dict, day: int, month: int, today: date) -> list[int]:
    start = date.fromisoformat(term["start"])
    end = date.fromisoformat(term["end"]) if term.get("end") else today
    years = []
    for year in range(start.year, end.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if start <= when <= end:
            years.append(year)
    return years


@cache
def _names_re() -> tuple[re.Pattern[str], dict[str, list[dict]]]:
    by_name: dict[str, list[dict]] = defaultdict(list)
    for person in _officeholders():
        for name in (person["name"], *person["aliases"]):
            by_name[name].append(person)
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    return pattern, dict(by_name)


def _office_terms(person: dict, text: str, start: int, end: int) -> list[dict] | None:
    before = text[max(0, start - 70): start].casefold()
    near = before + " " + text[end: end + 45].casefold()
    titles = [t.casefold() for t in person["titles"] if t.casefold() in near]
    if not titles or re.search(r"\bcựu\s+" + re.escape(titles[0]), before):
        return None
    after = text[end: end + 100]
    terms = person["terms"]
    if TERM_TWO_RE.search(after):
        terms = [t for t in terms if t.get("term") == 2] or terms
    elif TERM_ONE_RE.search(after):
        terms = [t for t in terms if t.get("term") == 1] or terms
    if RECENT_TAKEOVER_RE.search(after):
        terms = [dict(t, takeover=True) for t in terms]
    return terms


def _matched_offices(text: str) -> list[list[dict]]:
    """Terms of office of the officeholders named (with a matching title) in the text; one per entry."""
    pattern, by_name = _names_re()
    done: set[int] = set()
    found = []
    for match in pattern.finditer(text):
        for person in by_name[match.group(0)]:
            if id(person) in done:
                continue
            terms = _office_terms(person, text, match.start(), match.end())
            if terms:
                done.add(id(person))
                found.append(terms)
    return found


def _offices(text: str, day: int, month: int, today: date, ev: _Evidence) -> None:
    for terms in _matched_offices(text):
        years = [y for term in terms for y in _possible_years(term, day, month, today)]
        for year in years:
            ev.add(year, "office", 1 / len(years))
        for term in terms:
            possible = _possible_years(term, day, month, today)
            if term.get("takeover") and possible:
                ev.add(possible[0], "takeover")


def infer_year(paragraphs: list[str], day: int, month: int, today: date | None = None) -> YearGuess:
    """Weigh the year evidence of the kept paragraphs for a day/month with no year."""
    today = today or date.today()
    text = "\n".join(paragraphs)
    ev = _Evidence()
    _mentions(text, ev)
    _anniversary(text, ev)
    _offices(text, day, month, today, ev)
    _after_since(ev, day, month)
    candidates = {y: s for y, s in ev.scores.items() if ev.floor <= y <= today.year and _valid(y, month, day)}
    if not candidates:
        return YearGuess(None, 0.0, ev.reasons)
    written = {int(r.split(":")[1]) for r in ev.reasons if not r.startswith(("office", "takeover"))}
    # Ties: a year the text writes beats one only inside a term of office; then the later year,
    # since articles look back on earlier events more often than they announce later ones.
    best = max(candidates, key=lambda y: (round(candidates[y], 6), y in written, y))
    log.debug("year %s from %s", best, ev.reasons)
    return YearGuess(best, candidates[best], ev.reasons)


def _after_since(ev: _Evidence, day: int, month: int) -> None:
    """An event on a day/month earlier in the year than a dated "since" event falls in the next year."""
    if ev.since_month is None:
        return
    year, since = ev.since_month
    if month < since:
        ev.scores[year + 1] += ev.scores.pop(year, 0.0) + WEIGHT["since"]
        ev.reasons.append(f"after-since:{year + 1}")
        ev.floor = max(ev.floor, year + 1)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
