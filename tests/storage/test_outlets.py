"""The outlet table, lead prefixes, domain mentions, bylines and source lines."""
from __future__ import annotations

import pytest

from storage.extraction import extract, load_outlets
from storage.extraction.bylines import classify_tail
from storage.extraction.outlets import (by_domain, copyright_name, from_copyright, from_domain_mentions,
                                      from_lead_prefix, from_name_mentions, header_name, lookup)
from storage.records import RawDocument

REQUIRED = ["VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "VOV", "VTV", "TTXVN", "VietnamPlus", "Nhân Dân",
            "Quân đội nhân dân", "Công an nhân dân", "Tiền Phong", "Lao Động", "Thời Đại", "Thế giới & Việt Nam",
            "Ngày Nay", "VietNamNet", "Znews", "Người Lao Động", "Pháp Luật TP.HCM", "Sài Gòn Giải Phóng",
            "Hà Nội Mới", "Kinh tế & Đô thị", "QPVN", "Báo Chính phủ", "Đại Đoàn Kết", "Giáo dục & Thời đại",
            "Vietnam News", "Báo Công Thương", "Sức khỏe & Đời sống", "Kinh tế Sài Gòn", "VietTimes", "Soha", "Kenh14",
            "CafeF", "24h", "Báo Tin tức", "An ninh Thủ đô", "Pháp luật Việt Nam"]


def test_table_covers_the_large_national_outlets() -> None:
    names = {o.name for o in load_outlets()}
    assert not [n for n in REQUIRED if n not in names]
    assert len([o for o in load_outlets() if o.kind == "provincial"]) >= 20


def test_every_outlet_has_domain_and_kind() -> None:
    for outlet in load_outlets():
        # an outlet is known by its web address or, where that is unverified, by its name and tags
        assert (outlet.domains or outlet.abbreviations) and outlet.kind, outlet.name
        assert all("/" not in d and d == d.lower() for d in outlet.domains)


def test_kinds_tell_owners_apart() -> None:
    assert lookup("Nhân Dân").kind == "Party organ"
    assert lookup("QĐND").kind == "army"
    assert lookup("TGVN").kind == "foreign-affairs"
    assert lookup("TTXVN").kind == "state wire"


@pytest.mark.parametrize(("lead", "name"), [
    ("TGVN. Ngày 5/6, hai bên đã ký kết thỏa thuận.", "Thế giới & Việt Nam"),
    ("(VOV) - Hội nghị diễn ra tại thủ đô.", "VOV"),
    ("(VOV) -Hội nghị diễn ra tại thủ đô.", "VOV"),
    ("VOV.VN - Hội nghị diễn ra tại thủ đô.", "VOV"),
    ("(Ngày Nay) - Quan chức hai nước gặp nhau.", "Ngày Nay"),
    ("(Dân trí) - Người dân phấn khởi đón mùa mới.", "Dân trí"),
    ("TPO - Giá cà phê tăng mạnh.", "Tiền Phong"),
    ("QPVN - Lực lượng vũ trang tỉnh diễn tập.", "QPVN"),
    ("(CAO) Công an quận đã bắt giữ nghi phạm.", "Công an TP.HCM"),
    ("GD&TĐ - Kỳ thi diễn ra an toàn.", "Giáo dục & Thời đại"),
])
def test_lead_prefixes(lead: str, name: str) -> None:
    outlet, prefix = from_lead_prefix(lead)
    assert outlet is not None and outlet.name == name
    assert lead.startswith(prefix) and prefix


@pytest.mark.parametrize("lead", [
    "Ông Nguyễn Văn An cho biết dự án sẽ hoàn thành.",
    "(Ảnh minh họa) Người dân xếp hàng.",
    "TP.HCM - Thành phố triển khai chương trình mới.",
    "Hà Nội - Mưa lớn kéo dài.",
])
def test_not_an_outlet_prefix(lead: str) -> None:
    assert from_lead_prefix(lead) == (None, "")


def test_domains_and_mentions() -> None:
    assert by_domain("https://www.tuoitre.vn/bai-viet-1.htm").name == "Tuổi Trẻ"
    assert by_domain("m.vietnamnet.vn").name == "VietNamNet"
    assert by_domain("example.com") is None
    assert from_domain_mentions(["Theo dõi thoidai.com.vn trên"]).name == "Thời Đại"
    assert from_domain_mentions(["Mời quý độc giả theo dõi VOV.VN trên"]).name == "VOV"
    assert from_name_mentions(["Theo dõi Dân trí trên Google News"]).name == "Dân trí"
    assert from_name_mentions(["Hôm nay trời đẹp"]) is None


