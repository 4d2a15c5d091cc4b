"""The generator's PostgreSQL load: COPY with the indexes dropped, built again after; copies up to a size."""
from __future__ import annotations

import psycopg

from benchmarks.make_realistic_archive import make_realistic_archive
from storage.archive import Archive
from storage.archive.records import Filters

from . import vn_articles as fx


def _indexes(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        return {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}


def test_bulk_load_and_copies_leave_a_whole_archive(pg_server):
    url, fresh = pg_server.fresh_database(), pg_server.fresh_database()
    make_realistic_archive(url, 40, seed=4, copies_to=100)
    assert _indexes(url) == _indexes(fresh)  # every index dropped for the load is back
    with Archive.open(url) as archive:
        conn = archive._conn
        assert archive.count() == 100 and max(archive.ids(order_by="id")) == 100
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 100
        assert conn.execute("SELECT count(*) FROM story_state WHERE key = 'bulk_indexes'").fetchone()[0] == 0
        wrong = conn.execute("SELECT count(*) FROM entities e WHERE article_count != (SELECT count(*) "
                             "FROM article_entities l WHERE l.entity_id = e.id)").fetchone()[0]
        assert wrong == 0  # counted once after the load (its triggers were off)
        first, copy = archive.get(7), archive.get(47)  # article 47 repeats article 7
        assert (copy.title, copy.body, copy.entity_keys) == (first.title, first.body, first.entity_keys)
        word = first.title.split()[0]
        hits = archive.ids(Filters(query=word), order_by="id")
        assert 7 in hits and 47 in hits and 87 in hits
        assert archive.add_article(fx.market(), raw=b"", file_name="m") == 101  # the sequence moved past the copies
