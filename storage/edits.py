"""Edits as data: `apply(archive, edit)` performs one edit and returns the edit that undoes it."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import singledispatch
from typing import TYPE_CHECKING, Union

from .archive_records import MergeUndo, StoredArticle

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetField:
    """Set a metadata field (EDITABLE_FIELDS, "tags" or "needs_review")."""

    article_id: int
    field: str
    value: object


@dataclass(frozen=True)
class SetBlockRole:
    """Move one block between body, caption and removed."""

    article_id: int
    index: int
    role: str


@dataclass(frozen=True)
class RenameEntity:
    """Rename an entity archive-wide."""

    entity_id: int
    new_name: str


@dataclass(frozen=True)
class SetEntityKind:
    """Change an entity's kind archive-wide."""

    entity_id: int
    kind: str


@dataclass(frozen=True)
class MergeEntities:
    """Merge drop into keep (drop's name becomes keep's alias)."""

    keep_id: int
    drop_id: int


@dataclass(frozen=True)
class UnmergeEntities:
    """Undo of a merge (carries what the merge changed)."""

    undo: MergeUndo


@dataclass(frozen=True)
class LinkEntity:
    """Name an entity in one article."""

    article_id: int
    name: str
    kind: str
    role: str | None = None
    mentions: int = 1


@dataclass(frozen=True)
class UnlinkEntity:
    """Remove an entity from one article."""

    article_id: int
    entity_id: int


@dataclass(frozen=True)
class DeleteArticle:
    """Delete one article."""

    article_id: int


@dataclass(frozen=True)
class RestoreArticle:
    """Undo of a delete: the article comes back with its id."""

    stored: StoredArticle

    @property
    def article_id(self) -> int:
        """The article restored."""
        return self.stored.id


@dataclass(frozen=True)
class Batch:
    """Several edits applied in order (the inverse runs their inverses in reverse order)."""

    edits: tuple = field(default_factory=tuple)


Edit = Union[SetField, SetBlockRole, RenameEntity, SetEntityKind, MergeEntities, UnmergeEntities,
             LinkEntity, UnlinkEntity, DeleteArticle, RestoreArticle, Batch]


def apply(archive: "Archive", edit: Edit) -> Edit:
    """Perform one edit (one transaction) and return the edit that undoes it."""
    with archive._write():
        return _apply(edit, archive)


@singledispatch
def _apply(edit: object, archive: "Archive") -> Edit:
    raise TypeError(f"not an edit: {edit!r}")


@_apply.register(SetField)
def _(edit: SetField, archive: "Archive") -> Edit:
    before = archive.get(edit.article_id)
    old = archive.set_field(edit.article_id, edit.field, edit.value)
    inverse: list[Edit] = [SetField(edit.article_id, edit.field, old)]
    after = archive.get(edit.article_id)
    if edit.field != "needs_review" and after.needs_review != before.needs_review:
        # A user date edit cleared the review flag: undo restores the flag too.
        inverse.append(SetField(edit.article_id, "needs_review", list(before.needs_review)))
    return inverse[0] if len(inverse) == 1 else Batch(tuple(inverse))


@_apply.register(SetBlockRole)
def _(edit: SetBlockRole, archive: "Archive") -> Edit:
    old = archive.set_block_role(edit.article_id, edit.index, edit.role)
    return SetBlockRole(edit.article_id, edit.index, old)


@_apply.register(RenameEntity)
def _(edit: RenameEntity, archive: "Archive") -> Edit:
    return RenameEntity(edit.entity_id, archive.rename_entity(edit.entity_id, edit.new_name))


@_apply.register(SetEntityKind)
def _(edit: SetEntityKind, archive: "Archive") -> Edit:
    return SetEntityKind(edit.entity_id, archive.set_entity_kind(edit.entity_id, edit.kind))


@_apply.register(MergeEntities)
def _(edit: MergeEntities, archive: "Archive") -> Edit:
    return UnmergeEntities(archive.merge_entities(edit.keep_id, edit.drop_id))


@_apply.register(UnmergeEntities)
def _(edit: UnmergeEntities, archive: "Archive") -> Edit:
    archive.unmerge(edit.undo)
    return MergeEntities(edit.undo.keep_id, edit.undo.drop_id)


@_apply.register(LinkEntity)
def _(edit: LinkEntity, archive: "Archive") -> Edit:
    before = archive.get(edit.article_id).entity_keys
    entity_id = archive.add_entity_link(edit.article_id, edit.name, edit.kind, role=edit.role,
                                        mentions=edit.mentions)
    if entity_id in before.values():
        return Batch()  # it was already linked: nothing to undo
    return UnlinkEntity(edit.article_id, entity_id)


@_apply.register(UnlinkEntity)
def _(edit: UnlinkEntity, archive: "Archive") -> Edit:
    stored = archive.get(edit.article_id)
    linked = [e for e in stored.entities if stored.id_of(e) == edit.entity_id]
    archive.remove_entity_link(edit.article_id, edit.entity_id)
    if not linked:
        return Batch()
    entity = linked[0]
    return LinkEntity(edit.article_id, entity.name, entity.kind, entity.role, entity.mentions)


@_apply.register(DeleteArticle)
def _(edit: DeleteArticle, archive: "Archive") -> Edit:
    return RestoreArticle(archive.delete(edit.article_id))


@_apply.register(RestoreArticle)
def _(edit: RestoreArticle, archive: "Archive") -> Edit:
    return DeleteArticle(archive.restore(edit.stored))


@_apply.register(Batch)
def _(edit: Batch, archive: "Archive") -> Edit:
    inverses = [_apply(item, archive) for item in edit.edits]
    return Batch(tuple(reversed(inverses)))
