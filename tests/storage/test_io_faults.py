"""Real I/O faults: an import onto a full disk (a small tmpfs) keeps every committed article whole."""
# SQLite only: full disks and I/O errors of the archive file (a server's are the server's).
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from storage.archive import Archive
from storage.errors import ArchiveError
from storage.extraction import extract
from storage.ingest import ingest
from storage.readers import read_file

from .mounts import small_tmpfs
from .test_ingest import PROJECT, write_pages


def test_disk_full_during_import_keeps_committed_articles_whole(tmp_path):
    pages = write_pages(tmp_path / "in", 300)
    with small_tmpfs(tmp_path / "full", "600k") as disk:
        path = disk / "kho.sqlite"
        archive = Archive.open(path)
        try:
            ingest(archive, pages)
        except ArchiveError as error:
            report = error.report
            assert "import stopped at" in str(error) and "files done" in str(error)
        else:
            raise AssertionError("the tmpfs never filled up: make it smaller")
        finally:
            archive.close()
        kept = dict((os.path.basename(p), i) for p, i in report.imported)
        assert 0 < len(kept) < 300
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with Archive.open(path, read_only=True) as opened:
            assert opened.count() == len(kept)
            for name, article_id in kept.items():
                expected = extract(read_file(tmp_path / "in" / name))
                stored = opened.get(article_id)
                assert stored.body == expected.body and stored.title == expected.title
                assert opened.original_bytes(article_id) == (tmp_path / "in" / name).read_bytes()


def test_the_cli_names_what_was_kept_when_the_disk_fills(tmp_path):
    write_pages(tmp_path / "in", 300)
    with small_tmpfs(tmp_path / "full", "600k") as disk:
        path = disk / "kho.sqlite"
        result = subprocess.run([sys.executable, "-m", "storage.cli", "import", str(tmp_path / "in"), "--quiet",
                                 "--archive", str(path)], capture_output=True, text=True, cwd=PROJECT,
                                env={**os.environ, "PYTHONPATH": str(PROJECT)}, timeout=300)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        imported = int(result.stdout.split("imported: ")[1].split(",")[0])
        assert imported > 0 and f"{imported} article{'' if imported == 1 else 's'} imported before the stop are kept whole" in result.stderr
        with Archive.open(path, read_only=True) as opened:
            assert opened.count() == imported


def test_an_injected_io_error_mid_article_rolls_it_back_and_stops(tmp_path, monkeypatch):
    """Without root (no tmpfs): the 4th article's write fails half-way, after its row was inserted."""
    from storage.archive.core import Archive as ArchiveClass

    pages = write_pages(tmp_path / "in", 8)
    real_links = ArchiveClass._link_entities
    calls = {"n": 0}

    def failing_links(self, article_id, entities):
        calls["n"] += 1
        if calls["n"] == 4:  # the article row and its search row are written by now
            raise sqlite3.OperationalError("disk I/O error")
        return real_links(self, article_id, entities)

    monkeypatch.setattr(ArchiveClass, "_link_entities", failing_links)
    path = tmp_path / "kho.sqlite"
    with Archive.open(path) as archive:
        try:
            ingest(archive, pages)
        except ArchiveError as error:
            report = error.report
            assert "disk I/O error" in str(error) and "3 of 8 files done" in str(error)
        else:
            raise AssertionError("the injected error was not raised")
    monkeypatch.undo()
    assert [os.path.basename(p) for p, _ in report.imported] == [p.name for p in pages[:3]]
    with Archive.open(path, read_only=True) as opened:
        assert opened._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert opened.count() == 3 and len(opened.search("Hà Nội", limit=10)) == 3
        for (name, article_id) in ((os.path.basename(p), i) for p, i in report.imported):
            assert opened.get(article_id).body == extract(read_file(tmp_path / "in" / name)).body
