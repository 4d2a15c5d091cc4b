"""What decides a page's outlet: a general shape (the page naming itself, its domain, its copyright) or an
entry written for that outlet only (resources/data/outlet_cues.json: lead tags, menu items). Prints, per set,
the deciding step of metadata.find_outlet for each page and the outlet score with the per-outlet cues and
without them (a page that is right only with them is memorised, not generalised).

usage: python benchmarks/realpages/outlet_basis.py [--corpus /work/corpus44] [--sets tuned,holdout,blind...] [-v]
Real pages: TUNED part only (dumps and HTML); never the aside part.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import storage.extraction.metadata as metadata  # noqa: E402
import storage.extraction.outlet_frame as outlet_frame  # noqa: E402
import storage.extraction.outlets as outlets  # noqa: E402
from storage.extraction import extract  # noqa: E402
from storage.readers import read_file  # noqa: E402

SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(SHARED / "eval"))
STEPS = ("from_lead_prefix", "from_copyright", "from_domain_mentions", "from_masthead", "from_name_mentions",
         "from_page_frame", "from_frame_cues")
CACHED = ("load_outlets", "_index", "_folded_index", "_exact_index", "_names_re", "_exact_names", "_deepest_domain")
CALLS: list[tuple[str, object]] = []


def _record(name: str, original):
    def wrapper(*args, **kwargs):
        found = original(*args, **kwargs)
        CALLS.append((name, found[0] if isinstance(found, tuple) else found))
        return found
    return wrapper


def _traced_find_outlet(original):
    def wrapper(article, cleaned, meta):
        CALLS.clear()
        outlet, origin = original(article, cleaned, meta)
        CALLS.append(("origin:" + origin, outlet))
        return outlet, origin
    return wrapper


def decided_by() -> str:
    """The step whose finding find_outlet returned (the copyright overrides a lead tag)."""
    origin = next((name for name, _ in CALLS if name.startswith("origin:")), "")
    if origin == "origin:html-meta":
        return "html meta (site name / url)"
    found = [(name, value) for name, value in CALLS if value is not None and not name.startswith("origin:")]
    copyright_found = [name for name, _ in found if name == "from_copyright"]
    if copyright_found:
        return "from_copyright"
    return found[0][0] if found else "none"


def set_cues(on: bool) -> None:
    """Per-outlet cues (outlet_cues.json) in or out; every cache built from them is cleared."""
    for module in (outlets, outlet_frame):
        module.optional_table = ORIGINAL_TABLE if on else (lambda name: {})
    for name in CACHED:
        getattr(outlets, name).cache_clear()
    outlets.from_lead_prefix.cache_clear()
    outlet_frame._cues.cache_clear()


ORIGINAL_TABLE = outlets.optional_table


def outlet_ok(gold: dict, pred: str | None, source: str | None) -> bool:
    """As the shared score.py: the outlet, or the source, names the gold outlet."""
    from score import key  # noqa: PLC0415 - the shared scorer's normaliser
    if gold.get("outlet") is None and gold.get("source") is None:
        return True
    wanted = {key(gold.get("outlet")), key(gold.get("source")), key(gold.get("outlet_domain"))}
    for value in (pred, source):
        k = key(value)
        if k and (k in wanted or key(gold.get("outlet") or "#") in k or k in key(gold.get("outlet") or "#")):
            return True
    return False


def sets(corpus: Path, names: list[str]) -> list[tuple[str, Path, Path]]:
    found = []
    for name in names:
        if name == "tuned":
            found += [(f"tuned {kind}", corpus, corpus / "gold" / f"tuned.{kind}.gold.jsonl") for kind in ("dumps", "html")]
        else:
            found.append((name, ROOT / "benchmarks" / name, ROOT / "benchmarks" / name / f"{name}.gold.jsonl"))
    return found


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get("TULIEU_REALPAGES", "/work/corpus44")))
    ap.add_argument("--sets", default="tuned,holdout,blind,blind2,blind3,blind4,blind5")
    ap.add_argument("-v", action="store_true", help="one line per page")
    args = ap.parse_args(argv)
    for name in STEPS:
        setattr(metadata, name, _record(name, getattr(metadata, name)))
    metadata.find_outlet = _traced_find_outlet(metadata.find_outlet)
    for label, folder, gold_path in sets(args.corpus, [s for s in args.sets.split(",") if s != "aside"]):
        golds = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        steps: Counter[str] = Counter()
        right = {True: 0, False: 0}
        only_with_cues = []
        for gold in golds:
            path = folder / gold["file"]
            results = {}
            for on in (True, False):
                set_cues(on)
                article = extract(read_file(path))
                if on:
                    step = decided_by()
                results[on] = outlet_ok(gold, article.outlet, article.source)
                right[on] += results[on]
            set_cues(True)
            steps[step] += 1
            if results[True] and not results[False]:
                only_with_cues.append(gold["file"])
            if args.v:
                print(f"  {gold['file']:40} {step:28} cues={'ok' if results[True] else 'BAD'} "
                      f"no-cues={'ok' if results[False] else 'BAD'}")
        n = max(len(golds), 1)
        print(f"{label}: {len(golds)} pages  outlet with cues {right[True] / n:.3f}  without {right[False] / n:.3f}"
              f"  right only with a per-outlet cue: {only_with_cues}")
        print("   decided by: " + ", ".join(f"{k} {v}" for k, v in steps.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
