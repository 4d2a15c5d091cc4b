"""What an archive is made of, and what compressing its original bytes and blocks would save.

Usage: .venv/bin/python benchmarks/archive_size.py [--count 1000]
Imports `count` seed-derived pages (as import_throughput.py writes them) into a fresh archive and
prints: the raw files' size, the archive's size and its ratio to them, bytes per table and index
(dbstat), and for the two largest columns (raw page bytes, blocks JSON) the size under zlib, zstd
(when the zstandard package is installed), a leaner blocks JSON, and the time to decode each per
article beside the time get() takes today, with the archive ratio each choice would give.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.import_throughput import write_corpus  # noqa: E402
from storage.archive import Archive  # noqa: E402
from storage.ingest import ingest  # noqa: E402

ROLES = {"body": 0, "caption": 1, "removed": 2}


def lean_blocks(text: str) -> str:
    """Blocks as [text, role number(, reason)] arrays: no repeated keys, no empty reasons."""
    return json.dumps([[b["text"], ROLES[b["role"]]] + ([b["reason"]] if b["reason"] else [])
                       for b in json.loads(text)], ensure_ascii=False, separators=(",", ":"))


def codecs() -> dict[str, tuple]:
    """name -> (compress, decompress) for the byte codecs available here."""
    out = {"zlib-6": (lambda b: zlib.compress(b, 6), zlib.decompress)}
    try:
        import zstandard  # optional: measured only when installed
    except ImportError:
        return out
    out["zstd-3"] = (zstandard.ZstdCompressor(level=3).compress, zstandard.ZstdDecompressor().decompress)
    return out


def per_object(archive: Archive) -> list[tuple[str, int]]:
    """Bytes per table and index, largest first."""
    return archive._conn.execute("SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name ORDER BY b DESC").fetchall()


def decode_ms(values: list[bytes], decompress) -> float:
    """Median milliseconds to decode one value."""
    times = []
    for value in values:
        start = time.perf_counter()
        decompress(value)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def get_ms(archive: Archive, ids: list[int]) -> float:
    """Median milliseconds of get() (what selecting an article costs)."""
    times = []
    for article_id in ids:
        start = time.perf_counter()
        archive.get(article_id)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def report(archive: Archive, raw_total: int, size: int) -> None:
    """Print the breakdown and the alternatives."""
    n = archive.count()
    print(f"{n} articles; raw files {raw_total / 1e6:.1f} MB; archive {size / 1e6:.1f} MB = "
          f"{size / raw_total:.2f}x the raw files ({size / n / 1024:.1f} KiB per article)")
    for name, pages in per_object(archive)[:8]:
        print(f"  {name:<28} {pages / 1e6:8.1f} MB  {pages / size:5.1%}")
    rows = archive._conn.execute("SELECT raw, blocks, body FROM articles").fetchall()
    raws, blocks = [r[0] for r in rows], [r[1].encode() for r in rows]
    body = sum(len(r[2].encode()) for r in rows)
    print(f"  columns: raw {sum(map(len, raws)) / 1e6:.1f} MB, blocks {sum(map(len, blocks)) / 1e6:.1f} MB, "
          f"body {body / 1e6:.1f} MB (blocks = {sum(map(len, blocks)) / body:.1f}x the body)")
    lean = [lean_blocks(b.decode()).encode() for b in blocks]
    ids = archive.ids()[:300]
    print(f"  get(): median {get_ms(archive, ids):.2f} ms per article today")
    candidates = [("raw", raws), ("blocks", blocks), ("lean blocks", lean)]
    print(f"  lean blocks JSON: {sum(map(len, lean)) / 1e6:.1f} MB "
          f"(saves {(sum(map(len, blocks)) - sum(map(len, lean))) / 1e6:.1f} MB)")
    for codec, (compress, decompress) in codecs().items():
        saved = 0
        for label, values in candidates:
            packed = [compress(v) for v in values]
            total = sum(map(len, packed))
            before = sum(map(len, values))
            print(f"  {codec:<7} {label:<12} {before / 1e6:7.1f} -> {total / 1e6:6.1f} MB, "
                  f"decode {decode_ms(packed[:300], decompress):.3f} ms per article")
            if label != "blocks":
                saved += before - total if label == "raw" else sum(map(len, blocks)) - total
        print(f"  {codec}: raw and lean blocks compressed -> archive ~{(size - saved) / raw_total:.2f}x the raw files")


def main() -> None:
    """Import the pages, print what the archive is made of."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tulieu-size-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        paths = write_corpus(folder, args.count)
        raw_total = sum(p.stat().st_size for p in paths)
        path = Path(tmp) / "size.sqlite"
        with Archive.open(path) as archive:
            ingest(archive, [folder])
            archive._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with Archive.open(path, read_only=True) as archive:
            report(archive, raw_total, path.stat().st_size)


if __name__ == "__main__":
    main()
