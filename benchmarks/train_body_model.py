"""Train the body-end vote (storage/extraction/body_model.py) and write resources/data/body_model.json.

usage: python benchmarks/train_body_model.py [--corpus /work/corpus44] [--probes /tmp/tulieu_probes] [--check]
Pages: our own sets (benchmarks/holdout, blind*), the rendered probe pages (benchmarks/probes/render.py) and,
when built, the TUNED part of the real-page corpus — never the seeds (kept for checking), never the aside part.
Each page dump's lines around its gold body end are labelled: a line of the gold body up to its last paragraph
is the article's (1), a line under the last paragraph is not (0), a caption (the gold's optional lines) is left
out. The model is a logistic regression fitted by Newton's method (IRLS) with an L2 term, in plain Python.
--check prints the fit's line accuracy and writes nothing.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.realpages.score_realpages import key, same_paragraph  # noqa: E402
from storage.extraction import body_model  # noqa: E402
from storage.extraction.body_model import FEATURE_NAMES, anchor_index, line_features  # noqa: E402
from storage.extraction import cleaning  # noqa: E402
from storage.extraction.cleaning import clean_lines, page_lines  # noqa: E402
from storage.readers import read_file  # noqa: E402

SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))
OWN_SETS = ("holdout", "blind", "blind2", "blind3", "blind4", "blind5")
OUT = ROOT / "resources" / "data" / "body_model.json"
L2 = 1.0
THRESHOLD = 0.5
BEFORE_END, AFTER_END = 4, 12  # the labelled window around the gold body's last line
NEWTON_STEPS = 12
BLIND_SPAN = 4  # lines under the gold end whose noise reasons unknown_furniture drops


@dataclass
class Page:
    group: str  # the set: tuned, holdout, blind…, probes
    outlet: str  # the page's outlet (domain when known) or the probe's kind: the unit held out
    path: Path
    body: list[str] | None  # gold paragraphs (None: the probe pages give only the first and last)
    start: str
    end: str
    optional: list[str]


def load_pages(corpus: Path | None, probes: Path | None) -> list[Page]:
    """Every labelled page dump of the training sets (never seeds, never aside)."""
    sets = [(name, ROOT / "benchmarks" / name, ROOT / "benchmarks" / name / f"{name}.gold.jsonl") for name in OWN_SETS]
    if corpus is not None:
        sets.append(("tuned", corpus, corpus / "gold" / "tuned.dumps.gold.jsonl"))
    pages = []
    for group, folder, gold_path in sets:
        if not gold_path.exists():
            continue
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line) if line.strip() else None
            if not gold or not gold["file"].endswith(".txt") or not gold.get("body"):
                continue
            outlet = (gold.get("outlet_domain") or gold.get("outlet") or gold["file"]).casefold()
            pages.append(Page(group, outlet, folder / gold["file"], gold["body"], gold["body"][0], gold["body"][-1],
                              gold.get("optional") or []))
    if probes is not None and (probes / "expected.jsonl").exists():
        for line in (probes / "expected.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            pages.append(Page("probes", f"probe:{gold['kind']}", probes / f"{gold['name']}.txt", None,
                              gold["start"], gold["end"], []))
    return pages


class unknown_furniture:
    """Within the block, the rules know none of the `span` lines under the gold end (their noise reasons are
    dropped): a layout whose closing widgets, credits and teasers are worded as none the rules were written from."""

    def __init__(self, end_text: str | None, span: int = BLIND_SPAN):
        self.end_text, self.span = end_text, span

    def _page_lines(self, raw, furniture=frozenset()):
        lines, noise = page_lines(raw, furniture)
        end = _index(lines, self.end_text)
        if end is not None:
            noise = [None if end < i <= end + self.span else n for i, n in enumerate(noise)]
        return lines, noise

    def __enter__(self):
        if self.end_text is not None:
            cleaning.page_lines = self._page_lines
        return self

    def __exit__(self, *exc):
        cleaning.page_lines = page_lines


def rules_view(path: Path, blind_end: str | None = None) -> tuple[list[str], list[str | None], list]:
    """The page's lines, noise reasons and the blocks the rules alone give (the vote switched off); with
    `blind_end`, as unknown_furniture(blind_end) has them."""
    raw = read_file(path).text.splitlines()
    saved = body_model.load_model
    body_model.load_model = lambda: ((), 0.0)
    try:
        with unknown_furniture(blind_end):
            lines, noise = cleaning.page_lines(raw)
            blocks = clean_lines(raw).blocks
    finally:
        body_model.load_model = saved
    return lines, noise, blocks


def _index(lines: list[str], text: str, after: int = 0) -> int | None:
    return next((i for i in range(after, len(lines)) if same_paragraph(lines[i], text)), None)


def page_examples(page: Page) -> list[tuple[list[float], float]]:
    """(features, label) of the page's unmarked lines around its gold end, as the rules see the page and as
    they would see it with unknown furniture under the end; [] when the end is no line of it."""
    return _examples(page, None) + _examples(page, page.end)


def _examples(page: Page, blind_end: str | None) -> list[tuple[list[float], float]]:
    lines, noise, blocks = rules_view(page.path, blind_end)
    start = _index(lines, page.start)
    end = _index(lines, page.end, start or 0)
    anchor = anchor_index(lines, blocks)
    if start is None or end is None or anchor is None:
        return []
    body_keys = {key(p) for p in page.body or []}
    optional = {key(p) for p in page.optional}
    examples = []
    for i in range(max(start, end - BEFORE_END), min(len(lines), end + AFTER_END + 1)):
        if noise[i] is not None or key(lines[i]) in optional:
            continue
        if i > end:
            label = 0.0
        elif page.body is None:
            if not body_model.is_paragraph_like(lines[i]):
                continue
            label = 1.0
        else:
            label = float(key(lines[i]) in body_keys)
        examples.append((line_features(lines, noise, i, anchor), label))
    return examples


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and positive definite)."""
    n = len(vector)
    a = [row[:] + [v] for row, v in zip(matrix, vector)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            if f:
                for c in range(col, n + 1):
                    a[r][c] -= f * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def fit(examples: list[tuple[list[float], float]], l2: float = L2) -> list[float]:
    """L2-regularised logistic regression by Newton's method (the bias is not regularised)."""
    size = len(FEATURE_NAMES)
    w = [0.0] * size
    for _ in range(NEWTON_STEPS):
        grad = [l2 * x if k else 0.0 for k, x in enumerate(w)]
        hess = [[(l2 if r == c and r else 0.0) for c in range(size)] for r in range(size)]
        for x, y in examples:
            p = body_model.probability(x, tuple(w))
            g, h = p - y, max(p * (1 - p), 1e-6)
            nz = [(k, v) for k, v in enumerate(x) if v]
            for k, v in nz:
                grad[k] += g * v
                row = hess[k]
                for c, u in nz:
                    row[c] += h * v * u
        for k in range(size):
            hess[k][k] += 1e-6
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def accuracy(w: list[float], examples: list[tuple[list[float], float]], threshold: float = THRESHOLD) -> float:
    right = sum((body_model.probability(x, tuple(w)) >= threshold) == bool(y) for x, y in examples)
    return right / max(1, len(examples))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=None, help="real-page corpus (its tuned dumps are used)")
    ap.add_argument("--probes", type=Path, default=Path("/tmp/tulieu_probes"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    pages = load_pages(args.corpus, args.probes)
    examples = [e for page in pages for e in page_examples(page)]
    w = fit(examples)
    print(f"{len(pages)} pages, {len(examples)} lines ({sum(y for _, y in examples):.0f} of the article); "
          f"line accuracy of the fit {accuracy(w, examples):.3f}")
    for name, value in sorted(zip(FEATURE_NAMES, w), key=lambda p: -abs(p[1])):
        print(f"  {name:20} {value:+.3f}")
    if not args.check:
        table = {"features": list(FEATURE_NAMES), "weights": [round(x, 5) for x in w], "threshold": THRESHOLD,
                 "trained_on": sorted({p.group for p in pages})}
        OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
