"""Body start / end / F1 of page dumps on outlets a learned component never saw (issue #8).

usage: python benchmarks/realpages/leave_one_outlet_out.py [--corpus /work/corpus44] [--probes /tmp/tulieu_probes]
       [--thresholds 0.5,0.3] [--detail]
Each outlet of the tuned real pages is a fold; the other pages (own sets, probe pages) are dealt by outlet into
six more folds. The body-end vote (storage/extraction/body_model.py) is trained on every fold but one and scored
on the pages of that one, beside the rules alone and the unlearned alternative (lines that are not prose under
the last long paragraph removed) on the same pages. The hand rules cannot be left out: they were written from
the tuned pages; their figure on the own sets and the probes is the figure on material they were not written
from. Never the aside part (not loaded: only the tuned gold file is read); the seeds are scored, never trained on.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

import storage.extraction as extraction  # noqa: E402
from benchmarks.realpages.score_realpages import _own_paragraphs, same_paragraph  # noqa: E402
from benchmarks.train_body_model import (BLIND_SPAN, Page, fit, load_pages, page_examples,  # noqa: E402
                                         unknown_furniture)
from storage.cli.cmd_extract import article_json  # noqa: E402
from storage.extraction import body_model, cleaning  # noqa: E402
from storage.extraction.linefeatures import ends_sentence, words  # noqa: E402
from storage.extraction.outlets import lookup, primary_domain  # noqa: E402
from storage.extraction.titles import is_headline_like  # noqa: E402
from storage.readers import read_file  # noqa: E402

SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))
OTHER_FOLDS = 6
PROSE_MIN_WORDS = 8  # the unlearned alternative: a line under this many words is not prose


def _shared_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _shared_scorer()


def outlet_key(page: Page) -> str:
    """The outlet as a domain when the outlet table knows it, so a tuned outlet's style pages leave with it."""
    if page.outlet.startswith("probe:") or "." in page.outlet:
        return page.outlet
    found = lookup(page.outlet)
    return (primary_domain(found) or page.outlet) if found else page.outlet


def not_prose_tail(lines: list[str], noise: list[str | None], blocks: list) -> int:
    """The unlearned alternative: under the last long paragraph, remove from the end up the kept lines that are
    not prose (no sentence end, headline-shaped, or under PROSE_MIN_WORDS words), stopping at the first prose;
    with the vote's guards (a line above a credit stays; no removal when the text ends with kept lines)."""
    anchor = body_model.anchor_index(lines, blocks)
    kept = [] if anchor is None else [i for i in range(anchor + 1, len(blocks)) if blocks[i].role == "body"]
    if not kept or len(kept) > body_model.MAX_VETO or kept[-1] == len(lines) - 1:
        return 0  # the vote's own guards, so that the two differ only in how a line is judged
    removed = 0
    for i in reversed(kept):
        line = lines[i]
        if i + 1 < len(lines) and body_model.is_credit(lines[i + 1]):
            break
        if ends_sentence(line) and not is_headline_like(line) and len(words(line)) >= PROSE_MIN_WORDS:
            break
        blocks[i].role, blocks[i].reason = "removed", "related-list"
        removed += 1
    return removed


def run(page: Page, mode: str, model: tuple[tuple[float, ...], float] = ((), 0.0), blind: int = 0) -> dict:
    """Predicted JSON of one page: mode "rules" (no vote), "vote" (the given model), "prose" (the alternative);
    `blind`: the rules know none of that many lines of furniture under the article (unknown_furniture)."""
    saved_load, saved_vote = body_model.load_model, cleaning.vote_tail
    body_model.load_model = lambda: model if mode == "vote" else ((), 0.0)
    if mode == "prose":
        cleaning.vote_tail = not_prose_tail
    try:
        with unknown_furniture(page.end if blind else None, blind):
            return article_json(page.path, extraction.extract(read_file(page.path)))
    finally:
        body_model.load_model, cleaning.vote_tail = saved_load, saved_vote


def measure(page: Page, pred: dict) -> tuple[bool, bool, float | None]:
    body = _own_paragraphs(pred)
    start = bool(body) and same_paragraph(body[0], page.start)
    end = bool(body) and same_paragraph(body[-1], page.end)
    f1 = None
    if page.body is not None:
        f1 = SCORER.body_scores({"body": page.body, "optional": page.optional}, pred)[2]
    return start, end, f1


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / ".corpus")
    ap.add_argument("--probes", type=Path, default=Path("/tmp/tulieu_probes"))
    ap.add_argument("--thresholds", default="0.5")
    ap.add_argument("--spans", default=str(BLIND_SPAN),
                    help="comma-separated counts of lines under the article the rules are made blind to")
    ap.add_argument("--detail", action="store_true", help="print every page the runs disagree on")
    args = ap.parse_args(argv)
    extraction._set_entities = lambda article: None  # entities play no part in the body boundary
    pages = load_pages(args.corpus, args.probes)
    tuned = sorted({outlet_key(p) for p in pages if p.group == "tuned"})
    others = sorted({outlet_key(p) for p in pages} - set(tuned))
    fold_of = {o: o for o in tuned} | {o: f"other-{k % OTHER_FOLDS}" for k, o in enumerate(others)}
    examples = {id(p): page_examples(p) for p in pages}
    thresholds = [float(t) for t in args.thresholds.split(",")]
    modes = ["rules", "prose"] + [f"vote@{t}" for t in thresholds]
    for blind in [0] + [int(n) for n in args.spans.split(",")]:
        condition = f"the furniture under the article unknown to the rules (its first {blind} lines)"
        print(f"\n== {condition if blind else 'pages as they are'}")
        table(pages, fold_of, examples, modes, blind, args.detail)
    return 0


def table(pages: list[Page], fold_of: dict[str, str], examples: dict, modes: list[str], blind: int,
          detail: bool) -> None:
    results: dict[str, dict[str, list]] = {m: defaultdict(list) for m in modes}  # mode -> row -> measures
    for fold in sorted(set(fold_of.values())):
        held = [p for p in pages if fold_of[outlet_key(p)] == fold]
        weights = tuple(fit([e for p in pages if fold_of[outlet_key(p)] != fold for e in examples[id(p)]]))
        for page in held:
            row = fold if page.group == "tuned" else page.group
            got = {}
            for mode in modes:
                model = (weights, float(mode.split("@")[1])) if mode.startswith("vote") else ((), 0.0)
                pred = run(page, mode.split("@")[0], model, blind)
                got[mode] = measure(page, pred)
                results[mode][row].append(got[mode])
                results[mode]["ALL tuned" if page.group == "tuned" else "ALL own+probes"].append(got[mode])
            if detail and len({m[:2] for m in got.values()}) > 1:
                print(f"  {page.group}/{page.path.name}: " + "  ".join(f"{m} s={int(v[0])} e={int(v[1])}"
                                                                 for m, v in got.items()))
    rows = sorted(results["rules"], key=lambda r: (r.startswith("ALL"), r))
    print(f"{'held out':24} {'pages':>5}  " + "  ".join(f"{m + ' start/end/F1':>26}" for m in modes))
    for row in rows:
        cells = []
        for mode in modes:
            got = results[mode][row]
            f1s = [f for _, _, f in got if f is not None]
            f1 = f"{sum(f1s) / len(f1s):.3f}" if f1s else "  -  "
            cells.append(f"{sum(s for s, _, _ in got) / len(got):.3f} {sum(e for _, e, _ in got) / len(got):.3f} {f1}")
        print(f"{row:24} {len(results['rules'][row]):5}  " + "  ".join(f"{c:>26}" for c in cells))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
