"""Reading story groups: the versions of an article's story, and the list of stories."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import store

if TYPE_CHECKING:
    from ..archive import Archive

log = logging.getLogger(__name__)


@dataclass
class Version:
    """One article of a story."""

    article_id: int
    title: str
    outlet: str | None
    published: str | None
    relation: str  # original | identical | edited | excerpt


@dataclass
class Story:
    """A story: its versions (the original first), why that one is the original."""

    id: int
    original_id: int | None
    reason: str
    versions: list[Version] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        """Distinct outlets of the versions, the original's first."""
        return list(dict.fromkeys(v.outlet for v in self.versions if v.outlet))

    @property
    def republishers(self) -> list[str]:
        """Distinct outlets of the versions other than the original."""
        original = next((v.outlet for v in self.versions if v.relation == "original"), None)
        return [o for o in self.outlets if o != original]


def story_id_of(archive: "Archive", article_id: int) -> int | None:
    """The story an article belongs to, None when it stands alone."""
    with archive._reading():
        return store.story_of(archive._conn, article_id)


def story(archive: "Archive", story_id: int) -> Story | None:
    """A story with its versions, the original first then by date; None when there is no such story."""
    with archive._reading():
        conn = archive._conn
        row = conn.execute("SELECT id, original_id, reason FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        versions = [Version(*r) for r in conn.execute(
            "SELECT a.id, a.title, a.outlet, a.published, m.relation FROM story_members m "
            "JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? "
            "ORDER BY m.relation != 'original', a.published IS NULL, a.published, a.id", (story_id,))]
    return Story(row[0], row[1], row[2], versions)


def story_of(archive: "Archive", article_id: int) -> Story | None:
    """The story of an article, None when it stands alone."""
    story_id = story_id_of(archive, article_id)
    return story(archive, story_id) if story_id is not None else None


def stories(archive: "Archive") -> list[Story]:
    """Every story, newest original first."""
    with archive._reading():
        ids = [r[0] for r in archive._conn.execute(
            "SELECT s.id FROM stories s LEFT JOIN articles a ON a.id = s.original_id "
            "ORDER BY a.published IS NULL, a.published DESC, s.id DESC")]
    return [s for s in (story(archive, i) for i in ids) if s is not None]
