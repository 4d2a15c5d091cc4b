"""Schema 8: packed original bytes and blocks, no body column, a search index without a text copy;
a version 7 archive (made by the real migrations 1-7, rows as version 7 wrote them) is converted."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from hypothesis import given, settings, strategies as st
from sqlite_utils import Database

from storage.archive import Archive, migrations
from storage.archive.check_file import check_file
from storage.archive.codec import dumps, dumps_strings, pack_blocks, pack_raw, unpack_blocks, unpack_raw
from storage.archive.search_index import fts_values
from storage.records import Block

PAGE = ("Trang chủ | Thời sự\nBộ Quốc phòng họp bàn về đường biên giới\n"
        "Sáng nay, Bộ Quốc phòng đã họp với các đơn vị về đường tuần tra biên giới phía Bắc.\n"
        "Ảnh: Lực lượng biên phòng tuần tra.\nÔng Nguyễn Văn Bình cho biết kế hoạch hoà bình.\n"
        "Tin liên quan\n").encode()
BLOCKS = [Block("Trang chủ | Thời sự", "removed", "menu"),
          Block("Sáng nay, Bộ Quốc phòng đã họp với các đơn vị về đường tuần tra biên giới phía Bắc."),
          Block("Ảnh: Lực lượng biên phòng tuần tra.", "caption"),
          Block("Ông Nguyễn Văn Bình cho biết kế hoạch hoà bình.", page=2),
          Block("Tin liên quan", "removed", "related-list")]
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(st.lists(st.builds(Block, TEXT, st.sampled_from(["body", "caption", "removed"]), TEXT,
                          st.none() | st.integers(0, 999)), max_size=8), st.binary(max_size=300) | st.just(PAGE))
@settings(max_examples=150, deadline=None)
def test_blocks_and_original_bytes_come_back_exactly(blocks, raw):
    assert unpack_raw(pack_raw(raw)) == raw
    assert unpack_blocks(pack_blocks(blocks, raw), pack_raw(raw)) == blocks


@given(st.lists(st.text(max_size=20) | st.just('Lê "Khang"\\\n\tđ\x00') | st.just("\ud800"), max_size=6))
@settings(max_examples=150, deadline=None)
def test_json_of_alias_lists_is_what_json_dumps_writes(names):
    expected = json.dumps(names, ensure_ascii=False, separators=(",", ":"))
    assert dumps_strings(names) == dumps(names) == expected
    assert dumps_strings([*names, 3, None]) == json.dumps([*names, 3, None], ensure_ascii=False, separators=(",", ":"))


def test_random_bytes_are_kept_as_they_are_and_text_is_compressed():
    noise = os.urandom(4000)
    assert len(pack_raw(noise)) == len(noise) + 1
    assert len(pack_raw(PAGE * 20)) < len(PAGE * 20) / 5


def _v7_text() -> tuple[str, str]:
    """BLOCKS as version 7 stored them: JSON objects, and the body column's text."""
    old_blocks = json.dumps([{"text": b.text, "role": b.role, "reason": b.reason,
                              **({"page": b.page} if b.page is not None else {})} for b in BLOCKS], ensure_ascii=False)
    return old_blocks, "\n".join(b.text for b in BLOCKS if b.role != "removed")


