"""PDF page geometry to reading order: text runs -> lines -> columns -> paragraphs, running heads dropped.

Works on plain boxes (x0, y0, x1, y1 in PDF points, y up) so it is independent of the PDF library.
"""
from __future__ import annotations

import logging
import re
import statistics
import unicodedata
from dataclasses import dataclass

log = logging.getLogger(__name__)

LINE_GAP = 3.0  # words further apart than this many font sizes are separate lines (header parts)
PARA_GAP = 1.35  # a vertical gap above this many typical line pitches starts a paragraph
SHORT_LINE = 0.82  # a line ending before this share of its column width ends its paragraph
MARGIN_BAND = 0.07  # top and bottom share of the page where running heads and page numbers live
_PAGE_NUMBER = re.compile(r"^(?:(?:trang|page|tr\.)\s*)?[-–—(]?\s*\d{1,5}\s*(?:(?:/|of|trên)\s*\d{1,5})?\s*[-–—)]?$",
                          re.I)
_SENTENCE_END = re.compile(r"[.!?…:;”\"')»]$")


@dataclass
class Run:
    """A piece of text on one line of a page."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    weight: int = 400  # font weight: a bold byline or heading is its own paragraph

    @property
    def height(self) -> float:
        """Glyph box height (diacritics included)."""
        return self.y1 - self.y0

    @property
    def middle(self) -> float:
        """Vertical centre."""
        return (self.y0 + self.y1) / 2


@dataclass
class Line:
    """Runs on one baseline, left to right."""

    runs: list[Run]
    column: str = "full"  # "left", "right" or "full"

    @property
    def x0(self) -> float:
        """Left edge."""
        return self.runs[0].x0

    @property
    def x1(self) -> float:
        """Right edge."""
        return self.runs[-1].x1

    @property
    def top(self) -> float:
        """Top edge."""
        return max(r.y1 for r in self.runs)

    @property
    def middle(self) -> float:
        """Vertical centre."""
        return statistics.median(r.middle for r in self.runs)

    @property
    def height(self) -> float:
        """Typical glyph height of the line."""
        return statistics.median(r.height for r in self.runs)

    @property
    def weight(self) -> int:
        """Typical font weight of the line."""
        return statistics.median_low(r.weight for r in self.runs)

    @property
    def text(self) -> str:
        """The line's text, runs joined with single spaces."""
        return " ".join(" ".join(r.text.split()) for r in self.runs if r.text.strip())


def _rows(runs: list[Run]) -> list[list[Run]]:
    """Runs sharing a baseline (within a third of the type size), top to bottom, each row left to right."""
    rows: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (-r.y0, r.x0)):
        if rows and abs(rows[-1][0].y0 - run.y0) <= 0.35 * max(min(run.height, rows[-1][0].height), 1.0):
            rows[-1].append(run)
        else:
            rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r.x0)
    return rows


def words_from_glyphs(glyphs: list[Run]) -> list[Run]:
    """Characters to words: a row of glyphs breaks at spaces and at gaps wider than 0.4 of the type size."""
    words: list[Run] = []
    for row in _rows(glyphs):
        current: list[Run] = []
        for glyph in row:
            if glyph.text.isspace() or (current and _word_gap(current[-1], glyph)):
                if current:
                    words.append(_word(current))
                current = [] if glyph.text.isspace() else [glyph]
            else:
                current.append(glyph)
        if current:
            words.append(_word(current))
    return words


def _word_gap(prev: Run, glyph: Run) -> bool:
    """A gap wide enough for a space (not all PDFs draw their spaces); digits' narrow boxes need more."""
    gap = glyph.x0 - prev.x1
    letters = prev.text.isalpha() and glyph.text.isalpha()
    return gap > (0.15 if letters else 0.4) * glyph.height


def _word(glyphs: list[Run]) -> Run:
    text = unicodedata.normalize("NFC", "".join(g.text for g in glyphs))
    weight = statistics.median_low(g.weight for g in glyphs)
    return Run(glyphs[0].x0, glyphs[0].y0, max(g.x1 for g in glyphs), glyphs[0].y1, text, weight)


def group_lines(runs: list[Run]) -> list[Line]:
    """Words sharing a baseline form a row; rows split at a column gutter or a wide gap; top to bottom."""
    rows = _rows(runs)
    gutter = find_gutter(rows)
    both = _column_band(rows, gutter) if gutter else []
    size = statistics.median(run.height for run in both) if both else 0.0
    lines: list[Line] = []
    for row in rows:  # only rows within the two-column band are split (not a title above it)
        inside = bool(both) and both[-1].y0 - 2 * size <= row[0].y0 <= both[0].y0 + 1.6 * size
        lines += _split_row(row, gutter if inside else None)
    return [line for line in lines if line.text]


def find_gutter(rows: list[list[Run]]) -> tuple[float, float] | None:
    """The empty vertical strip between two columns: in the middle half, crossed by few rows."""
    spans = [(r[0].x0, r[-1].x1) for r in rows]
    if len(rows) < 4:
        return None
    left_edge, right_edge = min(a for a, _ in spans), max(b for _, b in spans)
    width = right_edge - left_edge
    size = statistics.median(run.height for row in rows for run in row)
    bins = int(width) + 1
    crossing = [0] * bins
    for row in rows:
        for run in row:
            for x in range(int(run.x0 - left_edge), min(int(run.x1 - left_edge) + 1, bins)):
                crossing[x] += 1
    allowed = 0.25 * len(rows)
    best: tuple[int, int] | None = None
    start = None
    for x in range(int(width * 0.25), int(width * 0.75) + 1):
        if crossing[x] <= allowed:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    if best is None or best[1] - best[0] < 0.5 * size:
        return None
    gutter = (left_edge + best[0], left_edge + best[1])
    both = sum(1 for row in rows if _both_sides(row, gutter))
    return gutter if both >= 3 else None


