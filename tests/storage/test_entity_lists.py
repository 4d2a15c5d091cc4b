"""Entity lists read page by page from the stored article counts; facet values carry entity ids."""
from __future__ import annotations

import sqlite3

import pytest

from storage.archive import Archive, migrations
from storage.archive.records import Filters
from storage.records import Entity
from tests.storage.vn_articles import article


@pytest.fixture
def archive(tmp_path):
    archive = Archive.open(tmp_path / "a.sqlite")
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Đức Cường", "Đỗ Hữu Dũng"]
    for number in range(12):  # An in 12 articles, Bình in 6, Cường in 4, Dũng in 3
        people = [Entity(n, "person") for i, n in enumerate(names) if number % (1, 2, 3, 4)[i] == 0]
        archive.add_article(article(f"Bài {number}", [f"Đoạn văn số {number} về quốc phòng."],
                                    published=f"2020-01-{number + 1:02d}",
                                    entities=people + [Entity("Đà Nẵng", "location")]),
                            raw=b"", file_name=f"{number}.txt")
    yield archive
    archive.close()


def counts(rows) -> list[tuple[str, int]]:
    return [(r.name, r.article_count) for r in rows]


def test_pages_come_most_named_first_and_add_up_to_the_whole_list(archive):
    whole = counts(archive.entities("person"))
    assert whole == [("Nguyễn Văn An", 12), ("Trần Thị Bình", 6), ("Lê Đức Cường", 4), ("Đỗ Hữu Dũng", 3)]
    pages = [archive.entity_list("person", offset=o, limit=3) for o in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 1, 0]
    assert counts(pages[0] + pages[1]) == whole
    assert [r.name for r in archive.entity_list("person", by_name=True)] == [  # Đ after D, before E
        "Đỗ Hữu Dũng", "Lê Đức Cường", "Nguyễn Văn An", "Trần Thị Bình"]


def test_the_filter_folds_accents_and_case_and_finds_aliases(archive):
    assert counts(archive.entity_list("person", contains="DUC cuong")) == [("Lê Đức Cường", 4)]
    assert counts(archive.entity_list("location", contains="da nang")) == [("Đà Nẵng", 12)]
    assert archive.entity_list("person", contains="không có") == []
    dung = archive.entity_id("Đỗ Hữu Dũng", "person")
    archive.rename_entity(dung, "Đỗ H. Dũng")  # the old name stays an alias
    found = archive.entity_list("person", contains="huu dung")
    assert [(r.name, r.aliases) for r in found] == [("Đỗ H. Dũng", ["Đỗ Hữu Dũng"])]


def test_counts_follow_links_through_edits_merge_and_delete(archive):
    an, binh = archive.entity_id("Nguyễn Văn An", "person"), archive.entity_id("Trần Thị Bình", "person")
    undo = archive.merge_entities(an, binh)  # Bình's 6 articles are all among An's 12
    assert counts(archive.entity_list("person", limit=2)) == [("Nguyễn Văn An", 12), ("Lê Đức Cường", 4)]
    archive.unmerge(undo)
    assert counts(archive.entity_list("person", limit=2)) == [("Nguyễn Văn An", 12), ("Trần Thị Bình", 6)]
    first = archive.ids(Filters(entity_id=binh))[0]
    archive.remove_entity_link(first, binh)
    stored = archive.delete(archive.ids(Filters(entity_id=binh))[0])
    assert ("Trần Thị Bình", 4) in counts(archive.entity_list("person")) and archive.entity(binh).article_count == 4
    archive.restore(stored)
    archive.add_entity_link(first, "Trần Thị Bình", "person")
    assert ("Trần Thị Bình", 6) in counts(archive.entity_list("person"))
    assert counts(archive.entities("person")) == counts(archive.entity_list("person"))


def test_entity_facets_carry_ids_filtered_or_not(archive):
    for filters in (None, Filters(query="quốc phòng"), Filters(year=2020)):
        facet = archive.facets(filters)["person"]
        assert facet[0] == ("Nguyễn Văn An", 12)
        assert [value.id for value in facet] == [archive.entity_id(name, "person") for name, _ in facet]


def test_an_archive_of_schema_7_gets_its_counts(tmp_path, archive):
    path = archive.path
    archive.close()
    conn = sqlite3.connect(path)
    for trigger in ("entity_link_added", "entity_link_removed", "entity_link_moved"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP INDEX idx_entities_kind_count")
    conn.execute("UPDATE entities SET article_count = 0")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    with Archive.open(path) as again:
        assert migrations.user_version(again._db) == migrations.LATEST
        assert counts(again.entity_list("person", limit=1)) == [("Nguyễn Văn An", 12)]
