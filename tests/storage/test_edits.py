"""Edits as data: apply() performs an edit, records history, and returns a working inverse."""
from __future__ import annotations

import pytest

from storage import edits
from storage.archive import Archive
from storage.errors import ArchiveError
from storage.records import Entity

from . import vn_articles as fx


@pytest.fixture()
def archive(archive_location, tmp_path):
    with Archive.open(archive_location) as opened:
        yield opened


@pytest.fixture()
def article_id(archive):
    return archive.add_article(fx.defence(), raw=b"", file_name="d.txt")


def test_set_field_records_history_and_undoes(archive, article_id):
    inverse = edits.apply(archive, edits.SetField(article_id, "title", "Tiêu đề đã sửa"))
    assert archive.get(article_id).title == "Tiêu đề đã sửa"
    row = archive.history(article_id)[0]
    assert (row.field, row.old, row.new, row.by) == ("title", fx.defence().title, "Tiêu đề đã sửa", "user")
    assert "title" in archive.get(article_id).user_fields
    assert archive.get(article_id).origins["title"] == "user"
    redo = edits.apply(archive, inverse)
    assert archive.get(article_id).title == fx.defence().title
    edits.apply(archive, redo)
    assert archive.get(article_id).title == "Tiêu đề đã sửa"
    assert [h.field for h in archive.history(article_id)] == ["title", "title", "title"]


def test_user_date_edit_clears_review_and_undo_restores_flag(archive, article_id):
    inverse = edits.apply(archive, edits.SetField(article_id, "published", "2021-03-06"))
    stored = archive.get(article_id)
    assert stored.published == "2021-03-06" and stored.needs_review == []
    edits.apply(archive, inverse)
    stored = archive.get(article_id)
    assert stored.published == "2021-03-05" and stored.needs_review == ["published"]


def test_tags_edit(archive, article_id):
    inverse = edits.apply(archive, edits.SetField(article_id, "tags", "ngoại giao, quân sự, ngoại giao"))
    assert archive.get(article_id).tags == ["ngoại giao", "quân sự"]
    assert archive.all_tags() == ["ngoại giao", "quân sự"]
    edits.apply(archive, inverse)
    assert archive.get(article_id).tags == ["quân sự"]


def test_bad_values_are_refused_without_change(archive, article_id):
    with pytest.raises(ArchiveError):
        edits.apply(archive, edits.SetField(article_id, "published", "hôm qua"))
    with pytest.raises(ArchiveError):
        edits.apply(archive, edits.SetField(article_id, "body_text", "x"))
    assert archive.history(article_id) == []


def test_block_role_changes_body_and_undoes(archive, article_id):
    inverse = edits.apply(archive, edits.SetBlockRole(article_id, 0, "removed"))
    assert len(archive.get(article_id).body) == 2
    assert archive.search("duong") == []
    edits.apply(archive, inverse)
    assert len(archive.get(article_id).body) == 3
    assert archive.search("duong")[0].id == article_id


def test_entity_edits_undo(archive, article_id):
    person = archive.entities("person")[0].id
    inverse = edits.apply(archive, edits.RenameEntity(person, "Trần Văn Khải (tướng)"))
    assert archive.entity(person).name == "Trần Văn Khải (tướng)"
    edits.apply(archive, inverse)
    assert archive.entity(person).name == "Trần Văn Khải"
    inverse = edits.apply(archive, edits.SetEntityKind(person, "organization"))
    edits.apply(archive, inverse)
    assert archive.entity(person).kind == "person"


def test_link_unlink_undo(archive, article_id):
    inverse = edits.apply(archive, edits.LinkEntity(article_id, "Hải Phòng", "location"))
    assert "Hải Phòng" in archive.get(article_id).entity_ids
    edits.apply(archive, inverse)
    assert "Hải Phòng" not in archive.get(article_id).entity_ids
    person = archive.get(article_id).entity_ids["Trần Văn Khải"]
    inverse = edits.apply(archive, edits.UnlinkEntity(article_id, person))
    assert "Trần Văn Khải" not in archive.get(article_id).entity_ids
    edits.apply(archive, inverse)
    entity = archive.get(article_id).entities[-1]
    assert (entity.name, entity.role, entity.mentions) == ("Trần Văn Khải", "Thượng tướng", 2)


