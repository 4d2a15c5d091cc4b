"""Undo commands on a real archive: fields, deletes and archive-wide entity edits undo and redo."""
from __future__ import annotations

import pytest

pytest.importorskip("storage.edits", reason="storage/edits.py not written yet")

from PySide6.QtGui import QUndoStack  # noqa: E402

from desktop import undo  # noqa: E402
from storage.errors import NotFound  # noqa: E402
from tests.desktop.test_article_pane import open_archive  # noqa: E402


@pytest.fixture
def archive_ids(tmp_path):
    archive, first, second = open_archive(tmp_path)
    yield archive, first, second
    archive.close()


def entity_named(archive, name: str):
    """The archive-wide entity row with this name, or None."""
    return next((row for row in archive.entities() if row.name == name), None)


def test_set_field_undo_redo_and_notify(archive_ids, qtbot):
    archive, first, _second = archive_ids
    stack = QUndoStack()
    seen: list[object] = []
    undo.notifier().edited.connect(lambda a, i: seen.append(i))
    stack.push(undo.set_field(archive, first, "outlet", "Báo Mới Sửa", "Outlet"))
    assert archive.get(first).outlet == "Báo Mới Sửa"
    stack.undo()
    assert archive.get(first).outlet == "Báo Thử Nghiệm"
    stack.redo()
    assert archive.get(first).outlet == "Báo Mới Sửa"
    assert seen[-3:] == [first, first, first]
    assert [r.new for r in archive.history(first) if r.field == "outlet"][0] == "Báo Mới Sửa"


def test_delete_article_command_restores_same_id(archive_ids):
    archive, first, _second = archive_ids
    stack = QUndoStack()
    stack.push(undo.DeleteArticleCommand(archive, first))
    with pytest.raises(NotFound):
        archive.get(first)
    stack.undo()
    restored = archive.get(first)
    assert restored.title == "Hà Nội khởi công tuyến đường sắt đô thị mới"
    assert "Trần Văn Bình" in restored.entity_ids
    assert archive.original_bytes(first) == b"metro"
    stack.redo()
    with pytest.raises(NotFound):
        archive.get(first)


def test_merge_keeps_other_name_as_alias_and_undoes(archive_ids):
    archive, first, second = archive_ids
    stack = QUndoStack()
    keep, drop = entity_named(archive, "Trần Văn Bình"), entity_named(archive, "Trần V. Bình")
    stack.push(undo.merge_entities(archive, keep.id, drop.id))
    merged = entity_named(archive, "Trần Văn Bình")
    assert entity_named(archive, "Trần V. Bình") is None
    assert "Trần V. Bình" in merged.aliases and merged.article_count == 2
    assert "Trần Văn Bình" in archive.get(second).entity_ids
    stack.undo()
    assert entity_named(archive, "Trần V. Bình").article_count == 1
    assert entity_named(archive, "Trần Văn Bình").article_count == 1


def test_rename_and_kind_change_are_undoable(archive_ids):
    archive, first, _second = archive_ids
    stack = QUndoStack()
    city = entity_named(archive, "Hà Nội")
    stack.push(undo.rename_entity(archive, city.id, "Thành phố Hà Nội"))
    assert entity_named(archive, "Thành phố Hà Nội").article_count == 2
    stack.push(undo.set_entity_kind(archive, city.id, "organization"))
    assert archive.entity(city.id).kind == "organization"
    stack.undo()
    assert archive.entity(city.id).kind == "location"
    stack.undo()
    assert entity_named(archive, "Hà Nội") is not None and entity_named(archive, "Thành phố Hà Nội") is None


def test_link_and_unlink_entity(archive_ids):
    archive, first, _second = archive_ids
    stack = QUndoStack()
    stack.push(undo.link_entity(archive, first, "Sở Giao thông Vận tải", "organization"))
    added = archive.get(first).entity_ids["Sở Giao thông Vận tải"]
    stack.push(undo.unlink_entity(archive, first, added))
    assert "Sở Giao thông Vận tải" not in archive.get(first).entity_ids
    stack.undo()
    assert "Sở Giao thông Vận tải" in archive.get(first).entity_ids
    stack.undo()
    assert "Sở Giao thông Vận tải" not in archive.get(first).entity_ids
