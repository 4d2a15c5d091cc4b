"""Organisation rules for business and market news (issue #8, the biz part of benchmarks/realtext), on
sentences written for these tests (real underthesea, no mocks): registered company names that spell out
their trade, stock codes, funds and listed firms, photo credits, local subsidiaries, business terms."""
from __future__ import annotations

from storage.extraction.entities import extract_entities


def _names(text: str, kind: str) -> list[str]:
    return [e.name for e in extract_entities("", [text]) if e.kind == kind]


def _orgs(text: str) -> list[str]:
    return _names(text, "organization")


def test_trade_words_after_a_capitalised_trade_word_stay_in_the_company_name() -> None:
    assert _orgs("Năm ngoái, Công ty CP Cơ điện lạnh (mã RXE) báo lãi lớn.") == ["Công ty CP Cơ điện lạnh"]
    assert _orgs("Hợp đồng giao cho Công ty Dịch vụ hàng hải (MSC) thực hiện.") == ["Công ty Dịch vụ hàng hải"]
    assert _orgs("Khảo sát do Công ty Nghiên cứu thị trường ABX tiến hành.") == \
        ["Công ty Nghiên cứu thị trường ABX"]


def test_a_number_closes_a_trade_name_but_a_count_does_not() -> None:
    assert _orgs("Cổ đông của Công ty Cổ phần Tư vấn thiết kế điện 4 (mã TD4) họp sáng nay.") == \
        ["Công ty Cổ phần Tư vấn thiết kế điện 4"]
    assert _orgs("Công ty Dịch vụ vận tải 3 năm liền thua lỗ.") == ["Công ty Dịch vụ"]


def test_a_sentence_verb_after_the_trade_word_is_not_part_of_the_name() -> None:
    assert not any("báo" in name for name in _orgs("Năm ngoái Công ty CP Cơ điện lạnh báo lãi lớn."))
    assert _orgs("Khi Công ty Quản lý nợ đi vào hoạt động, thị trường sẽ khác.") == ["Công ty Quản lý"]
    assert _orgs("Sau đó Công ty Hoàng Phát nợ đối tác 5 tỷ đồng.") == ["Công ty Hoàng Phát"]


def test_two_trades_joined_by_va_are_one_firm() -> None:
    assert _orgs("Cổ phiếu của Công ty CP Đầu tư và Thương mại Tân Long giảm nhẹ.") == \
        ["Công ty CP Đầu tư và Thương mại Tân Long"]


def test_lowercase_trade_before_a_vietnamese_name_without_legal_form() -> None:
    assert _orgs("Công ty gạch Đồng Tâm Phát đã nộp đơn phá sản.") == ["Công ty gạch Đồng Tâm Phát"]


def test_a_company_name_ends_with_its_province_which_is_a_place() -> None:
    text = "Công ty TNHH MTV Cấp thoát nước đô thị tỉnh Gia Lai vừa ký hợp đồng."
    assert _orgs(text) == ["Công ty TNHH MTV Cấp thoát nước đô thị tỉnh Gia Lai"]
    assert _names(text, "location") == ["Gia Lai"]


def test_stock_codes_are_no_organisations_wherever_used() -> None:
    text = "Công ty Cổ phần Xây lắp Hưng Thịnh (mã HTX) công bố lãi quý I. HTX dự kiến chia cổ tức 10%."
    assert _orgs(text) == ["Công ty Cổ phần Xây lắp Hưng Thịnh"]
    assert _orgs("Cổ phiếu KDX giảm sàn, trong khi MBX (Ngân hàng Quân Đội) tăng 300 đồng.") == \
        ["Ngân hàng Quân Đội"]
    assert _orgs("Công ty Cổ phần Thủy sản Cà Mau (mã CMX-HOSE) báo lỗ.") == ["Công ty Cổ phần Thủy sản Cà Mau"]


def test_a_three_letter_body_outside_a_market_context_stays() -> None:
    assert "UEFA" in _orgs("Theo UEFA, trận đấu sẽ diễn ra đúng lịch.")


def test_quarter_codes_and_business_terms_are_no_organisations() -> None:
    assert _orgs("Trong Q2.2014 doanh thu tăng mạnh, ĐHCĐ đã thông qua kế hoạch M&A.") == []


def test_a_firms_own_boards_are_no_organisations() -> None:
    assert _orgs("Đại hội bầu bổ sung thành viên Ban Kiểm soát và Hội đồng thành viên.") == []