def test_merge_undo_redo(archive, article_id):
    other = fx.market()
    other.entities = [Entity("T. V. Khải", "person")]
    other_id = archive.add_article(other, raw=b"", file_name="m")
    keep = archive.get(article_id).entity_ids["Trần Văn Khải"]
    drop = archive.get(other_id).entity_ids["T. V. Khải"]
    inverse = edits.apply(archive, edits.MergeEntities(keep, drop))
    assert archive.get(other_id).entity_ids == {"Trần Văn Khải": keep}
    redo = edits.apply(archive, inverse)
    assert archive.get(other_id).entity_ids == {"T. V. Khải": drop}
    edits.apply(archive, redo)
    assert archive.entity(keep).aliases == ["T. V. Khải"]


def test_delete_undo(archive, article_id):
    inverse = edits.apply(archive, edits.DeleteArticle(article_id))
    assert archive.count() == 0
    redo = edits.apply(archive, inverse)
    assert archive.get(article_id).title == fx.defence().title
    assert isinstance(redo, edits.DeleteArticle)


def test_reextraction_keeps_user_edited_fields(archive, article_id):
    archive.set_field(article_id, "title", "Tiêu đề người dùng")
    fresh = fx.defence()
    fresh.title = "Tiêu đề trích xuất mới"
    fresh.author = "Lê Hà"
    changed = archive.update_from_extraction(article_id, fresh)
    stored = archive.get(article_id)
    assert stored.title == "Tiêu đề người dùng"
    assert stored.author == "Lê Hà" and "author" in changed and "title" not in changed
    assert archive.history(article_id)[0].by == "extractor"


def test_reextraction_keeps_user_block_roles_and_entity_links(archive, article_id):
    archive.set_block_role(article_id, 2, "removed")
    archive.set_field(article_id, "published", "2021-03-07")
    fresh = fx.defence()
    fresh.entities = [Entity("Trần Văn Khải", "person")]
    archive.update_from_extraction(article_id, fresh)
    stored = archive.get(article_id)
    assert stored.blocks[2].role == "removed"  # the user's choice survives
    assert stored.published == "2021-03-07" and "published" not in stored.needs_review
    assert set(stored.entity_ids) == {"Trần Văn Khải"}  # links never touched by the user follow the extractor
    archive.add_entity_link(article_id, "Hà Nội", "location")
    archive.update_from_extraction(article_id, fresh)
    assert set(archive.get(article_id).entity_ids) == {"Trần Văn Khải", "Hà Nội"}


def test_url_edit_moves_the_dedup_key(archive, article_id):
    edits.apply(archive, edits.SetField(article_id, "url", "https://khac.vn/bai-viet.html"))
    probe = fx.market()
    probe.url = "http://www.khac.vn/bai-viet.html?utm_source=x"
    assert archive.find_duplicate(probe) == article_id


# --- aliases the GUI highlights after merge and rename -----------------------------------------------
def test_merge_and_rename_put_archive_aliases_on_the_articles_entities(archive, article_id):
    other = fx.market()
    other.blocks[0].text += " Tướng T. V. Khải có mặt."
    other.entities = [Entity("T. V. Khải", "person", ["Tướng Khải"])]
    other_id = archive.add_article(other, raw=b"", file_name="m")
    keep = archive.get(article_id).entity_ids["Trần Văn Khải"]
    drop = archive.get(other_id).entity_ids["T. V. Khải"]
    inverse = edits.apply(archive, edits.MergeEntities(keep, drop))
    for stored in (archive.get(article_id), archive.get(other_id)):
        entity = next(e for e in stored.entities if e.name == "Trần Văn Khải")
        assert "T. V. Khải" in entity.aliases  # text written with the dropped name is still this entity
    assert "Tướng Khải" in archive.get(other_id).entities[0].aliases  # the article's own forms stay
    assert "ông Khải" in archive.get(article_id).entities[0].aliases
    edits.apply(archive, inverse)
    assert archive.get(article_id).entities[0].aliases == ["ông Khải"]
    assert archive.get(other_id).entities[0].name == "T. V. Khải"
    edits.apply(archive, edits.RenameEntity(keep, "Trần Văn Khải (tướng)"))
    entity = archive.get(article_id).entities[0]
    assert entity.name == "Trần Văn Khải (tướng)" and "Trần Văn Khải" in entity.aliases
    assert entity.name not in entity.aliases


