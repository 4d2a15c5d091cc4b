"""Lay out most pages once. Each multiBuild pass used to lay out and draw the whole dossier again,
though only the entity index's layout depends on page numbers (the contents draw theirs at draw time,
see toc.py; the running footer is the page template's). So the first pass, which draws nothing,
records where each flowable lands on the pages of a segment (a run of pages that starts on a new page
and quotes no page number in its text), and every later pass draws those pages again instead of laying
them out. A segment lays out the same wherever it starts: it starts on a fresh page."""
from __future__ import annotations

from typing import Any

from reportlab.platypus import ActionFlowable, Flowable, Frame, PageBreak

Placement = tuple[Flowable, float, float, float]  # flowable, x, y, spare width (for its alignment)


class LayoutFrame(Frame):
    """A Frame that can place flowables without drawing them, handing each placement to `sink`."""

    draws = True
    sink: Any = None  # sink.placed(flowable, x, y, spare_width)

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:
        if self.draws:
            return super()._add(flowable, canv, trySplit)
        sink = self.sink

        def placed(canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            sink.placed(flowable, x, y, _sW)

        # Shadows drawOn on this instance for this call only (through __dict__: some flowables,
        # such as graphics Drawings, refuse unknown attributes).
        flowable.__dict__["drawOn"] = placed
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            flowable.__dict__.pop("drawOn", None)

    add = _add  # Frame binds add to its own _add


class ReplayPage(Flowable):
    """One recorded page: its flowables drawn where the first pass placed them, then reported to the
    document (bookmarks, contents entries, progress) as if they had just been laid out."""

    def __init__(self, placements: list[Placement], doc: Any) -> None:
        super().__init__()
        self._placements = placements
        self._doc = doc

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        for flowable, fx, fy, spare in self._placements:
            flowable.drawOn(canvas, fx, fy, _sW=spare)
            self._doc.afterFlowable(flowable)


class Segment:
    """The recorded pages of one segment of the story, between its start and end markers."""

    def __init__(self, recorder: "Recorder", closed: bool) -> None:
        self.start = _Marker(self.begin)
        self.end = _Marker(self.close) if closed else None  # None: the segment runs to the story's end
        self._recorder = recorder
        self.pages: list[list[Placement]] = []
        self.first_page = 0
        self.recording = False
        self.complete = False

    def begin(self, doc: Any) -> None:
        # Only a pass that draws nothing hands placements over; a segment starts on a fresh page.
        if doc.drawing or self.complete or not doc.frame._atTop:
            return
        self.recording, self.first_page, self.pages = True, doc.page, [[]]
        self._recorder.active = self

    def close(self, doc: Any) -> None:
        """At the end marker, which follows a page break: the page just begun is not the segment's."""
        if self.recording:
            after_break = not self.pages[-1]
            self.pages.pop()
            self.finish(doc.page - 1)
            self.complete = self.complete and after_break

    def finish(self, last_page: int) -> None:
        """Usable only if every page of the segment was seen, and seen once."""
        if self.recording:
            self.complete = len(self.pages) == last_page - self.first_page + 1
            self.recording = False
            self._recorder.active = None

    def replay(self, doc: Any) -> list[Flowable]:
        """Flowables that draw the recorded pages again, ending with the page break that ended them."""
        story: list[Flowable] = []
        for placements in self.pages:
            story += [PageBreak(), ReplayPage(placements, doc)] if story else [ReplayPage(placements, doc)]
        return story + ([PageBreak()] if self.end is not None else [])


class _Marker(ActionFlowable):
    def __init__(self, action: Any) -> None:
        super().__init__()
        self._action = action

    def apply(self, doc: Any) -> None:
        self._action(doc)


class Recorder:
    """The segments of a dossier and the one being recorded."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.active: Segment | None = None

    def __deepcopy__(self, memo: dict) -> "Recorder":
        return self  # KeepTogether deep-copies the frame, whose sink this is: one recording, shared

    def segment(self, flowables: list[Flowable], closed: bool = True) -> list[Flowable]:
        """The flowables wrapped in a new segment's markers. They must start on a new page and, when
        closed, end with a page break; nothing in them may depend on a page number for its layout."""
        seg = Segment(self, closed)
        self.segments.append(seg)
        return [seg.start, *flowables, *([seg.end] if seg.end is not None else [])]

    def release(self) -> None:
        """Forget the recorded pages (after the last pass)."""
        for seg in self.segments:
            seg.pages, seg.complete = [], False
        self.segments, self.active = [], None

    def new_page(self) -> None:
        if self.active is not None:
            self.active.pages.append([])

    def placed(self, flowable: Flowable, x: float, y: float, spare: float) -> None:
        if self.active is not None:
            self.active.pages[-1].append((flowable, x, y, spare))

    def finish(self, last_page: int) -> None:
        """End of a pass: a segment that ran to the end of the story ends on its last page."""
        if self.active is not None:
            self.active.finish(last_page)

    def story(self, flowables: list[Flowable], doc: Any) -> list[Flowable]:
        """The story with each recorded segment replaced by its recorded pages."""
        for seg in self.segments:
            if not seg.complete:
                continue
            start = _index(flowables, seg.start)
            end = len(flowables) - 1 if seg.end is None else _index(flowables, seg.end, start)
            if start is not None and end is not None:
                flowables = flowables[:start] + seg.replay(doc) + flowables[end + 1:]
        return flowables


def _index(flowables: list[Flowable], marker: Flowable, start: int | None = 0) -> int | None:
    if start is None:
        return None
    return next((i for i in range(start, len(flowables)) if flowables[i] is marker), None)
