"""Edits as data: `apply(archive, edit)` performs one edit and returns the edit that undoes it."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import singledispatch
from typing import TYPE_CHECKING, Union

from .archive.concurrency import lock_article, retrying
from .archive.records import MergeUndo, StoredArticle

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
class ChangeTags:
    """Add ("+a") and remove ("-b") tags against the article's tags when written, not when the edit
    was made: two people tagging one shared article at once both keep their tags."""

    article_id: int
    spec: str


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
class SetUserEdited:
    """Mark or unmark a field as user-edited (with its origin); undo uses it so that undoing the
    user's only edit of a field lets re-extraction update that field again."""

    article_id: int
    field: str
    edited: bool
    origin: str | None = None


@dataclass(frozen=True)
class Batch:
    """Several edits applied in order (the inverse runs their inverses in reverse order)."""

    edits: tuple = field(default_factory=tuple)


Edit = Union[SetField, ChangeTags, SetBlockRole, RenameEntity, SetEntityKind, MergeEntities, UnmergeEntities,
             LinkEntity, UnlinkEntity, DeleteArticle, RestoreArticle, SetUserEdited, Batch]
# The user-edited status an article edit's inverse sets back, per kind of edit.
_TOUCHES: dict[type, str] = {SetBlockRole: "blocks", LinkEntity: "entities", UnlinkEntity: "entities"}


def apply(archive: "Archive", edit: Edit) -> Edit:
    """Perform one edit (one transaction) and return the edit that undoes it."""

    def write() -> Edit:
        with archive._write():
            return _apply(edit, archive)

    return retrying(archive, write)


@singledispatch
def _apply(edit: object, archive: "Archive") -> Edit:
    raise TypeError(f"not an edit: {edit!r}")


def _restoring_user_state(archive: "Archive", article_id: int, before: tuple[set[str], dict[str, str]],
                          inverse: Edit) -> Edit:
    """The inverse plus SetUserEdited items putting back the user-edited status (and origin) of every
    field the inverse writes or the edit marked, as it was before the edit."""
    items = list(inverse.edits) if isinstance(inverse, Batch) else [inverse]
    fields, origins = before
    touched: set[str] = fields ^ archive.user_state(article_id)[0]
    for item in items:
        written = item.field if isinstance(item, SetField) else _TOUCHES.get(type(item))
        if written:
            touched.add(written)
    items += [SetUserEdited(article_id, f, f in fields, origins.get(f)) for f in sorted(touched)]
    return items[0] if len(items) == 1 else Batch(tuple(items))  # Batch() when nothing changed


@_apply.register(SetField)
def _(edit: SetField, archive: "Archive") -> Edit:
    dated = edit.field in ("published", "date_precision")  # only these clear a review flag
    before = archive.get(edit.article_id) if dated else None
    state = archive.user_state(edit.article_id)
    old = archive.set_field(edit.article_id, edit.field, edit.value)
    inverse: list[Edit] = [SetField(edit.article_id, edit.field, old)]
    after = archive.get(edit.article_id) if dated else None
    if before is not None and after is not None and after.needs_review != before.needs_review:
        # A user date edit cleared the review flag: undo restores the flag too.
        inverse.append(SetField(edit.article_id, "needs_review", list(before.needs_review)))
    return _restoring_user_state(archive, edit.article_id, state, Batch(tuple(inverse)))


def tag_change(current: list[str], spec: str) -> list[str]:
    """Tags after applying "+a, -b" (add/remove) or "a, b" (replace, when no item has a sign)."""
    items = [" ".join(p.split()) for p in spec.split(",") if p.strip()]
    if not any(item[:1] in "+-" for item in items):
        return list(dict.fromkeys(items))
    tags = list(current)
    for item in items:
        sign, tag = (item[0], item[1:].strip()) if item[:1] in "+-" else ("+", item)
        if sign == "+" and tag and tag not in tags:
            tags.append(tag)
        elif sign == "-":
            tags = [t for t in tags if t != tag]
    return tags



@_apply.register(ChangeTags)
def _(edit: ChangeTags, archive: "Archive") -> Edit:
    lock_article(archive._conn, edit.article_id)  # the tags read here stay current until commit
    current = archive.tags_of([edit.article_id]).get(edit.article_id, [])
    archive.get(edit.article_id)  # NotFound for a deleted article
    return _apply(SetField(edit.article_id, "tags", tag_change(current, edit.spec)), archive)


@_apply.register(SetBlockRole)
def _(edit: SetBlockRole, archive: "Archive") -> Edit:
    state = archive.user_state(edit.article_id)
    old = archive.set_block_role(edit.article_id, edit.index, edit.role)
    return _restoring_user_state(archive, edit.article_id, state, SetBlockRole(edit.article_id, edit.index, old))


@_apply.register(SetUserEdited)
def _(edit: SetUserEdited, archive: "Archive") -> Edit:
    was, origin = archive.set_user_edited(edit.article_id, edit.field, edit.edited, edit.origin)
    return SetUserEdited(edit.article_id, edit.field, was, origin)


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
    state = archive.user_state(edit.article_id)
    entity_id = archive.add_entity_link(edit.article_id, edit.name, edit.kind, role=edit.role,
                                        mentions=edit.mentions)
    # Already linked: only the user-edited mark changed.
    inverse: Edit = Batch() if entity_id in before.values() else UnlinkEntity(edit.article_id, entity_id)
    return _restoring_user_state(archive, edit.article_id, state, inverse)


@_apply.register(UnlinkEntity)
def _(edit: UnlinkEntity, archive: "Archive") -> Edit:
    stored = archive.get(edit.article_id)
    state = (set(stored.user_fields), dict(stored.origins))
    linked = [e for e in stored.entities if stored.id_of(e) == edit.entity_id]
    archive.remove_entity_link(edit.article_id, edit.entity_id)
    if not linked:
        return Batch()
    entity = linked[0]
    inverse = LinkEntity(edit.article_id, entity.name, entity.kind, entity.role, entity.mentions)
    return _restoring_user_state(archive, edit.article_id, state, inverse)


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
