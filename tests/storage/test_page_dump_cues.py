"""Whole-page dumps of layouts no tuned page had (issue #8): the outlet named only by lead tags or by the page's own
menus and date format, bylines with a label or a bullet before their date, and the page's widgets under the last
paragraph when no byline closes the article. Fixtures are written for these tests."""
from __future__ import annotations

import json

import pytest

from storage.extraction import extract
from storage.extraction.outlet_frame import from_frame_cues
from storage.extraction.outlets import from_copyright, from_lead_prefix, load_outlets
from storage.resources import resource_path

from .page_texts import kept as _body, text_page as _page

TITLE = "Thành phố mở thêm ba tuyến xe buýt điện nối các khu công nghiệp"
SAPO = ("Từ đầu tháng tới, ba tuyến xe buýt điện mới sẽ chạy từ trung tâm ra các khu công nghiệp phía bắc, "
        "giúp hàng nghìn công nhân bớt chi phí đi lại mỗi ngày.")
P1 = ("Mỗi tuyến dài khoảng hai mươi cây số, xe chạy mười lăm phút một chuyến vào giờ cao điểm và ba mươi phút "
      "một chuyến vào các giờ còn lại trong ngày.")
P2 = ("Giá vé lượt được giữ ở mức bảy nghìn đồng, công nhân có thẻ của doanh nghiệp được giảm một nửa khi mua "
      "vé tháng tại các điểm bán gần cổng nhà máy.")
P3 = ("Đại diện sở cho biết nếu lượng khách ổn định sau sáu tháng, thành phố sẽ tính đến việc mở thêm hai tuyến "
      "nữa đi qua các khu dân cư mới ở phía tây.")
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Văn hóa", "Giáo dục", "Thể thao", "Sức khỏe"]
OTHERS = ["Người dân ven đô háo hức chờ tuyến buýt mới", "Doanh nghiệp vận tải đề xuất thêm trạm sạc cho xe điện",
          "Công nhân khu chế xuất mong có xe đưa đón ca đêm"]
DATE = "Thứ hai, 12/10/2025 08:20"


@pytest.mark.parametrize(("tag", "outlet"), [
    ("BNA - ", "Báo Nghệ An"),
    ("(CLO) - ", "Nhà báo & Công luận"),
    ("PNO - ", "Phụ nữ TP.HCM"),
    ("DĐDN - ", "Diễn đàn Doanh nghiệp"),
    ("(ĐBND) - ", "Đại biểu Nhân dân"),
    ("QBĐT - ", "Báo Quảng Bình"),
    ("(BKTO) - ", "Báo Kiểm toán"),
    ("ĐTCK - ", "Đầu tư Chứng khoán"),
    ("GDTĐ - ", "Giáo dục & Thời đại"),
    ("(CATP) ", "Công an TP.HCM"),
    ("( ĐVO ) - ", "Đất Việt"),
    ("CôngThương - ", "Báo Công Thương"),
])
def test_a_papers_lead_tag_names_it(tag: str, outlet: str) -> None:
    found, prefix = from_lead_prefix(tag + SAPO)
    assert found is not None and found.name == outlet
    assert prefix.strip() == tag.strip()


def test_the_cue_table_covers_the_national_press_and_names_only_known_outlets() -> None:
    cues = json.loads(resource_path("data", "outlet_cues.json").read_text(encoding="utf-8"))
    names = {outlet.name for outlet in load_outlets()}
    assert len(cues["lead_tags"]) >= 60
    assert set(cues["lead_tags"]) <= names and set(cues["frame"]) <= names


def test_a_lead_tag_names_the_outlet_of_a_page_with_no_footer() -> None:
    article = extract(_page([*MENU, TITLE, DATE, "PNO - " + SAPO, P1, P2, P3, "Minh Châu", "Tin khác", *OTHERS]))
    assert (article.outlet, article.title, article.author) == ("Phụ nữ TP.HCM", TITLE, "Minh Châu")


# A menu with two of one paper's own items and its date format, as a mobile page prints it with no name line.
OWN_MENU = ["Mới nhất", "Tin theo khu vực", "Thời sự", "Thế giới", "Kinh doanh", "Tâm sự", "Thư giãn", "Tất cả"]
OWN_DATE = "Thứ hai, 12/10/2025, 08:20 (GMT+7)"


