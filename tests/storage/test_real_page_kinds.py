"""Kinds of trouble met on real pages of outlets we never tuned on (issue #8), in our own words."""
from __future__ import annotations

import pytest

from storage.extraction import extract
from storage.extraction.bylines import classify_tail
from storage.extraction.entities import extract_entities
from storage.extraction.noise import classify
from storage.extraction.outlets import lookup
from storage.errors import ReadError
from storage.readers import read_file
from storage.records import RawDocument

TITLE = "Giá rau xanh ở chợ đầu mối tăng mạnh sau kỳ nghỉ dài"
SAPO = ("Sau kỳ nghỉ, giá nhiều loại rau ăn lá tại các chợ đầu mối tăng từ 20 đến 30% vì mưa rét kéo dài "
        "làm chậm vụ thu hoạch.")
P1 = ("Tại chợ đầu mối phía bắc thành phố, bắp cải được bán buôn 12.000 đồng một ki-lô-gam, gần gấp đôi so "
      "với tháng trước.")
P2 = ("Tiểu thương cho biết lượng hàng từ các vùng trồng rau ven đô về chợ giảm gần một nửa trong tuần "
      "đầu tiên sau kỳ nghỉ.")
P3 = "Các nhà vườn dự kiến giá sẽ hạ dần khi thời tiết ấm lên vào giữa tháng tới, lúc vụ mới bắt đầu cho thu hoạch."


def _page(lines: list[str], name: str = "trang.txt") -> RawDocument:
    text = "\n".join(lines)
    return RawDocument(path=name, text=text, raw=text.encode(), encoding="utf-8", kind="text")


def _orgs(*paras: str) -> set[str]:
    return {e.name for e in extract_entities("Tin", list(paras)) if e.kind == "organization"}


def _people(*paras: str) -> set[str]:
    return {e.name for e in extract_entities("Tin", list(paras)) if e.kind == "person"}


def test_a_date_bar_may_carry_a_section_name_of_four_syllables() -> None:
    assert classify("02-03-2026 - 09:12 AM | Thị trường chứng khoán") == "date"
    assert classify("02/03/2026 | Bất động sản") == "date"
    assert classify("02/03/2026 | Giá vàng hôm nay tăng mạnh theo thế giới.") is None  # a sentence is no section


def test_the_headline_of_a_date_bar_with_a_long_section_is_the_title() -> None:
    article = extract(_page([TITLE, "02-03-2026 - 09:12 AM | Thị trường chứng khoán", SAPO, P1, P2, P3]))
    assert article.title == TITLE
    assert article.body == [SAPO, P1, P2, P3]


def test_a_headline_printed_again_after_a_box_of_other_articles_opens_the_full_article() -> None:
    others = ["Đọc nhiều nhất", "Cảnh sát giao thông ra quân đầu năm", "Bão số một tiến vào biển Đông",
              "Nhà máy nước mới đi vào hoạt động", "Học sinh trở lại trường sau kỳ nghỉ"]
    lines = ["Trang chủ", "Kinh tế", TITLE, "Kinh tế | Thứ hai, 02/03/2026 09:12", SAPO, *others, TITLE, SAPO, P1, P2, P3]
    article = extract(_page(lines))
    assert article.title == TITLE
    assert article.body == [SAPO, P1, P2, P3]


def test_a_republished_piece_names_its_writer_and_the_paper_it_comes_from() -> None:
    lines = ["CafeF", TITLE, "02-03-2026 - 09:12 AM | Xã hội", SAPO, P1, P2, P3,
             "Theo Hoài Thu", "Báo điện tử Tiền Phong", "Copy link", "Tin cùng chuyên mục"]
    article = extract(_page(lines))
    assert (article.author, article.source) == ("Hoài Thu", "Tiền Phong")
    assert article.body[-1] == P3


def test_theo_a_pen_name_is_a_byline_and_theo_a_paper_a_source() -> None:
    assert (classify_tail("Theo Tâm Hằng").kind, classify_tail("Theo Tâm Hằng").value) == ("byline", "Tâm Hằng")
    assert classify_tail("Theo Nikkei Asia").kind == "source"  # no accents: a foreign name, not a pen name
    assert lookup("Báo điện tử Tiền Phong").name == "Tiền Phong"
    assert lookup("Tiền Phong điện tử").name == "Tiền Phong"


def test_company_names_run_past_their_legal_form_and_two_syllable_trade_words() -> None:
    orgs = _orgs("Công ty cổ phần Đầu tư Thế giới Di động ký hợp đồng với Công ty TNHH Một thành viên "
                 "Cấp nước Sông Hồng trong tuần này.")
    assert {"Công ty cổ phần Đầu tư Thế giới Di động", "Công ty TNHH Một thành viên Cấp nước Sông Hồng"} <= orgs


def test_banks_firms_and_party_committees_are_organisations_not_people() -> None:
    para = ("Vietcombank, VietinBank và Techcombank cùng giảm lãi suất, trong khi Goldman Sachs và Morgan Stanley "
            "hạ dự báo; Thành ủy Vinh và Huyện ủy Quỳnh Lưu chỉ đạo rà soát, Kho bạc Nhà nước phối hợp.")
    orgs = _orgs(para)
    assert {"Vietcombank", "VietinBank", "Techcombank", "Goldman Sachs", "Morgan Stanley", "Thành ủy Vinh",
            "Huyện ủy Quỳnh Lưu", "Kho bạc Nhà nước"} <= orgs
    assert not _people(para)


