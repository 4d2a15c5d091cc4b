"""Vietnamese alphabetical order in the core: the Python key, the SQLite collation, the archive's orders."""
from __future__ import annotations

import random
import sqlite3

from storage import collation
from storage.archive import Archive
from storage.records import Article, Block

# Written in dictionary order by hand (letters a ă â … đ … ô ơ … ư; tones none, grave, hook, tilde,
# acute, dot; lower case first).
ORDERED = ["2020 năm bản lề", "An ninh mạng", "ăn", "ằn", "ắn", "Ăn Tết", "Âm thanh", "Bảo tàng", "dân", "Dân",
           "Dũng", "Đà Nẵng", "Đối thoại", "em", "Ê-đê", "ma", "mà", "mả", "mã", "má", "mạ", "mác", "Ô tô", "Ông",
           "Ơn", "u", "ủng", "ư", "ừ", "Việt Nam"]


def test_sort_key_puts_our_hand_ordered_list_in_order():
    shuffled = ORDERED[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=collation.sort_key) == ORDERED


def test_nfd_input_sorts_like_nfc_and_none_first():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Đối thoại")
    assert collation.sort_key(nfd) == collation.sort_key("Đối thoại")
    assert collation.sorted_vi(["b", None, "a"]) == [None, "a", "b"]


def test_sqlite_collation_orders_like_the_key(tmp_path):
    conn = sqlite3.connect(tmp_path / "c.sqlite")
    collation.register(conn)
    conn.execute("CREATE TABLE t(v TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in reversed(ORDERED)])
    assert [r[0] for r in conn.execute("SELECT v FROM t ORDER BY v COLLATE vi")] == ORDERED
    conn.close()


def test_postgresql_vi_collation_orders_like_the_key(pg_server):
    """COLLATE vi on PostgreSQL is ICU's Vietnamese collation: it agrees with the key on the list."""
    with Archive.open(pg_server.emptied_database()) as archive:
        rows = archive._conn.execute(
            "SELECT v FROM unnest(CAST(? AS text[])) AS t(v) ORDER BY v COLLATE vi", (list(reversed(ORDERED)),))
        assert [r[0] for r in rows] == ORDERED


def _article(title: str, outlet: str | None) -> Article:
    return Article(title=title, outlet=outlet, blocks=[Block(f"Nội dung riêng của bài {title}.")])


def test_archive_orders_titles_outlets_and_tags_the_vietnamese_way(archive_location):
    titles = ["Việt Nam hợp tác", "Đối thoại chiến lược", "Ăn Tết biên giới", "An toàn hàng hải", "Dân vận"]
    outlets = ["Vietnam News", "Đài Tiếng nói", "Dân trí", "Báo Ấp Bắc", None]
    with Archive.open(archive_location) as archive:
        ids = {t: archive.add_article(_article(t, o), raw=b"x", file_name=f"{i}.txt")
               for i, (t, o) in enumerate(zip(titles, outlets))}
        by_title = archive.ids(order_by="title", descending=False)
        assert by_title == [ids[t] for t in sorted(titles, key=collation.sort_key)]
        assert [archive.get(i).title for i in by_title[:3]] == ["An toàn hàng hải", "Ăn Tết biên giới", "Dân vận"]
        assert archive.ids(order_by="title", descending=True) == by_title[::-1]
        by_outlet = [archive.get(i).outlet for i in archive.ids(order_by="outlet", descending=False)]
        assert by_outlet == ["Báo Ấp Bắc", "Dân trí", "Đài Tiếng nói", "Vietnam News", None]
        archive.set_field(ids["Dân vận"], "tags", ["đối ngoại", "an ninh", "ăn ở", "dân sự"])
        assert archive.all_tags() == ["an ninh", "ăn ở", "dân sự", "đối ngoại"]