def test_a_pages_own_menu_items_and_date_format_name_its_outlet() -> None:
    article = extract(_page([*OWN_MENU, "Xã hội", OWN_DATE, TITLE, SAPO, P1, P2, P3, "Minh Châu", "Trở lại Xã hội"]))
    assert article.outlet == "VnExpress"
    assert (article.title, article.author, _body(article)) == (TITLE, "Minh Châu", [SAPO, P1, P2, P3])


def test_one_frame_cue_alone_or_a_tie_names_no_outlet() -> None:
    assert from_frame_cues(["Trang chủ", "VnE-GO", "Thể thao"]) is None
    assert from_frame_cues(["VnE-GO", "Tin theo khu vực", "VTV1", "VTV3"]) is None  # two papers' cues, two each
    assert from_frame_cues(["VnE-GO", "Tin theo khu vực"]).name == "VnExpress"
    assert from_frame_cues(["Thư giãn", "Tâm sự", "Thể thao"]) is None  # section names many sites share


def test_a_generic_menu_names_no_outlet() -> None:
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, P2, P3, "Minh Châu", "Tin khác", *OTHERS]))
    assert article.outlet is None


def test_a_section_before_a_date_bar_counts_as_a_menu_cue() -> None:
    found = from_frame_cues(["Star 04/01/2014 | 00:03", "Musik"])
    assert found is not None and found.name == "Kenh14"


@pytest.mark.parametrize("credit", [
    "Bởi Minh Châu",
    "Tác giả: Minh Châu | 12/10/2025 08:20",
    "Minh Châu • 12/10/2025 08:20",
    "Minh Châu · 12/10/2025",
])
def test_a_byline_with_a_label_or_a_bullet_before_its_date_signs_the_article(credit: str) -> None:
    article = extract(_page([*MENU, TITLE, credit, SAPO, P1, P2, P3, "Tin liên quan", *OTHERS]))
    assert (article.title, article.author, _body(article)) == (TITLE, "Minh Châu", [SAPO, P1, P2, P3])


def test_a_sentence_opening_with_boi_is_no_byline() -> None:
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, P2, P3, "Bởi vậy, người dân rất mừng", "Tin khác",
                             *OTHERS]))
    assert article.author is None


@pytest.mark.parametrize("after", [
    ["Tin tiếp theo", OTHERS[0]],
    ["Bài trước", OTHERS[0], "Bài sau", OTHERS[1]],
    ["Về trang chủ"],
    ["1", "2", "Trang sau"],
    ["Mời quý độc giả theo dõi các chương trình đã phát sóng của đài trên ứng dụng xem truyền hình!"],
    ["Mời bạn đọc đón đọc kỳ tiếp theo vào số báo ngày mai"],
    ["#xebuytdien #giaothong #congnhan"],
    ["VIDEO", "Xe buýt điện chạy thử trên đường phố"],
])
def test_page_widgets_under_the_last_paragraph_close_an_unsigned_article(after: list[str]) -> None:
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, P2, P3, *after, "© 2025 Báo Xe Buýt"]))
    assert _body(article) == [SAPO, P1, P2, P3]


def test_a_video_box_inside_the_article_does_not_end_it() -> None:
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, "Video", "Xe buýt điện chạy thử trên tuyến mới", P2, P3,
                             "Tin khác", *OTHERS]))
    assert _body(article) == [SAPO, P1, P2, P3]


@pytest.mark.parametrize("credit", ["MINH CHÂU - HỒNG NHUNG", "MINH CHÂU, QUỐC HUY, LAN ANH"])
def test_writers_names_joined_in_capitals_under_the_date_are_a_credit_not_the_headline(credit: str) -> None:
    # A headline with a comma and a bracket, the paper's tag on the lead: the capitals line looked likelier.
    headline = "Đoàn công tác của thành phố thăm các khu công nghiệp ở Bắc Ninh, Bắc Giang (cũ)"
    lead = "(PLO)- " + SAPO
    article = extract(_page(["Góp ý bài viết", "Thời sự", headline, "11/10/2025 10:02", credit, lead, P1, P2, P3,
                             "Tin liên quan", *OTHERS]))
    assert article.title == headline
    assert article.author is not None and article.author.startswith("Minh Châu")
    assert _body(article) == [lead, P1, P2, P3]