def test_delete_restore_keeps_link_aliases_apart_from_archive_aliases(archive, article_id):
    person = archive.get(article_id).entity_ids["Trần Văn Khải"]
    archive.rename_entity(person, "Trần V. Khải")
    inverse = edits.apply(archive, edits.DeleteArticle(article_id))
    edits.apply(archive, inverse)
    archive.rename_entity(person, "Trần Văn Khải")  # "Trần V. Khải" becomes the archive alias now
    links = archive._conn.execute("SELECT aliases FROM article_entities WHERE entity_id = ?", (person,)).fetchone()
    assert links[0] == '["ông Khải"]'


# --- undo restores the user-edited status --------------------------------------------------------------
def test_undoing_the_only_edit_lets_reextraction_update_the_field(archive, article_id):
    inverse = edits.apply(archive, edits.SetField(article_id, "title", "Tiêu đề của người dùng"))
    assert "title" in archive.get(article_id).user_fields
    redo = edits.apply(archive, inverse)
    stored = archive.get(article_id)
    assert "title" not in stored.user_fields and stored.origins["title"] == "page-text"
    fresh = fx.defence()
    fresh.title = "Tiêu đề trích xuất lại"
    assert "title" in archive.update_from_extraction(article_id, fresh)
    assert archive.get(article_id).title == "Tiêu đề trích xuất lại"
    edits.apply(archive, redo)  # redo marks it again
    stored = archive.get(article_id)
    assert stored.title == "Tiêu đề của người dùng" and "title" in stored.user_fields
    assert stored.origins["title"] == "user"


def test_undoing_a_second_edit_keeps_the_field_user_edited(archive, article_id):
    edits.apply(archive, edits.SetField(article_id, "author", "Lê Hà"))
    inverse = edits.apply(archive, edits.SetField(article_id, "author", "Lê Hà Anh"))
    edits.apply(archive, inverse)
    stored = archive.get(article_id)
    assert stored.author == "Lê Hà" and "author" in stored.user_fields and stored.origins["author"] == "user"


def test_undo_of_a_date_edit_restores_flag_and_status(archive, article_id):
    inverse = edits.apply(archive, edits.SetField(article_id, "published", "2021-03-06"))
    redo = edits.apply(archive, inverse)
    stored = archive.get(article_id)
    assert stored.needs_review == ["published"] and stored.user_fields == set()
    edits.apply(archive, redo)
    stored = archive.get(article_id)
    assert stored.needs_review == [] and stored.user_fields == {"published"}


def test_undo_of_block_and_entity_edits_restores_status(archive, article_id):
    for edit in (edits.SetBlockRole(article_id, 1, "caption"), edits.LinkEntity(article_id, "Huế", "location"),
                 edits.UnlinkEntity(article_id, archive.get(article_id).entity_ids["Hà Nội"])):
        inverse = edits.apply(archive, edit)
        assert archive.get(article_id).user_fields
        edits.apply(archive, inverse)
        assert archive.get(article_id).user_fields == set(), edit


# --- same name, different kinds -------------------------------------------------------------------------
def test_same_name_person_and_place_keep_their_own_ids(archive):
    article = fx.defence()
    article.entities = [Entity("Trần Hưng Đạo", "person", ["Đức Thánh Trần"]),
                        Entity("Trần Hưng Đạo", "location")]
    article_id = archive.add_article(article, raw=b"", file_name="t")
    stored = archive.get(article_id)
    person, place = (stored.id_of(e) for e in stored.entities)
    assert person != place and {person, place} == set(stored.entity_keys.values())
    assert stored.entity_keys[("location", "Trần Hưng Đạo")] == place
    assert stored.entity_ids["Trần Hưng Đạo"] == person  # by name alone: the first in article order
    inverse = edits.apply(archive, edits.UnlinkEntity(article_id, place))
    assert [e.kind for e in archive.get(article_id).entities] == ["person"]
    edits.apply(archive, inverse)
    stored = archive.get(article_id)
    assert stored.entity_keys == {("person", "Trần Hưng Đạo"): person, ("location", "Trần Hưng Đạo"): place}
    restored = edits.apply(archive, edits.apply(archive, edits.DeleteArticle(article_id)))
    assert isinstance(restored, edits.DeleteArticle)
    stored = archive.get(article_id)
    assert stored.entity_keys == {("person", "Trần Hưng Đạo"): person, ("location", "Trần Hưng Đạo"): place}
    assert [e.aliases for e in stored.entities] == [["Đức Thánh Trần"], []]
