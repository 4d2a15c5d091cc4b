"""Whole-page dumps in shapes no tuned page had (issue #8): the outlet named only by the page's frame, bylines
with a date or a label, initials under the headline, rating boxes, a quote's speaker under the last paragraph."""
from __future__ import annotations

import pytest

from storage.extraction import extract
from storage.extraction.bylines import classify_tail
from storage.extraction.noise import classify
from storage.extraction.outlets import from_copyright, from_lead_prefix, from_name_mentions, from_page_frame, self_named
from storage.readers import read_bytes

from .page_texts import kept as _body, text_page as _page

TITLE = "Cây cầu treo qua suối được sửa xong trước mùa lũ"
SAPO = ("Sau hai tháng thi công, cây cầu treo duy nhất nối bản với trung tâm xã đã có mặt sàn và dây cáp mới, "
        "kịp cho học sinh đi lại an toàn trước mùa mưa.")
P1 = ("Cây cầu dài gần tám mươi mét, dựng từ năm 2004, nhiều tấm ván đã mục và dây cáp chính bị gỉ sau những "
      "trận lũ lớn mấy năm gần đây.")
P2 = ("Theo trưởng bản, mỗi sáng có hơn năm mươi em học sinh qua cầu tới trường, nhiều phụ huynh phải đưa con "
      "đi từ sớm vì lo cầu rung lắc.")
P3 = ("Kinh phí sửa chữa hơn một tỷ đồng do tỉnh hỗ trợ, người dân góp thêm ngày công để chở vật liệu từ "
      "đường lớn vào chân cầu.")
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Văn hóa", "Giáo dục", "Thể thao", "Sức khỏe"]
OTHERS = ["Người dân vùng cao chật vật qua sông mùa nước lớn", "Tỉnh miền núi đầu tư thêm 20 cây cầu dân sinh",
          "Học sinh lội suối đến trường giữa mùa đông giá rét"]


@pytest.mark.parametrize(("line", "outlet"), [
    ("tuoitre.vn", "Tuổi Trẻ"),
    ("https://vietnamnet.vn/", "VietNamNet"),
    ("Báo điện tử Tiền Phong", "Tiền Phong"),
    ("Tuổi Trẻ Online", "Tuổi Trẻ"),
])
def test_a_line_that_is_only_the_papers_name_or_address_names_the_outlet(line: str, outlet: str) -> None:
    found = self_named(line)
    assert found is not None and found.name == outlet


def test_a_sentence_mentioning_a_paper_is_not_its_self_naming() -> None:
    assert self_named("Theo Tiền Phong, giá rau đã tăng gấp đôi trong tuần qua ở các chợ.") is None
    assert self_named("Cầu treo bản Nậm") is None


@pytest.mark.parametrize(("line", "outlet"), [
    ("Email: toasoan@afamily.vn", "Afamily"),
    ("Hotline: 0912 345 678 - Email: baodautu.vn@gmail.com", "Báo Đầu tư"),
])
def test_an_email_address_on_the_papers_domain_names_the_outlet(line: str, outlet: str) -> None:
    found = from_page_frame(["Liên hệ quảng cáo", line])
    assert found is not None and found.name == outlet


def test_a_mail_address_on_a_foreign_or_unknown_domain_names_nothing() -> None:
    assert from_page_frame(["Email: lienhe@gmail.com", "Góp ý: bandoc@example.org"]) is None


def test_the_outlet_of_a_page_that_prints_only_its_address_under_the_lists() -> None:
    article = extract(_page([*MENU, TITLE, "08:20 | 12/10/2015", SAPO, P1, P2, P3, "Nhóm PV", "Tin mới", *OTHERS,
                             "tuoitre.vn"]))
    assert article.outlet == "Tuổi Trẻ"
    assert _body(article) == [SAPO, P1, P2, P3]


def test_a_masthead_in_the_papers_words_under_a_slogan_names_the_outlet() -> None:
    article = extract(_page(["Vì một đất nước phồn vinh", "Báo điện tử Tiền Phong", *MENU, TITLE, "12/10/2025 08:20",
                             SAPO, P1, P2, P3, "Hà Linh", "Tin cùng chuyên mục", *OTHERS]))
    assert (article.outlet, article.title, article.author) == ("Tiền Phong", TITLE, "Hà Linh")


def test_an_unknown_papers_copyright_address_is_its_name_for_review() -> None:
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, "N.H.", "Tin khác", *OTHERS,
                             "Copyright © 2015 Langque.com.vn"]))
    assert article.outlet == "langque.com.vn"
    assert "outlet" in article.needs_review