def test_a_short_headline_in_capitals_is_still_the_headline() -> None:
    headline = "XE BUÝT ĐIỆN VỀ KHU CÔNG NGHIỆP PHÍA BẮC"
    article = extract(_page([*MENU, headline, DATE, SAPO, P1, P2, P3, "Tin liên quan", *OTHERS]))
    assert article.title == headline


@pytest.mark.parametrize("header", ["Các tin cùng sự kiện", "Bài viết khác cùng chủ đề", "Xem thêm các tin",
                                    "Tin tức mới hơn", "TIN BÀI ĐÃ ĐƯA", "Những bài viết nổi bật"])
def test_a_list_header_in_any_wording_closes_the_body(header: str) -> None:
    teaser = "Sau nhiều tháng chờ đợi, tuyến buýt mới đã chạy thử trong tuần này với hàng trăm lượt khách mỗi ngày."
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, P2, P3, header, OTHERS[0], teaser, *OTHERS[1:]]))
    assert _body(article) == [SAPO, P1, P2, P3]


@pytest.mark.parametrize("line", ["Tin vui cho công nhân", "Theo bạn đọc", "Nhiều khó khăn khác"])
def test_a_short_line_with_other_words_is_no_list_header(line: str) -> None:
    from storage.extraction.noise import is_list_header
    assert not is_list_header(line)


@pytest.mark.parametrize(("line", "outlet"), [
    ("Tiền Phong © 2025", "Tiền Phong"),
    ("Copyright 2025 © Dân trí", "Dân trí"),
    ("Copyright © 2024 - Báo Công an nhân dân", "Công an nhân dân"),
    ("© 2025 - Tạp chí Cộng sản", "Tạp chí Cộng sản"),
    ("© Bản quyền 2025 Báo Người Lao Động", "Người Lao Động"),
    ("© BẢN QUYỀN THUỘC VỀ TRANGLA.VN - BÁO TIỀN PHONG", "Tiền Phong"),
    ("© 2011 dantrinews", "Dân trí"),
])
def test_a_copyright_line_names_its_owner_in_any_order_of_marks_and_years(line: str, outlet: str) -> None:
    found = from_copyright([line])
    assert found is not None and found.name == outlet


@pytest.mark.parametrize("line", ["Ảnh © Reuters", "© 2025 Byline Media", "© 2011 Bytedance Ltd"])
def test_a_copyright_of_a_foreign_or_unknown_owner_names_no_outlet(line: str) -> None:
    assert from_copyright([line]) is None


def test_a_lowercase_label_before_the_lead_is_no_papers_tag() -> None:
    assert from_lead_prefix("(giao duc) - " + SAPO)[0] is None
    found, _ = from_lead_prefix("(vietnamplus.vn) - " + SAPO)
    assert found is not None and found.name == "VietnamPlus"


def test_a_republished_articles_lead_tag_is_its_source_when_the_copyright_names_the_site() -> None:
    article = extract(_page([*MENU, TITLE, DATE, "(Dân trí) - " + SAPO, P1, P2, P3, "Tin khác", *OTHERS,
                             "Copyright © 2012 24H.COM.VN, all rights reserved."]))
    assert (article.outlet, article.source) == ("24h", "Dân trí")


@pytest.mark.parametrize(("credit", "author"), [
    ("Minh Châu - Phóng viên Ban Xã hội", "Minh Châu"),
    ("Minh Châu (Cộng tác viên tại Huế)", "Minh Châu"),
    ("Nội dung: Minh Châu", "Minh Châu"),
])
def test_a_closing_credit_with_the_writers_job_or_a_content_label(credit: str, author: str) -> None:
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, P2, P3, credit, "Ảnh: Quốc Huy", "Tin liên quan", *OTHERS]))
    assert (article.author, _body(article)) == (author, [SAPO, P1, P2, P3])


def test_a_content_line_of_prose_is_no_credit() -> None:
    from storage.extraction.bylines import classify_tail
    assert classify_tail("Nội dung: hai bên thống nhất lộ trình mở tuyến mới") is None


@pytest.mark.parametrize(("banner", "outlet"), [
    ("Tải ứng dụng Tuổi Trẻ Online", "Tuổi Trẻ"),
    ("Đọc báo Dân trí trên ứng dụng", "Dân trí"),
])
def test_the_papers_app_banner_names_the_outlet(banner: str, outlet: str) -> None:
    article = extract(_page([banner, *MENU, TITLE, DATE, SAPO, P1, P2, P3, "Minh Châu", "Tin liên quan", *OTHERS]))
    assert (article.outlet, article.author, _body(article)) == (outlet, "Minh Châu", [SAPO, P1, P2, P3])


