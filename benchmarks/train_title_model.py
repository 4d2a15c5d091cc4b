"""Train the headline ranker (storage/extraction/title_model.py) and write resources/data/title_model.json.

usage: python benchmarks/train_title_model.py [--corpus /work/realpages] [--probes DIR] [--check | --check-outlets | --loo]
Pages: our own sets (benchmarks/holdout, blind*), the rendered probe pages (benchmarks/probes/render.py, --probes)
and, when built, the TUNED part of the real-page corpus (never the aside part). The seeds are never trained on
(they are the never-lower check). Each page's gold title marks its headline line; the model is
a listwise logistic ranker (softmax over the page's candidate lines) fitted by gradient descent (Adam), in plain Python.
--check prints leave-one-group-out accuracy (each set held out in turn) and writes nothing; --check-outlets
prints the accuracy on outlets never seen (outlets dealt into 6 folds; every page of a fold's outlets held
out, whatever set holds it); --loo retrains without each outlet in turn (all its pages, whatever set holds
them) and prints that outlet's accuracy beside the shipped weights' on the same pages.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from operator import mul
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.extraction.cleaning import page_lines  # noqa: E402
from storage.extraction.linefeatures import norm_key  # noqa: E402
from storage.extraction import title_model  # noqa: E402
from storage.extraction.title_model import FEATURE_NAMES, is_candidate, line_features, page_view  # noqa: E402
from storage.readers import read_file  # noqa: E402

SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))
OWN_SETS = ("holdout", "blind", "blind2", "blind3", "blind4", "blind5")
OUT = ROOT / "resources" / "data" / "title_model.json"
L2 = 0.01
STEPS = 400
RATE = 0.05  # Adam step size
BETAS = (0.9, 0.999)

Page = tuple[str, str, list[list[float]], list[float]]  # group, file, candidate features, 0/1 labels


def _gold_sets(corpus: Path | None, probes: Path | None = None) -> list[tuple[str, Path, Path]]:
    """(group name, folder, gold file) of every labelled set found; real pages: tuned dumps only."""
    sets = [(name, ROOT / "benchmarks" / name, ROOT / "benchmarks" / name / f"{name}.gold.jsonl") for name in OWN_SETS]
    if corpus is not None:
        sets.append(("realpages-tuned", corpus, corpus / "gold" / "tuned.dumps.gold.jsonl"))
    if probes is not None:
        sets.append(("probes", probes, probes / "expected.jsonl"))
    return [s for s in sets if s[2].exists()]


def page_matrix(path: Path, title: str) -> tuple[list[list[float]], list[float]] | None:
    """Candidate features and 0/1 labels of one page dump; None when its title is no line of it."""
    lines, noise = page_lines(read_file(path).text.splitlines())
    view = page_view(lines, noise)
    rows = [i for i in range(len(lines)) if is_candidate(view, i)]
    labels = [float(view.keys[i] == norm_key(title)) for i in rows]
    if not rows or not any(labels):
        return None
    features = [line_features(view, i) for i in rows]
    LINES[id(features)] = (lines, noise, norm_key(title))
    return features, labels


LINES: dict[int, tuple[list[str], list[str | None], str]] = {}  # id(rows) -> the page's lines, noise, gold key


def load_pages(corpus: Path | None, probes: Path | None = None) -> list[Page]:
    """(group, file, features, labels) for every text page with a gold title found among its lines."""
    pages = []
    for group, folder, gold_path in _gold_sets(corpus, probes):
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line) if line.strip() else None
            if gold and "name" in gold:  # a probe page: its rendered dump
                gold = {**gold, "file": f"{gold['name']}.txt", "outlet": f"probe kind {gold['kind']}"}
            if not gold or not gold["file"].endswith(".txt") or not (folder / gold["file"]).exists():
                continue
            found = page_matrix(folder / gold["file"], gold["title"])
            if found is None:
                print(f"skipped {group}/{gold['file']}: title not a candidate line", file=sys.stderr)
                continue
            pages.append((group, gold["file"], *found))
            OUTLETS[(group, gold["file"])] = page_outlet(group, gold)
    return pages


def page_outlet(group: str, gold: dict) -> str:
    """The page's outlet as the outlet table names it (gold outlet or domain, else the file name's outlet
    word: "h2_qdnd.txt"), so one outlet's pages meet whatever set holds them; the file itself when unknown."""
    from storage.extraction.outlets import by_domain, lookup  # noqa: PLC0415

    for label in (gold.get("outlet_domain"), gold.get("outlet")):
        outlet = label and (by_domain(label) or lookup(label))
        if outlet:
            return outlet.name
    if gold.get("outlet"):
        return gold["outlet"]
    for word in Path(gold["file"]).stem.split("_"):
        outlet = lookup(word) if len(word) >= 3 else None
        if outlet:
            return outlet.name
    return f"{group}/{gold['file']}"