def test_a_byline_with_its_date_after_a_dash_signs_the_article() -> None:
    tail = classify_tail("Phạm Tuấn - 12/10/2015 08:20")
    assert (tail.kind, tail.value) == ("byline", "Phạm Tuấn")
    article = extract(_page([*MENU, TITLE, SAPO, P1, P2, P3, "Phạm Tuấn - 12/10/2015 08:20", "Like", "Share",
                             "Bản quyền thuộc về Báo Tuổi Trẻ"]))
    assert article.author == "Phạm Tuấn"
    assert _body(article) == [SAPO, P1, P2, P3]


def test_another_articles_dated_headline_is_no_byline() -> None:
    assert classify_tail("Học sinh lội suối đến trường - 12/10/2015 08:20") is None


def test_initials_under_the_headline_are_the_author_not_the_first_paragraph() -> None:
    article = extract(_page(["Mới", "Tìm kiếm", "Xã hội 12/10/2015 | 08:20", TITLE, "HN", SAPO, P1, P2, P3,
                             "tin cùng chuyên mục", *OTHERS]))
    assert article.author == "HN"
    assert _body(article)[0] == SAPO


def test_a_labelled_credit_above_the_date_is_never_the_headline() -> None:
    article = extract(_page([*MENU, TITLE, "Bài và ảnh: Trần Minh Khoa", "12/10/2015 08:20", SAPO, P1, P2, P3,
                             "Đánh giá bài viết", "Bình chọn", "Tin liên quan", *OTHERS]))
    assert (article.title, article.author) == (TITLE, "Trần Minh Khoa")
    assert _body(article) == [SAPO, P1, P2, P3]


def test_a_labelled_credit_closing_the_body_stops_it_before_unheaded_lists() -> None:
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, "Thực hiện: Trần Minh Khoa",
                             *OTHERS]))
    assert article.author == "Trần Minh Khoa"
    assert _body(article) == [SAPO, P1, P2, P3]


@pytest.mark.parametrize("line", ["Bạn thấy bài viết này thế nào?", "Đánh giá bài viết", "Bình chọn",
                                  "Bài viết có hữu ích với bạn không?"])
def test_rating_boxes_close_the_article(line: str) -> None:
    assert classify(line) == "end-widget"


def test_a_rating_question_inside_prose_is_not_a_widget() -> None:
    assert classify("Đánh giá về nội dung bài viết của học sinh, giáo viên cho rằng các em đã cố gắng nhiều, "
                    "nhưng vẫn còn lúng túng khi lập dàn ý.") is None


def test_the_speaker_of_a_closing_quote_stays_in_the_body() -> None:
    quote = "“Mùa lũ tới, các em sẽ không còn phải nghỉ học vì sợ cầu sập nữa”, trưởng bản nói."
    speaker = "Ông Lò Văn Thắm - Trưởng bản Nậm Khao"
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, quote, speaker, "Theo Dân Việt",
                             "Tin liên quan", *OTHERS]))
    assert _body(article)[-2:] == [quote, speaker]


def test_a_headline_under_the_last_paragraph_is_still_another_article() -> None:
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, "Mai Lan", *OTHERS]))
    assert _body(article) == [SAPO, P1, P2, P3]
    assert article.author == "Mai Lan"


@pytest.mark.parametrize(("line", "source"), [
    ("Theo Trí Thức Trẻ", "Trí Thức Trẻ"),
    ("Theo Khám Phá", "Khám Phá"),
    ("Theo Đất Việt", "Đất Việt"),
    ("Theo Tri Thức Trực Tuyến", "Znews"),
])
def test_papers_carried_from_are_sources_even_when_their_names_look_like_given_names(line: str, source: str) -> None:
    tail = classify_tail(line)
    assert (tail.kind, tail.value) == ("source", source)


def test_a_writers_name_after_theo_stays_a_byline() -> None:
    tail = classify_tail("Theo Bảo Anh")
    assert (tail.kind, tail.value) == ("byline", "Bảo Anh")


def test_a_one_word_pen_name_above_the_source_line_is_the_author() -> None:
    article = extract(_page(["Mới", "Tìm kiếm", "Đời sống 12/10/2015 | 08:20", TITLE, SAPO, P1, P2, P3, "Cáo",
                             "Theo Trí Thức Trẻ", "tin liên quan", *OTHERS[:2]]))
    assert (article.author, article.source) == ("Cáo", "Trí Thức Trẻ")
    assert _body(article) == [SAPO, P1, P2, P3]