def test_lookup_by_name_abbreviation_or_domain() -> None:
    assert lookup("Báo Nhân Dân").name == "Nhân Dân"
    assert lookup("baoquocte.vn").name == "Thế giới & Việt Nam"
    assert lookup("Reuters").kind == "foreign agency"
    assert lookup("Hợp tác xã") is None


@pytest.mark.parametrize(("line", "kind", "value"), [
    ("Hoàng Nam", "byline", "Hoàng Nam"),
    ("T.H.", "byline", "T.H."),
    ("HOÀNG NAM", "byline", "Hoàng Nam"),
    ("Minh Châu/VOV-Washington", "byline", "Minh Châu"),
    ("Hoàng Nam - Thu Hà", "byline", "Hoàng Nam - Thu Hà"),
    ("Bài và ảnh: Phạm Quang", "byline", "Phạm Quang"),
    ("Theo Nguyễn Văn Bình", "byline", "Nguyễn Văn Bình"),
    ("Theo VTV", "source", "VTV"),
    ("Theo Tân Hoa xã", "source", "Tân Hoa xã"),
    ("Nguồn: Bộ Ngoại giao", "source", "Bộ Ngoại giao"),
    ("Nguồn:", "source", None),
    ("Nguồn: vnexpress.net", "source", "VnExpress"),
    ("Ảnh: Ngọc Anh", "photo-credit", None),
    ("PV", "byline", None),
    ("Vũ Hà/VOV.VN (tổng hợp)", "byline", "Vũ Hà"),
    ("(TTXVN/Vietnam+)", "source", "TTXVN"),
])
def test_closing_lines(line: str, kind: str, value: str | None) -> None:
    tail = classify_tail(line)
    assert (tail.kind, tail.value) == (kind, value)


@pytest.mark.parametrize("line", [
    "KINH TẾ PHỤC HỒI MẠNH MẼ",
    "Theo ông, đây là cơ hội lớn.",
    "Theo kế hoạch, tuyến đường sẽ thông xe.",
    "Nguồn: cho biết thêm",
    "Theo báo cáo của Bộ, kim ngạch xuất khẩu tăng mạnh trong quý đầu năm nay so với cùng kỳ.",
    "Hai bên nhất trí tăng cường hợp tác.",
])
def test_not_closing_lines(line: str) -> None:
    assert classify_tail(line) is None


def test_byline_with_source_inside() -> None:
    tail = classify_tail("Thu Hà (Theo Reuters)")
    assert (tail.kind, tail.value, tail.source) == ("byline", "Thu Hà", "Reuters")


def _doc(lines: list[str]) -> RawDocument:
    text = "\n".join(lines)
    return RawDocument(path="x.txt", text=text, raw=text.encode(), encoding="utf-8", kind="text")


BODY = ["Hai nước tổ chức phiên họp thường niên để rà soát tiến độ các dự án hợp tác đã ký trước đây.",
        "Phía bạn đánh giá cao nỗ lực của nước chủ nhà trong việc tháo gỡ vướng mắc cho doanh nghiệp."]


def test_source_is_not_the_outlet_and_photographer_is_not_author() -> None:
    article = extract(_doc(["Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY,
                            "Ảnh: Lê Hùng", "Theo VTV", "Tải thêm", "Tin cùng chuyên mục"]))
    assert article.source == "VTV"
    assert article.outlet is None and "outlet" in article.needs_review
    assert article.author is None


def test_outlet_from_lead_prefix_keeps_prefix_in_body() -> None:
    article = extract(_doc(["Hai nước rà soát tiến độ hợp tác kinh tế song phương",
                            "(Dân trí) - " + BODY[0], BODY[1], "Lan Anh"]))
    assert article.outlet == "Dân trí"
    assert article.origins["outlet"] == "page-text"
    assert article.body[0].startswith("(Dân trí) - ")
    assert not article.lead.startswith("(Dân trí)")
    assert article.author == "Lan Anh"