def test_an_unknown_abbreviation_in_a_photo_credit_is_no_organisation() -> None:
    assert _orgs("Biểu đồ chỉ số tuần qua - Nguồn ảnh: KVS.") == []


def test_a_fund_is_a_firm_not_a_person() -> None:
    text = "Quỹ đầu tư Harlow Becker góp vốn vào chuỗi bán lẻ. Harlow Becker sẽ cử người vào hội đồng."
    assert _orgs(text) == ["Harlow Becker"]
    assert _names(text, "person") == []


def test_firms_listed_after_bao_gom_far_from_their_class_noun() -> None:
    text = "Ngân hàng hợp tác với các công ty chuyển tiền quốc tế có tiếng bao gồm Swift Pay, Remitly và Wirex."
    assert {"Swift Pay", "Remitly", "Wirex"} <= set(_orgs(text))
    assert _names(text, "person") == []


def test_initials_and_ampersand_with_spaces_are_one_ministry() -> None:
    assert "Bộ VH & TT" in _orgs("Đề án được Bộ VH & TT phê duyệt.")


def test_va_before_a_bank_brand_or_a_document_ends_the_name() -> None:
    assert _orgs("Ông là cổ đông của Ngân hàng SCX và Kovabank (KVB).")[:2] == ["Ngân hàng SCX", "Kovabank"]
    assert _orgs("Theo chỉ đạo của Ngân hàng Nhà nước và Nghị quyết 11 của Chính phủ.") == \
        ["Ngân hàng Nhà nước", "Chính phủ"]


def test_a_local_subsidiary_named_short_keeps_its_country() -> None:
    text = "Công ty TNHH KLM Việt Nam mở rộng nhà máy. Năm nay KLM Việt Nam tuyển thêm 500 lao động."
    assert _orgs(text) == ["Công ty TNHH KLM Việt Nam", "KLM Việt Nam"]
    # without the spelled-out firm, initials before the country stay apart
    assert "KLM Việt Nam" not in _orgs("Năm nay KLM Việt Nam tuyển thêm 500 lao động.")


def test_a_bank_is_named_by_all_its_capitalised_words() -> None:
    orgs = _orgs("Ngân hàng TMCP Công Thương Việt Nam và Ngân hàng Đông Nam Á Hải Phòng vừa ký hợp tác.")
    assert "Ngân hàng TMCP Công Thương Việt Nam" in orgs and "Ngân hàng Đông Nam Á Hải Phòng" in orgs


def test_a_banks_name_takes_no_trade_words_after_it() -> None:
    orgs = _orgs("Theo Ngân hàng Kiến Thiết hướng dẫn mới, khách hàng phải xác thực khuôn mặt.")
    assert "Ngân hàng Kiến Thiết" in orgs


def test_trade_words_closed_by_a_province_may_end_on_a_verb() -> None:
    orgs = _orgs("Công ty TNHH Sứ xây dựng Yên Bái được giao thêm 20 ha đất.")
    assert "Công ty TNHH Sứ xây dựng Yên Bái" in orgs


def test_after_a_title_a_firms_vietnamese_name_is_whole_and_the_person_follows() -> None:
    text = "Giám đốc Công ty Quang Thái Nguyễn Văn Bình cho biết sản lượng tăng."
    assert "Công ty Quang Thái" in _orgs(text) and _names(text, "person") == ["Nguyễn Văn Bình"]
    text = "Phó Giám đốc Công ty Quang Thái cho biết sản lượng tăng."
    assert "Công ty Quang Thái" in _orgs(text) and not _names(text, "person")


def test_two_syllable_nouns_before_the_sentences_verb_end_the_trade_name() -> None:
    assert _orgs("Khi Công ty Mua bán nợ xấu đi vào hoạt động, ngân hàng sẽ nhẹ gánh.") == ["Công ty Mua bán"]
    assert _orgs("Khi Công ty Mua bán tài sản đi vào hoạt động, ngân hàng sẽ nhẹ gánh.") == \
        ["Công ty Mua bán tài sản"]


def test_a_firms_short_name_after_a_dash_is_apart() -> None:
    orgs = _orgs("Theo Công ty Cổ phần Chứng khoán Hưng Thịnh – HTSC, chỉ số sẽ tăng.")
    assert "Công ty Cổ phần Chứng khoán Hưng Thịnh" in orgs
    assert _orgs("Công ty Thép Hòa Bình - Phú Mỹ khởi công nhà máy.") == ["Công ty Thép Hòa Bình - Phú Mỹ"]