def test_theo_a_writer_then_the_paper_on_its_own_line() -> None:
    article = extract(_page([*MENU, TITLE, "12-10-2015 - 08:20 AM", SAPO, P1, P2, P3, "Theo Thanh Hà", "Trí Thức Trẻ",
                             "Tin cùng chuyên mục", *OTHERS, "Vận hành bởi VC Corp"]))
    assert (article.author, article.source) == ("Thanh Hà", "Trí Thức Trẻ")
    assert _body(article)[-1] == P3


@pytest.mark.parametrize(("above", "author"), [
    (["Hoàng Mạnh Hà Thứ hai, 06/10/2025 - 09:21"], "Hoàng Mạnh Hà"),
    (["Bài: Thanh Hà - Ảnh: Minh Anh", "06/10/2025"], "Thanh Hà"),
    (["06/10/2025 09:21", "Thanh Hà - Minh Anh (thực hiện)"], "Thanh Hà - Minh Anh"),
    (["Lê Hoàng - Phóng viên", "06/10/2025 09:21"], "Lê Hoàng"),
    (["THU HIẾN", "06/10/2025 09:21 GMT+7"], "Thu Hiến"),
])
def test_bylines_between_the_headline_and_the_sapo(above: list[str], author: str) -> None:
    article = extract(_page([*MENU, "Xã hội", TITLE, *above, SAPO, P1, P2, P3, "Tin liên quan", *OTHERS]))
    assert (article.title, article.author) == (TITLE, author)
    assert _body(article) == [SAPO, P1, P2, P3]
    assert article.published.startswith("2025-10-06")


def test_a_dateline_is_no_byline() -> None:
    assert classify_tail("Hà Nội, 12/10/2015") is None
    assert classify_tail("Cập nhật: 12/10/2015 08:20") is None


@pytest.mark.parametrize("line", [
    "Báo Làng Quê. Cơ quan chủ quản: Bộ Nông nghiệp",
    "Langque - Chuyên trang của Báo Tiền Phong",
    "Giấy phép số 23/GP-BTTTT cấp ngày 1/1/2020",
    "Làng Quê Online giữ bản quyền nội dung trên website này",
])
def test_licence_and_ownership_lines_are_footer(line: str) -> None:
    assert classify(line) == "footer"


@pytest.mark.parametrize("line", [
    "Ông Minh cho biết giấy phép xây dựng đã được cấp từ năm ngoái.",
    "Công ty giữ bản quyền thương hiệu này từ năm 2010, theo hồ sơ của sở.",
])
def test_prose_about_licences_and_rights_is_not_footer(line: str) -> None:
    assert classify(line) is None


def test_a_copyright_signed_by_an_address_names_the_outlet() -> None:
    assert from_copyright(["Copyright 2008 - 2016 by Afamily.vn"]).name == "Afamily"


def test_a_subsite_of_a_paper_is_not_the_paper() -> None:
    assert from_name_mentions(["Langque - Chuyên trang của Báo Tiền Phong"]) is None
    assert from_name_mentions(["Afamily - Chuyên trang của Báo Phụ nữ Việt Nam"]).name == "Afamily"
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, "Lan Chi", "Tin liên quan", *OTHERS,
                             "Langque - Chuyên trang của Báo Tiền Phong"]))
    assert article.outlet == "Langque"


@pytest.mark.parametrize("line", ["Đơn vị chủ quản: Công ty Cổ phần Làng Quê", "Vận hành bởi Công ty Làng Quê",
                                  "Một sản phẩm của Làng Quê", "Ban biên tập: Lê Văn An",
                                  "Văn phòng đại diện tại TP.HCM: 10 đường Hoa Sữa"])
def test_publisher_lines_of_the_footer(line: str) -> None:
    assert classify(line) == "footer"


@pytest.mark.parametrize("line", ["Văn phòng đại diện của công ty tại Hà Nội đã đóng cửa từ tháng trước.",
                                  "Một sản phẩm của công ty đã bị thu hồi vì không đạt chuẩn an toàn.",
                                  "Đường dây nóng 1900 9095 của Bộ Y tế đã nhận hàng trăm cuộc gọi trong tuần qua."])
def test_prose_opening_like_a_publisher_line_stays_prose(line: str) -> None:
    assert classify(line) is None