OUTLETS: dict[tuple[str, str], str] = {}  # (group, file) -> the page's gold outlet (domain when known)


def check_by_outlet(pages: list[Page], folds: int = 6) -> None:
    """Outlet-grouped cross-validation: the outlets are dealt into `folds` groups (sorted, round robin) and
    each group's pages, whatever set holds them, are scored by weights fitted without any page of its
    outlets — the accuracy on outlets never seen; printed beside the fit on everything."""
    outlets = sorted({OUTLETS[(g, f)] for g, f, *_ in pages})
    fold_of = {outlet: k % folds for k, outlet in enumerate(outlets)}
    right, wrong = 0, []
    for fold in range(folds):
        held = [p for p in pages if fold_of[OUTLETS[(p[0], p[1])]] == fold]
        w = fit([p for p in pages if fold_of[OUTLETS[(p[0], p[1])]] != fold])
        lost = missed(w, held)
        right += len(held) - len(lost)
        wrong += lost
    print(f"outlets held out ({len(outlets)} outlets in {folds} folds): {right / len(pages):.3f} of {len(pages)}"
          f"  missed {wrong}")
    print(f"fitted on all pages: {accuracy(fit(pages), pages):.3f}")


def check_loo(pages: list[Page]) -> None:
    """Leave one outlet out: for each outlet, weights fitted without any of its pages score its pages; the
    shipped weights (trained on everything) on the same pages beside them. A probe kind (benchmarks/probes) counts as one outlet."""
    shipped = json.loads(OUT.read_text(encoding="utf-8"))
    old = shipped["weights"] if shipped.get("features") == list(FEATURE_NAMES) else None
    by_outlet: dict[str, list[Page]] = {}
    for page in pages:
        by_outlet.setdefault(OUTLETS[(page[0], page[1])], []).append(page)
    right = right_old = 0
    lost_all: list[str] = []
    print(f"{'outlet':34} pages  loo  shipped  missed (loo)")
    for outlet, held in sorted(by_outlet.items(), key=lambda item: (-len(item[1]), item[0])):
        w = fit([p for p in pages if OUTLETS[(p[0], p[1])] != outlet])
        lost = missed(w, held)
        lost_all += lost
        right += len(held) - len(lost)
        ship = accuracy(old, held) if old else float("nan")
        right_old += round(ship * len(held)) if old else 0
        print(f"{outlet[:34]:34} {len(held):5}  {1 - len(lost) / len(held):.2f}  {ship:.2f}     {lost}", flush=True)
    print(f"LOO {len(by_outlet)} outlets, {len(pages)} pages: {right / len(pages):.3f} ({right}/{len(pages)})"
          f"  shipped weights (fitted with them): {right_old / len(pages):.3f}")
    own = [p for p in pages if p[0] != "probes"]
    own_lost = [name for name in lost_all if not name.startswith("probes/")]
    print(f"LOO without the probe pages: {1 - len(own_lost) / max(len(own), 1):.3f} ({len(own) - len(own_lost)}/{len(own)})")


def _scores(w: list[float], rows: list[list[float]]) -> list[float]:
    return [sum(map(mul, row, w)) for row in rows]


_COLUMNS: dict[int, list[list[float]]] = {}  # id(rows) -> its columns (each page's features by feature)


def _columns(rows: list[list[float]]) -> list[list[float]]:
    found = _COLUMNS.get(id(rows))
    if found is None:
        found = _COLUMNS[id(rows)] = [list(col) for col in zip(*rows)]
    return found


