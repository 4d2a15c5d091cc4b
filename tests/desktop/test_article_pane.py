"""Article pane against a real archive: reading, metadata edits, undo/redo, paragraph roles, review."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("storage.edits", reason="storage/edits.py not written yet")

from PySide6.QtCore import QEvent, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.article_pane import ArticlePane  # noqa: E402
from desktop.metadata_editor import format_date, parse_date  # noqa: E402
from desktop.review_queue import ReviewController  # noqa: E402
from storage.archive import Archive  # noqa: E402
from storage.records import Article, Block, Entity  # noqa: E402

LEAD = "Sáng 12/8, Ủy ban Nhân dân thành phố Hà Nội tổ chức lễ khởi công tuyến đường sắt đô thị số 5."
QUOTE = "Phát biểu tại buổi lễ, ông Trần Văn Bình, Chủ tịch thành phố, cho biết tuyến dài 38 km."
CAPTION = "Các đại biểu bấm nút khởi công dự án. (Ảnh: Thu Hà)"
RELATED = "Giá vàng hôm nay tăng mạnh"


def metro_article() -> Article:
    """An article with a breadcrumb and a related list removed, a caption and an inferred date."""
    return Article(
        title="Hà Nội khởi công tuyến đường sắt đô thị mới", published="2024-08-12",
        date_precision="inferred", outlet="Báo Thử Nghiệm", author="Minh Anh", lead=LEAD,
        blocks=[Block("Trang chủ Thời sự", "removed", "breadcrumb"), Block(LEAD), Block(QUOTE),
                Block(CAPTION, "caption"),
                Block("Theo kế hoạch, ông Bình nói, tuyến đường sẽ hoàn thành vào năm 2029."),
                Block("Tin liên quan", "removed", "related-list"), Block(RELATED, "removed", "related-list")],
        entities=[Entity("Trần Văn Bình", "person", aliases=["ông Bình"]),
                  Entity("Ủy ban Nhân dân thành phố Hà Nội", "organization"), Entity("Hà Nội", "location")],
        tags=["giao thông"], needs_review=["published"],
        origins={"title": "page-text", "published": "inferred", "outlet": "page-text"})


def harbour_article() -> Article:
    """A second article naming the same man under a shorter spelling."""
    return Article(
        title="Đà Nẵng đón chuyến tàu khách quốc tế đầu tiên trong năm", published="2023-03-04T09:15",
        date_precision="exact", outlet="Báo Cảng Biển", lead="Chiều 4/3, cảng Tiên Sa đón hơn 2.000 du khách.",
        blocks=[Block("Chiều 4/3, cảng Tiên Sa đón hơn 2.000 du khách."),
                Block("Ông Trần V. Bình cùng lãnh đạo Đà Nẵng và Hà Nội ra tận cảng đón đoàn.")],
        entities=[Entity("Trần V. Bình", "person"), Entity("Đà Nẵng", "location"), Entity("Hà Nội", "location")],
        tags=["du lịch"], origins={"title": "html-meta", "published": "html-meta"})


def open_archive(folder: Path) -> tuple[Archive, int, int]:
    """A real archive file holding the two articles."""
    archive = Archive.open(folder / "test.tulieu")
    first = archive.add_article(metro_article(), raw=b"metro", file_name="metro.txt")
    second = archive.add_article(harbour_article(), raw=b"harbour", file_name="harbour.txt")
    return archive, first, second


@pytest.fixture
def setup(qtbot, tmp_path):
    archive, first, second = open_archive(tmp_path)
    stack = QUndoStack()
    pane = ArticlePane(stack)
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.set_archive(archive)
    pane.show_article(first)
    yield pane, stack, archive, first, second
    archive.close()


def finish_typing(qtbot, edit, text: str) -> None:
    """Replace a line edit's text by typing (key events carrying Vietnamese text), then press Return."""
    edit.selectAll()
    for char in text:  # qtbot.keyClicks only knows ASCII keys
        QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_shows_title_lead_body_and_caption(setup):
    pane, _stack, _archive, _first, _second = setup
    text = pane.view.toPlainText()
    assert text.startswith("Hà Nội khởi công tuyến đường sắt đô thị mới")
    assert LEAD in text and QUOTE in text and CAPTION in text
    assert text.count(LEAD) == 1  # the lead block is not shown twice
    assert RELATED not in text
    assert pane.view.shown_indices() == [1, 2, 3, 4]


