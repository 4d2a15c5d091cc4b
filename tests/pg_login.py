"""A user with a password on the throwaway server (its other users log in without one): the role, an
archive database and a pg_hba.conf line asking that role for its password (scram-sha-256)."""
from __future__ import annotations

import itertools
import os
from dataclasses import dataclass

import pytest

from storage.archive.shared import SharedLocation

_numbers = itertools.count(1)
PASSWORD = "mật:khẩu\\ 1"  # a colon and a backslash: both are escaped in the password file


@dataclass
class Login:
    location: SharedLocation
    password: str


@pytest.fixture
def password_login(pg_server, tmp_path, monkeypatch) -> Login:
    """A fresh archive database and a role that must give its password; PGPASSFILE points into tmp_path."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    role = f"analyst{os.getpid()}_{next(_numbers)}"
    pg_server.admin(f"CREATE ROLE {role} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
    database = SharedLocation.parse(pg_server.fresh_database()).database
    hba = pg_server.data / "pg_hba.conf"
    hba.write_text(f"local all {role} scram-sha-256\n" + hba.read_text())
    pg_server.admin("SELECT pg_reload_conf()")
    return Login(SharedLocation(str(pg_server.folder), None, database, role), PASSWORD)
