"""tulieu-cli copy / storage.archive.copy: whole archives between SQLite files and PostgreSQL databases on
the throwaway server — ids kept, resumable after an interruption, verified by counts and hashes."""
from __future__ import annotations

import sqlite3

import pytest

from storage import cli
from storage.archive import Archive, Filters
from storage.archive.copy import TABLES, CopyRefused, copy_archive
from storage.errors import Cancelled
from storage.ingest import ingest
from storage.progress import CancelToken
from storage.saved_searches import save_search
from tests.storage import vn_articles as fx
from tests.storage.stories_texts import write_story
from tests.storage.test_formats import FORMATS


@pytest.fixture(scope="module")
def full_source(tmp_path_factory):
    """An SQLite archive with a row in every table: stories, a press review, a failed import, edits,
    merged and renamed entities, tags and a saved search."""
    folder = tmp_path_factory.mktemp("copy_source")
    pages = folder / "pages"
    pages.mkdir()
    write_story(pages)
    path = folder / "source.sqlite"
    with Archive.open(path) as archive:
        report = ingest(archive, [pages, FORMATS / "review" / "diem-bao-2024-05-03.docx",
                                  FORMATS / "bad" / "corrupt.docx"])
        assert report.failed
        first = archive.add_article(fx.defence(), raw="trang gốc đường".encode(), file_name="quoc-phong.html")
        archive.add_article(fx.market(), raw=b"\x00\xffbytes", file_name="cho-ca.html")
        archive.set_field(first, "title", "Hợp tác quốc phòng: đường bộ")
        archive.set_field(first, "tags", ["quân sự", "biển đảo"])
        khai = archive.entity_id("Trần Văn Khải", "person")
        archive.rename_entity(khai, "Trần Văn Khải (Thượng tướng)")
        other = archive.add_entity_link(first, "Tướng Khải", "person")
        archive.merge_entities(khai, other)
        save_search(archive, "Quốc phòng", Filters(query="quoc phong", outlet="Báo Mẫu"))
    return path


def _dump(location) -> dict[str, list[tuple]]:
    """Every copied table's rows, sorted, plus what search finds (the index was rebuilt)."""
    with Archive.open(location, read_only=True) as archive:
        conn = archive._conn
        dump = {table: _rows_by_name(conn.execute(f"SELECT * FROM {table}")) for table, _ in TABLES}
        dump["search"] = [(h.id, h.title) for h in archive.search("duong", limit=20)]
        dump["ids"] = archive.ids()
    return dump


def _rows_by_name(cursor) -> list[tuple]:
    """A table's rows, sorted, each with its values in the order of their column names (the backends'
    column orders differ: schema 8 added columns at the end of each backend's table)."""
    names = [d[0] for d in cursor.description]
    return sorted((tuple(bytes(v) if isinstance(v, memoryview) else v for _, v in sorted(zip(names, row)))
                   for row in cursor), key=repr)


