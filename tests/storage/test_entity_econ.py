"""Entity rules for business, finance and agency news (issue #8, the econ part of benchmarks/realtext), on sentences
written for these tests (real underthesea, no mocks): registered company names past their legal form, enterprise
units, acronyms introduced in brackets, departments and centres named with lowercase words, schools with numbers,
papers cited by name, brands glued by dashes."""
from __future__ import annotations

from storage.extraction.entities import extract_entities


def _names(text: str, kind: str) -> list[str]:
    return [e.name for e in extract_entities("", [text]) if e.kind == kind]


def test_a_company_name_spells_its_trade_in_lowercase_after_the_legal_form() -> None:
    text = "Đoàn kiểm tra làm việc với Công ty CP chăn nuôi Hồng Phát và Công ty TNHH cứu hộ - trục vớt Biển Xanh."
    assert _names(text, "organization") == ["Công ty CP chăn nuôi Hồng Phát", "Công ty TNHH cứu hộ - trục vớt Biển Xanh"]


def test_trade_abbreviations_after_the_legal_form_stay_in_the_name() -> None:
    text = "Lô hàng của Công ty TNHH XNK nông sản Tân Lộc bị trả về."
    assert _names(text, "organization") == ["Công ty TNHH XNK nông sản Tân Lộc"]


def test_a_legal_form_without_a_name_is_no_company() -> None:
    text = "Một công ty TNHH đã ký hợp đồng với Bộ Tài chính, nhưng Công ty CP vẫn chưa trả nợ."
    assert _names(text, "organization") == ["Bộ Tài chính"]


def test_enterprise_units_and_the_short_company_head() -> None:
    text = "Xí nghiệp Đông lạnh Phú Lợi - Công ty CP Hải sản Nam Hà và Cty TNHH Vận tải - Du lịch Hòa Bình đều bị nhắc."
    orgs = _names(text, "organization")
    assert orgs == ["Xí nghiệp Đông lạnh Phú Lợi", "Công ty CP Hải sản Nam Hà", "Cty TNHH Vận tải - Du lịch Hòa Bình"]


def test_a_title_abbreviation_is_no_body() -> None:
    text = "Bà Lê Thị Hoa, GĐ Công ty Thành Công, cho biết thêm."
    assert _names(text, "organization") == ["Công ty Thành Công"]


def test_an_unknown_acronym_used_again_is_listed_beside_the_spelled_out_name() -> None:
    text = "Mạng lưới Bảo vệ Rừng Ngập Mặn (MBRM) họp hôm qua. Theo MBRM, diện tích rừng đã giảm."
    orgs = _names(text, "organization")
    assert "MBRM" in orgs and any(o.startswith("Mạng lưới") or o.startswith("Bảo vệ") for o in orgs) or orgs == ["MBRM"]
    once = "Hiệp hội Thủy sản Cà Mau (HTCM) vừa họp."
    assert _names(once, "organization") == ["Hiệp hội Thủy sản Cà Mau"]


def test_a_known_acronym_stays_with_its_spelled_out_name() -> None:
    text = "Liên minh châu Âu (EU) nhập khẩu nhiều hơn. Năm nay EU mua thêm cà phê."
    assert _names(text, "organization") == ["Liên minh châu Âu"]


def test_departments_and_institutes_named_with_compound_lowercase_nouns() -> None:
    text = "Viện Nghiên cứu thương mại điện tử cho biết, Cục Phòng chống buôn lậu thuộc Bộ Công Thương sẽ phối hợp."
    orgs = _names(text, "organization")
    assert orgs == ["Viện Nghiên cứu thương mại điện tử", "Cục Phòng chống buôn lậu", "Bộ Công Thương"]


def test_a_centre_before_the_body_it_belongs_to_after_a_dash() -> None:
    text = "Trung tâm Tin học ứng dụng - Trường ĐH Bách khoa Đà Nẵng được giao nhiệm vụ."
    orgs = _names(text, "organization")
    assert orgs[0] == "Trung tâm Tin học ứng dụng" and orgs[1].startswith("Trường ĐH Bách khoa")


def test_long_fields_joined_by_va_before_a_dash() -> None:
    text = "Cục Kiểm định chất lượng giống cây trồng và vật nuôi - Bộ Nông nghiệp vừa công bố danh sách."
    assert _names(text, "organization")[0] == "Cục Kiểm định chất lượng giống cây trồng và vật nuôi"


def test_a_centre_names_its_trade_in_lowercase_before_its_own_name() -> None:
    assert _names("Học viên của Trung tâm đào tạo lái xe Phú Thịnh phản ánh.", "organization") == \
        ["Trung tâm đào tạo lái xe Phú Thịnh"]


def test_schools_close_on_their_number_and_keep_their_field_and_city() -> None:
    text = ("Trường Cao đẳng Xây dựng II, Trường CĐ Nghề số 4 và Trường Trung cấp dạy nghề khu vực Tây Nguyên "
            "cùng ký với Trường Đại học Kinh tế thành phố Hồ Chí Minh.")
    assert _names(text, "organization") == ["Trường Cao đẳng Xây dựng II", "Trường CĐ Nghề số 4",
                                            "Trường Trung cấp dạy nghề khu vực Tây Nguyên",
                                            "Trường Đại học Kinh tế thành phố Hồ Chí Minh"]


def test_a_firms_board_gives_way_to_the_firm() -> None:
    text = "Ông Trần Văn Lộc từng ngồi trong Hội đồng sáng lập Ngân hàng Phương Đông."
    assert _names(text, "organization") == ["Ngân hàng Phương Đông"]


def test_an_event_word_inside_a_firms_trade_name() -> None:
    text = "Sự kiện do Công ty Dịch vụ Triển lãm Hà Thành tổ chức."
    assert _names(text, "organization") == ["Công ty Dịch vụ Triển lãm Hà Thành"]


def test_a_paper_cited_by_name() -> None:
    assert _names("Theo Tuổi Trẻ, giá điện sẽ tăng vào tháng tới.", "organization") == ["Tuổi Trẻ"]
    assert _names("Trao đổi với Thanh Niên, bà Hà cho biết thêm.", "organization") == ["Thanh Niên"]
    assert _names("Anh sống theo thanh niên, vui vẻ.", "organization") == []


def test_capitals_glued_by_dashes_spell_a_brand() -> None:
    assert _names("Hãng quảng bá mì SAO-LA-MI và nước mắm Phú Quốc.", "organization") == []


def test_a_four_syllable_name_closing_on_a_countrys_syllable() -> None:
    assert _names("Ông Lê Hoàng Minh Đức, đại diện nhà tài trợ, phát biểu.", "person") == ["Lê Hoàng Minh Đức"]


def test_a_foreign_office_holder_after_his_country_and_a_dash() -> None:
    text = "Bộ trưởng Thương mại Lào - Khemmani Pholsena cắt băng khánh thành."
    assert _names(text, "person") == ["Khemmani Pholsena"] and _names(text, "location") == ["Lào"]


def test_thế_giới_in_lowercase_inside_a_body_name() -> None:
    assert _names("Đoàn làm việc với Tổ chức Du lịch thế giới.", "organization") == ["Tổ chức Du lịch thế giới"]


def test_a_firms_number_closes_its_name_but_a_count_does_not() -> None:
    text = "Công ty CP Sông Hồng 12 và Công ty Phú Thành 3 đã ký; Công ty Hòa Bình 2 năm qua lỗ nặng."
    assert _names(text, "organization") == ["Công ty CP Sông Hồng 12", "Công ty Phú Thành 3", "Công ty Hòa Bình"]
