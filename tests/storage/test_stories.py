"""Story groups: near-duplicate detection at import, the original's choice, split/join with undo,
grouping an existing archive — on real SQLite files and real extraction."""
from __future__ import annotations

from array import array

import pytest

from storage.archive import Archive
from storage.archive.codec import pack_blocks, unpack_raw
from storage.edits import apply
from storage.ingest import ingest
from storage.records import Block
from storage.stories import shingles as sh, store
from storage.stories.edits import JoinStory, SplitFromStory
from storage.stories.rebuild import pending, regroup
from storage.stories.view import stories, story_of

from storage.archive.backends import dialect_of

from .stories_texts import PARAGRAPHS, strip_marks, write_story


@pytest.fixture
def story_pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    return write_story(folder)


def _ids(report) -> dict[str, int]:
    return {path.rsplit("/", 1)[-1].removesuffix(".txt"): article_id for path, article_id in report.imported}


def test_folded_shingles_ignore_diacritics_and_measure_excerpts():
    assert sh.shingles(PARAGRAPHS) == sh.shingles([strip_marks(p) for p in PARAGRAPHS])
    excerpt = sh.shingles(PARAGRAPHS[:2])
    whole = sh.shingles(PARAGRAPHS)
    assert sh.containment(excerpt, whole) == 1.0
    assert sh.resemblance(excerpt, whole) < 0.5


def test_versions_join_one_story_and_the_negative_stays_alone(archive_location, tmp_path, story_pages):
    with Archive.open(archive_location) as archive:
        report = ingest(archive, [story_pages[n] for n in ("wire", "retitled", "plain", "excerpt", "negative")])
        ids = _ids(report)
        assert len(ids) == 5 and not report.failed
        story = story_of(archive, ids["wire"])
        assert story is not None
        assert {v.article_id for v in story.versions} == {ids[n] for n in ("wire", "retitled", "plain", "excerpt")}
        assert story_of(archive, ids["negative"]) is None
        assert [joined[2] for joined in report.joined] == [story.id] * 3
        relations = {v.article_id: v.relation for v in story.versions}
        assert relations[ids["wire"]] == "original"
        assert relations[ids["excerpt"]] == "excerpt"
        assert relations[ids["retitled"]] == "edited"
        assert story.original_id == ids["wire"]
        assert "TTXVN" in story.reason


def test_no_false_group_on_the_seeds(archive_location, tmp_path, seed_files):
    with Archive.open(archive_location) as archive:
        report = ingest(archive, seed_files)
        assert len(report.imported) == len(seed_files)
        assert report.joined == [] and stories(archive) == []


def test_split_and_join_with_undo_and_history(archive_location, tmp_path, story_pages):
    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, list(story_pages.values())))
        before = story_of(archive, ids["wire"])
        undo_split = apply(archive, SplitFromStory(ids["plain"]))
        assert story_of(archive, ids["plain"]) is None
        assert len(story_of(archive, ids["wire"]).versions) == 3
        assert archive.history(ids["plain"])[0].field == "story"
        assert archive.history(ids["plain"])[0].old == before.id
        apply(archive, undo_split)
        assert story_of(archive, ids["wire"]) == before

        undo_join = apply(archive, JoinStory(ids["negative"], ids["wire"]))
        joined = story_of(archive, ids["negative"])
        assert joined.id == before.id and len(joined.versions) == 5
        apply(archive, undo_join)
        assert story_of(archive, ids["negative"]) is None
        assert story_of(archive, ids["wire"]) == before


def test_split_of_a_pair_dissolves_the_story_and_undo_brings_it_back(archive_location, tmp_path, story_pages):
    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, [story_pages["wire"], story_pages["retitled"]]))
        story = story_of(archive, ids["wire"])
        undo = apply(archive, SplitFromStory(ids["retitled"]))
        assert stories(archive) == []
        apply(archive, undo)
        assert stories(archive) == [story]


def test_regroup_finds_what_import_found(archive_location, second_archive_location, story_pages):
    paths = list(story_pages.values())
    with Archive.open(archive_location) as on, Archive.open(second_archive_location) as off:
        ingest(on, paths)
        ingest(off, paths, detect_stories=False)
        assert stories(off) == []
        report = regroup(off)
        assert report.stories == 1 and report.grouped == 4
        assert [sorted(v.relation for v in s.versions) for s in stories(off)] == \
               [sorted(v.relation for v in s.versions) for s in stories(on)]


