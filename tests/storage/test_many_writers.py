"""Many writers on one shared archive: real connections on the throwaway PostgreSQL server, their
order forced by holding a transaction open and waiting until the other one queues behind it."""
from __future__ import annotations

import pytest

from storage.archive import Archive
from storage.archive.notify import listen
from storage.edits import Batch, SetField, apply
from storage.errors import ArchiveError, NotFound
from storage.records import Entity

from . import vn_articles as fx
from .team_fixtures import Worker, backend_pid, wait_until_blocked


@pytest.fixture
def url(pg_server):
    return pg_server.fresh_database()


@pytest.fixture
def two(url):
    """Two archives on one database (two users' apps)."""
    first, second = Archive.open(url), Archive.open(url)
    yield first, second
    first.close()
    second.close()


def test_same_field_later_edit_wins_and_history_shows_both(url, two):
    first, second = two
    waiter = backend_pid(second)  # before the worker holds its connection
    article_id = first.add_article(fx.defence(), raw=b"", file_name="d")
    original = first.get(article_id).title
    with first._write():  # the first editor's transaction is open...
        first.set_field(article_id, "title", "Bản của Lan")
        late = Worker(second.set_field, article_id, "title", "Bản của Minh")
        wait_until_blocked(url, waiter)  # ...the second queues behind its row lock
    assert late.join() == "Bản của Lan"  # its "old" is the first edit, not the value it saw before
    assert second.get(article_id).title == first.get(article_id).title == "Bản của Minh"
    assert [(h.old, h.new) for h in first.history(article_id)] == [("Bản của Lan", "Bản của Minh"),
                                                                   (original, "Bản của Lan")]


def test_edit_waiting_behind_a_delete_is_reported_not_lost(url, two):
    first, second = two
    waiter = backend_pid(second)
    article_id = first.add_article(fx.defence(), raw=b"", file_name="d")
    with first._write():
        first.delete(article_id)
        late = Worker(apply, second, SetField(article_id, "author", "Minh Anh"))
        wait_until_blocked(url, waiter)
    with pytest.raises(NotFound):
        late.join()
    assert first.count() == 0 and first.history(article_id) == []


def test_deadlock_victim_is_run_again(url, two):
    """Two edits locking two articles in opposite orders: the server aborts one, it runs again after
    the other commits; both are stored, each history row's old value is the value it replaced."""
    first, second = two
    waiter = backend_pid(second)
    a = first.add_article(fx.defence(), raw=b"", file_name="d")
    b = first.add_article(fx.market(), raw=b"", file_name="m")
    with first._write():
        first.set_field(a, "author", "Lan")
        crossing = Worker(apply, second, Batch((SetField(b, "author", "Minh"), SetField(a, "author", "Minh"))))
        wait_until_blocked(url, waiter)  # second holds b, waits for a
        first.set_field(b, "author", "Lan")  # waits for b: a cycle; the server aborts the second
    crossing.join()
    assert first.get(a).author == first.get(b).author == "Minh"
    for article_id in (a, b):
        assert [(h.old, h.new) for h in first.history(article_id)] == [("Lan", "Minh"), (None, "Lan")]


def _importer(url: str, names: list[str], count: int, tag: str) -> list[int]:
    with Archive.open(url) as archive:
        ids = []
        for n in range(count):
            article = fx.article(f"Bản tin {tag} số {n}", [f"Nội dung riêng {tag} {n} về {names[n % len(names)]}."],
                                 entities=[Entity(name, "location") for name in names], tags=[f"nhóm {n % 3}", tag])
            ids.append(archive.add_article(article, raw=b"", file_name=f"{tag}{n}.txt"))
        return ids


def test_importers_at_once_share_new_names_without_deadlock_or_loss(url):
    """Three importers writing the same new entity and tag names in different orders."""
    names = ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng"]
    workers = [Worker(_importer, url, names[k:] + names[:k], 15, f"máy{k}") for k in range(3)]
    ids = [i for w in workers for i in w.join(60)]
    with Archive.open(url) as archive:
        assert archive.count() == 45 == len(set(ids))
        assert sorted(e.name for e in archive.entities()) == sorted(names)
        assert all(e.article_count == 45 for e in archive.entities())
        assert len(archive.search("ban tin")) == 45


def test_listener_hears_other_users_commits_and_not_rollbacks(url, two):
    first, second = two
    with listen(second) as heard:
        article_id = first.add_article(fx.defence(), raw=b"", file_name="d")
        first.set_field(article_id, "title", "Tiêu đề mới")
        with pytest.raises(ArchiveError):
            with first._write():
                first.set_field(article_id, "author", "bị hủy")
                raise ArchiveError("rolled back")  # nothing committed: nothing announced
        second.set_field(article_id, "author", "Minh Anh")
        first.delete(article_id)
        changes = []
        while len(changes) < 4:
            got = heard.poll(timeout=5)
            assert got, f"no notice after {changes}"
            changes += got
        assert heard.poll(timeout=0.3) == []  # nothing more: the rolled-back edit was never announced
    assert [(c.kind, c.ids, c.own) for c in changes] == [
        ("added", (article_id,), False), ("edited", (article_id,), False), ("edited", (article_id,), True),
        ("deleted", (article_id,), False)]
    assert {c.user for c in changes} == {"tulieu"}


def test_sqlite_archive_has_no_listener(tmp_path):
    with Archive.open(tmp_path / "a.sqlite") as archive:
        assert listen(archive) is None


def test_two_people_tagging_one_article_at_once_both_keep_their_tags(url, two):
    """Bulk "+tag" edits made from what each saw: the second is worked out again once the first is
    committed, so neither tag is lost, and undoing the second leaves the first's tag."""
    from storage.bulk import bulk_edit

    first, second = two
    waiter = backend_pid(second)
    article_id = first.add_article(fx.defence(), raw=b"", file_name="d")  # tags: quân sự
    mine, theirs = bulk_edit(first, [article_id], "tags", "+biển"), bulk_edit(second, [article_id], "tags", "+đảo")
    with first._write():
        undo_mine = apply(first, mine)
        late = Worker(apply, second, theirs)
        wait_until_blocked(url, waiter)
    undo_theirs = late.join()
    assert sorted(first.get(article_id).tags) == ["biển", "quân sự", "đảo"]
    assert [sorted(h.new) for h in first.history(article_id) if h.field == "tags"] == [
        ["biển", "quân sự", "đảo"], ["biển", "quân sự"]]
    apply(second, undo_theirs)
    assert sorted(first.get(article_id).tags) == ["biển", "quân sự"]
    apply(first, undo_mine)
    assert first.get(article_id).tags == ["quân sự"]
