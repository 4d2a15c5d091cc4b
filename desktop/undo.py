"""Undo commands: each wraps one `storage.edits` edit; undo applies the inverse the archive returned."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from storage import edits
from storage.errors import TuLieuError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

class EditNotifier(QObject):
    """Tells every view that an edit was applied, undone or redone."""

    # archive (object), article id or None for archive-wide edits (entities)
    edited = Signal(object, object)
    # archive (object), entity id that no longer exists, entity id that took its articles (a merge)
    entity_replaced = Signal(object, int, int)


_NOTIFIER: EditNotifier | None = None


def notifier() -> EditNotifier:
    """The process-wide notifier views connect to."""
    global _NOTIFIER
    if _NOTIFIER is None:
        _NOTIFIER = EditNotifier()
    return _NOTIFIER


def edit_article_id(edit: object) -> int | None:
    """The article an edit touches, or None for archive-wide edits."""
    if isinstance(edit, edits.Batch):  # a batch on one article (e.g. confirming a date)
        ids = {edit_article_id(item) for item in edit.edits}
        return ids.pop() if len(ids) == 1 else None
    value = getattr(edit, "article_id", None)
    return value if isinstance(value, int) else None


class EditCommand(QUndoCommand):
    """One edit as an undoable command; carries its archive and article id, not the current view."""

    def __init__(self, archive: Any, edit: object, text: str) -> None:
        super().__init__(text)
        self.archive = archive
        self.article_id = edit_article_id(edit)
        self._forward = edit
        self._inverse: object | None = None

    def redo(self) -> None:
        """Apply the edit (first push, and every redo); keep the inverse for undo."""
        try:
            self._inverse = edits.apply(self.archive, self._forward)
        except TuLieuError:
            # Nothing changed (one transaction): drop the command so undo never applies a stale inverse.
            self.setObsolete(True)
            log.exception("edit failed: %s", self.text())
            raise
        if isinstance(self._forward, edits.MergeEntities):
            notifier().entity_replaced.emit(self.archive, self._forward.drop_id, self._forward.keep_id)
        self._announce()

    def undo(self) -> None:
        """Apply the inverse; what it returns is the edit to redo."""
        if self._inverse is None:
            return
        self._forward = edits.apply(self.archive, self._inverse)
        self._inverse = None
        self._announce()

    def _announce(self) -> None:
        notifier().edited.emit(self.archive, self.article_id)


def set_field(archive: Any, article_id: int, field: str, value: object, label: str) -> EditCommand:
    """Command setting one metadata field."""
    text = translate("undo", "Edit %1").replace("%1", label)
    return EditCommand(archive, edits.SetField(article_id, field, value), text)


def set_block_role(archive: Any, article_id: int, index: int, role: str) -> EditCommand:
    """Command moving one paragraph between body, caption and removed."""
    names = {"body": translate("undo", "Restore paragraph to body"),
             "removed": translate("undo", "Remove paragraph from body"),
             "caption": translate("undo", "Mark paragraph as caption")}
    return EditCommand(archive, edits.SetBlockRole(article_id, index, role), names.get(role, role))


def confirm_review(archive: Any, article_id: int, fields: list[str] | None, text: str) -> EditCommand:
    """Command confirming an article's flagged fields (an inferred date becomes exact)."""
    from storage.review import confirm_edit

    return EditCommand(archive, confirm_edit(archive.get(article_id), fields), text)


def rename_entity(archive: Any, entity_id: int, new_name: str) -> EditCommand:
    """Command renaming an entity archive-wide."""
    text = translate("undo", "Rename entity to %1").replace("%1", new_name)
    return EditCommand(archive, edits.RenameEntity(entity_id, new_name), text)


def set_entity_kind(archive: Any, entity_id: int, kind: str) -> EditCommand:
    """Command changing an entity's kind archive-wide."""
    text = translate("undo", "Change entity kind")
    return EditCommand(archive, edits.SetEntityKind(entity_id, kind), text)


def merge_entities(archive: Any, keep_id: int, drop_id: int) -> EditCommand:
    """Command merging drop into keep; drop's name becomes an alias of keep."""
    return EditCommand(archive, edits.MergeEntities(keep_id, drop_id), translate("undo", "Merge entities"))


def link_entity(archive: Any, article_id: int, name: str, kind: str) -> EditCommand:
    """Command naming an entity in one article."""
    text = translate("undo", "Add entity %1").replace("%1", name)
    return EditCommand(archive, edits.LinkEntity(article_id, name, kind), text)


def unlink_entity(archive: Any, article_id: int, entity_id: int) -> EditCommand:
    """Command removing an entity from one article."""
    return EditCommand(archive, edits.UnlinkEntity(article_id, entity_id), translate("undo", "Remove entity"))


class DeleteArticleCommand(EditCommand):
    """Delete one article; undo restores it with the same id."""

    def __init__(self, archive: Any, article_id: int) -> None:
        super().__init__(archive, edits.DeleteArticle(article_id), translate("undo", "Delete article"))
