"""Cleaning page dumps: every line becomes a block; noise is removed with its reason; body kept in order."""
from __future__ import annotations

from pathlib import Path

import pytest

from storage.extraction import body_hash, extract
from storage.extraction.captions import is_caption
from storage.extraction.cleaning import clean_lines
from storage.extraction.linefeatures import is_slug, norm_key
from storage.extraction.noise import classify
from storage.extraction.titles import clean_html_title
from storage.records import RawDocument

DATA = Path(__file__).resolve().parent.parent / "data" / "extraction"

TITLE = "Tỉnh miền núi khai trương tuyến du lịch cộng đồng mới"
P1 = "Sáng 9/10, tỉnh đã khai trương tuyến du lịch cộng đồng đi qua năm bản người dân tộc thiểu số ở vùng cao."
P2 = "Du khách sẽ được ở nhà sàn, thưởng thức ẩm thực địa phương và tham gia các lễ hội truyền thống của bà con."
P3 = "Chính quyền cho biết sẽ hỗ trợ các hộ gia đình vay vốn để cải tạo nhà ở, đón khách theo tiêu chuẩn chung."


def reasons(lines: list[str]) -> dict[str, str]:
    return {b.text: (b.reason or b.role) for b in clean_lines(lines).blocks}


def kept(lines: list[str]) -> list[str]:
    return [b.text for b in clean_lines(lines).blocks if b.role != "removed"]


@pytest.mark.parametrize(("line", "reason"), [
    ("1,393 lượt xem", "view-counter"),
    ("2.045 lượt đọc", "view-counter"),
    ("0:00 / 0:00", "player"),
    ("0:00", "player"),
    ("Nhỏ Bình thường Lớn", "font-size"),
    ("--> -->", "markup"),
    ("<!-- -->", "markup"),
    ("Tải thêm", "end-widget"),
    ("Xin chờ trong giây lát...", "widget"),
    ("Theo dõi baomoi.vn trên", "follow"),
    ("Mời quý độc giả theo dõi Báo Ví Dụ trên Google News", "follow"),
    ("Tin liên quan", "related-header"),
    ("TIN LIÊN QUAN", "related-header"),
    ("Đọc nhiều", "related-header"),
    ("Tin cùng chuyên mục", "related-header"),
    ("Tin bài liên quan", "related-header"),
    ("Xem tin theo ngày", "related-header"),
    ("Multimedia", "related-header"),
    ("Facebook Zalo Twitter", "social"),
    ("15:08 | 08/11/2019 GMT+7", "date"),
    ("10:25 28/11/2024", "date"),
    ("© Bản quyền thuộc về Báo Ví Dụ", "footer"),
    ("anh huong cua bao so ba toi san xuat nong nghiep cac tinh phia bac", "slug"),
    ("Xem thêm: Lễ hội hoa ban nở rộ khắp núi rừng", "related-link"),
    (">> Phiên chợ vùng cao họp mỗi tuần một lần", "related-link"),
])
def test_noise_lines(line: str, reason: str) -> None:
    assert classify(line) == reason


@pytest.mark.parametrize("line", [P1, TITLE, "Hoàng Nam", "Chân dung người thợ làm gốm cuối cùng của làng",
                                  "Tham gia hội nghị có đại diện các bộ, ngành tại Hà Nội.",
                                  "Theo dõi diễn biến tại khu vực, ông cho biết sẽ có biện pháp trên biển."])
def test_article_lines_are_not_noise(line: str) -> None:
    assert classify(line) is None


def test_slug_needs_a_long_unaccented_lowercase_run_and_is_not_english() -> None:
    assert is_slug("lanh dao hai nuoc hoi dam tai thu do ha noi Hai bên nhất trí")
    assert not is_slug("the minister said that the talks were useful for both sides")
    assert not is_slug("Ông Mark Esper và ông John Smith")


