"""Migration 4: reserved for issue #9 (robustness), developed in parallel — a no-op on this branch.

Only here so that the ladder has no gap below m005; at merge, #9's m004 replaces this file.
"""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """Nothing: the number belongs to another change."""