def test_initials_closing_the_article_are_its_author() -> None:
    article = extract(_page([TITLE, "02/03/2026 10:25", SAPO, P1, P2, P3, "TP", "Tin cùng chuyên mục"]))
    assert article.author == "TP"
    assert article.body[-1] == P3


def test_other_articles_headline_and_teaser_pairs_under_the_last_paragraph_are_cut() -> None:
    lines = [TITLE, "02/03/2026 10:25", SAPO, P1, P2, P3,
             "Chợ hoa ven sông mở cửa xuyên đêm dịp cuối tuần",
             "Hàng trăm gian hàng hoa tươi bày bán đến sáng để phục vụ người dân đi chơi đêm.",
             "Giá thịt lợn hơi giảm nhẹ ở nhiều tỉnh phía nam",
             "Thương lái cho biết nguồn cung dồi dào khiến giá lợn hơi giảm khoảng hai nghìn đồng.",
             "Hoàng Sơn"]
    article = extract(_page(lines))
    assert article.body == [SAPO, P1, P2, P3]
    assert article.author == "Hoàng Sơn"


def test_a_section_label_printed_under_the_headline_is_not_the_headline() -> None:
    article = extract(_page([TITLE, "Báo chí công nghệ", "02/03/2026 10:25", SAPO, P1, P2, P3]))
    assert article.title == TITLE


@pytest.mark.parametrize("line", [
    "Ưu tiên Báo Làng Quê trên Google", "Đặt Báo Làng Quê làm nguồn ưu tiên trên Google",
    "Chọn Báo Làng Quê là nguồn tin ưu tiên trên Google"])
def test_follow_widgets_of_the_search_engine(line: str) -> None:
    assert classify(line) == "follow"


@pytest.mark.parametrize("line", [
    "Nhập email để nhận tin mới mỗi ngày", "Đăng ký nhận bản tin", "Vui lòng nhập tên của bạn",
    "Xem thêm bình luận", "Tham gia thảo luận"])
def test_newsletter_and_comment_boxes_close_the_article(line: str) -> None:
    assert classify(line) == "end-widget"


def test_a_sentence_opening_with_nhap_is_prose() -> None:
    assert classify("Nhập khẩu gạo tăng mạnh trong tháng Hai, theo số liệu của cơ quan thống kê.") is None


def test_a_firm_named_after_a_title_is_split_from_the_person_after_it() -> None:
    para = "Chủ tịch Brightwave Group Park Min Jun cho biết công ty sẽ mở thêm nhà máy."
    assert "Brightwave Group" in _orgs(para)
    assert _people(para) == {"Park Min Jun"}


def test_an_unknown_foreign_name_listed_with_firms_is_a_firm() -> None:
    para = "Các nhà máy của Brightwave, Foxconn và Zentrix tiếp tục mở rộng sản xuất tại miền Bắc."
    assert {"Brightwave", "Foxconn", "Zentrix"} <= _orgs(para)
    assert not _people(para)


@pytest.mark.parametrize("term", ["ETF", "IPO", "KCN", "NĐT", "CTCK", "ĐHĐCĐ", "VAT", "KOL"])
def test_business_and_trade_acronyms_are_no_organisations(term: str) -> None:
    assert not _orgs(f"Theo số liệu mới công bố, {term} trong năm nay có nhiều thay đổi so với năm trước.")


def test_a_doctors_degree_before_the_name_is_a_title() -> None:
    para = "BS.CK2 Trần Thị Mai và ThS.BS Lê Văn Hòa cùng khám cho bệnh nhân."
    assert _people(para) == {"Trần Thị Mai", "Lê Văn Hòa"}
    assert not _orgs(para)


def test_an_alley_named_after_a_person_is_a_place() -> None:
    found = {e.name: e.kind for e in extract_entities("Tin", ["Nước ngập sâu ở hẻm 123 Nguyễn Trãi và ngõ 5 Trần Duy Hưng."])}
    assert found.get("Nguyễn Trãi") == "location" and found.get("Trần Duy Hưng") == "location"


def test_schools_and_hospitals_bear_peoples_names() -> None:
    para = "Trường THPT chuyên Lê Hồng Phong phối hợp với Bệnh viện Nguyễn Tri Phương khám cho học sinh."
    assert {"Trường THPT chuyên Lê Hồng Phong", "Bệnh viện Nguyễn Tri Phương"} <= _orgs(para)
    assert not _people(para)


def test_a_brand_in_brackets_after_a_bodys_full_name_is_that_body_not_a_person() -> None:
    para = ("Hiệp hội Doanh nghiệp châu Âu tại Việt Nam (EuroCham) và Ngân hàng Thương mại "
            "Sen Vàng (Lotusbank) ký thỏa thuận hợp tác.")
    assert {"EuroCham", "Lotusbank"} <= _orgs(para)
    assert not _people(para)


def test_an_investigating_police_body_is_named_with_its_force() -> None:
    para = "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương đã khởi tố vụ án."
    assert "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương" in _orgs(para)


@pytest.mark.parametrize("head", [
    '<meta http-equiv="refresh" content="0; url=https://baolangque.vn/tin-123.html">',
    '<script>window.location.href = "https://baolangque.vn/tin-123.html";</script>'])
def test_an_empty_redirect_page_names_where_it_sends_the_reader(tmp_path, head: str) -> None:
    page = tmp_path / "chuyen-huong.html"
    page.write_text(f"<html><head>{head}</head><body></body></html>", encoding="utf-8")
    with pytest.raises(ReadError, match="redirects to https://baolangque.vn/tin-123.html"):
        read_file(page)