def test_initials_under_the_headline_of_saved_html_are_the_author() -> None:
    html = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><p>HN</p><article>"
            + "".join(f"<p>{p}</p>" for p in (SAPO, P1, P2, P3)) + "</article></body></html>")
    article = extract(read_bytes("trang.html", html.encode()))
    assert article.author == "HN"


@pytest.mark.parametrize("line", ["Trang chủ / Xã hội / Dân sinh", "Thời sự > Chính trị", "Home › Tin tức › Kinh tế"])
def test_breadcrumbs_are_navigation(line: str) -> None:
    assert classify(line) == "navigation"


@pytest.mark.parametrize("line", ["Hà Nội / TP.HCM", "Giá USD > 25.000 đồng", "Tỷ lệ 1/2 số hộ"])
def test_short_lines_with_slashes_are_not_breadcrumbs(line: str) -> None:
    assert classify(line) != "navigation"


def test_a_breadcrumb_printed_under_the_headline_is_not_the_sapo() -> None:
    article = extract(_page([*MENU, TITLE, "Trang chủ / Xã hội / Dân sinh", "12/10/2015 08:20", SAPO, P1, P2, P3,
                             "Lan Chi", "Tin khác", *OTHERS]))
    assert _body(article) == [SAPO, P1, P2, P3]


@pytest.mark.parametrize(("line", "reason"), [
    ("2 giờ trước", "comment-stamp"), ("Vừa xong", "comment-stamp"), ("Hôm qua lúc 21:05", "comment-stamp"),
    ("0 bình luận", "end-widget"), ("1.250 lượt xem", "view-counter"), ("Sắp xếp theo", "end-widget"),
    ("Plugin bình luận trên Facebook", "end-widget"),
])
def test_comment_box_furniture(line: str, reason: str) -> None:
    assert classify(line) == reason


def test_a_readers_signed_comment_under_the_body_names_no_author() -> None:
    comment = "Mong các địa phương khác cũng làm được như vậy, nhiều bản vẫn phải đu dây qua suối mỗi ngày."
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, "Trần Văn Hải", "2 giờ trước", comment,
                             "Thích", "Trả lời", "Tin khác", *OTHERS]))
    assert article.author is None
    assert _body(article) == [SAPO, P1, P2, P3]


def test_the_writer_above_a_comment_box_stays_the_author() -> None:
    comment = "Cầu đẹp quá, mong các bản khác cũng được làm sớm."
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, "Lan Chi", "0 bình luận",
                             "Trần Văn Hải", "2 giờ trước", comment]))
    assert article.author == "Lan Chi"
    assert _body(article) == [SAPO, P1, P2, P3]


@pytest.mark.parametrize(("line", "author", "source"), [
    ("PV Ngọc Mai", "Ngọc Mai", None),
    ("Phóng viên Ngọc Mai", "Ngọc Mai", None),
    ("Lược dịch: Minh Anh", "Minh Anh", None),
    ("Tổng hợp: Minh Anh", "Minh Anh", None),
    ("Ghi chép của Minh Anh", "Minh Anh", None),
    ("Ngọc Mai/Báo Tin tức", "Ngọc Mai", "Báo Tin tức"),
])
def test_more_byline_forms(line: str, author: str, source: str | None) -> None:
    tail = classify_tail(line)
    assert (tail.kind, tail.value, tail.source) == ("byline", author, source)


@pytest.mark.parametrize("line", ["Tổng hợp: Reuters, AFP", "Dịch: Theo Reuters"])
def test_a_labelled_credit_naming_only_agencies_is_a_source(line: str) -> None:
    tail = classify_tail(line)
    assert (tail.kind, tail.value) == ("source", "Reuters")


def test_section_paths_are_no_byline() -> None:
    assert classify_tail("Thời sự/Chính trị") is None


LONG_HEADS = ["Người dân vùng cao chật vật qua sông mùa nước lớn khi cây cầu tạm bị lũ cuốn trôi sau một đêm mưa",
              "Tỉnh miền núi đầu tư thêm hai mươi cây cầu dân sinh cho các xã đặc biệt khó khăn trong giai đoạn tới"]
TWO_SENTENCE_TEASERS = ["Trận lũ đêm qua cuốn trôi cây cầu tạm duy nhất của bản. Hàng trăm hộ dân bị cô lập.",
                        "Kế hoạch được thông qua trong kỳ họp cuối năm. Kinh phí lấy từ ngân sách tỉnh."]


def test_other_articles_with_two_sentence_teasers_close_the_body() -> None:
    pairs = [line for pair in zip(LONG_HEADS, TWO_SENTENCE_TEASERS) for line in pair]
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, *pairs]))
    assert _body(article) == [SAPO, P1, P2, P3]


