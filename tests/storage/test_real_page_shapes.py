"""Shapes met on real news pages: comment boxes, glued tag lists, signed endings, copyright lines, site banners."""
from __future__ import annotations

import pytest

from storage.extraction import _title_hint, extract
from storage.extraction.bylines import classify_tail, pen_name_tail
from storage.extraction.cleaning import clean_lines
from storage.extraction.metadata import _meta_byline
from storage.extraction.noise import classify
from storage.extraction.outlets import from_copyright
from storage.extraction.titles import clean_html_title
from storage.records import RawDocument

TITLE = "Làng gốm ven sông giữ nghề giữa thời máy móc"
P1 = ("Ở làng gốm ven sông, hơn ba mươi hộ vẫn nặn tay từng chiếc bình, dù máy ép đã có mặt ở nhiều lò nung "
      "trong vùng từ vài năm nay.")
P2 = ("Các nghệ nhân lớn tuổi mở lớp dạy miễn phí cho thanh niên trong làng vào mỗi tối thứ bảy, để nghề cũ "
      "không mất đi theo thời gian.")
COMMENT = ("Đọc bài này tôi nhớ quê quá, hồi nhỏ tôi cũng hay ra lò gốm xem các bác nặn bình, mong làng giữ "
           "được nghề lâu dài.")


@pytest.mark.parametrize(("line", "reason"), [
    ("Ý kiến bạn đọc ( 12 )", "end-widget"),
    ("Phản hồi (3)", "end-widget"),
    ("Tên của bạn (*)", "end-widget"),
    ("Email của bạn", "end-widget"),
    ("làng nghề,gốm sứ,nghệ nhân,ven sông", "end-widget"),
    ("Thêm Báo Làng Quê trên Google", "follow"),
    ("Tham khảo thêm", "related-header"),
    ("Theo dòng sự kiện:", "related-header"),
    ("Đăng lúc 14-05-2024 08:30      Số lần xem: 52", "date"),
    ("27 người", "view-counter"),
    ("Tweet", "social"),
])
def test_page_furniture(line: str, reason: str) -> None:
    assert classify(line) == reason


def test_prose_with_spaced_commas_is_no_tag_list() -> None:
    assert classify("Hà Tĩnh, Quảng Bình, Quảng Trị và Huế đều có mưa lớn trong đêm qua.") is None


def test_comments_after_a_signed_article_are_cut_and_the_signature_is_the_author() -> None:
    lines = [TITLE, P1, P2, "Khánh", "27 người", "Tweet", "gốm sứ,làng nghề,nghệ nhân", "Ý kiến bạn đọc ( 2 )", COMMENT]
    cleaned = clean_lines(lines)
    assert [b.text for b in cleaned.blocks if b.role != "removed"] == [P1, P2]
    assert [(t.kind, t.value) for t in cleaned.tail] == [("byline", "Khánh")]


def test_a_lone_word_is_a_signature_only_under_prose_and_never_a_closing_word() -> None:
    assert pen_name_tail("Khánh") is not None
    assert pen_name_tail("Hết") is None and pen_name_tail("Nga") is None and pen_name_tail("VTV") is None
    cleaned = clean_lines([TITLE, P1, P2, "Hết"])
    assert cleaned.tail == []


@pytest.mark.parametrize(("line", "author", "source"), [
    ("Theo Lục Hòa (Vietnamnet/Reuters)", "Lục Hòa", "VietNamNet"),
    ("Theo Quang Vinh/Dân trí", "Quang Vinh", "Dân trí"),
])
def test_theo_a_writer_with_the_outlets_carried_from(line: str, author: str, source: str) -> None:
    tail = classify_tail(line)
    assert (tail.kind, tail.value, tail.source) == ("byline", author, source)


def test_theo_an_outlet_stays_a_source() -> None:
    tail = classify_tail("Theo Reuters/AFP")
    assert tail.kind == "source"


def test_the_copyright_line_names_the_page_owner_not_the_network_in_the_same_line() -> None:
    found = from_copyright(["Chuyên trang của VnExpress. © 2019 Ngoisao.net, mọi quyền được bảo lưu"])
    assert found is not None and found.name == "Ngôi Sao"
    assert from_copyright(["Copyright © 2000-2009, Một Công Ty Phần Mềm Ltd."]) is None