def _v7_archive(path: Path) -> list[bytes]:
    """A version 7 archive: migrations 1-7, then rows written as version 7's add_article wrote them
    (raw bytes as they are, blocks as JSON objects, the body column, the six text columns in the index)."""
    conn = sqlite3.connect(path)
    db = Database(conn)
    for number, upgrade in enumerate(migrations.MIGRATIONS[:7], start=1):
        upgrade(db)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    raws = [PAGE, os.urandom(2000), b""]
    old_blocks, body = _v7_text()
    for number, raw in enumerate(raws, start=1):
        title = f"Bộ Quốc phòng họp bàn số {number}"
        conn.execute("INSERT INTO articles(id, title, lead, blocks, body, raw, file_name, imported_at, needs_review) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00+00:00', ?)",
                     (number, title, "Tin ngắn.", old_blocks, body, raw, f"{number}.txt",
                      '["published"]' if number == 2 else "[]"))
        conn.execute("INSERT INTO articles_fts(rowid, title_x, title_f, lead_x, lead_f, body_x, body_f) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (number, *fts_values(title, "Tin ngắn.", body)))
    conn.execute("INSERT INTO articles(id, title, blocks, body, raw, imported_at) VALUES "
                 "(4, 'Bài hỏng', '{hỏng', 'Dòng một\nDòng hai', x'00', '2024-01-01')")  # unreadable JSON
    conn.execute("INSERT INTO articles_fts(rowid, title_x, title_f, lead_x, lead_f, body_x, body_f) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (4, *fts_values("Bài hỏng", "", "Dòng một\nDòng hai")))
    conn.execute("INSERT INTO source_documents(id, file_name, format, sha256, raw, article_count, imported_at) "
                 "VALUES (1, 'review.pdf', 'pdf', 'x', ?, 2, '2024-01-01')", (PAGE * 3,))
    conn.commit()
    conn.close()
    return raws


def test_a_version_7_archive_is_converted_with_its_content(tmp_path):
    path = tmp_path / "v7.sqlite"
    raws = _v7_archive(path)
    with Archive.open(path) as archive:
        assert migrations.user_version(archive._db) == migrations.LATEST
        columns = {r[1] for r in archive._conn.execute("PRAGMA table_info(articles)")}
        assert "body" not in columns and "words" in columns
        tables = {r[0] for r in archive._conn.execute("SELECT name FROM sqlite_master")}
        assert "articles_fts_content" not in tables  # no second copy of the text
        for number, raw in enumerate(raws, start=1):
            stored = archive.get(number)
            assert stored.blocks == BLOCKS and archive.original_bytes(number) == raw
            assert stored.title == f"Bộ Quốc phòng họp bàn số {number}" and stored.file_name == f"{number}.txt"
        assert archive.get(4).body == ["Dòng một", "Dòng hai"]  # its body kept, as lines
        assert archive.document_bytes(1) == PAGE * 3
        assert archive.rows([1])[0].words == 36 and archive.rows([1])[0].needs_review is False
        assert archive.rows([2])[0].needs_review is True
        hits = archive.search("duong tuan tra")
        assert sorted(h.id for h in hits) == [1, 2, 3] and "<b>đường</b> <b>tuần</b> <b>tra</b>" in hits[0].snippet
        assert sorted(h.id for h in archive.search("hòa bình")) == [1, 2, 3]  # "hoà" indexed as "hòa"
        assert [h.id for h in archive.search("dong hai")] == [4]
        archive.set_block_role(1, 3, "removed")
        assert sorted(h.id for h in archive.search("Nguyễn Văn Bình")) == [2, 3]
        archive.set_field(2, "title", "Tiêu đề mới về hải quân")
        assert [h.id for h in archive.search("hai quan")] == [2]
        archive.delete(3)
        assert sorted(h.id for h in archive.search("duong tuan tra")) == [1, 2]
    assert check_file(path).findings == []


def test_a_version_7_archive_converts_in_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "v7.sqlite"
    _v7_archive(path)
    before = sqlite3.connect(path).execute("SELECT count(*), sum(length(raw)) FROM articles").fetchone()
    from storage.archive.migrations import m008_compact_storage as step

    def broken(*args):
        raise RuntimeError("disk went away mid-migration")

    monkeypatch.setattr(step, "rebuild", broken)
    try:
        Archive.open(path).close()
    except RuntimeError:
        pass
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    assert conn.execute("SELECT count(*), sum(length(raw)) FROM articles").fetchone() == before
    assert "body" in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    conn.close()
    monkeypatch.undo()
    with Archive.open(path) as archive:
        assert archive.get(1).blocks == BLOCKS


def _v7_shared_archive(url: str, monkeypatch) -> list[bytes]:
    """A version 7 shared archive: PostgreSQL migrations 1-7, then rows as version 7 wrote them (blocks
    as JSON text, the body column, raw bytes as they are, tsvector rows of the same body)."""
    from storage.archive.backends.postgres import POSTGRES, PgConnection

    monkeypatch.setattr(migrations, "LATEST", 7)
    conn = PgConnection(url)
    migrations.migrate(conn)
    monkeypatch.undo()
    raws = [PAGE, os.urandom(2000), b""]
    old_blocks, body = _v7_text()
    for number, raw in enumerate(raws, start=1):
        title = f"Bộ Quốc phòng họp bàn số {number}"
        conn.execute("INSERT INTO articles(id, title, lead, blocks, body, raw, file_name, imported_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00+00:00')",
                     (number, title, "Tin ngắn.", old_blocks, body, raw, f"{number}.txt"))
        POSTGRES.index(conn, number, fts_values(title, "Tin ngắn.", body))
    conn.execute("INSERT INTO source_documents(id, file_name, format, sha256, raw, article_count, imported_at) "
                 "VALUES (1, 'review.pdf', 'pdf', 'x', ?, 2, '2024-01-01')", (PAGE * 3,))
    conn.close()
    return raws


def test_a_version_7_shared_archive_is_converted_with_its_content(pg_server, monkeypatch):
    url = pg_server.fresh_database("template0")  # an empty database (the usual template is migrated)
    raws = _v7_shared_archive(url, monkeypatch)
    with Archive.open(url) as archive:
        assert migrations.user_version(archive._conn) == migrations.LATEST
        columns = {d[0] for d in archive._conn.execute("SELECT * FROM articles LIMIT 0").description}
        assert "body" not in columns and "words" in columns
        for number, raw in enumerate(raws, start=1):
            assert archive.get(number).blocks == BLOCKS and archive.original_bytes(number) == raw
        assert archive.document_bytes(1) == PAGE * 3
        assert archive.rows([1])[0].words == 36
        hits = archive.search("duong tuan tra")
        assert sorted(h.id for h in hits) == [1, 2, 3] and "<b>đường</b> <b>tuần</b> <b>tra</b>" in hits[0].snippet
        archive.set_block_role(1, 3, "removed")
        assert sorted(h.id for h in archive.search("Nguyễn Văn Bình")) == [2, 3]
        archive.delete(3)
        assert sorted(h.id for h in archive.search("duong tuan tra")) == [1, 2]
        assert archive._conn.execute("SELECT pages FROM outlet_pages").fetchall() == []  # no outlets stored
    assert check_file(url).findings == []


def test_an_upgraded_archive_file_shrinks_to_its_new_size(tmp_path):
    """Version 8 packs every article; the pages it frees go back to the file system (VACUUM after the
    upgrade), so a user upgrading a big archive sees the smaller file, not the old size for good."""
    path = tmp_path / "v7.sqlite"
    _v7_archive(path)
    conn = sqlite3.connect(path)
    old_blocks, body = _v7_text()
    for number in range(5, 205):  # as version 7 wrote them: JSON blocks, the body, raw bytes, indexed
        conn.execute("INSERT INTO articles(id, title, blocks, body, raw, imported_at) VALUES (?, ?, ?, ?, ?, '2024')",
                     (number, f"Bài {number}", old_blocks, body, PAGE * 60))
        conn.execute("INSERT INTO articles_fts(rowid, title_x, title_f, lead_x, lead_f, body_x, body_f) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (number, *fts_values(f"Bài {number}", "", body)))
    conn.commit()
    conn.close()
    before = path.stat().st_size
    with Archive.open(path) as archive:
        assert archive._conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert archive.original_bytes(100) == PAGE * 60
    assert path.stat().st_size < before / 2
