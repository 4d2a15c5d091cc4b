"""Import throughput: N distinct pages built from the seeds, imported through the whole pipeline.

Usage: .venv/bin/python benchmarks/import_throughput.py [--count 500] [--profile]
       .venv/bin/python benchmarks/import_throughput.py --count 5000 --compare [--old ../main] [--rounds 2]
Each page is a seed with its body paragraphs shuffled, one sometimes dropped, and a numbered
sentence appended, so dedup stores every one. Pages are written to a temp folder and imported
with storage.ingest.ingest into a fresh archive. Prints articles/s and peak RSS; --profile adds
the time per stage (read, extract, dedup, store) and the top functions.
--compare imports the same files in fresh child processes, alternating: this code with one worker
process per core, this code serial (workers=1), and with --old the storage/ of another checkout
(e.g. the main branch); each prints articles/s, CPU milliseconds per article in the importing process and in its workers
(on a machine busy with other work, wall-clock gains need idle cores: with W free cores the parallel
import is bounded by the larger of the importing process's CPU and the workers' CPU / W), the
importing process's peak RSS, its largest worker's, and the peak of all its processes together (sampled
every 50 ms), with the load average before and after each import.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import subprocess
import os
import pstats
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.archive import Archive  # noqa: E402
from storage.ingest import ingest  # noqa: E402

SEEDS = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared")) / "corpus" / "seeds"
SENTENCE_END = re.compile(r"[.!?…\"”)]\s*$")


def _is_body(line: str) -> bool:
    return len(line.split()) >= 20 and bool(SENTENCE_END.search(line))


def variant(text: str, number: int, rng: random.Random) -> str:
    """A seed page with its body paragraphs permuted, maybe one dropped, and a numbered sentence."""
    lines = text.splitlines()
    slots = [i for i, line in enumerate(lines) if _is_body(line)]
    if not slots:
        return text + f"\nBản tin bổ sung số {number} được cập nhật trong ngày.\n"
    paragraphs = [lines[i] for i in slots]
    rng.shuffle(paragraphs)
    if len(paragraphs) > 3 and rng.random() < 0.5:
        paragraphs[rng.randrange(len(paragraphs))] = ""
    # The numbered sentence goes into every kept paragraph: whichever the extractor keeps, it differs.
    paragraphs = [p and f"{p} Bản tin bổ sung số {number} được cập nhật trong ngày." for p in paragraphs]
    for slot, paragraph in zip(slots, paragraphs):
        lines[slot] = paragraph
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int) -> list[Path]:
    """Write `count` distinct pages derived from the seeds into folder."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        sys.exit(f"no seeds at {SEEDS} (set TULIEU_SHARED)")
    rng = random.Random(2024)
    paths = []
    for number in range(count):
        path = folder / f"page_{number:05d}.txt"
        path.write_text(variant(seeds[number % len(seeds)], number, rng), encoding="utf-8")
        paths.append(path)
    return paths


