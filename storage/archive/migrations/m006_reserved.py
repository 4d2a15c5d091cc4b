"""Migration 6: reserved for a parallel branch (issues #9–#11); a no-op here so the ladder has no gaps.

Delete this file when the branch that owns step 6 is merged (its own m006_*.py takes the number).
"""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """Nothing: the number is held for another branch's schema step."""
