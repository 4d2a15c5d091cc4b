"""Extraction quality and speed on the seed corpus: runs the extractor, then the shared score.py.

usage: python benchmarks/quality.py [CORPUS_DIR GOLD.jsonl] [--real-parts=tuned,aside]
(default: ../shared/corpus/seeds, then benchmarks/holdout, blind, blind2, blind3, blind4 and blind5 when there,
then the real-page corpus — tuned and aside parts, dumps and HTML, ours and trafilatura — from
benchmarks/realpages/.corpus or $TULIEU_REALPAGES; skipped with a message when it is not built)
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
REALPAGES = ROOT / "benchmarks" / "realpages" / ".corpus"  # built by benchmarks/realpages/build_corpus.py


# Our own sets: the holdout was tuned on; each blind set's README records its first, blind score.
OWN_SETS = ("holdout", "blind", "blind2", "blind3", "blind4", "blind5")


def main(argv: list[str]) -> int:
    parts = ("tuned", "aside")
    for arg in [a for a in argv if a.startswith("--real-parts=")]:
        parts = tuple(p for p in arg.split("=", 1)[1].split(",") if p in ("tuned", "aside"))
        argv = [a for a in argv if a != arg]
    if argv:
        return run(Path(argv[0]), Path(argv[1]) if len(argv) > 1 else Path(argv[0]) / "gold.jsonl")
    code = run(SHARED / "corpus" / "seeds", SHARED / "corpus" / "seeds.gold.jsonl")
    for name in OWN_SETS:
        folder = ROOT / "benchmarks" / name
        if (folder / f"{name}.gold.jsonl").exists():
            print(f"-- {name} --")
            code = run(folder, folder / f"{name}.gold.jsonl") or code
    real_pages(Path(os.environ.get("TULIEU_REALPAGES", REALPAGES)), parts)
    return code


def real_pages(corpus: Path, parts: tuple[str, ...] = ("tuned", "aside")) -> None:
    """Ours and trafilatura on the real-page corpus, tuned and aside parts, dumps and HTML (summaries only)."""
    print("-- real pages (benchmarks/realpages) --")
    if not (corpus / "gold").is_dir():
        print(f"real pages: corpus not built at {corpus} (run benchmarks/realpages/build_corpus.py, or set "
              "TULIEU_REALPAGES); skipped")
        return
    sys.path.insert(0, str(ROOT / "benchmarks" / "realpages"))
    import score_realpages  # noqa: PLC0415 - a benchmark script beside this one, loaded only when the corpus is there

    for split in parts:
        for kind in ("dumps", "html"):
            gold_path = corpus / "gold" / f"{split}.{kind}.gold.jsonl"
            if not gold_path.exists():
                print(f"real pages: {gold_path} missing; skipped")
                continue
            files = score_realpages.gold_files(gold_path, corpus)
            score_realpages.score(f"ours {split} {kind}", gold_path, score_realpages.ours(files), False)
            score_realpages.score(f"ours imported in sequence {split} {kind}", gold_path,
                                  score_realpages.ours_imported(files), False)  # outlet furniture learnt on the way
            score_realpages.score(f"trafilatura {split} {kind}", gold_path,
                                  score_realpages.trafilatura_preds(files), False)


def run(corpus: Path, gold: Path) -> int:
    """Extract every page of a corpus folder and score it against its gold file."""
    scorer = SHARED / "eval" / "score.py"
    files = sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.htm*")) + sorted(corpus.glob("*.mht*"))
    missing = [str(p) for p in (gold, scorer) if not p.exists()]
    if gold.exists():  # only the gold's articles: a folder may hold several parts (realtext's tuned, aside, dev)
        named = {json.loads(line)["file"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()}
        files = [p for p in files if p.name in named]
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
