"""Kinds of article the tuned pages never showed (issue #8): longform pages with a cover photo, chapter headings
and a credits block; photo and video pages; columns with the writer over the headline; live coverage; series;
press releases; mobile pages with the signature and date under the text. Short dumps and pages written for these
tests (our own words); the lines are shaped as headless chromium prints them."""
from __future__ import annotations

import pytest

from storage.extraction import extract
from storage.extraction.bylines import classify_tail, ranked_writer
from storage.extraction.noise import classify
from storage.readers.html import html_document

from .page_texts import body_only as _body, text_page

TITLE = "Những người giữ rừng trên đỉnh núi cao nhất vùng"
SAPO = ("Hơn hai mươi năm qua, các tổ bảo vệ rừng ở vùng núi cao vẫn lặng lẽ đi tuần, giữ từng gốc cây quý và "
        "từng cánh rừng nguyên sinh.")
BODY = [
    "Sáu giờ sáng, sương còn phủ kín thung lũng khi tổ trưởng buộc lại dây giày, khoác ba lô và bắt đầu chuyến "
    "tuần tra thứ ba trong tuần.",
    "Theo ban quản lý khu bảo tồn, mỗi năm lực lượng giữ rừng phát hiện hàng chục vụ xâm nhập trái phép vào "
    "vùng lõi của khu rừng.",
    "Chiều xuống, cả tổ dừng chân bên con suối nhỏ, nói rằng chừng nào còn sức thì còn lên núi giữ rừng.",
]
TOP = ["Thứ Hai, 09/03/2026 Đăng nhập Đăng ký", "Báo Miền Núi", "Thời sựKinh tếXã hộiVăn hóa", "Trang chủ Xã hội"]
FOOTER = ["Cơ quan chủ quản: Hội Nhà báo tỉnh.", "Giấy phép hoạt động báo điện tử số 88/GP-BTTTT."]
LATEST = ["Tin mới nhất", "Khai trương chợ đêm phục vụ khách du lịch", "Mưa lớn gây ngập nhiều tuyến phố trung tâm"]


def _dump(lines: list[str]):
    return extract(text_page(lines))


def _html(body: str, head: str = ""):
    page = f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    data = page.encode()
    return extract(html_document("trang.html", data, raw=data))


# ---------------------------------------------------------------------------------------------- line kinds
@pytest.mark.parametrize("line, reason", [
    ("Thứ Hai, 09/03/2026 Đăng nhập Đăng ký", "navigation"),  # the site's bar with today's date
    ("Thứ Hai, 09/03/2026", "date"),  # a date bar alone is still the date
    ("Trang 1 2 3 Tiếp »", "navigation"),
    ("Trang 1/2", "navigation"),
    ("Phát 00:00 01:05", "player"),
    ("00:00 / 03:12 Tắt tiếng", "player"),
    ("TRỰC TIẾP", "kind-label"),
    ("(Thông cáo báo chí)", "kind-label"),
    ("Góc nhìn", "kind-label"),
    ("Bài viết thể hiện quan điểm riêng của tác giả.", "end-widget"),
    ("Thông tin liên hệ báo chí:", "end-widget"),
    ("Kỳ tới: Ai chịu trách nhiệm?", "end-widget"),
    ("Đón đọc kỳ 2: Những khoản nợ chưa trả", "end-widget"),
    ("(Còn nữa)", "end-widget"),
    ("Ghi chú của tòa soạn: Bài viết đã được cập nhật để sửa tên địa điểm.", "widget"),
    ("Đính chính: Bản tin trước ghi nhầm số ngày nghỉ.", "widget"),
])
def test_lines_a_kind_of_article_prints_around_its_text(line, reason):
    assert classify(line) == reason


@pytest.mark.parametrize("line", [
    "Kỳ 2: Đi tìm lời giải cho bài toán nhà ở xã hội",  # a series part's own headline
    "Bài viết này phân tích ba nguyên nhân khiến dự án chậm tiến độ trong nhiều năm.",
    "Trực tiếp trận chung kết: Đội tuyển nữ gặp Thái Lan",
    "Trang trại bò sữa 3 tỉnh miền núi",
    "Liên hệ giữa giá điện và lạm phát trong năm tới",
])
def test_article_lines_that_only_look_like_those_are_kept(line):
    assert classify(line) is None