def test_show_removed_text_greys_it_in_place(setup):
    pane, *_ = setup
    pane.show_removed.setChecked(True)
    assert RELATED in pane.view.toPlainText()
    assert pane.view.shown_indices() == [0, 1, 2, 3, 4, 5, 6]
    assert "related-list" in pane.view.toPlainText()


def test_entity_mentions_link_to_their_entity(setup):
    pane, _stack, archive, first, _second = setup
    doc = pane.view.document()
    found = doc.find("ông Bình")
    cursor = QTextCursor(doc)
    cursor.setPosition(found.selectionStart() + 2)
    bob = archive.get(first).entity_ids["Trần Văn Bình"]
    assert cursor.charFormat().anchorHref() == f"entity:{bob}"


def test_edit_title_saves_with_history_then_undo_redo(setup, qtbot):
    pane, stack, archive, first, _second = setup
    with qtbot.waitSignal(pane.article_edited) as signal:
        finish_typing(qtbot, pane.metadata.edits["title"], "Hà Nội khởi công tuyến metro số 5")
    assert signal.args == [first]
    assert archive.get(first).title == "Hà Nội khởi công tuyến metro số 5"
    row = next(r for r in archive.history(first) if r.field == "title")
    assert row.old == "Hà Nội khởi công tuyến đường sắt đô thị mới" and row.by == "user"
    assert pane.metadata.badges["title"].origin == "user"
    stack.undo()
    assert archive.get(first).title == "Hà Nội khởi công tuyến đường sắt đô thị mới"
    assert pane.metadata.edits["title"].text() == "Hà Nội khởi công tuyến đường sắt đô thị mới"
    assert pane.view.toPlainText().startswith("Hà Nội khởi công tuyến đường sắt đô thị mới")
    stack.redo()
    assert archive.get(first).title == "Hà Nội khởi công tuyến metro số 5"
    assert pane.view.toPlainText().startswith("Hà Nội khởi công tuyến metro số 5")


def test_unchanged_field_makes_no_edit(setup, qtbot):
    pane, stack, *_ = setup
    qtbot.keyClick(pane.metadata.edits["author"], Qt.Key.Key_Return)
    assert stack.count() == 0


def test_undo_after_navigating_away_updates_the_edited_article(setup, qtbot):
    pane, stack, archive, first, second = setup
    finish_typing(qtbot, pane.metadata.edits["author"], "Lê Thu")
    pane.show_article(second)
    with qtbot.waitSignal(pane.article_edited) as signal:
        stack.undo()
    assert signal.args == [first]
    assert archive.get(first).author == "Minh Anh"
    assert pane.current_article_id == second
    assert pane.metadata.edits["title"].text() == "Đà Nẵng đón chuyến tàu khách quốc tế đầu tiên trong năm"


def test_restore_removed_paragraph_through_its_link(setup):
    pane, stack, archive, first, _second = setup
    pane.show_removed.setChecked(True)
    pane.view.anchorClicked.emit(QUrl("restore:6"))
    assert RELATED in archive.get(first).body
    row = archive.history(first)[0]
    assert (row.field, row.old, row.new) == ("block:6", "removed", "body")
    assert pane.history.topLevelItem(0).text(1) == "Paragraph 7"
    stack.undo()
    assert RELATED not in archive.get(first).body


def test_remove_selected_paragraphs_is_one_undo_step(setup):
    pane, stack, archive, first, _second = setup
    assert pane.view.select_paragraph(3)
    assert pane.view.selected_indices() == [3]
    roles = dict(pane.view.role_actions([2, 3]))
    assert "removed" in roles and "body" in roles
    pane.set_block_roles([2, 3], "removed")
    assert QUOTE not in archive.get(first).body and CAPTION not in archive.get(first).body
    assert QUOTE not in pane.view.toPlainText()
    assert stack.count() == 1
    stack.undo()
    assert archive.get(first).blocks[3].role == "caption" and QUOTE in archive.get(first).body


def test_confirm_date_clears_review_flag(setup, qtbot):
    pane, stack, archive, first, _second = setup
    assert not pane.metadata.confirm_date.isHidden()
    qtbot.mouseClick(pane.metadata.confirm_date, Qt.MouseButton.LeftButton)
    assert "published" not in archive.get(first).needs_review
    assert pane.metadata.confirm_date.isHidden() and pane.metadata.review_banner.isHidden()
    stack.undo()
    assert archive.get(first).needs_review == ["published"]


