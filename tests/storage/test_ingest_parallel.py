"""Parallel import: workers read and extract, the one writer stores in file order — same result as serial."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.errors import Cancelled
from storage.ingest import ingest
from storage.ingest_parallel import MIN_FILES
from storage.progress import CancelToken

from .test_ingest import write_pages


def corpus(folder: Path) -> Path:
    """Distinct pages, a duplicate of one, an empty file and a binary one, in one folder."""
    write_pages(folder, MIN_FILES + 14)
    (folder / "bai_0005_copy.txt").write_bytes((folder / "bai_0005.txt").read_bytes())
    (folder / "bai_0009_empty.txt").write_bytes(b"")
    (folder / "bai_0011_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return folder


def stored(archive: Archive) -> list[dict]:
    """Every stored article as plain data, without its import time."""
    out = []
    for article_id in archive.ids(order_by="id", descending=False):
        row = asdict(archive.get(article_id))
        row.pop("imported_at")
        out.append(row)
    return out


def run(location, tmp_path: Path, workers: int, **kwargs) -> tuple[Archive, object, list]:
    calls: list = []
    archive = Archive.open(location)
    report = ingest(archive, [tmp_path / "in"], workers=workers, progress=lambda *a: calls.append(a),
                    on_article=lambda i: calls.append(("article", i)), **kwargs)
    return archive, report, calls


def test_parallel_import_stores_the_same_articles_under_the_same_ids(archive_location, second_archive_location,
                                                                    tmp_path):
    corpus(tmp_path / "in")
    serial, serial_report, serial_calls = run(archive_location, tmp_path, workers=1)
    parallel, parallel_report, parallel_calls = run(second_archive_location, tmp_path, workers=2)
    with serial, parallel:
        assert len(serial_report.imported) == MIN_FILES + 14 and len(serial_report.failed) == 2
        assert serial_report == parallel_report and serial_calls == parallel_calls
        assert stored(parallel) == stored(serial)
        assert parallel._conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == MIN_FILES + 14
        again = ingest(parallel, [tmp_path / "in"], workers=2)  # a second import finds every duplicate
        assert not again.imported and sorted(i for _, i in again.duplicates) == sorted(
            [i for _, i in parallel_report.imported] + [parallel_report.duplicates[0][1]])


def test_cancel_during_a_parallel_import_keeps_whole_articles(archive_location, tmp_path):
    corpus(tmp_path / "in")
    token = CancelToken()
    with Archive.open(archive_location) as archive:

        def stop_after_three(article_id: int) -> None:
            if archive.count() == 3:
                token.cancel()

        with pytest.raises(Cancelled) as caught:
            ingest(archive, [tmp_path / "in"], cancel=token, on_article=stop_after_three, workers=2)
        assert archive.count() == 3 and len(caught.value.report.imported) == 3
        rest = ingest(archive, [tmp_path / "in"], workers=2)
        assert len(rest.imported) == MIN_FILES + 14 - 3 and archive.count() == MIN_FILES + 14


def furniture_corpus(folder: Path) -> Path:
    """MIN_FILES + 4 pages of one outlet, each with the site's promo line: from the third on, the writer finds
    it known furniture and has the page extracted again without it."""
    from .test_furniture_import import PROMO, REPORTS, STORIES, write_page

    folder.mkdir(parents=True)
    for n in range(MIN_FILES + 4):
        title, lead, more = STORIES[n % len(STORIES)]
        path = write_page(folder, n % len(REPORTS), (f"{title} (kỳ {n + 1})", f"{lead} Kỳ {n + 1}.", more),
                          name=f"trang_{n:02d}")
        text = path.read_text(encoding="utf-8").replace(REPORTS[n % len(REPORTS)],
                                                      f"{REPORTS[n % len(REPORTS)]} Bài số {n + 1} của loạt bài.")
        path.write_text(text, encoding="utf-8")
    assert PROMO in text
    return folder


def test_furniture_is_removed_by_the_workers_as_a_serial_import_removes_it(archive_location, second_archive_location,
                                                                           tmp_path):
    from .test_furniture_import import PROMO

    furniture_corpus(tmp_path / "in")
    serial, serial_report, _ = run(archive_location, tmp_path, workers=1)
    parallel, parallel_report, _ = run(second_archive_location, tmp_path, workers=2)
    with serial, parallel:
        assert serial_report == parallel_report and len(parallel_report.imported) == MIN_FILES + 4
        assert stored(parallel) == stored(serial)
        bodies = [parallel.get(i).body for _, i in parallel_report.imported]
        assert PROMO in bodies[0] and PROMO not in bodies[-1]


CHILD = """
import sys
from pathlib import Path
from storage.archive import Archive
from storage.ingest import ingest
if __name__ == "__main__":
    with Archive.open(Path(sys.argv[2])) as archive:
        report = ingest(archive, [Path(sys.argv[1])], workers=2)
    print(len(report.imported), "underthesea" in sys.modules)
"""


def test_the_importing_process_never_loads_the_extraction_model(tmp_path):
    """The workers extract (first and second extraction alike): the importer's memory stays that of a writer."""
    import subprocess
    import sys

    furniture_corpus(tmp_path / "in")
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "in"), str(tmp_path / "a.sqlite")],
                          capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.split() == [str(MIN_FILES + 4), "False"]