def stage_times(profile: cProfile.Profile) -> dict[str, float]:
    """Cumulative seconds in each pipeline stage, from the profile."""
    stages = {"read_file": "read", "extract": "extract", "find_duplicate": "dedup", "add_article": "store"}
    stats = pstats.Stats(profile)
    out: dict[str, float] = {}
    for (filename, _, name), (_, _, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if name in stages and "storage" in filename:
            out[stages[name]] = max(out.get(stages[name], 0.0), cumulative)
    return out


CHILD = """
import json, os, resource, sys, threading, time
sys.path.insert(0, sys.argv[1])
from storage.archive import Archive
from storage.ingest import ingest


def tree_rss_mb():
    # this process and every descendant (import workers, multiprocessing's helper), resident now
    pids, total = [os.getpid()], 0
    while pids:
        pid = pids.pop()
        try:
            total += int([l for l in open(f"/proc/{pid}/status") if l.startswith("VmRSS")][0].split()[1])
            for task in os.listdir(f"/proc/{pid}/task"):
                pids += [int(c) for c in open(f"/proc/{pid}/task/{task}/children").read().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total / 1024


peak = [0.0]
done = threading.Event()


def sample():
    while not done.wait(0.05):
        peak[0] = max(peak[0], tree_rss_mb())


if __name__ == "__main__":
    kwargs = {} if sys.argv[4] == "default" else {"workers": int(sys.argv[4])}
    threading.Thread(target=sample, daemon=True).start()
    with Archive.open(sys.argv[3]) as archive:
        started = time.perf_counter()
        report = ingest(archive, [sys.argv[2]], **kwargs)
        elapsed = time.perf_counter() - started
    done.set()
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"elapsed": elapsed, "imported": len(report.imported), "failed": len(report.failed),
                      "peak_mb": int(hwm) / 1024, "worker_peak_mb": workers.ru_maxrss / 1024, "all_peak_mb": peak[0],
                      "cpu_main": own.ru_utime + own.ru_stime, "cpu_workers": workers.ru_utime + workers.ru_stime}))
"""


def run_child(code_root: Path, folder: Path, archive: Path, workers: str) -> dict:
    """Import folder into a fresh archive in a child process running code_root's storage/."""
    script = folder.parent / "import_child.py"  # a file, not -c: spawned workers re-import the main module
    script.write_text(CHILD, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(code_root), str(folder), str(archive), workers],
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": ""})
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(folder: Path, tmp: Path, old: Path | None, rounds: int, serial: bool = True) -> None:
    """Old and new imports of the same files, alternating, each in a fresh process and archive."""
    variants = [("parallel (this code, 1 worker per core)", ROOT, "default")]
    if serial:
        variants.append(("serial (this code, workers=1)", ROOT, "1"))
    if old is not None:
        variants.append((f"old ({old})", old.resolve(), "default"))
    for round_ in range(rounds):
        rates = {}
        for number, (name, root, workers) in enumerate(variants):
            load = os.getloadavg()[0]
            figures = run_child(root, folder, tmp / f"cmp-{round_}-{number}.sqlite", workers)
            n = figures["imported"]
            rates[name] = n / figures["elapsed"]
            print(f"round {round_ + 1}  {name:<42} {n / figures['elapsed']:6.1f} articles/s  "
                  f"({n} in {figures['elapsed']:.1f} s, load {load:.1f}-{os.getloadavg()[0]:.1f})  CPU ms/article: "
                  f"importing process {figures['cpu_main'] / n * 1000:.1f}, workers {figures['cpu_workers'] / n * 1000:.1f}"
                  f", total {(figures['cpu_main'] + figures['cpu_workers']) / n * 1000:.1f}  peak RSS: importing process "
                  f"{figures['peak_mb']:.0f} MB, largest worker {figures['worker_peak_mb']:.0f} MB, all processes "
                  f"together {figures['all_peak_mb']:.0f} MB", flush=True)
        if old is not None:
            print(f"round {round_ + 1}  parallel / old: {rates[variants[0][0]] / rates[variants[-1][0]]:.2f}x", flush=True)


def main() -> None:
    """Build the corpus, import it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--old", type=Path, help="with --compare: a checkout whose import to time alongside")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-serial", action="store_true", help="with --compare: skip the serial import")
    args = parser.parse_args()
    if args.compare:
        with tempfile.TemporaryDirectory(prefix="tulieu-bench-") as tmp:
            folder = Path(tmp) / "pages"
            folder.mkdir()
            write_corpus(folder, args.count)
            print(f"{args.count} files; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            compare(folder, Path(tmp), args.old, args.rounds, not args.no_serial)
        return
    with tempfile.TemporaryDirectory(prefix="tulieu-bench-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        write_corpus(folder, args.count)
        profile = cProfile.Profile() if args.profile else None
        with Archive.open(Path(tmp) / "bench.sqlite") as archive:
            started = time.perf_counter()
            if profile:
                profile.enable()
            report = ingest(archive, [folder])
            if profile:
                profile.disable()
            elapsed = time.perf_counter() - started
            stored = archive.count()
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"files: {args.count}  imported: {len(report.imported)}  duplicates: {len(report.duplicates)}  "
              f"failed: {len(report.failed)}  stored: {stored}")
        print(f"time: {elapsed:.2f} s  throughput: {len(report.imported) / elapsed:.1f} articles/s  "
              f"peak RSS: {peak_kb / 1024:.0f} MB" + ("  (profiled: slower)" if profile else ""))
        if profile:
            print("stage seconds:", {k: round(v, 2) for k, v in stage_times(profile).items()})
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
