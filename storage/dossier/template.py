"""The page machinery: templates with running header and "Page X of Y" footer, TOC entries,
PDF outline, cross-reference pages and the cancel check, all driven from afterFlowable."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.paragraph import cleanBlockQuotedText

from ..progress import NEVER, CancelToken, Progress, noop
from . import fonts, glyphs, styles
from .labels import Labels
from .replay import LayoutFrame, Recorder

log = logging.getLogger(__name__)

EXPECTED_PASSES = 2


@dataclass
class Mark:
    """Attached to a heading flowable: where it goes in the TOC and outline, and which article starts."""

    text: str
    key: str
    level: int  # 0 = section, 1 = article
    number: int | None = None  # article number, for progress and cancel
    in_toc: bool = True  # the contents' own heading is bookmarked but not listed in itself


def marked(flowable: Flowable, mark: Mark) -> Flowable:
    """Tag a heading so the template bookmarks it, lists it in the TOC and records its page."""
    flowable._dossier_mark = mark
    return flowable


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width: reportlab wraps a flowable again and again at
    the same width (KeepTogether, the frame, a table cell's draw, every layout pass) and each wrap
    redoes the line breaking. The text never changes, so the last result is kept for that width."""

    _wrapped_at: float | None = None

    def __init__(self, text: str, style, **kwargs) -> None:
        # Plain text (no markup, no entity) skips reportlab's HTML parser, a quarter of the layout
        # time: its one fragment is the style's fragment with this text, as the parser makes it.
        if not kwargs and "<" not in text and "&" not in text and not getattr(style, "textTransform", None):
            clean = cleanBlockQuotedText(text)
            if clean:
                kwargs["frags"] = [_plain_fragment(style).clone(text=clean)]
        super().__init__(text, style, **kwargs)

    def wrap(self, availWidth, availHeight):
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:  # split() may drop it
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if width == availWidth else None  # not the "cannot fit" answer
        return width, height


_FRAGMENTS: dict[int, tuple[object, object]] = {}  # id(style) -> (style, its plain-text fragment)


def _plain_fragment(style):
    """The fragment reportlab's parser makes of plain text in this style (text aside)."""
    known = _FRAGMENTS.get(id(style))
    if known is None or known[0] is not style:
        known = _FRAGMENTS[id(style)] = (style, Paragraph("x", style).frags[0])
    return known[1]


class DossierDoc(BaseDocTemplate):
    """A BaseDocTemplate that records where marked headings land, pass after pass (multiBuild)."""

    def __init__(self, path: str, *, title: str, marking: str, labels: Labels, paper: str,
                 total_articles: int, progress: Progress = noop, cancel: CancelToken = NEVER,
                 **info: str) -> None:
        fonts.register_fonts()
        super().__init__(path, pagesize=styles.page_size(paper), leftMargin=styles.MARGIN_X,
                         rightMargin=styles.MARGIN_X, topMargin=styles.MARGIN_TOP,
                         bottomMargin=styles.MARGIN_BOTTOM, title=title, initialFontName=fonts.REGULAR,
                         creator="Tư Liệu", lang=labels.lang, **info)
        self.dossier_title, self.marking, self.labels = glyphs.substitute(title), glyphs.substitute(marking), labels
        self.total_articles, self.progress, self.cancel = total_articles, progress, cancel
        self.refs: dict[str, int] = {}  # key -> page, this pass
        self.refs_prev: dict[str, int] = {}  # key -> page, previous pass (what cross-references print)
        self.page_count = 0
        self.page_count_prev = 0
        self.passes = 0
        self.drawing = True
        self.recorder = Recorder()  # pages laid out in the first pass only (replay.py)
        self.named_callbacks: dict[str, Callable] = {}  # onDraw callbacks, set on each pass's canvas
        self.first_guess: dict[str, int] = {}  # key -> guessed page, for the first pass only
        frame = LayoutFrame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        frame.sink = self.recorder
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=self._draw_cover_page),
                               PageTemplate("main", [frame], onPage=self._draw_running_page)])

    def start_pass(self) -> None:
        """Keep the previous pass's pages and page count; called before each pass."""
        self.passes += 1
        self.recorder.finish(self.page_count)
        self.refs_prev, self.refs = self.refs, {}
        self.page_count_prev, self.page_count = self.page_count, 0
        self.drawing = self.passes > 1  # the first pass is thrown away: lay out, draw nothing
        for template in self.pageTemplates:
            for frame in template.frames:
                frame.draws = self.drawing

    def stable(self) -> bool:
        """True when this pass put every marked heading on the same page as the last one."""
        return self.refs == self.refs_prev and self.page_count == self.page_count_prev

    def build(self, flowables: list[Flowable], *args, **kwargs) -> None:
        super().build(self.recorder.story(flowables, self), *args, **kwargs)

    def beforeDocument(self) -> None:
        for name, callback in self.named_callbacks.items():
            self.canv.setNamedCB(name, callback)

    def beforePage(self) -> None:
        self.recorder.new_page()

    def afterPage(self) -> None:
        self.page_count = max(self.page_count, self.page)

    def afterFlowable(self, flowable: Flowable) -> None:
        mark: Mark | None = getattr(flowable, "_dossier_mark", None)
        if mark is None:
            return
        self.refs[mark.key] = self.page
        self.canv.bookmarkPage(mark.key)
        self.canv.addOutlineEntry(mark.text, mark.key, level=mark.level)
        if mark.in_toc:
            self.notify("TOCEntry", (mark.level, escape_markup(mark.text), self.page, mark.key))
        if mark.number is not None:
            self.cancel.check()
            n = self.total_articles
            # Layout usually takes two passes: spread them over the second half of the bar, never backwards.
            done = n + min(n - 1, ((self.passes - 1) * n + mark.number) // EXPECTED_PASSES)
            self.progress(done, 2 * n, f"{self.labels['articles']}: {mark.number}/{n}")

    def page_of(self, key: str) -> int | None:
        """The page a marked heading landed on in the previous pass; on the first pass a guess of
        the same size (see seed_first_pass), so the first layout already has the final one's shape."""
        return self.refs_prev.get(key) if self.passes > 1 else self.first_guess.get(key)

    def _draw_cover_page(self, canvas, doc) -> None:
        if self.marking and self.drawing:
            self._draw_marking_footer(canvas)

    def _draw_running_page(self, canvas, doc) -> None:
        if not self.drawing:
            return
        canvas.saveState()
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        top = height - styles.MARGIN_TOP + 18
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.setFillColor(styles.MUTED)
        marking_w = stringWidth(self.marking, fonts.BOLD, 8.5) + 12 if self.marking else 0
        canvas.drawString(left, top, _fit(self.dossier_title, right - left - marking_w, 8.5))
        if self.marking:
            canvas.setFont(fonts.BOLD, 8.5)
            canvas.setFillColor(styles.MARKING)
            canvas.drawRightString(right, top, self.marking)
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 5, right, top - 5)
        bottom = styles.MARGIN_BOTTOM - 26
        canvas.line(left, bottom + 11, right, bottom + 11)
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.setFillColor(styles.MUTED)
        total = self.page_count_prev or self.page
        canvas.drawRightString(right, bottom, self.labels.fmt("page", x=self.page, y=total))
        canvas.restoreState()
        if self.marking:
            self._draw_marking_footer(canvas)

    def _draw_marking_footer(self, canvas) -> None:
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 8.5)
        canvas.setFillColor(styles.MARKING)
        canvas.drawCentredString(self.pagesize[0] / 2, styles.MARGIN_BOTTOM - 26, self.marking)
        canvas.restoreState()


