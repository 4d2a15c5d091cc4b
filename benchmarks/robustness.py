"""The hostile set of issue #9: >= 60 bad inputs and >= 30 fault scenarios against real archives.

Usage: .venv/bin/python benchmarks/robustness.py [--quick]
Prints runs, tracebacks, hangs, data-loss cases and archives failing integrity_check (each must be 0).
Disk-full and read-only-medium scenarios need root (a small tmpfs); they are skipped otherwise.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "robustness"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bad_inputs import PAGE, make_bad_inputs  # noqa: E402
from faults import SCENARIOS  # noqa: E402
from harness import Tally, cli, integrity_ok, kept, raised, snapshot  # noqa: E402

from storage.archive import Archive  # noqa: E402
from storage.ingest import ingest  # noqa: E402


def base_archive(folder: Path) -> Path:
    """A small archive of five good pages written for this benchmark."""
    pages = []
    for n, place in enumerate(("Quảng Ninh", "Hải Phòng", "Nam Định", "Thanh Hóa", "Nghệ An")):
        path = folder / f"tot_{n}.txt"
        path.write_text(PAGE.replace("Tỉnh ven biển", f"Tỉnh {place}"), encoding="utf-8")
        pages.append(path)
    archive = folder / "goc.sqlite"
    with Archive.open(archive) as opened:
        ingest(opened, pages)
    return archive


def run_bad_inputs(base: Path, work: Path, tally: Tally) -> int:
    """Import each bad input alone into a copy of the base archive; then extract them all at once."""
    files = make_bad_inputs(work / "bad")
    archive = work / "bad_import.sqlite"
    shutil.copy(base, archive)
    for path in files:
        before = snapshot(archive)
        result = cli("import", str(path), "--archive", str(archive))
        tally.add(f"import {path.name}", traceback=raised(result), hang=result is None,
                  lost=not kept(before, archive), damaged=not integrity_ok(archive))
    result = cli("extract", *map(str, files[:-3]))
    tally.add("extract all", traceback=raised(result), hang=result is None)
    return len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fault scenarios only")
    args = parser.parse_args()
    started = time.monotonic()
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="tulieu-robust-") as tmp:
        work = Path(tmp)
        base = base_archive(work)
        inputs = 0 if args.quick else run_bad_inputs(base, work, tally)
        input_runs = tally.runs
        for name, fn in SCENARIOS:
            fn(base, work / "faults", tally)
    print(f"bad inputs: {inputs} ({input_runs} runs); fault scenarios: {tally.runs - input_runs} runs "
          f"in {len(SCENARIOS)} groups")
    print(f"runs: {tally.runs}")
    print(f"tracebacks: {tally.tracebacks}")
    print(f"hangs: {tally.hangs}")
    print(f"data-loss cases: {tally.data_loss}")
    print(f"archives failing integrity_check: {tally.integrity}")
    print(f"time: {time.monotonic() - started:.0f} s")
    for note in tally.notes:
        print(f"  {note}")
    return 0 if not (tally.tracebacks or tally.hangs or tally.data_loss or tally.integrity) else 1


if __name__ == "__main__":
    sys.exit(main())
