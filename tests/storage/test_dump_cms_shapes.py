"""Whole-page dumps (a browser's Select All + Copy) of Vietnamese CMS page shapes the tuned pages never showed
(issue #8): topic chips under the last paragraph, a carried article's "Theo X" meta bar glued to its date, a
writer's line with a mail address, a reader count or an editor beside the name, the writer's box under the tag
line, a signature that carries the day, a tool bar above the headline and a column of latest news before it.
The lines are what headless chromium printed for pages written for these tests (our own words)."""
from __future__ import annotations

import pytest

from storage.extraction import extract
from storage.extraction.bylines import classify_tail
from storage.extraction.noise import classify

from .page_texts import body_only as _body, text_page

TITLE = "Hà Nội mở thêm ba tuyến xe buýt điện nối các khu đô thị phía tây"
SAPO = ("Từ đầu tháng tới, ba tuyến xe buýt điện mới sẽ chạy qua các khu đô thị phía tây thủ đô, giúp hàng nghìn "
        "cư dân đi làm thuận tiện hơn.")
BODY = [
    "Theo Sở Giao thông vận tải, mỗi tuyến dài khoảng 20 km, đi qua nhiều trường học, bệnh viện và trung tâm "
    "thương mại lớn trong khu vực.",
    "Các xe mới có sàn thấp, chỗ cho xe lăn và cổng sạc điện thoại, tần suất mười lăm phút một chuyến vào giờ cao "
    "điểm buổi sáng và buổi chiều.",
    "Đơn vị vận hành cho biết sẽ lắp thêm nhà chờ có mái che và bảng thông tin điện tử tại các điểm dừng đông "
    "khách trong quý tới.",
]
CAPTION = "Xe buýt điện chạy thử trên đường Lê Văn Lương sáng thứ hai. Ảnh: Minh Khôi"
MENU = ["Trang chủ", "Thời sự", "Kinh tế", "Thế giới"]
RELATED = ["Xe buýt điện đầu tiên lăn bánh ở TP HCM sau nhiều năm chuẩn bị",
           "Hàng loạt tuyến buýt được điều chỉnh lộ trình từ tháng sau",
           "Người dân chờ đợi tàu điện chạy qua trung tâm"]
FOOTER = ["Cơ quan chủ quản: Bộ Thông tin. Giấy phép số 123/GP-BTTTT.", "Liên hệ quảng cáo: 0900 000 000"]
AUTHOR = "Thanh Hương"


def _extract(lines: list[str]):
    return extract(text_page(lines))


@pytest.mark.parametrize("chip", ["Xe buýt", "xe buýt", "giao thông công cộng"])
def test_a_topic_chip_under_the_last_photo_is_not_the_body_end(chip):
    # Thanh Niên / Znews shapes: the tag box prints one chip on its own line, then the related list.
    article = _extract([*MENU, TITLE, AUTHOR, "02/03/2026 08:00 GMT+7", SAPO, *BODY, CAPTION, chip,
                        "Tin liên quan", *RELATED, *FOOTER])
    assert _body(article)[-1] == BODY[-1]
    assert article.author == AUTHOR


def test_a_chip_above_a_headless_related_list_is_peeled_with_it():
    article = _extract([*MENU, TITLE, AUTHOR, "08:00 2/3/2026", SAPO, *BODY, CAPTION, "xe buýt", "Đọc tiếp",
                        *RELATED, *FOOTER])
    assert _body(article)[-1] == BODY[-1]


def test_a_signature_name_under_the_prose_is_still_the_author_not_a_chip():
    article = _extract([*MENU, TITLE, SAPO, *BODY, "Minh Khôi", "Tin liên quan", *RELATED, *FOOTER])
    assert article.author == "Minh Khôi"
    assert _body(article)[-1] == BODY[-1]


def test_a_carried_articles_meta_bar_glued_to_its_date_is_not_the_sapo():
    # CafeF / Kenh14 shape: "Theo <paper>" and the time stand in two inline boxes, printed without a space.
    article = _extract([*MENU, TITLE, "Theo Tiền Phong02/03/2026 08:00 AM", SAPO, *BODY, CAPTION, AUTHOR,
                        "Theo Tiền Phong", "Tin cùng chuyên mục", *RELATED, *FOOTER])
    assert _body(article)[0] == SAPO
    assert article.published.startswith("2026-03-02")
    assert article.source == "Tiền Phong"


