"""Migration 5 is issue #10's (built in parallel); this placeholder keeps the ladder gapless on the formats
branch and is deleted when the branches are merged."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """Nothing: the real step 5 comes from issue #10."""
