"""A shared (PostgreSQL) archive's team: who may read and who may write, enforced by the server.

Two group roles: `tulieu_reader` (search, read, dossiers: SELECT, temporary tables) and
`tulieu_editor` (import, edit, merge, delete: the reader's rights plus INSERT/UPDATE/DELETE and the
id sequences). Users are granted one of them; the GRANTs, not the GUI, keep a reader from writing.
Default privileges give tables made by later migrations the same rights. An SQLite archive has no
team: these functions refuse it.
"""
from __future__ import annotations

import logging
import re

from ..errors import ArchiveError

log = logging.getLogger(__name__)

READER, EDITOR = "tulieu_reader", "tulieu_editor"
ROLES = {"reader": READER, "editor": EDITOR}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


def _quoted(name: str) -> str:
    """A role name as a quoted identifier (names come from the command line)."""
    if not _NAME.match(name):
        raise ArchiveError(f"'{name}' is not a usable database user name")
    return '"' + name + '"'


def _team_conn(archive):
    if not archive.shared:
        raise ArchiveError(f"{archive.path}: roles are for shared (PostgreSQL) archives; "
                           "an SQLite file has one user")
    return archive._conn


def setup(archive) -> None:
    """Create the reader and editor roles (if missing) and grant them their rights on this
    database, in one transaction; needs the archive's owner or a superuser."""
    conn = _team_conn(archive)
    with archive._write():
        database = conn.execute("SELECT current_database()").fetchone()[0]
        for role in (READER, EDITOR):
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (role,)).fetchone():
                conn.execute(f"CREATE ROLE {role} NOLOGIN")
        for role in (READER, EDITOR):
            conn.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {role}')
            conn.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
            conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
            conn.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {role}")
        conn.execute(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {EDITOR}")
        conn.execute(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}")
        conn.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO {EDITOR}")
        conn.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {EDITOR}")
    log.info("team roles set up on %s", archive.path)


def grant(archive, user: str, role: str, password: str | None = None) -> None:
    """Make `user` (created as a login role when missing) a reader or an editor, and nothing else, in
    one transaction. A password, when given, is set too: hashed here by libpq (SCRAM, as the server
    asks), so the clear text never reaches the server, its logs or pg_stat_activity. Without one the
    user logs in however the server's pg_hba.conf says (peer, Kerberos, an existing password)."""
    if role not in ROLES:
        raise ArchiveError(f"'{role}' is not a role (reader or editor)")
    conn = _team_conn(archive)
    name = _quoted(user)
    with archive._write():
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (user,)).fetchone():
            conn.execute(f"CREATE ROLE {name} LOGIN")
        if password:
            hashed = conn._conn.pgconn.encrypt_password(password.encode(), user.encode()).decode()
            conn.execute(f"ALTER ROLE {name} PASSWORD '{hashed}'")  # a hash: only [A-Za-z0-9+/=$:] characters
        for other in ROLES.values():
            conn.execute(f"REVOKE {other} FROM {name}")
        conn.execute(f"GRANT {ROLES[role]} TO {name}")
    log.info("%s is now %s on %s", user, role, archive.path)


def members(archive) -> list[tuple[str, str]]:
    """(user, "reader" or "editor") of every member of the two roles, by name."""
    conn = _team_conn(archive)
    with archive._reading():
        rows = conn.execute("SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname IN (?, ?) ORDER BY 1, 2",
                            (READER, EDITOR)).fetchall()
    names = {v: k for k, v in ROLES.items()}
    return [(user, names[group]) for user, group in rows]


def read_only_reason(conn) -> str:
    """Why this connection's user may not write the archive ("" when it may): the server's grants
    decide, this only names them for the message."""
    row = conn.execute("SELECT has_table_privilege('articles', 'INSERT'), "
                       "CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) THEN pg_has_role(current_user, ?, 'MEMBER') "
                       "ELSE false END", (READER, READER)).fetchone()
    if row[0]:
        return ""
    return f"read-only for you: role {READER}" if row[1] else "read-only for you: no write grant on this archive"