@pytest.mark.parametrize(("line", "name"), [
    ("Thanh Hươngthanhhuong@baohatinh.vn", "Thanh Hương"),  # name and address in two inline boxes
    ("Thanh Hương thanhhuong@baohatinh.vn", "Thanh Hương"),
    ("Minh Anhanh.nm@gmail.com", "Minh Anh"),
    ("NGUYỄN VĂN ANnguyenvanan@gmail.com", "Nguyễn Văn An"),
    ("Tác giả: Thanh Hương | Biên tập: Minh Khôi", "Thanh Hương"),  # the editor did not write it
    ("Thanh Hương 1.234 lượt xem", "Thanh Hương"),
    ("Bài viết: Thanh Hương", "Thanh Hương"),
])
def test_writer_lines_with_what_pages_print_beside_the_name(line, name):
    tail = classify_tail(line)
    assert tail is not None and tail.kind == "byline" and tail.value == name


@pytest.mark.parametrize("line", ["toasoan@baohatinh.vn", "Liên hệ: toasoan@baohatinh.vn", "Biên tập: Minh Khôi"])
def test_an_address_or_an_editor_alone_names_no_writer(line):
    assert classify_tail(line) is None


@pytest.mark.parametrize("meta", ["Tác giả: Thanh Hương | Biên tập: Minh Khôi", "Thanh Hương 1.234 lượt xem"])
def test_a_meta_bar_under_the_sapo_names_the_writer_and_is_not_body(meta):
    article = _extract([*MENU, TITLE, SAPO, meta, *BODY, *FOOTER])
    assert article.author == AUTHOR
    assert meta not in _body(article)
    assert _body(article)[0] == SAPO


def test_the_writers_box_under_the_tag_line_signs_the_article():
    article = _extract([*MENU, TITLE, SAPO, *BODY, "Tags: xe buýt", AUTHOR, *FOOTER])
    assert article.author == AUTHOR
    assert _body(article)[-1] == BODY[-1]


def test_a_person_tagged_under_the_article_is_not_its_writer():
    body = [*BODY[:-1], "Ông Trần Quốc Bảo, giám đốc đơn vị vận hành, cho biết sẽ lắp thêm nhà chờ tại các điểm "
                        "dừng đông khách trong quý tới."]
    article = _extract([*MENU, TITLE, SAPO, *body, "Tags: xe buýt", "Trần Quốc Bảo", *FOOTER])
    assert article.author is None


@pytest.mark.parametrize(("header", "inside"), [
    (["Thanh Hương - 02/03/2026"], []),  # itemprop author and a day without time, above the sapo
    ([], ["Thanh Hương | 02/03/2026 08:00"]),  # the writer's bar under the sapo
    ([], ["Thanh Hương02/03/2026 08:00"]),  # name and time in two inline boxes
])
def test_a_writers_line_that_carries_the_day_dates_the_article(header, inside):
    article = _extract([*MENU, TITLE, *header, SAPO, *inside, *BODY, *FOOTER])
    assert article.published is not None and article.published.startswith("2026-03-02")
    assert article.author == AUTHOR


@pytest.mark.parametrize("line", ["Nghe bài viết Cỡ chữ A- A+ In bài", "Đăng nhập Đăng ký"])
def test_a_row_of_tool_buttons_is_a_widget(line):
    assert classify(line) == "widget"


@pytest.mark.parametrize("line", ["Đăng ký xe máy điện tăng mạnh", "In bài học kinh nghiệm", "Quảng cáo sai sự thật"])
def test_a_headline_that_opens_with_a_tool_word_is_not_a_widget(line):
    assert classify(line) is None


def test_the_headline_under_a_date_and_tool_bar_beats_the_last_latest_news_item():
    # Tuổi Trẻ shape inside a fuller page: a left column of latest news, then section and date above the headline.
    article = _extract(["Thứ Hai, 02/03/2026 Đăng nhập Đặt báo", "Tuổi Trẻ",
                        "Chính trịXã hộiKinh tếVăn hóaThể thaoVideoE-paper", "Trang chủ Xã hội Giao thông",
                        "Tin mới nhất", "Khai mạc hội chợ nông sản cuối tuần ở quảng trường",
                        "Mưa dông kèm lốc làm tốc mái nhiều nhà dân", "Thời sự", "02/03/2026 08:00 GMT+7",
                        "Nghe bài viết Cỡ chữ A- A+ In bài", TITLE, AUTHOR, SAPO, *BODY, CAPTION, "Tags:xe buýt điện",
                        "Tin liên quan", *RELATED, *FOOTER])
    assert article.title == TITLE
    assert _body(article)[0] == SAPO
    assert article.author == AUTHOR
