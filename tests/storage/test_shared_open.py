"""Opening a shared archive by its parts on the throwaway server: the password asked for (never in a
URL that is kept), remembered only in the libpq password file (0600), refusals named in plain words."""
from __future__ import annotations

import stat

import pytest

from storage.archive import Archive
from storage.archive.shared import SharedLocation, describe, location_of, open_shared, password_file
from storage.errors import ArchiveError, LoginFailed, ServerUnreachable
from tests.pg_login import password_login  # noqa: F401  (fixture)


def test_a_url_and_its_parts_round_trip_without_the_password():
    location = SharedLocation.parse("postgresql://an:b%C3%AD@db.example.vn:6543/team?sslmode=require")
    assert location == SharedLocation("db.example.vn", 6543, "team", "an")
    assert location.url() == "postgresql://an@db.example.vn:6543/team" and location.server == "db.example.vn:6543"
    socket = SharedLocation("/tmp/pg sock", None, "lưu trữ", "")
    assert SharedLocation.parse(socket.url()) == socket
    assert SharedLocation.parse(SharedLocation("::1", 5432, "t", "u").url()).host == "::1"
    with pytest.raises(ArchiveError, match="not a postgresql"):
        SharedLocation.parse("/home/an/archive.sqlite")


def test_the_password_is_asked_for_checked_and_remembered_only_when_asked(password_login):
    location, password = password_login.location, password_login.password
    with pytest.raises(LoginFailed, match="asks for the password") as asked:
        open_shared(location)
    assert asked.value.needs_password and location.server in str(asked.value)
    with pytest.raises(LoginFailed, match="password is wrong"):
        open_shared(location, "sai")
    with open_shared(location, password) as archive:
        assert "khẩu" not in str(archive.path) and archive.shared
        assert describe(archive) == (location.database, f"{location.user}@{location.server}")
        with Archive.open(location_of(archive), read_only=True) as worker:  # a worker's own connection
            assert worker.count() == 0
    assert not password_file().exists()
    open_shared(location, password, remember=True).close()
    open_shared(location, password, remember=True).close()  # the line is replaced, not repeated
    assert stat.S_IMODE(password_file().stat().st_mode) == 0o600
    lines = password_file().read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].endswith(":mật\\:khẩu\\\\ 1")
    with open_shared(location) as archive:  # libpq found it in the password file
        assert archive.count() == 0


def test_unreachable_server_missing_database_and_unknown_user_are_named(pg_server, tmp_path):
    nowhere = SharedLocation(str(tmp_path), None, "team", "an")
    with pytest.raises(ServerUnreachable, match=f"cannot reach the server {tmp_path} \\(no server listens there\\)"):
        open_shared(nowhere)
    with pytest.raises(ServerUnreachable, match="127.0.0.1:1 \\(connection refused\\)"):
        open_shared(SharedLocation("127.0.0.1", 1, "team", "an"))
    server = str(pg_server.folder)
    with pytest.raises(ArchiveError, match="has no database khong_co"):
        open_shared(SharedLocation(server, None, "khong_co", "tulieu"))
    with pytest.raises(LoginFailed, match="no user ai_do") as refused:
        open_shared(SharedLocation(server, None, "postgres", "ai_do"))
    assert not refused.value.needs_password