def test_a_copyright_said_in_words_names_the_owner() -> None:
    found = from_copyright(["Thời báo Kinh tế Sài Gòn giữ bản quyền các bài viết trên trang."])
    assert found is not None and found.name == "Kinh tế Sài Gòn"
    found = from_copyright(["© Bản quyền thuộc về Báo điện tử Dân trí"])
    assert found is not None and found.name == "Dân trí"
    assert from_copyright(["Đài truyền hình giữ bản quyền phát sóng giải đấu"]) is None  # not a paper
    assert from_copyright(["Bản quyền thuộc về một công ty truyền thông tư nhân"]) is None


def test_author_meta_is_read_like_a_byline() -> None:
    assert _meta_byline("Theo  Lục Hòa (Vietnamnet/Reuters)") == "Lục Hòa"
    assert _meta_byline("Lê Thu Trang") == "Lê Thu Trang"


def test_an_h1_that_is_the_sites_banner_gives_way_to_the_title() -> None:
    meta = {"h1": "Sống vui mỗi ngày - Báo Làng Quê",
            "title": f"{TITLE} - Ảnh | Sống vui mỗi ngày - Báo Làng Quê"}
    assert _title_hint(meta, "\n".join(["Sống vui mỗi ngày - Báo Làng Quê", TITLE, P1])) == TITLE


def test_everything_after_the_first_pipe_is_the_site_part() -> None:
    assert clean_html_title(f"{TITLE} | Chuyên trang đời sống - Làng Quê", (), frozenset()) == TITLE


def test_extract_finds_the_outlet_in_the_copyright_footer() -> None:
    text = "\n".join([TITLE, "14/05/2024 08:30", P1, P2, "© 2024 Ngoisao.net"])
    doc = RawDocument(path="gom.txt", text=text, raw=text.encode(), encoding="utf-8", kind="text")
    assert extract(doc).outlet == "Ngôi Sao"


def test_a_two_digit_year_is_read_in_a_labelled_date_bar_with_a_time() -> None:
    from storage.extraction.dates import find_date
    assert find_date("Thời sự | Cập nhật thứ ba, ngày 14/05/24 08:30 sáng").iso == "2024-05-14T08:30:00+07:00"
    assert find_date("Tỷ số các hiệp là 21/19/15") is None  # no label, no time: not a date
    assert find_date("Cập nhật 14/5/24") is None  # no time next to it


def test_an_invitation_to_the_reader_closes_the_article() -> None:
    assert classify("Chia sẻ ảnh về làng quê của bạn tại đây.") == "end-widget"
    assert classify("Người dân có thể tra cứu lịch đón khách tại đây.") is None  # prose that says "here"


def test_a_section_name_is_no_byline() -> None:
    assert classify_tail("Sự Kiện - Dư Luận") is None
    assert classify_tail("Minh Tâm").value == "Minh Tâm"


def test_headline_and_teaser_pairs_above_a_related_block_leave_the_body() -> None:
    other1 = "Nghệ nhân trẻ mở lớp dạy nặn gốm cho thiếu nhi"
    teaser1 = "Mỗi tối thứ bảy, lớp học nhỏ bên lò gốm lại rộn tiếng cười của các em nhỏ trong làng ven sông."
    other2 = "Làng gốm đón đoàn khách quốc tế đầu tiên"
    teaser2 = "(VOV) - Hơn hai mươi du khách đã trải nghiệm nặn gốm và nung gốm cùng người dân địa phương..."
    p3 = "Người làng mong chính quyền sớm làm con đường bê tông dẫn vào lò, để xe chở khách đi lại dễ hơn."
    kept_lines = kept_of([TITLE, P1, P2, p3, other1, teaser1, other2, teaser2])
    assert kept_lines == [P1, P2, p3]


