"""Backups (SQLite online backup API) and restore on real archive files; failed imports remembered."""
# Backups are SQLite only: a file archive's (a shared one's are pg_dump's); failed imports run on both.
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage import cli
from storage.archive import Archive, migrations
from storage.archive.backup import list_backups
from storage.archive.failed import failed_imports
from storage.errors import SchemaTooNew

from . import vn_articles as fx
from .test_ingest import write_pages
from .cli_runner import cli_runner


@pytest.fixture()
def run(capsys, tmp_path):
    archive = tmp_path / "kho" / "kho.sqlite"
    return cli_runner(capsys, archive)


def test_first_write_of_the_day_is_backed_up_once(tmp_path):
    path = tmp_path / "kho.sqlite"
    with Archive.open(path) as archive:
        first = archive.add_article(fx.defence(), raw=b"x", file_name="d.txt")  # empty before: nothing to keep
    assert list_backups(path) == []
    with Archive.open(path) as archive:
        archive.set_field(first, "title", "Tiêu đề sửa lần một")
        archive.set_field(first, "title", "Tiêu đề sửa lần hai")
    backups = list_backups(path)
    assert len(backups) == 1 and backups[0].name.endswith("-daily.sqlite")
    with Archive.open(backups[0], read_only=True) as copy:  # the state before the day's first write
        assert copy.get(first).title == fx.defence().title


def test_only_the_last_n_backups_are_kept(tmp_path):
    path = tmp_path / "kho.sqlite"
    with Archive.open(path) as archive:
        archive.add_article(fx.defence(), raw=b"x", file_name="d.txt")
        archive.backup_keep = 3
        from storage.archive.backup import backup_before

        made = [backup_before(archive, f"test-{n}") for n in range(5)]
    kept = list_backups(path)
    assert kept == sorted(made)[-3:] and all(not p.exists() for p in sorted(made)[:2])


def test_an_old_schema_is_backed_up_before_its_migration(tmp_path):
    path = tmp_path / "kho.sqlite"
    with Archive.open(path) as archive:
        archive.add_article(fx.defence(), raw=b"x", file_name="d.txt")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE failed_imports")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Archive.open(path) as archive:
        assert migrations.user_version(archive._db) == migrations.LATEST
    backups = list_backups(path)
    assert [p.name.rsplit("-", 1)[-1] for p in backups] == [f"v{migrations.LATEST}.sqlite"]
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    conn.close()


def test_backup_and_restore_through_the_cli(run, tmp_path):
    write_pages(tmp_path / "in", 3)
    assert run("import", str(tmp_path / "in"))[0] == 0
    dest = tmp_path / "sao_luu.sqlite"
    code, out, err = run("backup", str(dest))
    assert code == 0 and "3 articles" in out, err
    assert run("backup", str(dest))[0] == 1  # never over an existing file
    assert run("edit", "1", "title", "Tiêu đề sau khi sao lưu")[0] == 0
    code, out, err = run("restore", str(dest))
    assert code == 0 and "kept in" in out, err
    code, out, _ = run("show", "1", "--json")
    assert "Tiêu đề sau khi sao lưu" not in out
    safety = Path(out.split("kept in ")[-1].strip()) if "kept in" in out else None
    code, out, _ = run("backups")
    assert "before-restore" in out
    assert safety is None or safety.exists()


def test_a_newer_schema_archive_is_never_touched(run, tmp_path):
    write_pages(tmp_path / "in", 2)
    assert run("import", str(tmp_path / "in"))[0] == 0
    dest = tmp_path / "b.sqlite"
    assert run("backup", str(dest))[0] == 0
    conn = sqlite3.connect(run.archive)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.commit()
    conn.close()
    before = run.archive.read_bytes()
    for argv in (("backup", str(tmp_path / "c.sqlite")), ("restore", str(dest)), ("check", "--repair")):
        code, _, err = run(*argv)
        assert code == 1 and "newer version" in err
    assert run.archive.read_bytes() == before
    with pytest.raises(SchemaTooNew):
        Archive.open(run.archive)


def test_a_damaged_backup_is_refused_and_nothing_restored(run, tmp_path):
    write_pages(tmp_path / "in", 2)
    assert run("import", str(tmp_path / "in"))[0] == 0
    fake = tmp_path / "hong.sqlite"
    fake.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    code, _, err = run("restore", str(fake))
    assert code == 1 and str(fake) in err
    assert run("list")[1].count("#") == 2


def test_failed_imports_are_remembered_listed_and_retried(capsys, archive_location, tmp_path):
    run = cli_runner(capsys, archive_location)
    folder = tmp_path / "in"
    write_pages(folder, 2)
    bad = folder / "hong.txt"
    bad.write_bytes(b"")
    code, _, _ = run("import", str(folder))
    assert code == 1
    code, out, _ = run("failed")
    assert code == 0 and str(bad) in out and "file is empty" in out and "1 failed import" in out
    bad.write_text((folder / "bai_0000.txt").read_text(encoding="utf-8").replace("Hà Nội", "Hải Phòng"),
                   encoding="utf-8")
    code, out, _ = run("failed", "--retry")
    assert code == 0 and "imported 1" in out
    with Archive.open(run.archive, read_only=True) as archive:
        assert failed_imports(archive) == [] and archive.count() == 3