@pytest.mark.parametrize("line, author", [
    ("Nội dung: Thanh Tùng | Ảnh: Quốc Dũng | Thiết kế: Hải Yến", "Thanh Tùng"),
    ("Bài: Ngọc Ánh | Ảnh: Hữu Tài", "Ngọc Ánh"),
    ("Nội dung: Thanh Tùng - Ảnh: Quốc Dũng", "Thanh Tùng"),
])
def test_a_credits_line_names_the_writer_not_the_photographer_or_designer(line, author):
    tail = classify_tail(line)
    assert tail is not None and tail.kind == "byline" and tail.value == author and tail.source is None


@pytest.mark.parametrize("line", ["Nguồn video: Người dân cung cấp", "Ảnh: Quốc Dũng | Video: Hải Yến"])
def test_footage_credits_are_not_bylines(line):
    assert classify_tail(line).kind == "photo-credit"


def test_a_ranked_name_is_a_columnist_and_a_bare_phrase_is_not():
    assert ranked_writer("TS. Nguyễn Hữu Lâm") == "Nguyễn Hữu Lâm"
    assert ranked_writer("Luật sư Trần Thu Hà") == "Trần Thu Hà"
    assert ranked_writer("Nguyễn Hữu Lâm") is None  # no rank: not enough to sign a column above its headline
    assert ranked_writer("Viện Nghiên cứu Chính sách") is None


# ---------------------------------------------------------------------------------------------- longform dumps
def test_a_cover_caption_under_the_headline_is_neither_the_headline_nor_the_first_paragraph():
    article = _dump([*TOP, TITLE, "Đỉnh núi nhìn từ bản làng dưới thung lũng lúc bình minh", SAPO,
                     "Chương 1: Con đường mòn trong sương", BODY[0], "Chương 2: Những mùa mưa", *BODY[1:],
                     "Nội dung: Lê Minh Hà", "Ảnh: Trần Quốc Việt", "Thiết kế: Phạm Thảo Vy",
                     "Ngày xuất bản: 14/02/2026", *FOOTER])
    assert article.title == TITLE
    assert _body(article)[0] == SAPO and _body(article)[-1] == BODY[-1]
    assert article.author == "Lê Minh Hà"
    assert article.published[:10] == "2026-02-14"  # the site bar's day is not the article's


def test_a_headline_signed_under_a_latest_news_column_wins_over_the_cover_caption_under_its_date():
    article = _dump([*TOP, *LATEST, TITLE, "Bài: Ngọc Ánh - Ảnh: Hữu Tài - Đồ họa: Minh Trí", "20/02/2026 08:30",
                     "Một góc bản làng nhìn từ triền núi", SAPO, *BODY, *FOOTER])
    assert article.title == TITLE
    assert article.author == "Ngọc Ánh"
    assert _body(article)[0] == SAPO


def test_a_drop_cap_printed_on_its_own_line_is_joined_to_its_paragraph_and_a_chapter_heading_is_no_headline():
    first = "Tháng ba, khi những cơn mưa xuân đầu tiên vừa tạnh, hoa ban bắt đầu nở trắng các sườn đồi quanh bản."
    article = _dump([*TOP, TITLE, "Lò Thị Hương 03/03/2026 08:30", "Hoa ban nở trắng đồi chè", "Tháng ba về bản",
                     "T", first[1:], *BODY, *FOOTER])
    assert article.title == TITLE
    assert _body(article)[0] == first


# ---------------------------------------------------------------------------------------------- columns
def test_a_columnist_with_a_rank_over_the_headline_signs_the_column():
    article = _dump([*TOP, "Góc nhìn", "TS. Nguyễn Hữu Lâm", "Viện Nghiên cứu Chính sách Kinh tế", TITLE,
                     "27/02/2026 06:00", *BODY, "Bài viết thể hiện quan điểm riêng của tác giả.", *FOOTER])
    assert article.title == TITLE
    assert article.author == "Nguyễn Hữu Lâm"
    assert _body(article)[-1] == BODY[-1]