def test_every_table_of_the_schema_is_copied(tmp_path):
    with Archive.open(tmp_path / "a.sqlite") as archive:
        names = {r[0] for r in archive._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'")}
    assert names == {table for table, _ in TABLES}


def test_round_trip_sqlite_postgresql_sqlite_keeps_everything(full_source, pg_server, tmp_path):
    url = pg_server.fresh_database()
    there = copy_archive(full_source, url, batch=3)
    assert there.ok and not there.resumed and there.copied == sum(c.source_rows for c in there.checks)
    assert all(c.source_rows for c in there.checks if c.table not in ("story_state",)), there.checks
    back = tmp_path / "back.sqlite"
    assert copy_archive(url, back).ok
    original, copied = _dump(full_source), _dump(back)
    assert copied == original
    assert original["search"] and _dump(url)["search"] == original["search"]
    with Archive.open(url) as shared:  # the sequences moved past the copied ids
        new = shared.add_article(fx.article("Bài mới sau khi sao chép", ["Nội dung mới."]), raw=b"", file_name="n")
        assert new > max(original["ids"])
        assert shared._conn.execute("SELECT to_regclass('copy_state') IS NULL").fetchone()[0]


def test_sqlite_to_sqlite_keeps_ids_history_and_originals(full_source, tmp_path):
    dest = tmp_path / "copy.sqlite"
    report = copy_archive(full_source, dest)
    assert report.ok
    with Archive.open(full_source, read_only=True) as a, Archive.open(dest, read_only=True) as b:
        for article_id in a.ids():
            assert b.original_bytes(article_id) == a.original_bytes(article_id)
            assert b.history(article_id) == a.history(article_id)
        assert b.entities() == a.entities()
        assert b.search("đường") == a.search("đường")


def _interrupted(source, dest, batches: int) -> int:
    """Run a copy and cancel it after `batches` committed batches; the rows it had written."""
    token, seen = CancelToken(), []

    def progress(done, total, message):
        seen.append(done)
        if len(seen) == batches:
            token.cancel()

    with pytest.raises(Cancelled):
        copy_archive(source, dest, batch=2, progress=progress, cancel=token)
    return seen[-1]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_interrupted_copy_resumes_where_it_stopped(full_source, pg_server, tmp_path, backend):
    dest = tmp_path / "dest.sqlite" if backend == "sqlite" else pg_server.fresh_database()
    written = _interrupted(full_source, dest, batches=7)
    with Archive.open(dest, read_only=True) as partial:
        assert 0 < sum(partial._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t, _ in TABLES) == written
    more = _interrupted(full_source, dest, batches=3)
    assert more > written
    report = copy_archive(full_source, dest, batch=2)
    assert report.resumed and report.ok
    assert report.copied + more == sum(c.source_rows for c in report.checks)  # nothing written twice
    assert _dump(dest) == _dump(full_source)


def test_a_non_empty_destination_is_refused_and_left_alone(full_source, pg_server, tmp_path):
    url = pg_server.fresh_database()
    with Archive.open(url) as shared:
        shared.add_article(fx.market(), raw=b"", file_name="m")
    with pytest.raises(CopyRefused, match="not empty"):
        copy_archive(full_source, url)
    assert _dump(url)["ids"] and len(_dump(url)["ids"]) == 1
    with pytest.raises(CopyRefused, match="same archive"):
        copy_archive(full_source, full_source)


def test_a_copy_in_progress_of_another_source_is_refused(full_source, tmp_path):
    dest = tmp_path / "dest.sqlite"
    _interrupted(full_source, dest, batches=2)
    other = tmp_path / "other.sqlite"
    with Archive.open(other) as archive:
        archive.add_article(fx.market(), raw=b"", file_name="m")
    with pytest.raises(CopyRefused, match="unfinished copy of another archive"):
        copy_archive(other, dest)


def test_a_changed_row_fails_the_verification(full_source, tmp_path):
    dest = tmp_path / "dest.sqlite"
    _interrupted(full_source, dest, batches=2)
    conn = sqlite3.connect(dest)
    conn.execute("UPDATE entities SET name = name || '!' WHERE id = (SELECT min(id) FROM entities)")
    conn.commit()
    conn.close()
    report = copy_archive(full_source, dest)
    bad = [c.table for c in report.checks if not c.ok]
    assert not report.ok and bad == ["entities"]


def test_cli_copy_prints_progress_and_the_checks(full_source, pg_server, capsys):
    url = pg_server.fresh_database()
    assert cli.main(["copy", str(full_source), url, "--batch", "4"]) == 0
    out, err = capsys.readouterr()
    assert "articles" in err and "rows" in err
    assert "password" not in out
    lines = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(lines) == len(TABLES) and all(line.rstrip().endswith("ok") for line in lines)
    assert "copy verified" in out
    assert cli.main(["copy", str(full_source), url]) == 1
    assert "not empty" in capsys.readouterr().err