def test_date_typed_day_first_is_saved_as_iso(setup, qtbot):
    pane, _stack, archive, first, _second = setup
    finish_typing(qtbot, pane.metadata.date_edit, "13/08/2024 07:30")
    assert archive.get(first).published == "2024-08-13T07:30"
    assert "published" not in archive.get(first).needs_review  # a user date edit clears the flag
    finish_typing(qtbot, pane.metadata.date_edit, "32/13/2024")
    assert archive.get(first).published == "2024-08-13T07:30"  # invalid text is not saved


def test_tags_and_history_tab(setup, qtbot):
    pane, _stack, archive, first, _second = setup
    finish_typing(qtbot, pane.metadata.tags_edit, "giao thông, đô thị")
    assert archive.get(first).tags == ["giao thông", "đô thị"]
    assert pane.history.topLevelItemCount() >= 1
    popup = pane.metadata.show_history("tags")
    assert popup is not None and popup.tree.topLevelItemCount() == 1


def test_date_helpers_round_trip():
    assert format_date("2019-11-08T15:08:00+07:00") == "08/11/2019 15:08"
    assert parse_date("8/11/2019") == "2019-11-08"
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("hôm qua")


class StandInWindow(QWidget):
    """The main window's side of the review contract: archive, undo stack, pane, select_article."""

    def __init__(self, archive, stack, pane) -> None:
        super().__init__()
        self.archive, self.undo_stack, self.article_pane = archive, stack, pane
        self.selected: list[int] = []

    def select_article(self, article_id: int) -> None:
        self.selected.append(article_id)
        self.article_pane.show_article(article_id)


def test_review_queue_confirm_and_next(setup, qtbot):
    pane, stack, archive, first, second = setup
    window = StandInWindow(archive, stack, pane)
    qtbot.addWidget(window)
    review = ReviewController(window)
    pane.show_article(second)
    assert review.next_article() == first and window.selected == [first]
    assert review.confirm_current()
    assert archive.get(first).needs_review == []
    assert review.next_article() is None
    stack.undo()
    assert archive.get(first).needs_review == ["published"]


def test_seed_articles_read_and_restore(qtbot, tmp_path, seed_files):
    from storage.ingest import ingest

    archive = Archive.open(tmp_path / "seeds.tulieu")
    report = ingest(archive, seed_files)
    assert len(report.imported) == len(seed_files)
    stack = QUndoStack()
    pane = ArticlePane(stack)
    qtbot.addWidget(pane)
    pane.set_archive(archive)
    for _path, article_id in report.imported:
        pane.show_article(article_id)
        stored = archive.get(article_id)
        text = pane.view.toPlainText()
        assert text.startswith(stored.title) and stored.title
        assert all(paragraph in text for paragraph in stored.body)
        assert stored.lead is None or stored.lead in text
        if stored.lead:  # never twice: once bold, once as the first paragraph behind an outlet prefix
            assert text.count(stored.lead) == 1, stored.file_name
    removed = next(i for i, b in enumerate(stored.blocks) if b.role == "removed")
    pane.show_removed.setChecked(True)
    pane.view.anchorClicked.emit(QUrl(f"restore:{removed}"))
    assert stored.blocks[removed].text in archive.get(article_id).body
    archive.close()


def test_origin_badges_and_refresh_keeps_typing(setup, qtbot):
    pane, stack, archive, first, _second = setup
    assert pane.metadata.badges["published"].origin == "inferred"
    assert pane.metadata.badges["title"].origin == "page-text"
    author = pane.metadata.edits["author"]
    author.selectAll()
    QApplication.sendEvent(author, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "L"))
    pane.set_block_roles([2], "removed")  # an edit elsewhere refreshes the pane
    assert author.text() == "L"
    pane.show_article(_second)  # leaving the article saves what was typed
    assert archive.get(first).author == "L"


