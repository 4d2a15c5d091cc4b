"""The store stage alone: add_article() of this code and of another checkout beside an executemany floor.

Usage: .venv/bin/python benchmarks/store_stage.py [--count 500] [--old CHECKOUT]
Pages as import_throughput.py writes them are read and extracted once (not timed); then the same
articles are stored into fresh archives: find_duplicate() + add_article() one by one (one transaction
each), the same in write batches as an import now stores (ingest_batch: a savepoint per article, a
commit per 50), the same with --old's storage/, and the floor: the same rows, FTS values, entities and links
written with executemany in one transaction (no per-article look-ups, no commits). Prints ms/article.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.import_throughput import write_corpus  # noqa: E402
from benchmarks.search import load_old  # noqa: E402
from storage.archive import Archive  # noqa: E402
from storage.archive.codec import article_columns, content_hash, now_iso, pack_raw  # noqa: E402
from storage.ingest_prepare import prepare  # noqa: E402


def store_each(archive_class, path: Path, items: list) -> float:
    """Seconds to dedup-check and store every article, one transaction each."""
    with archive_class.open(path) as archive:
        start = time.perf_counter()
        for prepared in items:
            archive.find_duplicate(prepared.article)
            archive.add_article(prepared.article, raw=prepared.raw, file_name=prepared.path.name)
        return time.perf_counter() - start


def store_batched(path: Path, items: list) -> float:
    """Seconds to store every article as an import does now: one savepoint each, a commit per BATCH_FILES."""
    from storage.ingest_batch import BATCH_FILES

    with Archive.open(path) as archive:
        start = time.perf_counter()
        for first in range(0, len(items), BATCH_FILES):
            with archive._write():
                for prepared in items[first:first + BATCH_FILES]:
                    archive.find_duplicate(prepared.article)
                    archive.add_article(prepared.article, raw=prepared.raw, file_name=prepared.path.name)
        return time.perf_counter() - start


def floor(path: Path, items: list) -> float:
    """Seconds to write the same data with executemany in one transaction."""
    with Archive.open(path) as archive:
        conn = archive._conn
        start = time.perf_counter()
        rows, names, links = [], {}, []
        for number, prepared in enumerate(items, start=1):
            columns = article_columns(prepared.article, prepared.raw)
            columns.update(id=number, raw=pack_raw(prepared.raw), file_name=prepared.path.name, imported_at=now_iso(),
                           content_hash=content_hash(prepared.article), user_fields="[]")
            rows.append(columns)
            for position, entity in enumerate(prepared.article.entities):
                key = (entity.name, entity.kind)
                names.setdefault(key, len(names) + 1)
                links.append((number, names[key], position))
        with archive._write():
            keys = list(rows[0])
            conn.executemany(f"INSERT INTO articles({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})",
                             [list(r.values()) for r in rows])
            conn.executemany("INSERT INTO entities(id, name, kind) VALUES (?, ?, ?)",
                             [(i, n, k) for (n, k), i in names.items()])
            conn.executemany("INSERT OR IGNORE INTO article_entities(article_id, entity_id, position) VALUES (?, ?, ?)",
                             links)
        return time.perf_counter() - start


def main() -> None:
    """Prepare once, then time each way of storing, alternating over two rounds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--old", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tulieu-store-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        items = [prepare(p) for p in write_corpus(folder, args.count)]
        items = [i for i in items if i.article is not None]
        ways = [("add_article (this code)", lambda p: store_each(Archive, p, items)),
                ("add_article, batches of 50 (this code)", lambda p: store_batched(p, items)),
                ("executemany floor", lambda p: floor(p, items))]
        if args.old:
            old = load_old(args.old)
            ways.insert(1, (f"add_article ({args.old})", lambda p: store_each(old, p, items)))
        for round_ in range(2):
            for number, (name, run) in enumerate(ways):
                seconds = run(Path(tmp) / f"s{round_}{number}.sqlite")
                print(f"round {round_ + 1}  {name:<40} {seconds / len(items) * 1000:6.2f} ms/article", flush=True)


if __name__ == "__main__":
    main()