def test_a_paragraph_about_downloading_an_app_stays_in_the_body() -> None:
    about = ("Tải ứng dụng của sở về điện thoại, hành khách có thể xem giờ xe đến từng trạm và mua vé tháng "
             "mà không phải xếp hàng.")
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, about, P2, P3, "Minh Châu", "Tin liên quan", *OTHERS]))
    assert _body(article) == [SAPO, P1, about, P2, P3]


def test_a_share_widget_carrying_the_headline_is_not_the_headline() -> None:
    article = extract(_page([*MENU, TITLE, DATE, "Chia sẻ bài viết: Thành phố mở thêm ba tuyến xe buýt điện",
                             SAPO, P1, P2, P3, "Minh Châu", "Tin liên quan", *OTHERS]))
    assert (article.title, _body(article)) == (TITLE, [SAPO, P1, P2, P3])


def test_a_paragraph_opening_with_a_widget_word_and_a_colon_stays() -> None:
    said = "Ý kiến: nhiều công nhân cho biết họ sẽ chuyển sang đi xe buýt nếu giờ chạy khớp với ca làm."
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, said, P2, P3, "Minh Châu", "Tin liên quan", *OTHERS]))
    assert _body(article) == [SAPO, P1, said, P2, P3]


def test_a_page_that_writes_its_dates_month_first_is_read_so() -> None:
    # The date bar alone reads 3 August; the page's comment stamp (27 as the second number) says months come first.
    article = extract(_page([*MENU, TITLE, "Published on 03-08-2011 01:00 AM", SAPO, P1, P2, P3, "Minh Châu",
                             "Bình luận", "ban_doc 12-27-2012 02:17 PM"]))
    assert article.published.startswith("2011-03-08")


def test_a_day_first_page_keeps_its_dates() -> None:
    article = extract(_page([*MENU, TITLE, "03-08-2011 01:00", SAPO, P1, P2, P3, "Minh Châu", "Tin khác",
                             "Tin cũ 25-07-2011 10:00", *OTHERS]))
    assert article.published.startswith("2011-08-03")


def test_a_signature_after_an_em_dash() -> None:
    article = extract(_page([*MENU, TITLE, DATE, SAPO, P1, P2, P3, "— Minh Châu", "Tin liên quan", *OTHERS]))
    assert (article.author, _body(article)) == ("Minh Châu", [SAPO, P1, P2, P3])


def test_a_deck_under_the_headline_and_above_the_date_is_neither_headline_nor_body() -> None:
    article = extract(_page([*MENU, TITLE, "Ba tuyến mới, giá vé giữ nguyên", DATE, SAPO, P1, P2, P3, "Minh Châu",
                             "Tin liên quan", *OTHERS]))
    assert (article.title, article.author, _body(article)) == (TITLE, "Minh Châu", [SAPO, P1, P2, P3])


def test_a_headline_wrapped_over_two_lines_is_still_joined() -> None:
    article = extract(_page([*MENU, "Thành phố mở thêm ba tuyến xe buýt điện", "nối các khu công nghiệp", DATE,
                             SAPO, P1, P2, P3, "Minh Châu", "Tin liên quan", *OTHERS]))
    assert (article.title, _body(article)) == (TITLE, [SAPO, P1, P2, P3])


@pytest.mark.parametrize("line", ["Tin nóng: " + OTHERS[0], "Đọc nhiều: " + OTHERS[1],
                                  "Tin cùng sự kiện: " + OTHERS[2]])
def test_a_list_name_with_another_articles_headline_is_a_link_not_the_headline(line: str) -> None:
    article = extract(_page([*MENU, TITLE, DATE, line, SAPO, P1, P2, P3, "Minh Châu", "Tin liên quan", *OTHERS]))
    assert (article.title, _body(article)) == (TITLE, [SAPO, P1, P2, P3])


def test_a_media_label_before_a_headline_keeps_it_a_headline() -> None:
    headline = "Video: " + TITLE
    article = extract(_page([*MENU, headline, DATE, SAPO, P1, P2, P3, "Minh Châu", "Tin liên quan", *OTHERS]))
    assert article.title == headline
