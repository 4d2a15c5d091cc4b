"""Migration 8: reserved for another branch's step (merged separately); nothing here."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """No change: keeps the ladder without gaps until the branch holding the real step 8 is merged."""