def test_a_closing_paragraph_of_several_sentences_is_not_taken_for_a_teaser() -> None:
    sub = "Giữ nghề bằng cách nào"
    last = "Người làng lập quỹ giữ nghề. Mỗi hộ góp một phần tiền bán gốm để mua đất sét tốt cho cả làng."
    other = "Làng gốm đón đoàn khách quốc tế đầu tiên"
    teaser = "(VOV) - Hơn hai mươi du khách đã trải nghiệm nặn gốm và nung gốm cùng người dân địa phương..."
    assert kept_of([TITLE, P1, P2, sub, last, other, teaser]) == [P1, P2, sub, last]


def kept_of(lines: list[str]) -> list[str]:
    return [b.text for b in clean_lines(lines).blocks if b.role != "removed"]


def test_an_unknown_site_is_named_by_its_own_address_line() -> None:
    text = "\n".join(["Diễn đàn", TITLE, "14/05/2024 08:30", P1, P2, "Tin liên quan", "wWw.LangGomVenSong.Net"])
    doc = RawDocument(path="gom.txt", text=text, raw=text.encode(), encoding="utf-8", kind="text")
    article = extract(doc)
    assert article.outlet == "langgomvensong.net" and "outlet" in article.needs_review


def test_an_unknown_papers_capital_tag_before_the_lead_names_the_outlet() -> None:
    lead = "BNX - Sáng 14/5, làng gốm ven sông đón đoàn khách đầu tiên của mùa lễ hội năm nay trong không khí vui tươi."
    text = "\n".join([TITLE, "14/05/2024 08:30", lead, P2])
    doc = RawDocument(path="gom.txt", text=text, raw=text.encode(), encoding="utf-8", kind="text")
    article = extract(doc)
    assert article.outlet == "BNX" and "outlet" in article.needs_review


LONG1 = ("Sáng nay, đoàn khảo sát của huyện đã đi dọc bờ kè mới xây để kiểm tra những đoạn bị sạt sau đợt mưa lớn "
         "cuối tuần, ghi lại từng vết nứt và hỏi chuyện các hộ dân sống sát mép nước.")
LONG2 = ("Theo kỹ sư phụ trách công trình, phần lớn hư hỏng nằm ở các khớp nối giữa hai đoạn kè, nơi nước ngấm "
         "vào lớp đất đắp phía sau và kéo theo một phần mặt đường đi bộ trong đêm.")
LONG3 = ("Huyện cho biết sẽ gia cố tạm bằng bao cát trong tuần này, rồi mời đơn vị tư vấn độc lập đánh giá lại "
         "toàn bộ tuyến kè trước mùa mưa bão năm sau để tránh rủi ro cho người dân.")


def _roles(lines: list[str]) -> dict[str, str]:
    text = "\n".join([TITLE, "14/05/2024 08:30", *lines])
    doc = RawDocument(path="ke.txt", text=text, raw=text.encode(), encoding="utf-8", kind="text")
    return {b.text: b.role for b in extract(doc).blocks}


def test_short_lines_under_the_last_paragraph_are_a_photo_gallerys_captions() -> None:
    gallery = ["Một đoạn kè bị sụt sau cơn mưa.", "Người dân đứng xem đội thi công đổ bao cát. Ảnh Minh Khoa.",
               "Mặt đường đi bộ nứt dọc bờ sông."]
    roles = _roles([LONG1, LONG2, LONG3, *gallery])
    assert [roles[line] for line in gallery] == ["caption"] * 3
    assert roles[LONG3] == "body"


@pytest.mark.parametrize("closing", [
    ["Một đoạn kè bị sụt sau cơn mưa.", "Mặt đường đi bộ nứt dọc bờ sông."],  # two lines: a short ending
    ["Khi nào kè được sửa xong?", "Huyện chưa trả lời.", "Người dân vẫn chờ."],  # a question: prose
    ["Ông Tâm nói: “Tôi lo lắm”.", "Bà Hoa gật đầu.", "Cả xóm cùng chờ."],  # a quotation: prose
])
def test_a_short_ending_that_is_prose_stays_body(closing: list[str]) -> None:
    roles = _roles([LONG1, LONG2, LONG3, *closing])
    assert [roles[line] for line in closing] == ["body"] * len(closing)
