"""The importing process alone: CPU per article of ingest() fed with files prepared ahead, as workers send them.

Usage: .venv/bin/python benchmarks/importer_cpu.py [--count 1000] [--statements]
The benchmark pages (import_throughput's seed variants) are read and extracted once here, pickled four per
chunk as an import worker sends them (not timed); then ingest() stores them into a fresh archive with
its workers replaced by those chunks, unpickled on demand. Prints the importing process's CPU
(time.process_time) per article, split by stage; --statements adds the CPU of each SQL statement.
On a machine busy with other work every figure grows (shared caches): compare two checkouts in the same
minutes, alternating, or count instructions (valgrind --tool=cachegrind, with and without the import).
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import pickle
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.import_throughput import write_corpus  # noqa: E402
import storage.ingest as ingest_module  # noqa: E402
from storage.archive import Archive  # noqa: E402
from storage.archive.backends.sqlite import SqliteConnection  # noqa: E402
from storage.ingest_parallel import _warm, prepare_many  # noqa: E402

SPENT: defaultdict[str, float] = defaultdict(float)
COUNTED: defaultdict[str, int] = defaultdict(int)


@contextlib.contextmanager
def timed(label: str):
    start = time.process_time()
    try:
        yield
    finally:
        SPENT[label] += time.process_time() - start


def timing(owner, name: str, label: str) -> None:
    """Wrap owner.name so that its CPU time adds to SPENT[label]."""
    function = getattr(owner, name)

    def wrapped(*args, **kwargs):
        with timed(label):
            return function(*args, **kwargs)
    setattr(owner, name, wrapped)


def count_statements() -> None:
    """Time every statement of the archive's connections by its text."""
    for method in ("execute", "executemany"):
        def wrapped(self, sql, *args, _base=getattr(sqlite3.Connection, method)):
            key = " ".join(sql.split())[:100]
            COUNTED[key] += 1
            with timed("sql: " + key):
                return _base(self, sql, *args)
        setattr(SqliteConnection, method, wrapped)


class Chunks:
    """Stands for ingest_parallel.Ahead: the prepared files, unpickled chunk by chunk as they are asked for."""

    def __init__(self, chunks: list[bytes], redone: dict[str, bytes]):
        self._items = (item for chunk in chunks for item in pickle.loads(chunk))
        self._redone = redone

    def __iter__(self) -> "Chunks":
        return self

    def __next__(self):
        with timed("unpickle worker results"):
            return next(self._items)

    def redo(self, path, first_body, furniture, detect_stories):
        """A second extraction, done ahead (a worker's, not the importing process's)."""
        return pickle.loads(self._redone[str(path)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--statements", action="store_true", help="the CPU of each SQL statement too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        files = write_corpus(folder, args.count)
        _warm()
        chunks = [pickle.dumps(prepare_many(files[i:i + 4], True)) for i in range(0, len(files), 4)]
        redone = redo_ahead(files, chunks, Path(tmp))
        SPENT.clear()
        gc.collect()
        gc.freeze()  # the extractor's tables loaded here, which an importing process does not hold, out of the collector's way
        ingest_module.prepared_ahead = lambda *_args, **_kwargs: contextlib.nullcontext(Chunks(chunks, redone))
        for owner, name, label in stages():
            timing(owner, name, label)
        with Archive.open(Path(tmp) / "timed.sqlite") as archive:
            if args.statements:
                count_statements()
            start = time.process_time()
            report = ingest_module.ingest(archive, files)
            spent = time.process_time() - start
    print(f"{len(report.imported)} imported: importing process {1000 * spent / args.count:.3f} ms CPU/article")
    for label, seconds in sorted(SPENT.items(), key=lambda item: -item[1])[:40]:
        calls = f"  ({COUNTED[label[5:]] / args.count:.2f}/article)" if label.startswith("sql: ") else ""
        print(f"  {1000 * seconds / args.count:7.3f} ms  {label}{calls}")


def redo_ahead(files: list[Path], chunks: list[bytes], tmp: Path) -> dict[str, bytes]:
    """The second extractions (outlet furniture) an import of these files asks for, done in an untimed import."""
    from storage.ingest_furniture import extracted_without

    redone: dict[str, bytes] = {}

    class Recording(Chunks):
        def redo(self, path, first_body, furniture, detect_stories):
            result = extracted_without(path, first_body, furniture, detect_stories)
            redone[str(path)] = pickle.dumps(result)
            return result
    original = ingest_module.prepared_ahead
    ingest_module.prepared_ahead = lambda *_args, **_kwargs: contextlib.nullcontext(Recording(chunks, {}))
    try:
        with Archive.open(tmp / "untimed.sqlite") as archive:
            ingest_module.ingest(archive, files)
    finally:
        ingest_module.prepared_ahead = original
    return redone


def stages():
    """(owner, function name, label) of the stages timed."""
    import storage.archive.core as core
    import storage.archive.entities as entities
    import storage.ingest_batch as batch
    import storage.stories.detect as detect

    return [(ingest_module, "misplaced_furniture", "furniture look-up"), (core.Archive, "find_duplicate", "dedup"),
            (core.Archive, "add_article", "article row, search index, entity links"),
            (entities.EntityMixin, "_link_entities", "  of which entity links"),
            (detect, "attach", "story detection"), (batch.WriteBatch, "commit", "batch commits"),
            (ingest_module, "_flush", "held story band rows")]


if __name__ == "__main__":
    main()
