"""Entity extraction on the seed gold: P/R/F1 per kind, per-article misses, and time per article.

usage: .venv/bin/python benchmarks/entities.py [GOLD.jsonl] [--repeat N]
Feeds each gold title + body + optional paragraphs to extract_entities and scores with the
normalisation of shared/eval/score.py (key() and ALIASES).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(SHARED / "eval"))

from storage.extraction.entities import extract_entities, warm_up  # noqa: E402
from storage.extraction.entities.tokens import pos_tags, segment  # noqa: E402

try:
    from score import key  # noqa: E402  (shared scorer's normalisation)
except ImportError:  # scorer absent: plain casefold (aliases not folded: scores read lower)
    print(f"no scorer at {SHARED / 'eval'} (set TULIEU_SHARED): scoring without its aliases", file=sys.stderr)

    def key(s: str) -> str:
        return (s or "").casefold().strip()

FIELDS = {"person": "people", "organization": "organizations", "location": "locations"}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 20
    gold_path = Path(args[0]) if args and args[0].endswith(".jsonl") else SHARED / "corpus/seeds.gold.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    warm_up()
    print(f"warm-up (models, tables): {time.perf_counter() - t0:.2f} s")
    totals = {k: [0, 0, 0] for k in FIELDS}
    elapsed, chars = 0.0, 0
    for g in gold:
        paras = g["body"] + (g.get("optional") or [])
        ents = extract_entities(g["title"], paras)
        elapsed += _median_ms(g["title"], paras, repeat)
        chars += len(g["title"]) + sum(len(p) for p in paras)
        print(f"{g['file']}")
        for kind, field in FIELDS.items():
            pred = {key(e.name) for e in ents if e.kind == kind}
            want = {key(x) for x in g.get(field) or []}
            tp = len(pred & want)
            totals[kind][0] += tp
            totals[kind][1] += len(pred)
            totals[kind][2] += len(want)
            if pred != want:
                print(f"   {field}: missed={sorted(want - pred)} extra={sorted(pred - want)}")
        for e in ents:
            if e.kind == "person":
                print(f"   person {e.name!r} aliases={e.aliases} role={e.role!r} mentions={e.mentions}")
    for kind, (tp, npred, ngold) in totals.items():
        p = tp / npred if npred else 1.0
        r = tp / ngold if ngold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{FIELDS[kind]:14s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    n = len(gold)
    print(f"time (median of {repeat}, underthesea caches cleared): {elapsed / n:.1f} ms/article "
          f"(avg {chars / n / 1000:.1f} KB), {elapsed / chars * 1000:.2f} ms/KB")
    big = [p for g in gold[:3] for p in g["body"]]
    size = sum(len(p) for p in big) / 1000
    print(f"one {size:.1f} KB article (three seeds joined): {_median_ms('', big, repeat):.1f} ms")


def _median_ms(title: str, paras: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        segment.cache_clear()
        pos_tags.cache_clear()
        t0 = time.perf_counter()
        extract_entities(title, paras)
        runs.append((time.perf_counter() - t0) * 1000)
    return sorted(runs)[len(runs) // 2]


if __name__ == "__main__":
    main()
