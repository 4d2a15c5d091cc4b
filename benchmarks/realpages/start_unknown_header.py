"""Body start of page dumps whose header furniture the rules do not know, per held-out outlet (issue #8).

usage: python benchmarks/realpages/start_unknown_header.py [--corpus /work/corpus76] [--probes /tmp/tulieu_probes]
       [--spans 0,2,4,8] [--dates-known] [--date-words WORDS] [--inject LINE] [--save FILE] [--against FILE] [--detail]
The start's twin of leave_one_outlet_out.py. A layout not seen has its own date bar, audio player, share counts,
breadcrumb and teasers above the article, worded as none the rules were written from. Conditions:
- `--spans N`: the noise reasons of the N lines right above the gold start are dropped (the headline and a wrapped
  half of it included, when they fall in the span);
- `--dates-known`: as --spans, but a line with a date or a clock time keeps its reason (a date bar is found by its
  numbers, not its words): tells the failures due to date bars from the others;
- `--date-words WORDS`: as --spans, and the lines with a date or time in the span are printed with WORDS after them
  (a layout's own date bar, "… 08:00 Nghe bài viết");
- `--inject LINE`: LINE is printed right above the gold start (another article's headline, an unknown widget).
Each page is scored on its body start, and a wrong start is told by its direction: `kept` (k): the prediction starts
above the gold start (furniture kept as the first body line); `lost` (l): below it (the sapo, or more, lost);
`none` (n): no body. Rows: each tuned outlet, the own sets, the probes. Nothing here is learned, so the rows are the
held-out units only in name: the rules were written from the tuned pages, not from the own sets or the probes.
--save writes the per-page results; --against FILE prints those saved results (the code before a change) beside
the current run. Never the aside part (only the tuned gold file is read); the seeds are not scored here.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

import storage.extraction as extraction  # noqa: E402
from benchmarks.realpages.leave_one_outlet_out import outlet_key  # noqa: E402
from benchmarks.realpages.score_realpages import _own_paragraphs, same_paragraph  # noqa: E402
from benchmarks.train_body_model import Page, _index, load_pages  # noqa: E402
from storage.cli.cmd_extract import article_json  # noqa: E402
from storage.extraction import cleaning  # noqa: E402
from storage.extraction.cleaning import page_lines  # noqa: E402
from storage.extraction.dates import TIME_RE, find_date  # noqa: E402
from storage.readers import read_file  # noqa: E402


class unknown_header:
    """Within the block, the rules know none of the `span` lines right above the gold start."""

    def __init__(self, start_text: str, span: int, dates_known: bool = False, date_words: str = "", inject: str = ""):
        self.start_text, self.span, self.dates_known, self.date_words = start_text, span, dates_known, date_words
        self.inject = inject

    def _page_lines(self, raw, furniture=frozenset()):
        if self.inject:
            at = next((k for k, line in enumerate(raw) if same_paragraph(line.strip(), self.start_text)), None)
            raw = raw if at is None else [*raw[:at], self.inject, *raw[at:]]
        lines, noise = page_lines(raw, furniture)
        start = _index(lines, self.start_text)
        if start is not None:
            span = range(max(0, start - self.span), start)
            if self.date_words:  # the layout prints words of its own beside its date
                lines = [f"{line} {self.date_words}" if i in span and _dated(line) else line
                         for i, line in enumerate(lines)]
            noise = [None if i in span and not (self.dates_known and _dated(lines[i])) else n
                     for i, n in enumerate(noise)]
        return lines, noise

    def __enter__(self):
        if self.span or self.inject:
            cleaning.page_lines = self._page_lines
        return self

    def __exit__(self, *exc):
        cleaning.page_lines = page_lines


def _dated(line: str) -> bool:
    """A line with a date or a clock time: what a date bar is recognised by, whatever its words."""
    return find_date(line) is not None or TIME_RE.search(line) is not None


def verdict(page: Page, span: int, dates_known: bool = False, date_words: str = "", inject: str = "") -> str:
    """"ok", "kept" (starts above the gold start), "lost" (below it) or "none"."""
    with unknown_header(page.start, span, dates_known, date_words, inject):
        pred = article_json(page.path, extraction.extract(read_file(page.path)))
    body = _own_paragraphs(pred)
    if body and same_paragraph(body[0], page.start):
        return "ok"
    if not body:
        return "none"
    if any(same_paragraph(p, page.start) for p in body[1:]):
        return "kept"
    return "lost"


def row_of(page: Page) -> str:
    return outlet_key(page) if page.group == "tuned" else ("probes" if page.group == "probes" else "own sets")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / ".corpus")
    ap.add_argument("--probes", type=Path, default=Path("/tmp/tulieu_probes"))
    ap.add_argument("--spans", default="0,2,4,8", help="comma-separated counts of unknown lines above the start")
    ap.add_argument("--dates-known", action="store_true",
                    help="lines with a date or a clock time keep their reasons (found by numbers, not by words)")
    ap.add_argument("--date-words", default="",
                    help="words appended to the lines with a date or time in the span (a layout's own date bar)")
    ap.add_argument("--inject", default="",
                    help="a line of furniture printed right above the gold start (e.g. another article's headline)")
    ap.add_argument("--save", type=Path, help="write the per-page verdicts here (JSON)")
    ap.add_argument("--against", type=Path, help="per-page verdicts saved from the code before a change")
    ap.add_argument("--detail", action="store_true", help="print every page whose start is wrong (or changed)")
    args = ap.parse_args(argv)
    extraction._set_entities = lambda article: None  # entities play no part in the body boundary
    pages = load_pages(args.corpus, args.probes)
    before = json.loads(args.against.read_text(encoding="utf-8")) if args.against else {}
    saved: dict[str, dict[str, str]] = {}
    for span in [int(n) for n in args.spans.split(",")]:
        now = {f"{p.group}/{p.path.name}": verdict(p, span, args.dates_known, args.date_words, args.inject) for p in pages}
        saved[str(span)] = now
        known = " (lines with a date or time known)" if args.dates_known else (
            f" (dated lines printed with '{args.date_words}')" if args.date_words else "")
        known += f"; '{args.inject}' printed above the start" if args.inject else ""
        print(f"\n== {'pages as they are' if not span else f'the {span} lines above the start unknown to the rules'}"
              f"{known if span or args.inject else ''}")
        table(pages, now, before.get(str(span)), args.detail)
    if args.save:
        args.save.write_text(json.dumps(saved, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


def _cell(verdicts: list[str]) -> str:
    n = len(verdicts)
    return (f"{verdicts.count('ok') / n:.3f} k{verdicts.count('kept')} l{verdicts.count('lost')}"
            f" n{verdicts.count('none')}")


def table(pages: list[Page], now: dict[str, str], before: dict[str, str] | None, detail: bool) -> None:
    rows: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        name = f"{page.group}/{page.path.name}"
        for row in (row_of(page), "ALL tuned" if page.group == "tuned" else "ALL own+probes"):
            rows[row].append(name)
        if detail and (now[name] != "ok" or (before and before.get(name) != now[name])):
            was = f" (was {before.get(name)})" if before else ""
            print(f"  {name}: {now[name]}{was}")
    head = f"{'held out':24} {'pages':>5}  " + (f"{'before: start kept/lost/none':>30}  " if before else "")
    print(head + f"{'start kept/lost/none':>30}")
    for row in sorted(rows, key=lambda r: (r.startswith("ALL"), r in ("own sets", "probes"), r)):
        names = rows[row]
        cells = ([_cell([before.get(n, "none") for n in names])] if before else []) + [_cell([now[n] for n in names])]
        print(f"{row:24} {len(names):5}  " + "  ".join(f"{c:>30}" for c in cells))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