@pytest.mark.parametrize(("line", "expected"), [
    ("Toàn cảnh buổi lễ khai trương tuyến du lịch (Ảnh: Reuters).", True),
    ("Du khách tham quan nhà sàn truyền thống. Ảnh: TTXVN", True),
    ("Lãnh đạo hai bên bắt tay sau hội đàm. Nguồn: Bộ Ngoại giao", True),
    ("Người dân chuẩn bị đón khách (Ảnh minh họa)", True),
    ("Nguồn:", False),
    (P1, False),
    ("Ông kể lại câu chuyện về bức ảnh: đó là kỷ niệm đẹp nhất.", False),
])
def test_captions(line: str, expected: bool) -> None:
    assert is_caption(line) is expected


def test_every_line_becomes_a_block_in_order() -> None:
    lines = ["Trang chủ Du lịch", "1,393 lượt xem", TITLE, P1, "", P2, "Hoàng Nam", "Tin liên quan", "Một bài khác"]
    blocks = clean_lines(lines).blocks
    assert [b.text for b in blocks] == [line for line in lines if line]
    assert all(b.reason for b in blocks if b.role == "removed")
    assert [b.text for b in blocks if b.role == "body"] == [P1, P2]
    assert {b.text: b.reason for b in blocks}[TITLE] == "title"
    assert {b.text: b.reason for b in blocks}["Hoàng Nam"] == "byline"


def test_related_blocks_with_doubled_titles_and_teasers_end_the_body() -> None:
    lines = [TITLE, P1, P2 + "…", P3,
             "Lễ hội hoa ban nở rộ khắp núi rừng", "Lễ hội hoa ban nở rộ khắp núi rừng",
             "Mỗi độ xuân về, hoa ban lại nở trắng các triền núi ...",
             "Phiên chợ vùng cao họp mỗi tuần một lần", "Phiên chợ vùng cao họp mỗi tuần một lần",
             "(VOV) - Phiên chợ là nơi giao lưu của đồng bào các dân tộc."]
    assert kept(lines) == [P1, P2 + "…", P3]
    assert reasons(lines)["Phiên chợ vùng cao họp mỗi tuần một lần"] == "related-list"


def test_caption_appearing_twice_is_kept_once() -> None:
    caption = "Du khách tham quan nhà sàn truyền thống. Nguồn: Sở Du lịch"
    cleaned = clean_lines([TITLE, P1, caption, caption, P2])
    roles = [(b.role, b.reason) for b in cleaned.blocks if b.text == caption]
    assert roles == [("caption", ""), ("removed", "duplicate")]
    assert [b.text for b in cleaned.blocks if b.role == "body"] == [P1, P2]


def test_page_typed_without_diacritics_is_kept() -> None:
    lines = ["hai nuoc ky ket thoa thuan hop tac moi",
             "chieu nay hai ben da ky ket thoa thuan hop tac kinh te trong nhieu linh vuc quan trong.",
             "hai ben nhat tri tang cuong trao doi doan cap cao va thuc day dau tu song phuong.",
             "cac doanh nghiep hai nuoc cung tham du le ky ket va trao doi ve co hoi hop tac."]
    assert kept(lines) == lines[1:]


def test_short_closing_clause_does_not_end_the_body() -> None:
    short = "Theo ông, đây là cơ hội lớn."
    assert kept([TITLE, P1, P2, short, P3]) == [P1, P2, short, P3]


def test_slug_lines_between_paragraphs_are_removed() -> None:
    slug = "khai truong tuyen du lich cong dong moi o vung cao Lễ hội hoa ban nở rộ"
    assert reasons([TITLE, P1, slug, P2])[slug] == "slug"


def test_inline_related_box_then_body_goes_on() -> None:
    lines = [TITLE, P1, "Tin liên quan", "Lễ hội hoa ban nở rộ khắp núi rừng", P2, P3, "Hoàng Nam"]
    assert kept(lines) == [P1, P2, P3]


def test_headlines_after_the_byline_are_other_articles() -> None:
    lines = [TITLE, P1, P2, "Lan Phương", "Khánh thành cây cầu mới bắc qua sông lớn",
             "Ngư dân trúng đậm mùa cá cơm ở vùng biển miền Trung"]
    cleaned = clean_lines(lines)
    assert [b.text for b in cleaned.blocks if b.role != "removed"] == [P1, P2]
    assert [t.value for t in cleaned.tail] == ["Lan Phương"]