def test_read_only_archive_shows_but_does_not_edit(qtbot, tmp_path):
    archive, first, _second = open_archive(tmp_path)
    archive.close()
    archive = Archive.open(tmp_path / "test.tulieu", read_only=True)
    pane = ArticlePane(QUndoStack())
    qtbot.addWidget(pane)
    pane.set_archive(archive)
    pane.show_article(first)
    pane.show_removed.setChecked(True)
    assert RELATED in pane.view.toPlainText() and "Restore to body" not in pane.view.toPlainText()
    assert not pane.metadata.isEnabled()
    archive.close()


def test_lead_behind_an_outlet_prefix_is_shown_once(qtbot, tmp_path):
    lead = "Chiều 2/5, đoàn công tác của tỉnh   đã đến thăm ngư dân trên đảo."
    article = Article(title="Thăm ngư dân trên đảo xa", lead=" ".join(lead.split()), outlet="Báo Mẫu",
                      blocks=[Block("Trang chủ Xã hội", "removed", "breadcrumb"),
                              Block(f"(Báo Mẫu) - {lead}"), Block("Ngư dân kể về chuyến biển vừa qua.")])
    archive = Archive.open(tmp_path / "lead.tulieu")
    article_id = archive.add_article(article, raw=b"x", file_name="lead.txt")
    stack = QUndoStack()
    pane = ArticlePane(stack)
    qtbot.addWidget(pane)
    pane.set_archive(archive)
    pane.show_article(article_id)
    text = pane.view.toPlainText()
    assert text.count("đến thăm ngư dân trên đảo") == 1
    assert "(Báo Mẫu) -" in text  # the paragraph is kept whole, drawn as the lead
    archive.close()


def test_person_and_place_sharing_a_name_keep_their_own_ids(qtbot, tmp_path):
    article = Article(title="Ông Hòa Bình thăm tỉnh Hòa Bình", lead=None,
                      blocks=[Block("Ông Hòa Bình hôm qua đã đến tỉnh Hòa Bình làm việc.")],
                      entities=[Entity("Hòa Bình", "person"), Entity("Hòa Bình", "location")])
    archive = Archive.open(tmp_path / "names.tulieu")
    article_id = archive.add_article(article, raw=b"y", file_name="names.txt")
    stack = QUndoStack()
    pane = ArticlePane(stack)
    qtbot.addWidget(pane)
    pane.set_archive(archive)
    pane.show_article(article_id)
    editor = pane.metadata.entity_editor
    person, place = editor.entity_id("Hòa Bình", "person"), editor.entity_id("Hòa Bình", "location")
    assert person is not None and place is not None and person != place
    assert archive.entity(person).kind == "person" and archive.entity(place).kind == "location"
    listed = {kind: [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())]
              for kind, w in editor.lists.items()}
    assert listed["person"] == [person] and listed["location"] == [place]
    archive.close()


def test_walk4_the_history_tab_names_fields_shows_local_day_first_times_and_keeps_by_in_view(setup, qtbot):
    from datetime import datetime, timezone

    pane, stack, archive, first, _second = setup
    long_title = "Hà Nội khởi công tuyến đường sắt đô thị số 5 nối trung tâm với các huyện phía tây, dài 38 km"
    finish_typing(qtbot, pane.metadata.edits["title"], long_title)
    qtbot.mouseClick(pane.metadata.confirm_date, Qt.MouseButton.LeftButton)  # the review flag is confirmed
    rows = [[pane.history.topLevelItem(r).text(c) for c in range(5)] for r in range(pane.history.topLevelItemCount())]
    assert all(old != new for _when, _field, old, new, _by in rows)  # no row that changed nothing
    review = [row for row in rows if row[1] == "Review"]
    assert [row[2:4] for row in review] == [["Date", "—"]]  # the flagged field by its label, not 'published'
    stored = archive.history(first)[0].at
    local = datetime.fromisoformat(stored).astimezone()
    assert rows[0][0] == local.strftime("%d/%m/%Y %H:%M")
    pane.show()
    pane.tabs.setCurrentWidget(pane.history)
    qtbot.waitUntil(lambda: pane.history.isVisible())
    widths = [pane.history.columnWidth(c) for c in range(5)]
    assert sum(widths) <= pane.history.viewport().width() and min(widths) > 20  # 'By' in view, long titles cut
    assert pane.history.topLevelItem(rows.index(next(r for r in rows if r[1] == "Title"))).toolTip(3) == long_title
    stack.undo()
    assert archive.get(first).needs_review == ["published"] and archive.get(first).date_precision == "inferred"
