"""Helpers for the shared-archive team tests: connection URLs as another database user."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def as_user(url: str, user: str) -> str:
    """The same database, logged in as `user` (the throwaway server trusts local users)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{user}@{parts.hostname or ''}"))