def test_an_archive_from_before_stories_is_marked_and_grouped(tmp_path, story_pages):
    """SQLite only: it rewinds the file's schema by hand (the PostgreSQL ladder is in test_archive)."""
    path = tmp_path / "old.sqlite"
    with Archive.open(path) as archive:
        ingest(archive, list(story_pages.values()), detect_stories=False)
        conn = archive._conn
        for table in ("story_state", "story_bands", "story_members", "stories"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DROP TRIGGER story_article_deleted")
        conn.execute("PRAGMA user_version = 6")
    with Archive.open(path) as archive:
        assert pending(archive)
        seen = []
        regroup(archive, progress=lambda done, total, message: seen.append((done, total)))
        assert not pending(archive) and len(stories(archive)) == 1
        assert seen and seen[-1] == (1, 1)


def test_deleting_an_article_leaves_its_story_consistent(archive_location, tmp_path, story_pages):
    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, [story_pages["wire"], story_pages["retitled"], story_pages["plain"]]))
        archive.delete(ids["plain"])
        for table in ("story_bands", "story_sketches", "story_members"):
            count = archive._conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (ids["plain"],))
            assert count.fetchone()[0] == 0, table
        assert archive._conn.execute("SELECT count(*) FROM story_bands").fetchone()[0] == 2 * 32
        story = story_of(archive, ids["wire"])
        assert [v.article_id for v in story.versions] == [ids["wire"], ids["retitled"]]


def test_one_per_story_and_republished_by_filters(archive_location, tmp_path, story_pages):
    from storage.archive import Filters

    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, list(story_pages.values())))
        assert archive.count() == 5
        assert sorted(archive.ids(Filters(one_per_story=True))) == sorted([ids["wire"], ids["negative"]])
        hits = archive.search("cuu nan", filters=Filters(one_per_story=True))
        found = {h.id for h in hits}
        assert ids["wire"] in found and not found & {ids["retitled"], ids["plain"], ids["excerpt"]}
        assert ids["retitled"] in {h.id for h in archive.search("cuu nan")}
        outlet = archive.get(ids["retitled"]).outlet
        facet = dict(archive.facets()["republished_by"])
        assert facet[outlet] == 1 and archive.get(ids["negative"]).outlet not in facet
        assert sorted(archive.ids(Filters(republished_by=outlet))) == sorted(
            ids[n] for n in ("wire", "retitled", "plain", "excerpt"))


def test_sketches_of_short_unrelated_bodies_stay_apart():
    one = sh.shingles(["Hội nghị bàn về an ninh biển và tìm kiếm cứu nạn trong khu vực phía Bắc năm nay."])
    two = sh.shingles(["Đoàn doanh nghiệp đóng tàu tới thăm nhà máy sửa chữa tàu vỏ thép ở Hải Phòng hôm qua."])
    assert 8 <= len(one) < sh.BINS and 8 <= len(two) < sh.BINS
    assert sh.estimated_resemblance(sh.sketch(one), sh.sketch(two)) < 0.2
    assert sh.sketch(one) == sh.sketch(set(one))
    assert sh.estimated_resemblance(sh.sketch(one), sh.sketch(one)) == 1.0


def test_word_diff_marks_added_and_removed_words():
    from storage.stories.diff import added_paragraphs, changed_words, word_diff

    pieces = word_diff("Hai bên ký biên bản ghi nhớ hôm nay", "Hai bên đã ký biên bản hôm nay")
    assert [(p.kind, p.text) for p in pieces] == [("same", "Hai bên"), ("added", "đã"), ("same", "ký biên bản"),
                                                  ("removed", "ghi nhớ"), ("same", "hôm nay")]
    assert changed_words(pieces) == (2, 1)
    assert added_paragraphs(PARAGRAPHS[:2], [PARAGRAPHS[0], "Một đoạn hoàn toàn mới về chuyện khác."]) == \
        ["Một đoạn hoàn toàn mới về chuyện khác."]