def _column_band(rows: list[list[Run]], gutter: tuple[float, float]) -> list[Run]:
    """First runs of the two-column rows in the longest stretch no row crosses (not a header above it)."""
    best: list[Run] = []
    current: list[Run] = []
    for row in rows:
        if any(r.x0 < gutter[1] - 0.5 and r.x1 > gutter[0] + 0.5 for r in row):
            current = []  # a full-width row ends the stretch
        elif _both_sides(row, gutter):
            current.append(row[0])
            if len(current) > len(best):
                best = current
    return best


def _both_sides(row: list[Run], gutter: tuple[float, float]) -> bool:
    left = [r for r in row if r.x1 <= gutter[0] + 0.5]
    right = [r for r in row if r.x0 >= gutter[1] - 0.5]
    return bool(left) and bool(right) and len(left) + len(right) == len(row)


def _split_row(row: list[Run], gutter: tuple[float, float] | None) -> list[Line]:
    """A row as one full-width line, or its left and right column parts, or pieces at wide gaps."""
    if gutter and all(r.x1 <= gutter[0] + 0.5 or r.x0 >= gutter[1] - 0.5 for r in row):
        left = [r for r in row if r.x1 <= gutter[0] + 0.5]
        right = [r for r in row if r.x0 >= gutter[1] - 0.5]
        return [Line(part, side) for part, side in ((left, "left"), (right, "right")) if part]
    pieces: list[list[Run]] = [[row[0]]]
    for run in row[1:]:
        last = pieces[-1][-1]
        if run.x0 - last.x1 > LINE_GAP * max(run.height, last.height, 1.0):
            pieces.append([run])  # a header's left and right parts: separate lines
        else:
            pieces[-1].append(run)
    return [Line(piece) for piece in pieces]


def drop_margins(lines: list[Line], page_height: float, body_height: float) -> list[Line]:
    """Drop page numbers and small print in the top and bottom bands (browser print headers, footers)."""
    kept = []
    for line in lines:
        in_band = line.middle > page_height * (1 - MARGIN_BAND) or line.middle < page_height * MARGIN_BAND
        small = line.height < 0.85 * body_height
        if in_band and (small or _PAGE_NUMBER.match(line.text)):
            continue
        kept.append(line)
    return kept


def reading_order(lines: list[Line]) -> list[list[Line]]:
    """Blocks of lines in reading order: runs of full-width lines; a two-column band left then right."""
    blocks: list[list[Line]] = []
    band: list[Line] = []
    full: list[Line] = []
    for line in lines:  # top to bottom
        if line.column == "full":
            if band:
                blocks += _columns_of(band)
                band = []
            full.append(line)
        else:
            if full:
                blocks.append(full)
                full = []
            band.append(line)
    if band:
        blocks += _columns_of(band)
    if full:
        blocks.append(full)
    return blocks


def _columns_of(band: list[Line]) -> list[list[Line]]:
    left = [l for l in band if l.column == "left"]
    right = [l for l in band if l.column == "right"]
    return [part for part in (left, right) if part]


def paragraphs(blocks: list[list[Line]], body_height: float, *, pitch: float | None = None,
               styles: bool = True) -> list[list[Line]]:
    """Split blocks into paragraphs: type size or weight changes, a wider gap, a short last line.

    pitch: the line step of body text when the caller knows it (else measured per block);
    styles=False: glyph boxes are too rough to compare type sizes (OCR).
    """
    out: list[list[Line]] = []
    for block in blocks:
        for part in (_same_type(block) if styles else [block]):
            step = pitch or _pitch(part, body_height)
            left_edge = min(l.x0 for l in part)
            short_at = left_edge + SHORT_LINE * max(max(l.x1 for l in part) - left_edge, 1.0)
            current: list[Line] = []
            for line in part:
                if current and _starts_paragraph(current[-1], line, step, short_at):
                    out.append(current)
                    current = []
                current.append(line)
            if current:
                out.append(current)
    return out


def _same_type(block: list[Line]) -> list[list[Line]]:
    """Consecutive lines of one type size and weight (a heading, body text, a bold byline)."""
    parts: list[list[Line]] = []
    for line in block:
        if parts and _same_style(parts[-1][-1], line):
            parts[-1].append(line)
        else:
            parts.append([line])
    return parts


def _same_style(a: Line, b: Line) -> bool:
    return abs(a.height - b.height) <= 0.15 * max(a.height, b.height) and abs(a.weight - b.weight) < 200


def _pitch(block: list[Line], body_height: float) -> float:
    steps = sorted(a.middle - b.middle for a, b in zip(block, block[1:]) if a.middle - b.middle > 0)
    # the lower quartile: in short paragraphs the paragraph gaps may outnumber the line steps
    return steps[len(steps) // 4] if steps else body_height * 1.3


def _starts_paragraph(prev: Line, line: Line, pitch: float, short_at: float) -> bool:
    if prev.middle - line.middle > PARA_GAP * pitch:
        return True
    return prev.x1 < short_at and bool(_SENTENCE_END.search(prev.text)) or prev.x1 < short_at * 0.7


def join_lines(lines: list[Line]) -> str:
    """One paragraph's text: lines joined with spaces; a word hyphenated at a line end is rejoined."""
    text = ""
    for line in lines:
        part = line.text
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text


def ends_mid_sentence(paragraph: str) -> bool:
    """True when a paragraph stops without closing punctuation (it may go on on the next page)."""
    return not _SENTENCE_END.search(paragraph.rstrip())