def seed_first_pass(doc: DossierDoc, story: list[Flowable], pages: dict[str, int]) -> None:
    """Give the first layout pass the final shape: the TOC filled with every marked heading and the
    cross-references with guessed pages (`pages`: key -> guess). The TOC and the index then take the
    same room in every pass, so page numbers usually settle in two passes instead of three."""
    from reportlab.platypus.tableofcontents import TableOfContents

    doc.first_guess = dict(pages)
    marks = [m for m in map(_mark_of, _flat(story)) if m is not None and m.in_toc]
    for toc in (f for f in story if isinstance(f, TableOfContents)):
        toc._entries = [(m.level, escape_markup(m.text), pages.get(m.key, 1), m.key) for m in marks]


def _flat(story: list[Flowable]):
    """The flowables of a story, KeepTogether groups opened."""
    for flowable in story:
        inner = getattr(flowable, "_content", None)
        yield from (_flat(inner) if isinstance(inner, list) else [flowable])


def _mark_of(flowable: Flowable) -> Mark | None:
    return getattr(flowable, "_dossier_mark", None)


class PassCheck(IndexingFlowable):
    """Invisible flowable that keeps multiBuild going until page numbers and page count settle."""

    def __init__(self, doc: DossierDoc) -> None:
        super().__init__()
        self._doc = doc
        self.width = self.height = 0

    def beforeBuild(self) -> None:
        self._doc.start_pass()

    def isSatisfied(self) -> bool:
        return self._doc.stable()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Deferred(Flowable):
    """A paragraph whose text quotes page numbers of the last pass: its text is asked for again at
    every layout pass, and the paragraph rebuilt (and its lines broken) only when the text changed."""

    def __init__(self, text: Callable[[], str], style) -> None:
        super().__init__()
        self._text = text
        self._style = style
        self._built: tuple[str, Para] | None = None

    def _current(self) -> Para:
        text = self._text()
        if self._built is None or self._built[0] != text:
            self._built = (text, Para(text, self._style))
        return self._built[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self._current().wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._current().split(availWidth, availHeight)

    def getSpaceBefore(self) -> float:
        return self._style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self._style.spaceAfter

    def draw(self) -> None:
        self._built[1].drawOn(self.canv, 0, 0)


_CONTROL = {c: " " for c in range(32) if chr(c) not in "\t\n\r"} | {0x7F: " "}


def escape_markup(text: str) -> str:
    """Escape text for reportlab's paragraph markup (control characters become spaces)."""
    text = glyphs.substitute(text.translate(_CONTROL))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fit(text: str, width: float, size: float) -> str:
    """The first line of text that fits in width, with an ellipsis when cut."""
    lines = simpleSplit(text, fonts.REGULAR, size, max(width, 20))
    if len(lines) <= 1:
        return text
    return lines[0].rstrip() + "…"