def _gradient(w: list[float], pages: list[Page]) -> list[float]:
    """Gradient of the mean negative log softmax probability of the gold lines, plus the L2 term (each page's
    part summed by feature column: the same sum, in C loops)."""
    grad = [L2 * x for x in w]
    for _, _, rows, labels in pages:
        scores = _scores(w, rows)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        gold = sum(e for e, y in zip(exps, labels) if y)
        coefs = [(e / total - (e / gold if y else 0.0)) / len(pages) for e, y in zip(exps, labels)]
        for k, col in enumerate(_columns(rows)):
            grad[k] += sum(map(mul, coefs, col))
    return grad


def fit(pages: list[Page]) -> list[float]:
    """Weights maximising the softmax probability of each page's headline lines (L2-regularised, Adam)."""
    size = len(FEATURE_NAMES)
    w, m, v = [0.0] * size, [0.0] * size, [0.0] * size
    for step in range(1, STEPS + 1):
        grad = _gradient(w, pages)
        for k, g in enumerate(grad):
            m[k] = BETAS[0] * m[k] + (1 - BETAS[0]) * g
            v[k] = BETAS[1] * v[k] + (1 - BETAS[1]) * g * g
            unbiased_m, unbiased_v = m[k] / (1 - BETAS[0] ** step), v[k] / (1 - BETAS[1] ** step)
            w[k] -= RATE * unbiased_m / (math.sqrt(unbiased_v) + 1e-8)
    return w


def pick(w: list[float], rows: list[list[float]]) -> int:
    """The candidate rank_title chooses: the best score, the first line on a tie."""
    scores = _scores(w, rows)
    return scores.index(max(scores))


def missed(w: list[float], pages: list[Page]) -> list[str]:
    """Pages whose headline, as rank_title picks it with these weights (the ranker's best line, then its steps
    up to a headline above), is not a gold headline line."""
    title_model.load_weights.cache_clear()
    original = title_model.load_weights
    title_model.load_weights = lambda: tuple(w)
    try:
        lost = []
        for g, f, rows, _ in pages:
            lines, noise, gold = LINES[id(rows)]
            chosen = title_model.rank_title(lines, noise)
            if chosen is None or norm_key(lines[chosen]) != gold:
                lost.append(f"{g}/{f}")
        return lost
    finally:
        title_model.load_weights = original


def accuracy(w: list[float], pages: list[Page]) -> float:
    """Share of pages whose chosen candidate is a gold headline line."""
    return 1 - len(missed(w, pages)) / max(len(pages), 1)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=None, help="built real-page corpus (tuned dumps are used)")
    ap.add_argument("--check", action="store_true", help="leave-one-group-out accuracy; write nothing")
    ap.add_argument("--probes", type=Path, default=None, help="rendered probe pages (benchmarks/probes/render.py)")
    ap.add_argument("--l2", type=float, default=L2, help=f"L2 weight (default {L2})")
    ap.add_argument("--loo", action="store_true", help="leave one outlet out, per outlet; write nothing")
    ap.add_argument("--check-outlets", action="store_true", help="accuracy on unseen outlets (6 outlet folds); write nothing")
    args = ap.parse_args(argv)
    globals()["L2"] = args.l2
    pages = load_pages(args.corpus, args.probes)
    groups = sorted({g for g, *_ in pages})
    print(f"{len(pages)} pages in {len(groups)} groups: {', '.join(groups)}")
    if args.loo:
        check_loo(pages)
        return 0
    if args.check_outlets:
        check_by_outlet(pages)
        return 0
    if args.check:
        for group in groups:
            w = fit([p for p in pages if p[0] != group])
            held = [p for p in pages if p[0] == group]
            print(f"held out {group}: {accuracy(w, held):.3f} of {len(held)}  missed {missed(w, held)}")
        return 0
    w = fit(pages)
    print(f"training accuracy {accuracy(w, pages):.3f}  missed {missed(w, pages)}")
    table = {"features": list(FEATURE_NAMES), "weights": [round(float(v), 4) for v in w],
             "trained_on": {g: sum(1 for p in pages if p[0] == g) for g in groups}}
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