def test_the_writers_role_under_the_name_under_the_headline_is_not_the_headline_nor_the_sapo():
    article = _dump([*TOP, *LATEST, "QUAN ĐIỂM", TITLE, "Luật sư Trần Thu Hà", "Đoàn Luật sư thành phố",
                     "15/02/2026 05:30", SAPO, *BODY, *FOOTER])
    assert article.title == TITLE
    assert article.author == "Trần Thu Hà"
    assert _body(article)[0] == SAPO


def test_a_columnist_over_the_headline_of_a_saved_page():
    article = _html(f"<div class='banner'>Góc nhìn</div><div class='col-author'><p>TS. Nguyễn Hữu Lâm</p>"
                    f"<p>Viện Nghiên cứu Chính sách Kinh tế</p></div><h1>{TITLE}</h1><p>27/02/2026 06:00</p>"
                    + "".join(f"<p>{p}</p>" for p in BODY) + "<p><i>Bài viết thể hiện quan điểm riêng của tác giả.</i></p>",
                    head=f"<title>{TITLE} - Báo Mẫu</title><meta property='og:title' content='{TITLE}'>")
    assert article.author == "Nguyễn Hữu Lâm"
    assert _body(article)[-1] == BODY[-1]


def test_a_photographer_in_the_author_element_is_not_the_writer():
    article = _html(f"<h1>{TITLE}</h1><p>04/03/2026 21:10</p><p class='sapo'>{SAPO}</p>"
                    + "".join(f"<p>{p}</p>" for p in BODY) + "<p class='author'>Ảnh: Nguyễn Hữu Phước</p>",
                    head=f"<title>{TITLE}</title><meta property='og:title' content='{TITLE}'>")
    assert article.author is None


# ---------------------------------------------------------------------------------------------- other kinds
def test_a_video_page_keeps_its_description_without_the_player_the_footage_credit_or_the_chips():
    description = ("Trưa nay, một xe khách giường nằm bất ngờ bốc cháy khi đang chạy trên cao tốc, toàn bộ hai "
                   "mươi hành khách đã kịp thoát ra ngoài an toàn.")
    article = _dump([*TOP, TITLE, "05/03/2026 13:20", "Phát 00:00 01:05", description,
                     "Nguồn video: Người dân cung cấp", "cháy xecao tốc", "Chia sẻFacebookZaloSao chép liên kết",
                     *FOOTER])
    assert _body(article) == [description]
    assert article.author is None


def test_a_series_part_ends_before_its_continued_mark_and_the_next_part():
    article = _dump([*TOP, "Bài 1: Những công trình chậm tiến độ nhiều năm", "09/02/2026 05:00", *BODY,
                     "(Còn nữa)", "Kỳ tới: Ai chịu trách nhiệm?", "Đức Minh", *FOOTER])
    assert _body(article)[-1] == BODY[-1]
    assert article.author == "Đức Minh"


def test_a_press_release_ends_before_its_contact_block_and_its_label_is_no_headline():
    article = _dump([*TOP, "(Thông cáo báo chí)", TITLE, "03/03/2026 10:00", *BODY, "Thông tin liên hệ báo chí:",
                     "Phòng Truyền thông Ngân hàng Mẫu", "Email: truyenthong@mau.vn - Điện thoại: 024 3999 8888",
                     *FOOTER])
    assert article.title == TITLE
    assert _body(article)[-1] == BODY[-1]


def test_a_pager_and_an_editors_note_are_not_the_article():
    note = "Ghi chú của tòa soạn: Bài viết đã được cập nhật lúc 21:00 để sửa tên địa điểm."
    article = _dump([*TOP, TITLE, "12/02/2026 08:00", note, SAPO, *BODY, "Trang 1 2 3 Tiếp »", *FOOTER])
    assert _body(article)[0] == SAPO and _body(article)[-1] == BODY[-1]


def test_a_mobile_page_dated_under_its_closing_signature():
    article = _dump(["☰ Báo Vùng Cao Tìm kiếm", "Giáo dục", TITLE, *BODY, "Ngọc Giang", "20/01/2026 06:10",
                     "Lên đầu trang"])
    assert article.author == "Ngọc Giang"
    assert article.published[:10] == "2026-01-20"


def test_a_live_label_is_not_the_writer():
    article = _dump([*TOP, TITLE, "TRỰC TIẾP", "07/03/2026 18:50", "19:00", BODY[0], "19:32", BODY[1], *FOOTER])
    assert article.author is None
