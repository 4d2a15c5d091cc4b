"""tulieu-cli team: the readers and editors of a shared (PostgreSQL) archive, enforced by its grants."""
from __future__ import annotations

import argparse
import logging

from . import add_archive_option

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the team command and its actions."""
    parser = subparsers.add_parser("team", help="shared archive roles: setup, grant USER reader|editor, list")
    actions = parser.add_subparsers(dest="action", required=True)
    setup = actions.add_parser("setup", help="create the tulieu_reader and tulieu_editor roles and their grants")
    grant = actions.add_parser("grant", help="make a database user a reader (search, read, dossier) or an "
                                             "editor (import, edit, merge, delete)")
    grant.add_argument("user")
    grant.add_argument("role", choices=("reader", "editor"))
    grant.add_argument("--password", action="store_true",
                       help="also set the user's password (asked twice; sent to the server only hashed)")
    listing = actions.add_parser("list", help="the archive's readers and editors")
    for sub in (setup, grant, listing):
        add_archive_option(sub)
    parser.set_defaults(handler=run)


def _ask_password(user: str) -> str:
    """The new password, typed twice without echo (TULIEU_NEW_PASSWORD when no terminal: scripts)."""
    import getpass
    import os
    import sys

    if not sys.stdin.isatty() and os.environ.get("TULIEU_NEW_PASSWORD"):
        return os.environ["TULIEU_NEW_PASSWORD"]
    first = getpass.getpass(f"new password for {user}: ")
    if not first or first != getpass.getpass("again: "):
        raise SystemExit(f"tulieu-cli team grant: the two passwords for {user} differ or are empty; nothing changed")
    return first


def run(args: argparse.Namespace) -> int:
    """Do the action; print what was done."""
    from ..archive import Archive
    from ..archive import team

    with Archive.open(args.archive, create=args.action == "setup") as archive:
        if args.action == "setup":
            team.setup(archive)
            print(f"roles {team.READER} and {team.EDITOR} ready on {archive.path}")
        elif args.action == "grant":
            team.grant(archive, args.user, args.role, _ask_password(args.user) if args.password else None)
            print(f"{args.user} is now {args.role} ({team.ROLES[args.role]})")
        else:
            for user, role in team.members(archive):
                print(f"{user}\t{role}")
    return 0
