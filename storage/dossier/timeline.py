"""The timeline: a drawn time axis (dots per article, or bars per period when many) and a dated
list grouped by month. Inferred dates are hollow dots, '~' and italics, with a legend."""
from __future__ import annotations

from datetime import datetime

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from . import content, fonts, styles
from .front import section_heading
from .labels import Labels
from .model import Entry, date_text, outlet_text
from .template import Para, escape_markup as esc

DOTS_MAX = 60  # above this many dated articles the axis shows bars per period instead of dots
_R = 6.5  # dot radius
_LANE = 15  # vertical step between stacked dots
_AXIS_Y = 28


def timeline(entries: list[Entry], labels: Labels, st: dict, frame_width: float) -> list[Flowable]:
    """Section heading, the axis drawing with its legend, and the month-grouped list."""
    story: list[Flowable] = [section_heading("timeline", labels, st)]
    dated = sorted((e for e in entries if e.when is not None), key=lambda e: (e.when, e.number))
    if dated:
        story += [_axis(dated, labels, frame_width), Spacer(1, 4)]
        if len(dated) <= DOTS_MAX:
            story += [_dot_legend(labels, frame_width), Spacer(1, 3)]
        if any(e.inferred for e in dated):
            story.append(Para(f"<i>{esc(labels['legend_inferred'])}</i>", st["small"]))
        story.append(Spacer(1, 8))
    for month, group in content.month_groups(entries, labels):  # dated by month, then the undated
        story.append(Para(esc(month), st["month"]))
        story += [_list_item(e, labels, st) for e in group]
    return story + [PageBreak()]


def _axis(dated: list[Entry], labels: Labels, width: float) -> Drawing:
    first, last = dated[0].when, dated[-1].when
    start = datetime(first.year, 1, 1)
    end = datetime(last.year + 1, 1, 1)
    if (last - first).days < 700:  # under two years: month ticks
        start, end = datetime(first.year, first.month, 1), _add_months(datetime(last.year, last.month, 1), 1)
    pad = 10
    span = (end - start).total_seconds()

    def x_of(moment: datetime) -> float:
        return pad + (width - 2 * pad) * (moment - start).total_seconds() / span

    shapes = _dots(dated, x_of) if len(dated) <= DOTS_MAX else _bars(dated, x_of, start, end, labels)
    top = max((_top(s) for s in shapes), default=_AXIS_Y) + 6
    drawing = Drawing(width, top, initialFontName=fonts.REGULAR)
    drawing.add(Line(pad, _AXIS_Y, width - pad, _AXIS_Y, strokeColor=styles.ACCENT, strokeWidth=1.2))
    for tick, text in _ticks(start, end):
        x = x_of(tick)
        drawing.add(Line(x, _AXIS_Y - 4, x, _AXIS_Y + 4, strokeColor=styles.ACCENT, strokeWidth=0.8))
        drawing.add(String(x, _AXIS_Y - 16, text, fontName=fonts.REGULAR, fontSize=7.5,
                           fillColor=styles.MUTED, textAnchor="middle"))
    for shape in shapes:
        drawing.add(shape)
    return drawing


def _dot_legend(labels: Labels, width: float) -> Drawing:
    """Filled dot = date from the page, hollow dot = inferred (the font has no circle glyphs)."""
    legend = Drawing(width, 14, initialFontName=fonts.REGULAR)
    x = 10
    for filled, key in ((True, "legend_exact"), (False, "legend_guess"), (None, "legend_number")):
        if filled is not None:
            fill = styles.ACCENT if filled else colors.white
            legend.add(Circle(x, 5, 4, fillColor=fill, strokeColor=styles.ACCENT, strokeWidth=0.8))
            x += 8
        text = labels[key]
        legend.add(String(x, 2, text, fontName=fonts.REGULAR, fontSize=8, fillColor=styles.MUTED))
        x += stringWidth(text, fonts.REGULAR, 8) + 18
    return legend


def _top(shape) -> float:
    if isinstance(shape, Circle):
        return shape.cy + shape.r
    if isinstance(shape, Rect):
        return shape.y + shape.height
    return shape.y + shape.fontSize


def _dots(dated: list[Entry], x_of) -> list:
    shapes, lanes = [], []  # lanes[i] = x of the last dot in lane i
    for e in dated:
        x = x_of(e.when)
        lane = next((i for i, lx in enumerate(lanes) if x - lx >= 2 * _R + 2), len(lanes))
        lanes[lane:lane + 1] = [x]
        y = _AXIS_Y + 12 + lane * _LANE
        fill = colors.white if e.inferred else styles.ACCENT
        shapes.append(Circle(x, y, _R, fillColor=fill, strokeColor=styles.ACCENT, strokeWidth=1))
        font = fonts.ITALIC if e.inferred else fonts.BOLD
        text_color = styles.ACCENT if e.inferred else colors.white
        size = 6.5 if e.number < 100 else 5
        shapes.append(String(x, y - 2.3, str(e.number), fontName=font, fontSize=size, fillColor=text_color,
                             textAnchor="middle"))
    return shapes


def _bars(dated: list[Entry], x_of, start: datetime, end: datetime, labels: Labels) -> list:
    by_month = (end - start).days < 800
    step = (lambda d: _add_months(d, 1)) if by_month else (lambda d: datetime(d.year + 1, 1, 1))
    counts: dict[datetime, int] = {}
    for e in dated:
        key = datetime(e.when.year, e.when.month, 1) if by_month else datetime(e.when.year, 1, 1)
        counts[key] = counts.get(key, 0) + 1
    most = max(counts.values())
    shapes = []
    for key, n in sorted(counts.items()):
        x0, x1 = x_of(key), x_of(step(key))
        h = 8 + 80 * n / most
        shapes.append(Rect(x0 + 1, _AXIS_Y + 2, max(x1 - x0 - 2, 1), h, fillColor=styles.ACCENT, strokeWidth=0))
        shapes.append(String((x0 + x1) / 2, _AXIS_Y + h + 5, str(n), fontName=fonts.REGULAR, fontSize=6.5,
                             fillColor=styles.MUTED, textAnchor="middle"))
    return shapes


def _ticks(start: datetime, end: datetime) -> list[tuple[datetime, str]]:
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 24:
        every = 1 if months <= 12 else 3
        ticks, t = [], start
        while t <= end:
            ticks.append((t, f"{t.month:02d}/{t.year}"))
            t = _add_months(t, every)
        return ticks
    years = end.year - start.year
    every = max(1, -(-years // 14))
    return [(datetime(y, 1, 1), str(y)) for y in range(start.year, end.year + 1, every)]


def _add_months(moment: datetime, n: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + n
    return datetime(index // 12, index % 12 + 1, 1)


def _list_item(e: Entry, labels: Labels, st: dict) -> Paragraph:
    when = esc(date_text(e, labels, short=True))
    if e.inferred:
        when = f"<i>{when}</i>"
    outlet = f" — {esc(outlet_text(e, labels))}" if e.article.outlet or e.article.source else ""
    title = esc(e.article.title or labels["none"])
    return Para(f'{when}  [{e.number}] <a href="#{e.key}">{title}</a>{outlet}', st["index_entry"])