def test_subheading_inside_body_is_kept() -> None:
    sub = "Những ngôi nhà sàn được giữ gìn qua nhiều thế hệ"
    assert kept([TITLE, P1, sub, P2, P3]) == [P1, sub, P2, P3]


def test_dated_list_items_after_body_are_removed() -> None:
    item = "- Khánh thành cây cầu mới bắc qua sông 11.04.2025 | 16:43 PM"
    assert reasons([TITLE, P1, P2, item])[item] == "related-list"


def test_subheading_ending_with_a_date_does_not_end_the_body() -> None:
    sub = "Hội nghị tổng kết ngày 12/8/2024"
    assert kept([TITLE, P1, sub, P2, P3]) == [P1, sub, P2, P3]


def test_title_is_the_headline_just_before_the_first_paragraph() -> None:
    lines = ["Giá vàng tăng phiên thứ ba liên tiếp trong tuần", "Thời sự", "15:08 | 08/11/2019 GMT+7", TITLE, P1, P2]
    cleaned = clean_lines(lines)
    assert cleaned.title == TITLE
    assert reasons(lines)["Giá vàng tăng phiên thứ ba liên tiếp trong tuần"] == "navigation"


def test_teaser_block_above_the_article_is_not_the_title() -> None:
    other = "Giá vàng lập đỉnh mới trong phiên sáng nay"
    lines = [other, other, "Giá vàng miếng tăng thêm nửa triệu đồng mỗi lượng so với hôm qua, theo các cửa hàng...",
             "Thời sự", TITLE, P1, P2]
    cleaned = clean_lines(lines)
    assert cleaned.title == TITLE
    assert [b.text for b in cleaned.blocks if b.role == "body"] == [P1, P2]


def test_question_title() -> None:
    title = "Vì sao giá rau xanh ở các chợ đầu mối tăng gấp đôi chỉ trong vòng một tuần qua?"
    cleaned = clean_lines(["Giá vàng tăng phiên thứ ba liên tiếp trong tuần", "Thời sự", title, P1, P2])
    assert cleaned.title == title
    assert [b.text for b in cleaned.blocks if b.role == "body"] == [P1, P2]


def test_title_in_capitals() -> None:
    title = "MỸ - HÀN TĂNG CƯỜNG HỢP TÁC"
    cleaned = clean_lines(["Quốc tế", title, "TRẦN HOÀI", P1, P2])
    assert cleaned.title == title
    assert [t.value for t in cleaned.tail] == []
    assert [b.reason for b in cleaned.blocks if b.text == "TRẦN HOÀI"] == ["byline"]


def test_related_box_between_title_and_sapo() -> None:
    lines = [TITLE, "Tin liên quan", "Lễ hội hoa ban nở rộ khắp núi rừng", "Phiên chợ vùng cao họp mỗi tuần một lần",
             P1, P2]
    cleaned = clean_lines(lines)
    assert cleaned.title == TITLE
    assert [b.text for b in cleaned.blocks if b.role != "removed"] == [P1, P2]


def test_author_under_the_title_is_removed() -> None:
    assert reasons([TITLE, "Nguyễn Thu Trang", P1, P2])["Nguyễn Thu Trang"] == "byline"