def test_the_fingerprint_prepared_in_a_worker_equals_the_writers(archive_location, tmp_path, story_pages):
    """The sketch a worker process computes in prepare() is the one the writer would compute (and store)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from storage.ingest_prepare import prepare
    from storage.stories.detect import fingerprint

    paths = list(story_pages.values())
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        remote = list(pool.map(prepare, paths, [True] * len(paths)))
    assert [p.fingerprint for p in map(prepare, paths)] == [None] * len(paths)  # off unless asked
    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, paths, workers=1))
        for path, prepared in zip(paths, remote):
            here = fingerprint(prepare(path).article.body)
            assert prepared.fingerprint == here and here.usable
            assert list(here.keys) == sh.bands(list(here.values))
            blob, size = archive._conn.execute("SELECT sketch, size FROM story_sketches WHERE article_id = ?",
                                               (ids[path.stem],)).fetchone()
            assert (list(array("q", blob)), size) == (list(here.values), here.size)
            # a borderline version check takes the new article's exact shingles from its fingerprint: the set
            # read back from its stored body
            assert here.shingle_set() == store.body_shingles(archive._conn, [ids[path.stem]])[ids[path.stem]]


def test_parallel_import_with_detection_finds_the_serial_stories(archive_location, second_archive_location,
                                                                 tmp_path, story_pages):
    from .test_ingest import write_pages

    write_pages(tmp_path / "pages", 12)  # enough files for a worker pool
    paths = sorted((tmp_path / "pages").glob("*.txt"))
    tables = ("SELECT article_id, story_id, relation FROM story_members ORDER BY article_id",
              "SELECT article_id, sketch, size, bands FROM story_sketches ORDER BY article_id",
              "SELECT id, original_id, reason FROM stories ORDER BY id")
    results = []
    for workers, location in ((1, archive_location), (2, second_archive_location)):
        with Archive.open(location) as archive:
            report = ingest(archive, paths, workers=workers)
            results.append(([archive._conn.execute(sql).fetchall() for sql in tables], report.joined))
    assert results[0] == results[1]
    assert len(results[0][1]) >= 3  # the story pages (the generated pages share a template: they group too)


def _story_rows(archive, article_id):
    conn = archive._conn
    return ([tuple(r) for r in conn.execute("SELECT * FROM story_members WHERE article_id = ?", (article_id,))],
            [tuple(r) for r in conn.execute("SELECT * FROM story_sketches WHERE article_id = ?", (article_id,))],
            [tuple(r) for r in conn.execute("SELECT * FROM story_bands WHERE article_id = ? ORDER BY band",
                                            (article_id,))])


@pytest.mark.parametrize("name", ["plain", "wire"])  # a version, and the story's original
def test_undo_of_a_delete_puts_the_story_membership_back(archive_location, tmp_path, story_pages, name):
    from storage.edits import DeleteArticle

    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, [story_pages[n] for n in ("wire", "retitled", "plain", "negative")]))
        before, rows = story_of(archive, ids["wire"]), _story_rows(archive, ids[name])
        assert rows[0] and len(rows[2]) == 32
        undo = apply(archive, DeleteArticle(ids[name]))
        assert _story_rows(archive, ids[name]) == ([], [], [])
        apply(archive, undo)
        assert story_of(archive, ids["wire"]) == before  # same story, same original, reason and relations
        assert _story_rows(archive, ids[name]) == rows  # membership, sketch and band rows
        assert archive._conn.execute("SELECT count(*) FROM story_bands").fetchone()[0] == 4 * 32


def test_undo_of_deleting_both_versions_of_a_pair_brings_the_story_back(archive_location, tmp_path, story_pages):
    from storage.edits import Batch, DeleteArticle

    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, [story_pages["wire"], story_pages["retitled"]]))
        before = stories(archive)
        undo = apply(archive, Batch((DeleteArticle(ids["wire"]), DeleteArticle(ids["retitled"]))))
        assert archive.count() == 0
        apply(archive, undo)
        assert stories(archive) == before


def test_undo_of_a_delete_after_the_story_was_dissolved(archive_location, tmp_path, story_pages):
    from storage.edits import DeleteArticle

    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, [story_pages["wire"], story_pages["retitled"]]))
        before = stories(archive)
        undo = apply(archive, DeleteArticle(ids["retitled"]))
        apply(archive, SplitFromStory(ids["wire"]))  # the story's last member stands alone: dissolved
        assert stories(archive) == []
        apply(archive, undo)
        assert stories(archive) == before


def test_reextract_runs_story_detection_again_when_the_body_changed(archive_location, tmp_path, story_pages):
    from storage.stories import store

    names = ("wire", "retitled", "plain", "negative")
    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, [story_pages[n] for n in names]))
        before = story_of(archive, ids["wire"])
        with archive._write() as conn:  # "retitled" as an older extractor left it: another body, alone
            raw = unpack_raw(conn.execute("SELECT raw FROM articles WHERE id = ?", (ids["retitled"],)).fetchone()[0])
            conn.execute("UPDATE articles SET blocks = ? WHERE id = ?",
                         (pack_blocks([Block(PARAGRAPHS[0] + " cũ")], raw), ids["retitled"]))
            store.drop_index(conn, ids["retitled"])
            store.settle(conn, before.id, [ids["wire"], ids["plain"]])
        assert story_of(archive, ids["retitled"]) is None and _story_rows(archive, ids["retitled"])[1] == []

        report = ingest(archive, [story_pages[n] for n in names], reextract=True)
        assert len(report.reextracted) == 4
        assert story_of(archive, ids["retitled"]) == before  # back in its story, as edited
        assert archive.history(ids["retitled"])[0].field == "story"
        assert len(_story_rows(archive, ids["retitled"])[2]) == 32
        assert story_of(archive, ids["negative"]) is None

        apply(archive, SplitFromStory(ids["plain"]))  # a user's split stays while the bodies do not change
        after_split = story_of(archive, ids["wire"])
        ingest(archive, [story_pages[n] for n in names], reextract=True)
        assert story_of(archive, ids["plain"]) is None and story_of(archive, ids["wire"]) == after_split


def _bands_from_sketches(archive):
    rows = dialect_of(archive._conn).json_rows("s.bands")
    return sorted(archive._conn.execute(
        f"SELECT CAST(j.value AS BIGINT), s.article_id FROM story_sketches s, {rows}").fetchall())


def test_held_band_rows_are_written_by_the_end_of_the_import(archive_location, tmp_path, story_pages, monkeypatch):
    from storage.stories import store

    monkeypatch.setattr(store.PendingBands, "FLUSH", 2)  # flushes within the import and at its end
    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, list(story_pages.values())))
        assert len(story_of(archive, ids["wire"]).versions) == 4
        assert sorted(archive._conn.execute("SELECT band, article_id FROM story_bands").fetchall()) == \
            _bands_from_sketches(archive)
        assert archive._conn.execute("SELECT count(*) FROM story_state WHERE key = 'bands_from'").fetchone()[0] == 0


def test_band_rows_an_interrupted_import_left_unwritten_are_written_by_the_next(archive_location, tmp_path, story_pages):
    with Archive.open(archive_location) as archive:
        ids = _ids(ingest(archive, [story_pages["wire"], story_pages["negative"]]))
        with archive._write() as conn:  # as a crash before the flush leaves them
            conn.execute("DELETE FROM story_bands")
            conn.execute("INSERT INTO story_state(key, value) VALUES ('bands_from', ?)", (str(ids["wire"]),))
        more = _ids(ingest(archive, [story_pages["retitled"]]))
        assert {v.article_id for v in story_of(archive, ids["wire"]).versions} == {ids["wire"], more["retitled"]}
        assert sorted(archive._conn.execute("SELECT band, article_id FROM story_bands").fetchall()) == \
            _bands_from_sketches(archive)



def _named(archive):
    """Each story as (reason, sorted (file name, relation)) — comparable across archives."""
    name = lambda article_id: archive.get(article_id).file_name  # noqa: E731
    return sorted((s.reason, sorted((name(v.article_id), v.relation) for v in s.versions)) for s in stories(archive))


@pytest.mark.parametrize("order", [["wire", "retitled", "plain", "excerpt", "negative"],
                                   ["excerpt", "plain", "retitled", "negative", "wire"]],
                         ids=["original first", "original last"])
def test_joining_one_at_a_time_gives_what_grouping_from_scratch_gives(tmp_path, story_pages, order):
    """Articles imported one by one join their story incrementally (one member row when the original
    stays; the whole story settled again when a newcomer becomes it): the same stories, originals,
    reasons and relations as grouping the same articles from scratch."""
    paths = [story_pages[name] for name in order]
    with Archive.open(tmp_path / "on.sqlite") as on, Archive.open(tmp_path / "off.sqlite") as off:
        for path in paths:  # one import per file: every article joins an existing story on its own
            ingest(on, [path])
        ingest(off, paths, detect_stories=False)
        regroup(off)
        assert _named(on) == _named(off)
        assert len(stories(on)) == 1 and len(stories(on)[0].versions) == 4
