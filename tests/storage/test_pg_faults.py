"""Faults of a shared archive's server, on a throwaway PostgreSQL server of this module's own: the
server restarted in the middle of an import, a connection cut in the middle of an edit. Nothing is
ever half-written: what was kept is named, and the rest is either stored whole or reported lost."""
from __future__ import annotations

import psycopg
import pytest

from storage.archive import Archive
from storage.errors import ArchiveError
from storage.ingest import ingest

from . import vn_articles as fx
from .team_fixtures import backend_pid, write_pages
from tests.pg_server import TEMPLATE, Server, find_binaries, missing


@pytest.fixture(scope="module")
def server():
    """A server this module may restart (the session's one stays untouched)."""
    binaries = find_binaries()
    if binaries is None:
        missing("no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin")
    own = Server(binaries).start()
    try:
        own.admin(f"CREATE DATABASE {TEMPLATE}")
        Archive.open(own.url(TEMPLATE)).close()
        yield own
    finally:
        own.stop()


def _restart(server: Server) -> None:
    server._run("pg_ctl", "-D", str(server.data), "-l", str(server.folder / "server.log"), "-m", "fast", "-w",
                "-t", "60", "restart")


def test_server_restart_mid_import_stops_with_what_was_kept_named_and_resumes(server, tmp_path):
    url = server.fresh_database()
    files = write_pages(tmp_path / "pages", 12)

    def restart_after_five(done: int, total: int, name: str) -> None:
        if done == 5:
            _restart(server)

    with Archive.open(url) as archive:
        with pytest.raises(ArchiveError, match=r"import stopped at bai_005.txt \(5 of 12 files done\)") as stopped:
            ingest(archive, files, progress=restart_after_five, workers=1)
    report = stopped.value.report
    kept = [article_id for _path, article_id in report.imported]
    assert [p for p, _ in report.imported] == [str(f) for f in files[:5]] or len(kept) == 5
    with Archive.open(url) as archive:  # after the restart: exactly the five named, each whole
        assert archive.count() == 5 and sorted(archive.ids(None)) == sorted(kept)
        for article_id in kept:
            stored = archive.get(article_id)
            assert stored.body and stored.entities and archive.original_bytes(article_id)
        assert len(archive.search("nong dan thu hoach")) == 5
        again = ingest(archive, files, workers=1)  # the import run again: the rest, no duplicates stored
        assert len(again.duplicates) == 5 and len(again.imported) == 7 and not again.failed
        assert archive.count() == 12 and len(archive.search("nong dan thu hoach")) == 12


def test_connection_cut_before_commit_reports_the_edit_lost_and_applies_none_of_it(server):
    url = server.fresh_database()
    with Archive.open(url) as owner:
        article_id = owner.add_article(fx.defence(), raw=b"", file_name="d")
        title = owner.get(article_id).title
    editor = Archive.open(url)
    try:
        pid = backend_pid(editor)
        with pytest.raises(ArchiveError, match="could not be written"):
            with editor._write():  # a batch of edits, one transaction: the network drops before COMMIT
                editor.set_field(article_id, "title", "Sửa dở dang")
                editor.set_field(article_id, "tags", ["mất"])
                with psycopg.connect(url, autocommit=True) as admin:
                    assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
                editor.set_field(article_id, "author", "Minh Anh")
    finally:
        editor.close()
    with Archive.open(url) as owner:
        stored = owner.get(article_id)
        assert stored.title == title and stored.tags == ["quân sự"] and stored.author is None
        assert owner.history(article_id) == []


def test_connection_cut_after_commit_keeps_the_edit_stored_whole(server):
    url = server.fresh_database()
    with Archive.open(url) as owner:
        article_id = owner.add_article(fx.defence(), raw=b"", file_name="d")
    editor = Archive.open(url)
    try:
        editor.set_field(article_id, "title", "Đã lưu")
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (backend_pid(editor),))
        with pytest.raises(ArchiveError):  # the next edit on the dead connection: reported, not lost silently
            editor.set_field(article_id, "author", "Minh Anh")
    finally:
        editor.close()
    with Archive.open(url) as owner:
        assert owner.get(article_id).title == "Đã lưu" and owner.get(article_id).author is None
        assert [(h.field, h.new) for h in owner.history(article_id)] == [("title", "Đã lưu")]