def test_the_articles_own_short_subheadings_with_two_sentences_under_them_stay() -> None:
    ending = ["Góp công góp sức", "Người dân góp ngày công chở vật liệu. Phụ nữ trong bản nấu cơm cho thợ.",
              "Chờ mùa lũ tới", "Xã sẽ kiểm tra cầu mỗi quý. Biển tải trọng được cắm ở hai đầu cầu."]
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, *ending]))
    assert _body(article) == [SAPO, P1, P2, P3, *ending]


def test_an_item_of_a_list_in_the_text_is_never_the_headline() -> None:
    recipe = ["Chuẩn bị nguyên liệu:", "- Bột mỳ", "- Một quả trứng gà", "- Màu thực phẩm (màu đỏ)",
              "Trộn bột với trứng rồi nhào thật kỹ cho tới khi khối bột mịn và không còn dính tay nữa.",
              "Cán mỏng bột rồi dùng khuôn cắt thành những hình trái tim nhỏ, xếp lên khay nướng."]
    article = extract(_page(["Diễn đàn", "Bếp núc", "Bánh trái tim cho ngày của mẹ", "Bánh trái tim cho ngày của mẹ",
                             "by", "Admin", "Published on 03-08-2011 01:00 AM", *recipe, "Chúc các bạn thành công!"]))
    assert article.title == "Bánh trái tim cho ngày của mẹ"


def test_a_link_glued_after_a_paragraphs_last_sentence_is_cut() -> None:
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1 + " >> Học sinh lội suối đến trường", P2, P3,
                             "Lan Chi"]))
    assert _body(article) == [SAPO, P1, P2, P3]


def test_saved_html_holding_the_article_twice_keeps_one_copy_and_its_byline() -> None:
    copy = "".join(f"<p>{p}</p>" for p in (SAPO, P1, P2, P3)) + "<p>Lan Chi</p>"
    html = (f"<html><head><title>{TITLE}</title></head><body><div class='mobile'><h2>{TITLE}</h2>{copy}</div>"
            f"<article><h1>{TITLE}</h1><p>Lan Chi</p>{copy}</article><h3>Tin liên quan</h3>"
            + "".join(f"<p>{o}</p>" for o in OTHERS) + "</body></html>")
    article = extract(read_bytes("trang.html", html.encode()))
    assert article.body == [SAPO, P1, P2, P3]
    assert article.author == "Lan Chi"


@pytest.mark.parametrize(("line", "outlet"), [("Logo Báo Dân trí", "Dân trí"), ("VnExpress logo", "VnExpress")])
def test_a_logos_alt_text_names_the_outlet(line: str, outlet: str) -> None:
    assert self_named(line).name == outlet


def test_a_logo_line_without_a_paper_names_nothing() -> None:
    assert self_named("Logo của công ty mới ra mắt") is None


def test_a_hotline_naming_the_paper_is_its_footer() -> None:
    line = "Đường dây nóng Báo Tuổi Trẻ: 0918 033 133"
    assert classify(line) == "footer"
    assert from_name_mentions([line]).name == "Tuổi Trẻ"


def test_the_sites_domain_in_a_line_under_the_lists_names_the_outlet() -> None:
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, "Lan Chi", "Tin khác", *OTHERS,
                             "Chia sẻ lên mạng xã hội từ vnexpress.net", "Về đầu trang"]))
    assert article.outlet == "VnExpress"


def test_domains_credited_in_other_articles_lines_name_no_outlet() -> None:
    article = extract(_page([*MENU, TITLE, "12/10/2015 08:20", SAPO, P1, P2, P3, "Lan Chi", "Tin khác",
                             OTHERS[0] + " (vietnamnet.vn)", OTHERS[1] + " (Theo tienphong.vn)"]))
    assert article.outlet is None


@pytest.mark.parametrize(("lead", "outlet"), [
    ("NDĐT- Sáng 12/10, cây cầu treo qua suối đã được bàn giao cho bản.", "Nhân Dân"),
    ("(HQ Online)- Sáng 12/10, lô hàng đầu tiên đã được thông quan tại cửa khẩu.", "Báo Hải quan"),
    ("(GDVN) - Sáng 12/10, các trường miền núi đã khai giảng lớp học mới.", "Giáo dục Việt Nam"),
])
def test_lead_tags_of_more_papers(lead: str, outlet: str) -> None:
    found, _ = from_lead_prefix(lead)
    assert found is not None and found.name == outlet