def test_outlet_from_follow_line_domain() -> None:
    article = extract(_doc(["Theo dõi thoidai.com.vn trên", "Hai nước rà soát tiến độ hợp tác kinh tế song phương",
                            *BODY]))
    assert article.outlet == "Thời Đại"


def test_outlet_from_html_meta() -> None:
    text = "\n".join(["Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY])
    doc = RawDocument(path="x.html", text=text, raw=b"", encoding="utf-8", kind="html",
                      meta={"site_name": "Báo Tuổi Trẻ", "url": "https://tuoitre.vn/a-1.htm?utm_source=x"})
    article = extract(doc)
    assert article.outlet == "Tuổi Trẻ"
    assert article.origins["outlet"] == "html-meta"
    assert article.url == "https://tuoitre.vn/a-1.htm"


def test_outlet_missing_from_the_table_is_named_as_the_page_names_it_and_flagged() -> None:
    title = "Hai nước rà soát tiến độ hợp tác kinh tế song phương"
    article = extract(_doc([title, "(Báo Ví Dụ) - " + BODY[0], BODY[1]]))
    assert article.outlet == "Báo Ví Dụ"
    assert "outlet" in article.needs_review
    article = extract(_doc(["Theo dõi baovidu.vn trên", title, *BODY]))
    assert article.outlet == "baovidu.vn"
    assert "outlet" in article.needs_review


def test_parenthesised_caption_word_is_no_outlet() -> None:
    title = "Hai nước rà soát tiến độ hợp tác kinh tế song phương"
    article = extract(_doc([title, "(Ảnh minh họa) " + BODY[0], BODY[1]]))
    assert article.outlet is None


@pytest.mark.parametrize(("masthead", "name"), [("BÁO QUẢNG NINH", "Báo Quảng Ninh"), ("VietNamNet", "VietNamNet"),
                                                ("Thanh Niên", "Thanh Niên"), ("CÔNG AN NHÂN DÂN", "Công an nhân dân")])
def test_outlet_from_masthead(masthead: str, name: str) -> None:
    article = extract(_doc([masthead, "Thời sự", "Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY]))
    assert article.outlet == name


def test_section_names_are_not_mastheads() -> None:
    article = extract(_doc(["Tin tức", "Văn hóa", "Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY]))
    assert article.outlet is None


@pytest.mark.parametrize(("line", "kind", "value", "source"), [
    ("Minh Tâm (TTXVN)", "byline", "Minh Tâm", "TTXVN"),
    ("Theo AP, Kyodo", "source", "AP, Kyodo", None),
    ("Theo Lan Chi | Dân Việt", "byline", "Lan Chi", "Dân Việt"),
    ("Quốc Bảo | Tiền Phong", "byline", "Quốc Bảo", "Tiền Phong"),
    ("Lan Chi | Chủ Nhật, 12/11/2023 21:05", "byline", "Lan Chi", None),
    ("Lan Chi | 12/11/2023 | 21:05", "byline", "Lan Chi", None),
])
def test_bylines_with_their_source_or_date(line: str, kind: str, value: str, source: str | None) -> None:
    tail = classify_tail(line)
    assert (tail.kind, tail.value, tail.source) == (kind, value, source)


@pytest.mark.parametrize("line", ["Theo ông, bà và các cháu trong gia đình", "Theo kế hoạch, tuyến đường, cầu cảng"])
def test_comma_clauses_are_not_source_lists(line: str) -> None:
    assert classify_tail(line) is None


@pytest.mark.parametrize(("spelling", "name"), [
    ("TUOITRE", "Tuổi Trẻ"), ("thanhnien", "Thanh Niên"), ("Báo Thanhniên", "Thanh Niên"), ("NHANDAN", "Nhân Dân"),
])
def test_brand_spellings_meet_on_a_folded_key(spelling: str, name: str) -> None:
    assert lookup(spelling).name == name


def test_accented_names_do_not_fold_into_other_outlets() -> None:
    assert lookup("Tiến Phong") is None  # a person's name, not "Tiền Phong"


def test_one_word_logo_and_footer_spelling_name_the_outlet() -> None:
    assert extract(_doc(["THANHNIEN", "Thời sự", "Hai nước rà soát tiến độ hợp tác kinh tế song phương",
                         *BODY])).outlet == "Thanh Niên"
    footer = extract(_doc(["Thời sự", "Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY,
                           "Tin khác", "Báo Thanhniên - Cơ quan của Trung ương Hội LHTN Việt Nam"]))
    assert footer.outlet == "Thanh Niên"


def test_organisation_is_no_author() -> None:
    from storage.extraction.metadata import is_person_author

    assert not is_person_author("BBC News Tiếng Việt")
    assert not is_person_author("Ban Biên tập")
    assert not is_person_author("Nhịp Sống Số", "Nhịp sống số")
    assert is_person_author("Trần Minh Khoa, Lê Thu")


def test_outlet_domain_from_the_page_url_when_the_table_lacks_it() -> None:
    from storage.cli.cmd_extract import article_json
    from storage.records import Article

    article = Article(title="t", outlet="Nhịp Sống Số", url="https://www.nhipsongso.example.org/a/1.html")
    assert article_json("x.html", article)["outlet_domain"] == "nhipsongso.example.org"


def test_paper_named_first_in_the_masthead_beats_the_agency_behind_it() -> None:
    article = extract(_doc(["BÁO TIN TỨC - TTXVN", "Thời sự", "Hai nước rà soát tiến độ hợp tác kinh tế song phương",
                            *BODY, "Vũ Thảo Nguyên (TTXVN)", "Cơ quan chủ quản: Thông tấn xã Việt Nam"]))
    assert article.outlet == "Báo Tin tức"
    assert article.author == "Vũ Thảo Nguyên" and article.source == "TTXVN"


@pytest.mark.parametrize(("line", "value"), [
    ("Đỗ Hải Yến (thực hiện)", "Đỗ Hải Yến"),
    ("Lam Giang (ghi)", "Lam Giang"),
    ("Thượng tá, ThS PHAN MINH TÚ", "Phan Minh Tú"),
    ("PGS.TS Lê Quang Vinh", "Lê Quang Vinh"),
    ("Tin, ảnh: VĂN KHÁNH", "Văn Khánh"),
    ("Bài, ảnh: Thu Trang", "Thu Trang"),
    ("Tin và ảnh: Quốc Việt", "Quốc Việt"),
    ("Nhóm PV", None),
])
def test_byline_forms(line: str, value: str | None) -> None:
    tail = classify_tail(line)
    assert tail is not None and (tail.kind, tail.value) == ("byline", value)


@pytest.mark.parametrize("line", ["PV: Xin cảm ơn Đại tá!", "PV: Trân trọng cảm ơn bà", "Phóng viên: Vâng, thưa ông"])
def test_a_speaker_line_is_never_a_byline(line: str) -> None:
    assert classify_tail(line) is None


def test_interview_closing_question_line_leaves_the_byline_below_it() -> None:
    article = extract(_doc(["Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY,
                            "PV: Xin cảm ơn ông về cuộc trao đổi!", "Đỗ Hải Yến (thực hiện)", "Tin liên quan"]))
    assert article.author == "Đỗ Hải Yến"
    assert article.body[-1] == "PV: Xin cảm ơn ông về cuộc trao đổi!"


PROVINCES = ["Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai",
             "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh",
             "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam",
             "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
             "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
             "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh",
             "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh",
             "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau"]


def test_every_provincial_paper_is_in_the_table() -> None:
    assert len(PROVINCES) == 61  # with Hà Nội Mới and Sài Gòn Giải Phóng: all 63 provinces
    assert not [p for p in PROVINCES if lookup("Báo " + p) is None]


@pytest.mark.parametrize(("lead", "name"), [
    ("(TBTCO) - Bộ Tài chính vừa công bố số thu ngân sách quý ba.", "Thời báo Tài chính Việt Nam"),
    ("BĐN - Sáng 2/3, tỉnh tổ chức lễ giao nhận quân năm nay.", "Báo Đồng Nai"),
    ("QK4 - Chiều 8/5, Bộ Tư lệnh tổ chức hội nghị sơ kết.", "Báo Quân khu 4"),
    ("QK9 - Đơn vị vừa hoàn thành đợt huấn luyện chiến sĩ mới.", "Báo Quân khu 9"),
    ("GLO - Tỉnh vừa khánh thành cây cầu bắc qua sông.", "Báo Gia Lai"),
])
def test_sapo_tags_of_national_provincial_and_army_papers(lead: str, name: str) -> None:
    outlet, prefix = from_lead_prefix(lead)
    assert outlet is not None and outlet.name == name and prefix


@pytest.mark.parametrize(("line", "name"), [
    ("BÁO SÔNG NƯỚC MIỀN TÂY", "Báo Sông Nước Miền Tây"),
    ("Tạp chí Người Làm Vườn", "Tạp chí Người Làm Vườn"),
    ("Báo Ví Dụ điện tử", "Báo Ví Dụ"),
    ("Gió Bấc Online", "Gió Bấc"),
    ("Thời báo Đường Sắt", "Thời báo Đường Sắt"),
])
def test_header_line_names_a_paper(line: str, name: str) -> None:
    assert header_name(line) == name


@pytest.mark.parametrize("line", ["Báo cáo tổng kết năm", "Báo chí cách mạng", "Báo điện tử", "Trang chủ > Thời sự",
                                  "Báo giá vật liệu xây dựng", "Chuyển đổi số trực tuyến",
                                  "Báo Ví Dụ: hôm nay, tỉnh tổ chức hội nghị tổng kết công tác năm cũ"])
def test_lines_that_name_no_paper(line: str) -> None:
    assert header_name(line) is None


@pytest.mark.parametrize(("masthead", "name"), [("BÁO QUÂN KHU 4", "Báo Quân khu 4"),
                                                ("Báo Đồng Nai điện tử", "Báo Đồng Nai")])
def test_army_and_provincial_mastheads(masthead: str, name: str) -> None:
    article = extract(_doc([masthead, "Thời sự", "Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY]))
    assert article.outlet == name


def test_unknown_masthead_names_the_outlet_over_an_unknown_tag() -> None:
    title = "Hai nước rà soát tiến độ hợp tác kinh tế song phương"
    article = extract(_doc(["BÁO SÔNG NƯỚC MIỀN TÂY", "Thời sự", title, "(SNMT) - " + BODY[0], BODY[1]]))
    assert article.outlet == "Báo Sông Nước Miền Tây"
    assert "outlet" in article.needs_review


@pytest.mark.parametrize("credit", ["PV", "Nhóm PV"])
def test_staff_credit_is_the_author_when_it_is_the_only_byline(credit: str) -> None:
    article = extract(_doc(["Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY, credit]))
    assert article.author == credit
    assert classify_tail(credit).staff == credit
    assert classify_tail("Tổng hợp").staff is None


def test_named_author_beats_a_staff_credit() -> None:
    article = extract(_doc(["Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY, "Lan Anh", "PV"]))
    assert article.author == "Lan Anh"


@pytest.mark.parametrize(("lead", "name"), [
    ("Thanh tra - Đoàn kiểm tra đã công bố kết luận về gói thầu xây trường.", "Báo Thanh tra"),
    ("Dân Việt - Nông dân vùng trũng thu hoạch lúa sớm để tránh lũ.", "Dân Việt"),
    ("GiadinhNet - Nhiều bệnh viện quá tải vì dịch sốt xuất huyết.", "Gia đình & Xã hội"),
    ("(BVPL) - Viện kiểm sát đã phê chuẩn quyết định khởi tố.", "Bảo vệ pháp luật"),
])
def test_lead_prefix_names_a_table_outlet_in_words(lead: str, name: str) -> None:
    outlet, prefix = from_lead_prefix(lead)
    assert outlet is not None and outlet.name == name
    assert lead.startswith(prefix) and prefix.rstrip().endswith(("-", ")", "–"))


def test_name_prefix_needs_the_exact_accented_name() -> None:
    assert from_lead_prefix("Thanh tre - Hội thi nấu ăn diễn ra sôi nổi.") == (None, "")
    assert from_lead_prefix("Nông dân - Mùa vụ mới bắt đầu trên cánh đồng.") == (None, "")


def test_follow_line_names_a_new_table_outlet() -> None:
    from storage.extraction.outlets import from_name_mentions
    outlet = from_name_mentions(["Theo dõi Dân Việt trên"])
    assert outlet is not None and outlet.domains == ("danviet.vn",)


def test_an_outlet_domain_is_found_in_a_deep_host_and_a_line_of_dots_names_none() -> None:
    from storage.extraction.outlets import by_domain, from_page_frame

    assert by_domain("a.b.c.d.e.f.vnexpress.net").name == "VnExpress"
    assert by_domain("a." * 20_000 + "vn") is None
    assert from_page_frame(["x" * 50_000, "Liên hệ: toasoan@vnexpress.net"]).name == "VnExpress"
    assert from_page_frame(["ab" * 30_000 + "@" + "c" * 10]) is None


@pytest.mark.parametrize(("footer", "name"), [
    ("© Báo Đồng Cỏ Xanh", "Báo Đồng Cỏ Xanh"),
    ("© Bản quyền thuộc về Đài Phát thanh Ven Biển. Cấm sao chép khi chưa được đồng ý.", "Đài Phát thanh Ven Biển"),
    ("Copyright © 2021 Tạp chí Nghề Gốm, giữ toàn quyền", "Tạp chí Nghề Gốm"),
])
def test_an_unknown_outlet_is_named_as_its_copyright_line_signs(footer: str, name: str) -> None:
    lines = ["Trang chủ", "Thời sự", "Hai nước rà soát tiến độ hợp tác kinh tế song phương", *BODY, "Lan Anh",
             "Giới thiệu", footer]
    article = extract(_doc(lines))
    assert article.outlet == name
    assert "outlet" in article.needs_review


@pytest.mark.parametrize("footer", ["© Bản quyền 2024", "Copyright © 2021 All rights reserved", "© 2020 baomau.vn"])
def test_a_copyright_line_naming_no_one_names_no_outlet(footer: str) -> None:
    assert copyright_name([footer]) is None


def test_an_abbreviation_is_named_only_in_capitals() -> None:
    # "Cao" is an ordinary word inside a paper's name, not the "CAO" of Công an TP.HCM
    assert from_name_mentions(["© Báo Vùng Cao Phía Bắc"]) is None
    assert from_name_mentions(["Theo dõi CAO trên mạng xã hội"]).name == "Công an TP.HCM"


@pytest.mark.parametrize(("footer", "name"), [
    ("© 2024 Báo Lao Động Thủ Đô", "Lao động Thủ đô"),  # the longer name in the table, not "Lao Động"
    ("© 2024 Tuổi Trẻ Online", "Tuổi Trẻ"),  # the paper's own web word after its name
    ("© Báo Lao Động", "Lao Động"),
])
def test_a_copyright_owner_is_the_whole_name_it_signs(footer: str, name: str) -> None:
    assert from_copyright([footer]).name == name


def test_a_known_name_inside_a_longer_unknown_one_is_not_that_outlet() -> None:
    assert from_copyright(["© Báo Khánh Hòa Mới Phía Nam"]) is None
    assert copyright_name(["© Báo Khánh Hòa Mới Phía Nam"]) == "Báo Khánh Hòa Mới Phía Nam"


@pytest.mark.parametrize("footer", ["Copyright ©2000-2009, Phần Mềm Diễn Đàn Ltd.", "© 2019 Công ty Cổ phần Truyền Thông Mẫu",
                                    "Giao diện bởi Xyz ©2011, Phần Mềm Mẫu, Inc."])
def test_a_company_signing_the_copyright_is_not_the_outlet(footer: str) -> None:
    assert copyright_name([footer]) is None


@pytest.mark.parametrize(("line", "name"), [("Lê Văn Tám - Hà Nội", "Lê Văn Tám"), ("TRẦN THU HÀ – ĐÀ NẴNG", "Trần Thu Hà"),
                                            ("Minh Anh - Thu Hà", "Minh Anh - Thu Hà")])
def test_a_byline_keeps_its_writers_not_the_city_written_from(line: str, name: str) -> None:
    tail = classify_tail(line)
    assert (tail.kind, tail.value) == ("byline", name)


def test_outlet_domain_is_the_one_the_page_lives_on_when_the_outlet_owns_it() -> None:
    from storage.extraction.outlets import domain_on_page
    renamed = lookup("Znews")
    assert renamed is not None and len(renamed.domains) > 1
    older = renamed.domains[-1]
    assert domain_on_page(renamed, older) == older
    assert domain_on_page(renamed, "example.com") == renamed.domains[0]  # a mirror's domain is not the outlet's
    assert domain_on_page(renamed, None) == renamed.domains[0]
    assert domain_on_page(None, "example.com") is None
