"""The archive: articles, queries and entities on both backends (SQLite file and PostgreSQL database);
opening, locking, corruption and schema of SQLite files and of PostgreSQL databases."""
from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storage.archive import migrations
from storage.archive import Archive
from storage.archive.search_index import TRIGGERS, register_functions
from storage.archive.records import Filters
from storage.errors import ArchiveCorrupt, ArchiveError, ArchiveLocked, NotFound, SchemaTooNew
from storage.records import Entity

from . import vn_articles as fx


@pytest.fixture()
def path(tmp_path):
    return tmp_path / "archive.sqlite"


@pytest.fixture()
def archive(archive_location):
    with Archive.open(archive_location) as opened:
        yield opened


def test_new_archive_has_schema_wal_and_foreign_keys(path):
    archive = Archive.open(path)
    conn = archive._conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "entities", "entity_aliases", "article_entities", "tag_names", "article_tags",
            "edit_history", "articles_fts"} <= tables
    archive.close()


def test_new_shared_archive_has_schema_and_its_version_row(pg_server):
    with Archive.open(pg_server.fresh_database()) as archive:
        conn = archive._conn
        assert archive.shared and "password" not in archive.path
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(migrations.LATEST,)]
        assert migrations.user_version(conn) == migrations.LATEST
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert {"articles", "entities", "entity_aliases", "article_entities", "tag_names", "article_tags",
                "edit_history", "articles_fts", "saved_searches", "stories", "failed_imports"} <= tables


def test_shared_archive_schema_too_new_is_refused_and_left_alone(pg_server):
    url = pg_server.fresh_database()
    with Archive.open(url) as archive:
        archive._conn.execute("UPDATE schema_version SET version = ?", (migrations.LATEST + 1,))
    with pytest.raises(SchemaTooNew, match="newer version"):
        Archive.open(url)


def test_database_of_another_program_is_refused(pg_server):
    url = pg_server.fresh_database(template="template0")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY)")
    with pytest.raises(ArchiveCorrupt, match="not a Tư Liệu archive"):
        Archive.open(url)


def test_unreachable_server_is_an_archive_error(tmp_path):
    with pytest.raises(ArchiveError, match="cannot reach"):
        Archive.open(f"postgresql://nobody@/tulieu?host={tmp_path}&connect_timeout=2")


def test_a_failing_shared_migration_changes_nothing(pg_server, monkeypatch):
    url = pg_server.fresh_database()

    def broken(conn):
        conn.execute("CREATE TABLE half_done(x integer)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(migrations, "POSTGRES", [*migrations.POSTGRES, broken])
    monkeypatch.setattr(migrations, "LATEST", len(migrations.POSTGRES))
    with pytest.raises(RuntimeError):
        Archive.open(url)
    monkeypatch.undo()
    with Archive.open(url) as archive:
        assert migrations.user_version(archive._conn) == migrations.LATEST
        assert archive._conn.execute("SELECT to_regclass('half_done') IS NULL").fetchone()[0]


def test_missing_archive_without_create(tmp_path):
    with pytest.raises(ArchiveError, match="no archive"):
        Archive.open(tmp_path / "none.sqlite", create=False)


def test_corrupt_file_is_refused_and_not_overwritten(path):
    junk = os.urandom(8192)
    path.write_bytes(junk)
    with pytest.raises(ArchiveCorrupt) as caught:
        Archive.open(path)
    assert str(path) in str(caught.value) and "not" in str(caught.value)
    assert path.read_bytes() == junk


def test_sqlite_file_of_another_program_is_refused(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveCorrupt, match="not a Tư Liệu archive"):
        Archive.open(path)


def test_damaged_sqlite_file_is_refused(path):
    Archive.open(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveCorrupt):
        archive = Archive.open(path)
        archive.count()


def test_schema_too_new(path):
    Archive.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew, match="newer version"):
        Archive.open(path)


def test_second_writer_is_locked_out_but_readers_are_not(path):
    archive = Archive.open(path)
    with pytest.raises(ArchiveLocked):
        Archive.open(path)
    with Archive.open(path, read_only=True) as reader:
        assert reader.count() == 0
        with pytest.raises(ArchiveError, match="read-only"):
            reader.add_article(fx.market(), raw=b"", file_name="m")
    archive.close()


