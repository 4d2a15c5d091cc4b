"""Where a page dump's article starts on a layout the rules were not written from: the sapo is the first prose
paragraph under the headline and its date bar, whatever furniture the layout prints between them."""
from __future__ import annotations

import pytest

from storage.extraction import extract
from storage.extraction.cleaning import _headline_over_sapo, clean_lines, header_date_bars
from storage.extraction.noise import classify
from storage.records import RawDocument

TITLE = "Hợp tác xã ven biển mở lò sấy cá bằng năng lượng mặt trời"
SAPO = "Sau ba tháng thử nghiệm, hợp tác xã đã đưa vào vận hành lò sấy cá đầu tiên của xã dùng hoàn toàn điện mặt trời."
P2 = "Mỗi mẻ sấy được khoảng hai tạ cá, tiết kiệm gần một nửa chi phí so với lò đốt than mà xã viên dùng trước đây."
P3 = "Ban chủ nhiệm cho biết sẽ vay thêm vốn ưu đãi để lắp hai lò nữa trước mùa cá nam năm tới."
MENU = ["Trang nhất", "Kinh tế", "Nông nghiệp"]


def first_body(lines: list[str]) -> str | None:
    return next((b.text for b in clean_lines(lines).blocks if b.role == "body"), None)


@pytest.mark.parametrize("bar", [
    "Kinh tế 12/10/2025 08:00",  # the section beside the date
    "12/10/2025 08:00 Nghe bài viết",  # the player's button on the date line
    "Hải Phòng, 12/10/2025",  # the place of the dateline
    "Cập nhật 3 giờ trước",
])
def test_a_date_bar_with_words_of_its_own_is_no_body(bar: str) -> None:
    lines = [*MENU, TITLE, bar, SAPO, P2, P3]
    cleaned = clean_lines(lines)
    assert cleaned.title == TITLE
    assert [b.text for b in cleaned.blocks if b.role == "body"] == [SAPO, P2, P3]
    assert {b.text: b.reason for b in cleaned.blocks}[bar] == "date"  # not a caption of the article


def test_the_date_bar_shape_stays_in_the_header() -> None:
    schedule = "Lịch thi 12/10/2025 08:00"  # dated, but in the article, after its first paragraphs
    lines = [TITLE, SAPO, P2, schedule, P3]
    assert header_date_bars(lines, [None] * len(lines))[3] is None
    assert header_date_bars([TITLE, schedule, SAPO], [None] * 3)[1] == "date"


def test_a_headline_with_a_date_and_many_words_is_no_date_bar() -> None:
    headline = "Giá cá khô ở chợ đầu mối tăng mạnh trong tuần 12/10/2025"
    assert header_date_bars([headline, SAPO, P2], [None] * 3)[0] is None


FURNITURE = [
    "Bấm để nghe bản đọc",  # an audio button worded as no rule knows it
    "Lượt xem 2.310 · Chia sẻ 14",
    "Đọc tin nhanh trên ứng dụng của báo",
    "Một tỉnh ven biển khác khởi công cảng cá mới",  # another article's headline
]


@pytest.mark.parametrize("furniture", FURNITURE)
def test_a_line_between_the_date_bar_and_the_sapo_is_no_body(furniture: str) -> None:
    assert first_body([*MENU, TITLE, "12/10/2025 08:00", furniture, SAPO, P2, P3]) == SAPO


def test_a_run_of_unknown_furniture_over_the_sapo_is_no_body() -> None:
    assert first_body([*MENU, TITLE, "12/10/2025 08:00", *FURNITURE, SAPO, P2, P3]) == SAPO


def test_a_lead_of_list_items_keeps_its_first_item() -> None:
    items = ["- Lò sấy chạy hoàn toàn bằng điện mặt trời.", "- Mỗi mẻ sấy tiết kiệm gần một nửa chi phí."]
    assert first_body([*MENU, TITLE, "12/10/2025 08:00", *items, P2, P3]) == items[0]