# What each fixture page (written for these tests) says: title, date, outlet, author, source.
EXPECTED = {
    "army_style.txt": ("Lực lượng vũ trang quân khu tổ chức hội thao huấn luyện chiến sĩ mới",
                       "2024-05-16T10:35:00+07:00", "Quân đội nhân dân", "Trần Hoài", "Báo Biên phòng"),
    "inline_related.txt": ("Tỉnh Quảng Nam đón hơn một triệu lượt khách du lịch trong dịp hè",
                           "2018-06-17T10:20:00+07:00", "Báo Quảng Nam", "Hoàng Phúc", None),
    "long_date.txt": ("Đoàn đại biểu Quốc hội tiếp xúc cử tri huyện miền núi", "2024-08-12", None, "Phạm Quang", None),
    "magazine_inferred.txt": ("Hai nước thúc đẩy hợp tác giáo dục đại học", "2023-10-12", "Ngày Nay", None, None),
    "no_header_list.txt": ("Tỉnh ven biển diễn tập ứng phó sự cố tràn dầu quy mô lớn", "2024-03-21T10:00:00+07:00",
                           None, "Văn Thành", None),
    "prefix_dantri.txt": ("Nông dân miền Tây trúng mùa lúa thu đông", "2024-08-12T07:45:00+07:00", "Dân trí", "T.H.",
                          None),
    "source_end.txt": ("Nhật Bản và Australia tăng cường hợp tác năng lượng sạch", "2022-02-14T08:30:00+07:00", None,
                       "Thu Hà", "Reuters"),
    "ticker_glued.txt": ("Xuất khẩu cà phê lập kỷ lục mới trong tháng đầu năm", "2024-02-05T15:30:00+07:00",
                         "Tiền Phong", "Nguyễn Thu Trang", None),
    "top_byline.txt": ("Hà Nội khởi công tuyến xe buýt điện nối hai bờ sông Hồng", "2023-04-03T09:15:00+07:00", None,
                       "Lê Minh Tâm", None),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_pages_metadata(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    article = extract(RawDocument(path=name, text=text, raw=b"", encoding="utf-8", kind="text"))
    assert (article.title, article.published, article.outlet, article.author, article.source) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.txt")))
def test_fixture_pages_keep_prose_and_drop_lists(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    article = extract(RawDocument(path=name, text=text, raw=b"", encoding="utf-8", kind="text"))
    assert article.title and article.body
    assert not any(line.endswith("...") for line in article.body)
    assert not any("lượt xem" in line or line.startswith("- ") for line in article.body)
    assert article.published is not None


def test_html_document_uses_meta_and_paragraphs() -> None:
    from storage.readers import read_file

    article = extract(read_file(DATA / "page.html"))
    assert article.title == "Cảng biển miền Trung đón tàu container lớn nhất từ trước tới nay"
    assert article.origins["title"] == "html-meta"
    assert article.published == "2024-03-15T08:45:00+07:00"
    assert article.outlet == "VnExpress"
    assert article.author == "Hoài Thu"
    assert article.url == "https://vnexpress.net/cang-bien-mien-trung-don-tau-container-123.html"
    assert [b.role for b in article.blocks if "Ảnh: Minh Quân" in b.text] == ["caption"]
    removed = {b.text: b.reason for b in article.blocks if b.role == "removed"}
    assert removed["Tin liên quan"] == "related-header"
    assert removed["Giá cước vận tải biển giảm mạnh"] == "related-list"


def test_body_hash_normalises_case_space_and_unicode_form() -> None:
    nfd = "Hà Nội  mùa THU".encode().decode()
    import unicodedata

    assert body_hash([unicodedata.normalize("NFD", nfd)]) == body_hash(["hà nội mùa thu"])
    assert body_hash(["a", "b"]) != body_hash(["b", "a"])
    assert len(body_hash([P1])) == 64


def test_html_with_a_poor_article_element_falls_back_to_the_page_text() -> None:
    text = "\n".join(["Trang chủ", TITLE, P1, P2, P3, "Tin liên quan", "Một bài khác về du lịch"])
    doc = RawDocument(path="a.html", text=text, raw=b"", encoding="utf-8", kind="html",
                      meta={"title": TITLE}, paragraphs=["Chia sẻ"])
    article = extract(doc)
    assert [b.text for b in article.blocks if b.role == "body"] == [P1, P2, P3]
    assert article.title == TITLE


@pytest.mark.parametrize(("line", "reason"), [
    ("Cỡ chữ Aa A+", "font-size"),
    ("A- A+", "font-size"),
    ("Bình luận (12)", "end-widget"),
    ("Lượt xem: 3.400", "end-widget"),
    ("Tin tức | Kinh doanh | Giáo dục | Sức khỏe | Du lịch", "navigation"),
    ("07-11-2023 - 08:40 AM | Giáo dục", "date"),
    ("Lan Chi | Chủ Nhật, 12/11/2023 21:05", "byline"),
])
def test_separated_interface_lines(line: str, reason: str) -> None:
    assert classify(line) == reason


@pytest.mark.parametrize("line", [
    "Bình thường", "A", "Ông nói: tôi đồng ý | anh ấy không đồng ý | và chúng tôi sẽ bàn thêm vào tuần sau.",
    "Lan Chi | Dân Việt",
])
def test_lines_that_are_not_separated_noise(line: str) -> None:
    assert classify(line) is None


def test_sapo_above_the_title_stays_in_the_body() -> None:
    lead = "TTV - " + P1
    page = ["Trang chủ | Xã hội | Du lịch | Văn hóa", "Du lịch / Điểm đến", lead, TITLE,
            "Thứ Ba, 10/10/2023 - 09:15", "Mai Hương", P2, P3, "Bình luận (0)", "Tin khác",
            "Một tuyến du lịch khác vừa mở cửa đón khách"]
    cleaned = clean_lines(page)
    assert cleaned.title == TITLE
    assert [b.text for b in cleaned.blocks if b.role != "removed"] == [lead, P2, P3]


def test_byline_with_date_under_the_sapo_is_removed() -> None:
    page = [TITLE, P1, "Lan Chi | Thứ Ba, 10/10/2023 09:15 (GMT+7)", P2, P3]
    assert kept(page) == [P1, P2, P3]
    assert reasons(page)["Lan Chi | Thứ Ba, 10/10/2023 09:15 (GMT+7)"] == "byline"


def test_date_bar_with_section_is_not_the_title() -> None:
    page = ["Du lịch", TITLE, "10-10-2023 - 09:15 AM | Du lịch", P1, P2, P3]
    assert clean_lines(page).title == TITLE


@pytest.mark.parametrize(("line", "reason"), [
    ("Nhỏ  Trung bình  Lớn", "font-size"),
    ("Cập nhật lúc 07:40", "date"),
    ("Đăng lúc 9h05 (GMT+7)", "date"),
    ("Làm mới", "widget"),
])
def test_widget_and_time_lines(line: str, reason: str) -> None:
    assert classify(line) == reason


@pytest.mark.parametrize("line", ["Trung bình mỗi ngày có ba chuyến xe", "Lúc 10:30 đoàn khách đã tới bản"])
def test_size_words_and_clock_times_in_prose_are_text(line: str) -> None:
    assert classify(line) is None


def test_widget_and_update_lines_are_never_the_title() -> None:
    lines = ["Du lịch > Vùng cao", TITLE, "Cập nhật lúc 07:40", "Nhỏ Trung bình Lớn", P1, P2, P3]
    assert clean_lines(lines).title == TITLE


def test_topic_tags_after_the_body_are_no_byline_and_the_top_byline_wins() -> None:
    lines = [TITLE, "Thứ Tư, 09/10/2024 - 08:15", "Ngô Bảo Trâm", P1, P2, P3,
             "Lào Cai", "Du lịch", "Nhà sàn", "Tin liên quan", "Mùa lúa chín trên ruộng bậc thang"]
    cleaned = clean_lines(lines)
    assert {b.text: b.reason for b in cleaned.blocks}["Du lịch"] == "tag"
    assert cleaned.tail == []
    article = extract(RawDocument(path="t.txt", text="\n".join(lines), raw=b"", encoding="utf-8", kind="text"))
    assert article.author == "Ngô Bảo Trâm" and article.source is None


def test_byline_with_its_source_is_not_a_tag_run() -> None:
    cleaned = clean_lines([TITLE, P1, P2, P3, "Ngô Bảo Trâm", "TTXVN"])
    assert [t.kind for t in cleaned.tail] == ["byline", "source"]


def test_html_sapo_outside_the_article_element_stays_in_the_body() -> None:
    sapo = "(Dân trí) - " + P1.removesuffix(".") + " sau nhiều tháng chuẩn bị."
    text = "\n".join(["Trang chủ", TITLE, "09/10/2024 08:15", sapo, P2, P3, "Tin liên quan"])
    doc = RawDocument(path="a.html", text=text, raw=b"", encoding="utf-8", kind="html",
                      meta={"title": TITLE, "description": P1}, paragraphs=[P2, P3])
    assert extract(doc).body == [sapo, P2, P3]
    unprefixed = P1.removesuffix(".") + " sau nhiều tháng chuẩn bị."
    doc.text = text.replace(sapo, unprefixed)
    assert extract(doc).body == [unprefixed, P2, P3]
    other = P3.replace("Chính quyền", "Ngành du lịch")
    doc.text, doc.meta = text.replace(sapo, other), {"title": TITLE}
    assert extract(doc).body == [other, P2, P3]  # right above the element's first paragraph: the lead, unmarked
    doc.text = text.replace(sapo, other + "\nMùa lúa chín trên ruộng bậc thang")
    assert extract(doc).body == [P2, P3]  # prose unlike the description, away from the element: not the sapo


@pytest.mark.parametrize(("title", "page_line", "expected"), [
    ("Báo Ví Dụ Online - " + TITLE, TITLE, TITLE),
    ("Báo Cần Thơ Online - " + TITLE, "", TITLE),
    (TITLE + " | Trang tin ABC", "", TITLE),
    ("Hà Giang - Cao Bằng: mở tuyến xe khách liên tỉnh mới", "", "Hà Giang - Cao Bằng: mở tuyến xe khách liên tỉnh mới"),
])
def test_site_name_prefix_and_suffix_leave_the_html_title(title: str, page_line: str, expected: str) -> None:
    keys = frozenset({norm_key(page_line)}) if page_line else frozenset()
    assert clean_html_title(title, (), keys) == expected


def test_html_title_prefix_cut_when_the_page_prints_the_bare_title() -> None:
    text = "\n".join(["Trang chủ", TITLE, P1, P2, P3])
    doc = RawDocument(path="a.html", text=text, raw=b"", encoding="utf-8", kind="html",
                      meta={"title": "Trang Tin Ví Dụ - " + TITLE})
    assert extract(doc).title == TITLE


# --- menus of section names above the article (one long line, or short lines one per line) ---
MENU_LONG = ("Trang chủ Xã hội Kinh tế Thể thao Giáo dục Sức khỏe Văn hóa - Giải trí Du lịch Pháp luật Công nghệ "
             "Bất động sản Đời sống Thế giới Tây Nguyên Xe Ý kiến Tâm sự Thư giãn Bạn đọc Nhịp sống Ẩm thực Tất cả")
MENU_SUB = "Thời sự Chính trị Dân sinh Việc làm Giao thông Quỹ Từ thiện"
HEADLINE_NO_VERB = "Hội nghị hợp tác biên giới Việt - Lào lần thứ chín tại Điện Biên"
SAPO = "Hai tỉnh biên giới thống nhất tăng cường tuần tra chung, trao đổi thông tin và phối hợp phòng chống buôn lậu."
BODY = "Tại hội nghị, lãnh đạo hai bên đánh giá cao kết quả phối hợp trong năm qua và đề ra kế hoạch cho năm tới."


@pytest.mark.parametrize("line", [
    MENU_LONG,
    MENU_SUB,
    "Chính trị Quốc phòng - An ninh Kinh tế Xã hội Văn hóa Thể thao",
    # no known section name, but too long and too capitalised, without any punctuation, to be a headline
    "Trang nhất Điểm nóng Bàn tròn Nhịp cầu Xứ sở Gương mặt Hậu trường Ống kính Thư gửi Góc phố Bếp nhà Chợ quê",
])
def test_a_line_of_section_names_is_navigation(line: str) -> None:
    assert classify(line) == "navigation"


@pytest.mark.parametrize("line", [
    HEADLINE_NO_VERB,
    "Tổng thống Hàn Quốc thăm Nhật Bản",
    "Kinh tế tư nhân trước vận hội mới",
    "Thể thao Việt Nam hướng tới đấu trường châu lục",
    "Bộ trưởng Quốc phòng Lào Chansamone Chanyalath tiếp Đoàn đại biểu Quân đội nhân dân Việt Nam",
])
def test_headlines_are_not_menus(line: str) -> None:
    assert classify(line) is None


def test_the_title_is_the_headline_under_the_date_bar_not_the_menu() -> None:
    lines = ["Tin nhanh Tin theo vùng", "Trang Tin", MENU_LONG, "Đăng nhập", MENU_SUB,
             "Thứ năm, 12/6/2025, 09:10 (GMT+7)", HEADLINE_NO_VERB, SAPO, BODY, P1, "Hải Yến"]
    cleaned = clean_lines(lines)
    assert cleaned.title == HEADLINE_NO_VERB
    body = [b.text for b in cleaned.blocks if b.role != "removed"]
    assert body == [SAPO, BODY, P1]


def test_a_menu_above_a_list_header_does_not_hide_the_title() -> None:
    lines = ["Trang Tin", MENU_LONG, "Tin mới", "Xã hội", "Hải Yến", "12/06/2025 09:10 GMT+7",
             HEADLINE_NO_VERB, SAPO, BODY, P1]
    cleaned = clean_lines(lines)
    assert cleaned.title == HEADLINE_NO_VERB
    assert [b.text for b in cleaned.blocks if b.role != "removed"] == [SAPO, BODY, P1]


def test_menu_words_never_reach_the_entities() -> None:
    text = "\n".join([MENU_LONG, "12/06/2025 09:10", HEADLINE_NO_VERB, SAPO, BODY, P2])
    article = extract(RawDocument(path="menu.txt", text=text, raw=b"", encoding="utf-8", kind="text"))
    assert MENU_LONG not in article.body
    assert "Tây Nguyên" not in {e.name for e in article.entities}  # named only in the menu


# --- a tag list without a "Tags" header closing the article ---
def test_country_tags_after_the_body_are_no_byline() -> None:
    lines = ["Xã hội", HEADLINE_NO_VERB, "Hải Yến", "09:10 12/6/2025", SAPO, BODY, P1,
             "Hàn Quốc", "Thái Lan", "Lào", "tuần tra biên giới", "Có thể bạn quan tâm", P3]
    cleaned = clean_lines(lines)
    assert cleaned.tail == []
    removed = {b.text: b.reason for b in cleaned.blocks if b.role == "removed"}
    assert [removed[t] for t in ("Hàn Quốc", "Thái Lan", "Lào", "tuần tra biên giới")] == ["tag"] * 4
    article = extract(RawDocument(path="tags.txt", text="\n".join(lines), raw=b"", encoding="utf-8", kind="text"))
    assert article.author == "Hải Yến"


def test_a_byline_heading_the_tag_list_stays_the_author() -> None:
    lines = ["Xã hội", "12/06/2025 09:10", HEADLINE_NO_VERB, SAPO, BODY, P1,
             "Hải Yến", "Điện Biên", "Biên phòng", "Bình luận (0)"]
    cleaned = clean_lines(lines)
    assert [t.value for t in cleaned.tail] == ["Hải Yến"]
    assert {b.text: b.reason for b in cleaned.blocks}["Biên phòng"] == "tag"


def test_a_person_tag_named_in_the_body_is_not_taken_for_the_byline() -> None:
    lead = "Ông Trần Quốc Bảo, Chủ tịch tỉnh, chủ trì buổi làm việc với các sở ngành về kế hoạch năm tới."
    lines = ["12/06/2025 09:10", HEADLINE_NO_VERB, SAPO, lead, BODY, "Trần Quốc Bảo", "Điện Biên", "Biên phòng"]
    assert clean_lines(lines).tail == []


@pytest.mark.parametrize("line", ["Hàn Quốc", "Thái Lan", "Nga", "Đông Nam Á"])
def test_a_country_or_region_is_never_an_author(line: str) -> None:
    from storage.extraction.bylines import classify_tail

    assert classify_tail(line) is None


def test_headline_wrapped_over_two_lines_is_joined() -> None:
    lines = ["Thời sự | Xã hội", "Thành phố mở thêm ba tuyến xe buýt điện", "nối các khu đô thị mới với trung tâm",
             P1, P2]
    cleaned = clean_lines(lines)
    assert cleaned.title == "Thành phố mở thêm ba tuyến xe buýt điện nối các khu đô thị mới với trung tâm"
    assert kept(lines) == [P1, P2]


def test_lower_case_headline_under_a_full_sentence_is_not_joined() -> None:
    lines = ["Đường sá bị ngập nặng sau trận mưa đêm qua.", "giá rau xanh tăng mạnh ở các chợ dân sinh", P1, P2]
    assert clean_lines(lines).title == "giá rau xanh tăng mạnh ở các chợ dân sinh"


@pytest.mark.parametrize("line", ["Bản in Gửi email", "Bản in", "Gửi email In bài"])
def test_print_and_email_widgets_are_noise(line: str) -> None:
    assert classify(line) == "social"


def test_bare_words_starting_with_ban_are_not_widgets() -> None:
    assert classify("Bản đồ") is None and classify("Bản tin") is None


def test_sapo_label_is_stripped_from_the_lead() -> None:
    lines = [TITLE, "Sapo: " + P1, P2, P3]
    assert kept(lines) == [P1, P2, P3]


@pytest.mark.parametrize(("line", "staff"), [
    ("NHÓM PHÓNG VIÊN", "Nhóm phóng viên"), ("Nhóm phóng viên", "Nhóm phóng viên"), ("Nhóm PV", "Nhóm PV"),
    ("PV", "PV"), ("NHÓM PV", "Nhóm PV")])
def test_team_bylines_are_staff_credits(line: str, staff: str) -> None:
    from storage.extraction.bylines import classify_tail
    tail = classify_tail(line)
    assert tail is not None and tail.kind == "byline" and tail.staff == staff


def test_team_credit_yields_to_a_named_person() -> None:
    text = "\n".join([TITLE, P1, P2, P3, "Lê Thu Hà", "Nhóm phóng viên"])
    article = extract(RawDocument(path="team.txt", text=text, raw=b"", encoding="utf-8", kind="text"))
    assert article.author == "Lê Thu Hà"


def test_sponsor_notice_under_the_signature_is_not_the_article() -> None:
    notice = ("Để khuyến khích thói quen tiết kiệm, ngân hàng đang tổ chức chương trình quay số trúng thưởng "
              "dành cho khách hàng mở sổ mới trong quý này với nhiều phần quà giá trị.")
    call = "Khách hàng xem thể lệ và cách tham gia chương trình tại đây."
    cleaned = clean_lines([TITLE, P1, P2, P3, "Thu Hà", notice, call, "Quay lại Kinh tế"])
    assert [b.text for b in cleaned.blocks if b.role == "body"] == [P1, P2, P3]
    assert [t.value for t in cleaned.tail if t.kind == "byline"] == ["Thu Hà"]


def test_paragraph_pointing_to_a_link_without_a_signature_above_stays() -> None:
    call = "Bạn đọc có thể xem toàn văn báo cáo của nhóm nghiên cứu tại đây."
    assert kept([TITLE, P1, P2, P3, call]) == [P1, P2, P3, call]


def test_closing_line_naming_who_stands_where_in_a_photo_is_a_caption() -> None:
    note = ("Các thành viên đội tuyển chụp ảnh lưu niệm sau lễ trao giải năm ngoái "
            "(từ trái sang phải: huấn luyện viên trưởng, đội trưởng và hai tuyển thủ trẻ).")
    cleaned = clean_lines([TITLE, P1, P2, P3, note])
    assert {b.text: b.role for b in cleaned.blocks}[note] == "caption"
    assert [b.text for b in cleaned.blocks if b.role == "body"] == [P1, P2, P3]


def test_closing_paragraph_mentioning_left_and_right_in_prose_stays_body() -> None:
    last = "Ông cho rằng cả hai phía, bên trái lẫn bên phải, cần ngồi lại với nhau (theo lời ông) để tìm giải pháp."
    assert kept([TITLE, P1, P2, P3, last])[-1] == last
    assert {b.text: b.role for b in clean_lines([TITLE, P1, P2, P3, last]).blocks}[last] == "body"
