"""What per-outlet furniture gives when pages are imported one after the other into a new archive.

Usage: python benchmarks/furniture_sequence.py [DIR GOLD]   (default: benchmarks/holdout and benchmarks/blind*)
Each set is scored twice by shared/eval/score.py: pages extracted alone (as benchmarks/quality.py does), and
pages imported in file order into a fresh archive, so that each page is cleaned with the furniture learnt
from the earlier pages of its outlet. Prints both SUMMARY lines and how many pages the furniture changed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.archive import Archive  # noqa: E402
from storage.cli.cmd_extract import article_json  # noqa: E402
from storage.extraction import extract  # noqa: E402
from storage.ingest import ingest  # noqa: E402
from storage.readers import read_file  # noqa: E402

SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))
OWN_SETS = ("holdout", "blind", "blind2", "blind3", "blind4", "blind5")


def files_of(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt")) + sorted(folder.glob("*.htm*")) + sorted(folder.glob("*.mht*"))


def imported(files: list[Path]) -> list[dict]:
    """The pages imported one by one into a new archive, read back."""
    with tempfile.TemporaryDirectory() as folder, Archive.open(Path(folder) / "seq.tulieu") as archive:
        out = []
        for path in files:
            report = ingest(archive, [path], workers=1)
            ids = [i for _, i in report.imported + report.duplicates]
            out.append(article_json(path, archive.get(ids[0])) if ids else {"file": path.name})
        return out


def summary(gold: Path, preds: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        out.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in preds)
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), out.name],
                            capture_output=True, text=True, check=False)
    os.unlink(out.name)
    return next((ln for ln in result.stdout.splitlines() if ln.startswith("SUMMARY")), result.stdout[-200:])


def run(folder: Path, gold: Path) -> None:
    files = files_of(folder)
    alone = [article_json(path, extract(read_file(path))) for path in files]
    seq = imported(files)
    changed = sum(a.get("body") != s.get("body") or a.get("title") != s.get("title") for a, s in zip(alone, seq))
    print(f"-- {folder.name}: {len(files)} pages, furniture changed {changed} --")
    print("alone    ", summary(gold, alone))
    print("imported ", summary(gold, seq))


def main(argv: list[str]) -> int:
    if argv:
        run(Path(argv[0]), Path(argv[1]))
        return 0
    for name in OWN_SETS:
        folder = ROOT / "benchmarks" / name
        run(folder, folder / f"{name}.gold.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