def test_a_short_sentence_above_the_sapo_is_left_to_the_other_rules() -> None:
    kept = "Ngư dân vui mừng."  # a sentence, not furniture: this rule does not remove it
    assert first_body([*MENU, TITLE, "12/10/2025 08:00", kept, SAPO, P2, P3]) == kept


def test_the_headline_over_its_date_bar_beats_a_subheading_picked_below_the_sapo() -> None:
    subheading = "Lò thứ hai sẽ đặt ở bến cá phía bắc"
    lines = [*MENU, TITLE, "Thứ Hai, 12/10/2025 08:00", "Bấm để nghe bản đọc", SAPO, P2, subheading, P3]
    cleaned = clean_lines(lines)
    assert cleaned.title == TITLE
    assert [b.text for b in cleaned.blocks if b.role == "body"][0] == SAPO


def test_the_picked_line_gives_way_to_the_headline_over_the_date_bar() -> None:
    subheading = "Lò thứ hai sẽ đặt ở bến cá phía bắc"
    lines = [*MENU, TITLE, "Thứ Hai, 12/10/2025 08:00", "Bấm để nghe bản đọc", SAPO, P2, subheading, P3]
    noise = [None] * len(lines)
    noise[4] = "date"
    assert _headline_over_sapo(lines, noise, lines.index(subheading)) == lines.index(TITLE)
    assert _headline_over_sapo(lines, noise, lines.index(SAPO)) == lines.index(TITLE)  # the sapo picked
    dated = [*lines[:7], "12/10/2025 09:30", P3]  # the picked line has a date bar of its own: it stays
    assert _headline_over_sapo(dated, [*noise[:7], "date", None], 6) == 6
    section = ["Kinh tế biển", *lines[4:]]  # a section name over the date bar is no headline
    assert _headline_over_sapo(section, [None, "date", *[None] * (len(section) - 2)],
                               section.index(subheading)) == section.index(subheading)


def test_a_section_name_over_the_date_bar_is_not_taken_for_the_headline() -> None:
    lead_first = [*MENU, "Kinh tế biển", "Thứ Hai, 12/10/2025 08:00", SAPO, TITLE, "Cỡ chữ A- A+", P2, P3]
    assert clean_lines(lead_first).title == TITLE


@pytest.mark.parametrize(("line", "reason"), [
    ("4 phút đọc", "view-counter"),
    ("Thời gian đọc: 6 phút", "widget"),
    ("Đọc trong 3 phút", "widget"),
    ("27 chia sẻ", "view-counter"),
    ("Chia sẻ (9)", "view-counter"),
    ("Tốc độ đọc 1.25x", "widget"),
    ("Giọng nữ miền Nam", "widget"),
    ("Nghe đọc", "widget"),
    ("Đọc bài", "widget"),
])
def test_header_widgets(line: str, reason: str) -> None:
    assert classify(line) == reason


@pytest.mark.parametrize("line", [
    "Đọc trong 3 phút là hiểu vì sao xã viên tin lò sấy mới.",
    "Giọng nói của chủ nhiệm run lên khi kể lại mùa bão năm ấy.",
    "3 phút",
])
def test_prose_about_reading_or_voices_is_not_a_widget(line: str) -> None:
    assert classify(line) is None


def test_html_lead_right_above_the_article_element() -> None:
    lead = "- Lò sấy chạy hoàn toàn bằng điện mặt trời."  # short, unmarked, not in the description
    text = "\n".join(["Trang nhất", TITLE, "|", "12/10/2025 08:00", lead, P2, P3, "Tin khác"])
    doc = RawDocument(path="a.html", text=text, raw=b"", encoding="utf-8", kind="html",
                      meta={"title": TITLE, "description": TITLE}, paragraphs=[P2, P3])
    assert extract(doc).body == [lead, P2, P3]
    doc.text = text.replace(lead, lead + "\nẢnh: Minh Khôi")  # a line between: the lead is no longer adjacent
    assert extract(doc).body == [P2, P3]
