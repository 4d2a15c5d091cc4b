"""A shared archive's team on the throwaway PostgreSQL server: history rows name the database user,
and the reader/editor roles are enforced by the server's grants (real roles, real connections)."""
from __future__ import annotations

import psycopg
import pytest

from storage import cli
from storage.archive import Archive
from storage.archive import team
from storage.edits import SetField, apply
from storage.errors import ArchiveError

from . import vn_articles as fx
from .team_fixtures import as_user


@pytest.fixture
def url(pg_server):
    """A fresh shared archive with the team roles set up, and one editor and one reader."""
    location = pg_server.fresh_database()
    with Archive.open(location) as archive:
        team.setup(archive)
        team.grant(archive, "lan", "editor")
        team.grant(archive, "minh", "reader")
    return location


def test_history_rows_name_the_database_user(url):
    with Archive.open(as_user(url, "lan")) as editor:
        article_id = editor.add_article(fx.defence(), raw=b"", file_name="d")
        apply(editor, SetField(article_id, "title", "Tiêu đề đã sửa"))
    with Archive.open(url) as owner:
        owner.set_field(article_id, "author", "Minh Anh")
        rows = owner.history(article_id)
    assert [(r.field, r.new, r.user) for r in rows] == [("author", "Minh Anh", "tulieu"),
                                                        ("title", "Tiêu đề đã sửa", "lan")]


def test_sqlite_history_has_no_database_user(tmp_path):
    with Archive.open(tmp_path / "a.sqlite") as archive:
        article_id = archive.add_article(fx.defence(), raw=b"", file_name="d")
        archive.set_field(article_id, "title", "Mới")
        assert archive.history(article_id)[0].user is None
        with pytest.raises(ArchiveError, match="shared"):
            team.setup(archive)


def test_reader_searches_and_reads_but_cannot_write(url):
    with Archive.open(url) as owner:
        article_id = owner.add_article(fx.defence(), raw=b"raw", file_name="d")
    with Archive.open(as_user(url, "minh")) as reader:
        assert reader.read_only and reader.read_only_reason == "read-only for you: role tulieu_reader"
        assert [h.id for h in reader.search("quoc phong")] == [article_id]
        assert reader.get(article_id).title.startswith("Hợp tác") and reader.original_bytes(article_id) == b"raw"
        with pytest.raises(ArchiveError, match="read-only for you: role tulieu_reader"):
            reader.set_field(article_id, "title", "Không được")
        with pytest.raises(ArchiveError, match="read-only for you: role tulieu_reader"):
            reader.add_article(fx.market(), raw=b"", file_name="m")
    with Archive.open(url) as owner:
        assert owner.count() == 1 and owner.get(article_id).title.startswith("Hợp tác")
        assert owner.history(article_id) == []


def test_the_server_refuses_a_reader_even_past_the_app(url):
    """The grants, not the GUI, enforce the role: a reader's write through its own archive
    connection (the app's read-only flag lifted) is refused by PostgreSQL, and nothing is half-written."""
    with Archive.open(url) as owner:
        article_id = owner.add_article(fx.defence(), raw=b"", file_name="d")
    with Archive.open(as_user(url, "minh")) as reader:
        reader.read_only = False
        with pytest.raises(ArchiveError, match="read-only for you.*permission denied"):
            reader.set_field(article_id, "title", "Không được")
        with pytest.raises(ArchiveError, match="read-only for you.*permission denied"):
            reader.add_article(fx.market(), raw=b"", file_name="m")
        with pytest.raises(ArchiveError, match="read-only for you.*permission denied"):
            reader.delete(article_id)
    with psycopg.connect(as_user(url, "minh")) as raw:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("UPDATE articles SET title = 'x'")
    with Archive.open(url) as owner:
        assert owner.count() == 1 and owner.get(article_id).title.startswith("Hợp tác")
        assert owner.history(article_id) == [] and len(owner.search("cho ca")) == 0


def test_editor_imports_edits_merges_and_deletes(url):
    with Archive.open(as_user(url, "lan")) as editor:
        assert not editor.read_only
        first = editor.add_article(fx.defence(), raw=b"", file_name="d")
        second = editor.add_article(fx.market(), raw=b"", file_name="m")
        editor.set_field(first, "tags", ["quân sự", "biển"])
        ids = dict((e.name, e.id) for e in editor.entities())
        editor.merge_entities(ids["Khánh Hòa"], ids["Hà Nội"])
        editor.delete(second)
        assert editor.count() == 1 and editor.get(first).tags == ["biển", "quân sự"]


def test_a_user_switched_to_reader_loses_the_write_grant(url):
    with Archive.open(url) as owner:
        team.grant(owner, "lan", "reader")
        assert ("lan", "reader") in team.members(owner) and ("lan", "editor") not in team.members(owner)
    with Archive.open(as_user(url, "lan")) as lan:
        assert lan.read_only


def test_cli_team_setup_grant_and_list(pg_server, capsys):
    location = pg_server.fresh_database()
    assert cli.main(["team", "setup", "--archive", location]) == 0
    assert cli.main(["team", "grant", "hoa", "editor", "--archive", location]) == 0
    assert cli.main(["team", "grant", "thu", "reader", "--archive", location]) == 0
    assert cli.main(["team", "list", "--archive", location]) == 0
    out = capsys.readouterr().out
    assert "hoa is now editor" in out and "hoa\teditor" in out and "thu\treader" in out
    assert cli.main(["team", "grant", "bad name;", "editor", "--archive", location]) != 0
    assert "not a usable database user name" in capsys.readouterr().err


def test_cli_grant_with_password_sets_a_scram_hash_the_server_accepts(pg_server, monkeypatch, capsys):
    """`team grant USER editor --password`: the server stores a SCRAM hash (never the clear text) and,
    once pg_hba.conf asks that user for a password, the right one logs in and a wrong one does not."""
    import os

    location = pg_server.fresh_database()
    user = f"bich{os.getpid()}"
    monkeypatch.setenv("TULIEU_NEW_PASSWORD", "mật khẩu đội 7")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert cli.main(["team", "setup", "--archive", location]) == 0
    assert cli.main(["team", "grant", user, "editor", "--password", "--archive", location]) == 0
    with psycopg.connect(location) as admin:
        stored = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (user,)).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and "mật" not in stored
    hba = pg_server.data / "pg_hba.conf"
    hba.write_text(f"local all {user} scram-sha-256\n" + hba.read_text())
    pg_server.admin("SELECT pg_reload_conf()")
    with psycopg.connect(as_user(location, user), password="mật khẩu đội 7") as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == user
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(as_user(location, user), password="sai").close()
    with Archive.open(location) as owner:
        assert (user, "editor") in team.members(owner)