def test_lock_held_by_another_process(path):
    code = textwrap.dedent(f"""
        import sys, time
        from storage.archive import Archive
        a = Archive.open({str(path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(ArchiveLocked, match="another program"):
            Archive.open(path)
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    Archive.open(path).close()  # released when the holder exits


def test_lock_released_on_close(path):
    Archive.open(path).close()
    Archive.open(path).close()


def test_add_and_get_round_trip(archive):
    article = fx.defence()
    article_id = archive.add_article(article, raw=b"\xffraw bytes", file_name="defence.txt")
    stored = archive.get(article_id)
    assert stored.id == article_id
    assert stored.title == article.title and stored.lead == article.lead
    assert stored.blocks == article.blocks
    assert [(e.name, e.kind, e.aliases, e.role, e.mentions) for e in stored.entities] == [
        ("Trần Văn Khải", "person", ["ông Khải"], "Thượng tướng", 2), ("Hà Nội", "location", [], None, 1)]
    assert set(stored.entity_ids) == {"Trần Văn Khải", "Hà Nội"}
    assert stored.tags == ["quân sự"] and stored.needs_review == ["published"]
    assert stored.file_name == "defence.txt" and stored.content_hash and stored.imported_at
    assert stored.user_fields == set()
    assert archive.original_bytes(article_id) == b"\xffraw bytes"
    with pytest.raises(NotFound):
        archive.get(article_id + 100)


def test_duplicates_by_hash_and_by_url_form(archive):
    original = fx.defence()
    archive.add_article(original, raw=b"", file_name="a")
    same_body = fx.defence()
    same_body.url = None
    same_body.title = "Tiêu đề khác"
    assert archive.find_duplicate(same_body) is not None
    other_form = fx.market()
    other_form.url = "http://www.baomau.vn/quoc-phong/hop-tac-123.html?utm_source=facebook&utm_campaign=x"
    assert archive.find_duplicate(other_form) is not None
    assert archive.find_duplicate(fx.market()) is None


def test_ids_rows_sorting_and_filters(archive):
    ids = {make.__name__: archive.add_article(make(), raw=b"", file_name="f") for make in fx.ALL}
    assert archive.count() == 4
    newest_first = archive.ids()
    assert newest_first == [ids["name_scattered"], ids["market"], ids["defence"], ids["committee"]]
    assert archive.ids(descending=False) == newest_first[::-1]
    assert archive.ids(order_by="title", descending=False)[0] == ids["committee"]
    assert archive.count(Filters(outlet="Báo Mẫu")) == 2
    assert archive.ids(Filters(year=2021)) == [ids["defence"]]
    assert archive.ids(Filters(tag="quân sự")) == [ids["defence"]]
    assert archive.ids(Filters(needs_review=True)) == [ids["defence"]]
    assert archive.count(Filters(needs_review=False)) == 3
    assert archive.ids(Filters(query="quoc phong", outlet="Báo Mẫu")) == [ids["defence"]]
    rows = archive.rows([ids["market"], ids["defence"], 99999])
    assert [r.id for r in rows] == [ids["market"], ids["defence"]]
    assert rows[1].people == ["Trần Văn Khải"] and rows[1].needs_review and not rows[0].needs_review


def test_facets(archive):
    for make in fx.ALL:
        archive.add_article(make(), raw=b"", file_name="f")
    facets = archive.facets()
    assert facets["outlet"][0] == ("Báo Mẫu", 2)
    assert ("2021", 1) in facets["year"]
    assert facets["person"] == [("Nguyễn Thị Lan", 1), ("Trần Văn Khải", 1)]
    assert facets["tag"] == [("quân sự", 1)] and facets["review"] == [("yes", 1)]
    assert archive.facets(Filters(outlet="Tin Vùng Biển"))["location"] == [("Khánh Hòa", 1)]
    by_query = archive.facets(Filters(query="ban"))
    assert by_query["outlet"] == [("Báo Mẫu", 1), ("Tin Vùng Biển", 1)]
    assert by_query["organization"] == [("Ban chỉ đạo", 1)] and by_query["person"] == []
    assert archive.facets(Filters(query="xyzzy"))["outlet"] == []


def test_delete_and_restore_keep_id_links_and_history(archive):
    article_id = archive.add_article(fx.defence(), raw=b"bytes", file_name="d")
    archive.set_field(article_id, "author", "Minh Anh")
    stored = archive.delete(article_id)
    assert archive.count() == 0 and archive.search("quoc phong") == []
    assert archive.restore(stored) == article_id
    again = archive.get(article_id)
    assert again.author == "Minh Anh" and again.entity_ids == stored.entity_ids
    assert archive.original_bytes(article_id) == b"bytes"
    assert archive.search("quoc phong")[0].id == article_id
    assert archive.history(article_id)[0].new == "Minh Anh"


def test_entities_merge_alias_and_later_import(archive):
    first = archive.add_article(fx.defence(), raw=b"", file_name="a")
    variant = fx.market()
    variant.entities = [Entity("Trần V. Khải", "person")]
    second = archive.add_article(variant, raw=b"", file_name="b")
    people = {row.name: row for row in archive.entities("person")}
    keep, drop = people["Trần Văn Khải"].id, people["Trần V. Khải"].id
    undo = archive.merge_entities(keep, drop)
    rows = archive.entities("person")
    assert [(r.name, r.aliases, r.article_count) for r in rows] == [("Trần Văn Khải", ["Trần V. Khải"], 2)]
    assert archive.get(second).entity_ids == {"Trần Văn Khải": keep}
    later = fx.committee()
    later.entities = [Entity("Trần V. Khải", "person")]
    third = archive.add_article(later, raw=b"", file_name="c")
    assert archive.get(third).entity_ids == {"Trần Văn Khải": keep}
    page = archive.entity(keep)
    assert page.article_count == 3 and page.first_seen == "2020-01-15" and page.last_seen == "2022-07-10"
    assert ("Báo Mẫu", 2) in page.outlets and ("2021-03", 1) in page.mentions_per_month
    assert "Hà Nội" in [r.name for r in page.co_occurring]
    assert first in page.article_ids
    archive.unmerge(undo)
    assert archive.get(second).entity_ids == {"Trần V. Khải": drop}
    assert archive.entities("person")[0].aliases == []


def test_rename_kind_link_unlink(archive):
    article_id = archive.add_article(fx.market(), raw=b"", file_name="m")
    place = archive.entities("location")[0].id
    assert archive.rename_entity(place, "Tỉnh Khánh Hòa") == "Khánh Hòa"
    assert archive.set_entity_kind(place, "organization") == "location"
    assert archive.entities("organization")[0].name == "Tỉnh Khánh Hòa"
    new_id = archive.add_entity_link(article_id, "Nha Trang", "location")
    assert archive.get(article_id).entity_ids["Nha Trang"] == new_id
    archive.remove_entity_link(article_id, new_id)
    assert "Nha Trang" not in archive.get(article_id).entity_ids
    with pytest.raises(ArchiveError):
        archive.add_entity_link(article_id, "X", "animal")
    assert archive.all_tags() == []


def test_one_transaction_per_write(archive):
    bad = fx.defence()
    bad.entities = [Entity("Ai đó", "nonsense-kind")]  # fails after the article row was inserted
    with pytest.raises(ArchiveError):
        archive.add_article(bad, raw=b"", file_name="x")
    assert archive.count() == 0
    assert archive._conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 0


def test_a_failing_migration_changes_nothing(path, monkeypatch):
    Archive.open(path).close()

    def broken(db):
        db.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "LATEST", len(migrations.MIGRATIONS))
    with pytest.raises(RuntimeError):
        Archive.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST - 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()
    monkeypatch.undo()
    Archive.open(path, create=False).close()  # the lock was released despite the failure


def test_read_only_open_of_an_old_schema_asks_for_an_upgrade(path):
    path.write_bytes(b"")  # an empty file: SQLite's "new database", schema 0
    with pytest.raises(ArchiveError, match="upgrade"):
        Archive.open(path, read_only=True)


def test_damage_found_while_reading_is_archive_corrupt(path):
    with Archive.open(path) as archive:
        for number in range(150):
            article = fx.defence()
            article.blocks[0].text += f" Bài số {number}. " + "Nội dung dài. " * 150
            archive.add_article(article, raw=os.urandom(1500), file_name=f"{number}.txt")
    data = bytearray(path.read_bytes())
    # Damage the pages around one stored article (wherever the layout put it), not the schema page.
    middle = data.find(b"75.txt") // 4096 * 4096  # (the text itself is stored compressed)
    assert middle > 4096
    data[middle:middle + 65536] = random.Random(3).randbytes(65536)  # fixed: the same damage every run
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveCorrupt, match="damaged|not a usable"):
        with Archive.open(path) as archive:
            for article_id in archive.ids():
                archive.get(article_id)
            archive.search("noi dung")


def test_an_archive_of_an_older_schema_is_migrated_in_place(path):
    Archive.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_articles_flagged")
    conn.execute("CREATE INDEX idx_articles_review ON articles(needs_review)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Archive.open(path) as archive:
        names = {r[0] for r in archive._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "idx_articles_flagged" in names and "idx_articles_review" not in names
        assert migrations.user_version(archive._db) == migrations.LATEST


def test_a_version_2_archive_gets_the_prefix_index_and_keeps_its_index(path):
    with Archive.open(path) as archive:
        article_id = archive.add_article(fx.defence(), raw=b"", file_name="d")
    conn = sqlite3.connect(path)  # put the index back as version 2 made it: no prefix option
    register_functions(conn)  # version 8's index reads its text through them
    for trigger in TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("CREATE VIRTUAL TABLE old_fts USING fts5(title_x, title_f, lead_x, lead_f, body_x, body_f, "
                 "tokenize = 'unicode61 remove_diacritics 0')")
    conn.execute("INSERT INTO old_fts(rowid, title_x, title_f, lead_x, lead_f, body_x, body_f) "
                 "SELECT rowid, title_x, title_f, lead_x, lead_f, body_x, body_f FROM articles_fts")
    conn.execute("DROP TABLE articles_fts")
    conn.execute("ALTER TABLE old_fts RENAME TO articles_fts")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Archive.open(path) as archive:
        sql = archive._conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        assert "prefix = '1 2'" in sql and migrations.user_version(archive._db) == migrations.LATEST
        assert [h.id for h in archive.search("hop tac q", prefix_last=True)] == [article_id]
        assert [h.id for h in archive.search("Trần Văn Khải")] == [article_id]
        assert archive._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_empty_database_is_no_archive_until_created(pg_server):
    url = pg_server.fresh_database(template="template0")
    with pytest.raises(ArchiveError, match="no archive"):
        Archive.open(url, create=False)
    with pytest.raises(ArchiveError, match="no archive"):
        Archive.open(url, read_only=True)
    with Archive.open(url) as archive:
        assert archive.count() == 0
    with Archive.open(url, read_only=True) as archive:
        assert archive.count() == 0
