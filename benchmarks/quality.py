"""Extraction quality and speed on the seed corpus: runs the extractor, then the shared score.py.

usage: python benchmarks/quality.py [CORPUS_DIR GOLD.jsonl]
(default: ../shared/corpus/seeds, then benchmarks/holdout, blind, blind2, blind3, blind4 and blind5 when there)
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.cli.cmd_extract import article_json  # noqa: E402
from storage.extraction import extract  # noqa: E402
from storage.readers import read_file  # noqa: E402

SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))


HOLDOUT = ROOT / "benchmarks" / "holdout"
BLIND = ROOT / "benchmarks" / "blind"  # written blind; its README records the first (blind) score
BLIND2 = ROOT / "benchmarks" / "blind2"  # the second blind set (txt, html and mhtml pages)
BLIND3 = ROOT / "benchmarks" / "blind3"  # the third blind set (dumps of today's outlets, menus on top)
BLIND4 = ROOT / "benchmarks" / "blind4"  # the fourth blind set (sapo tags, provincial and army papers)
BLIND5 = ROOT / "benchmarks" / "blind5"  # the fifth blind set (wrapped titles, name prefixes, anniversaries)


def main(argv: list[str]) -> int:
    if argv:
        return run(Path(argv[0]), Path(argv[1]) if len(argv) > 1 else Path(argv[0]) / "gold.jsonl")
    code = run(SHARED / "corpus" / "seeds", SHARED / "corpus" / "seeds.gold.jsonl")
    if (HOLDOUT / "holdout.gold.jsonl").exists():
        print("-- holdout --")
        code = run(HOLDOUT, HOLDOUT / "holdout.gold.jsonl") or code
    if (BLIND / "blind.gold.jsonl").exists():
        print("-- blind --")
        code = run(BLIND, BLIND / "blind.gold.jsonl") or code
    if (BLIND2 / "blind2.gold.jsonl").exists():
        print("-- blind2 --")
        code = run(BLIND2, BLIND2 / "blind2.gold.jsonl") or code
    if (BLIND3 / "blind3.gold.jsonl").exists():
        print("-- blind3 --")
        code = run(BLIND3, BLIND3 / "blind3.gold.jsonl") or code
    if (BLIND4 / "blind4.gold.jsonl").exists():
        print("-- blind4 --")
        code = run(BLIND4, BLIND4 / "blind4.gold.jsonl") or code
    if (BLIND5 / "blind5.gold.jsonl").exists():
        print("-- blind5 --")
        code = run(BLIND5, BLIND5 / "blind5.gold.jsonl") or code
    return code


def run(corpus: Path, gold: Path) -> int:
    """Extract every page of a corpus folder and score it against its gold file."""
    scorer = SHARED / "eval" / "score.py"
    files = sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.htm*")) + sorted(corpus.glob("*.mht*"))
    missing = [str(p) for p in (gold, scorer) if not p.exists()]
    if not files or missing:
        print(f"quality: corpus or scorer not found (corpus {corpus}, missing {missing or 'nothing'}); "
              "set TULIEU_SHARED to the shared folder", file=sys.stderr)
        return 1
    docs = [read_file(p) for p in files]
    warm = time.perf_counter()
    extract(docs[0])  # loads tables and models once; timed apart from the steady state
    warm = time.perf_counter() - warm
    started = time.perf_counter()
    articles = [extract(doc) for doc in docs]
    elapsed = time.perf_counter() - started
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for path, article in zip(files, articles):
            out.write(json.dumps(article_json(path, article), ensure_ascii=False) + "\n")
    result = subprocess.run([sys.executable, str(scorer), str(gold), out.name, "--detail"],
                            capture_output=True, text=True, check=False)
    os.unlink(out.name)
    print(result.stdout, end="")
    print(f"extract: {len(files)} articles, first call {warm * 1000:.0f} ms (loading), then "
          f"{elapsed / len(files) * 1000:.1f} ms/article incl. entities ({len(files) / elapsed:.0f} articles/s)")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
