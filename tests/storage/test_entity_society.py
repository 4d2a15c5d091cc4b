"""Entity rules for police, court, health, school, provincial and sport news (issue #8, the society part of
benchmarks/realtext), on sentences written for these tests (real underthesea, no mocks): police units and
departments, schools, addresses, people named with an age, counted communes, clubs."""
from __future__ import annotations

from storage.extraction.entities import extract_entities


def _names(text: str, kind: str) -> list[str]:
    return [e.name for e in extract_entities("", [text]) if e.kind == kind]


def test_police_units_named_by_level_initials_take_their_district() -> None:
    text = "Giải bóng bàn có các đội CAQ Thanh Xuân, CAH Sóc Sơn và CATX Phú Thọ tham dự."
    assert _names(text, "organization") == ["CAQ Thanh Xuân", "CAH Sóc Sơn", "CATX Phú Thọ"]
    assert _names(text, "person") == []


def test_police_department_codes_are_organisations() -> None:
    text = "Lực lượng PC45 và PA 83 Công an tỉnh Hà Tĩnh phối hợp kiểm tra; xe chạy thêm PC 45 km nữa."
    orgs = _names(text, "organization")
    assert "PC45" in orgs and "PA 83" in orgs and "Công an tỉnh Hà Tĩnh" in orgs
    assert "PC" not in orgs


def test_a_house_number_after_where_someone_lives_gives_a_street() -> None:
    text = "Bị can Lê Văn Tú, trú 12 Phan Đình Phùng, Tân An (Hội An), hiện ở 27/4 Trần Quang Khải, Q. Gò Vấp."
    assert _names(text, "person") == ["Lê Văn Tú"]
    places = _names(text, "location")
    for place in ("Phan Đình Phùng", "Tân An", "Hội An", "Trần Quang Khải", "Gò Vấp"):
        assert place in places


def test_a_one_syllable_country_after_ong_alone_is_a_given_name() -> None:
    text = "Ông Đức kể lại sự việc với Đại sứ Đức tại Hà Nội."
    assert "Đức" in _names(text, "person")
    assert "Đức" in _names(text, "location")


def test_a_mountain_district_and_the_regions_of_viet_nam() -> None:
    text = "Mưa lớn ở huyện miền núi Kỳ Sơn, vùng Việt Bắc và các tỉnh Tây Nam bộ."
    assert _names(text, "location") == ["Kỳ Sơn", "Việt Bắc", "Tây Nam bộ"]


def test_medals_organisers_and_games_in_capitals_are_no_bodies() -> None:
    text = "Đoàn giành 3 HCV, 2 HCB và 1 HCĐ tại SEA Games; BTC giải khen ngợi; giải Đài Loan (TQ) mở rộng."
    assert _names(text, "organization") == []
    assert "TQ" in _names(text, "location")


def test_police_branches_are_named_by_their_fields() -> None:
    text = ("Theo Cục Cảnh sát giao thông đường bộ-đường sắt, Phòng An ninh chính trị nội bộ và "
            "Lực lượng Cục Cảnh sát môi trường đã vào cuộc.")
    assert _names(text, "organization") == ["Cục Cảnh sát giao thông đường bộ-đường sắt",
                                             "Phòng An ninh chính trị nội bộ", "Cục Cảnh sát môi trường"]


def test_a_department_with_a_lowercase_head_is_an_organisation() -> None:
    text = "Trên cơ sở Quy chế thi, sở Y tế tỉnh Quảng Bình và phòng Cảnh sát hình sự đã làm việc."
    orgs = [o.casefold() for o in _names(text, "organization")]
    assert "sở y tế tỉnh quảng bình" in orgs and "phòng cảnh sát hình sự" in orgs
    assert not any(o.startswith("sở quy") for o in orgs)


def test_schools_are_named_by_level_and_whole_proper_name() -> None:
    text = ("Học sinh trường THPT Trần Phú, Trường Trung cấp Việt Pháp và Trường Cao đẳng Đông Á TP Đà Nẵng "
            "dự thi.")
    orgs = [o.casefold() for o in _names(text, "organization")]
    assert orgs == ["trường thpt trần phú", "trường trung cấp việt pháp", "trường cao đẳng đông á tp đà nẵng"]
    assert _names(text, "person") == []


def test_an_age_or_a_birth_year_after_a_vietnamese_name_makes_a_person() -> None:
    text = "Tài xế Y Bình Niê, SN 1985, và Trường Văn Lộc (31 tuổi) bị tạm giữ; chị Hoa (Ba Tơ, 40 tuổi) báo tin."
    people = _names(text, "person")
    assert "Y Bình Niê" in people and "Trường Văn Lộc" in people
    assert "Ba Tơ" not in people
    assert _names(text, "organization") == []


def test_communes_counted_before_a_list_are_places() -> None:
    text = "Mưa đá làm hư hại nhà ở 4 xã của huyện Mộ Đức gồm: Đức Lân, Đức Phong, Đức Hiệp và Đức Thạnh."
    assert _names(text, "location") == ["Mộ Đức", "Đức Lân", "Đức Phong", "Đức Hiệp", "Đức Thạnh"]


def test_a_milestone_is_no_place() -> None:
    assert _names("Vụ va chạm xảy ra tại Km 215+300 Quốc lộ 14.", "location") == ["Quốc lộ 14"]


def test_spaced_initials_and_a_brand_close_a_bodys_name() -> None:
    text = "Theo Bộ VH - TT, lớp học của Viện Đào tạo Kaizen (Hà Nội) không có phép."
    orgs = _names(text, "organization")
    assert "Bộ VH - TT" in orgs and "Viện Đào tạo Kaizen" in orgs


def test_clubs_named_by_sponsor_and_place() -> None:
    text = "CLB Hà Nội T&T hòa Vissai Ninh Bình, còn BV Nguyễn Tri Phương nhận cầu thủ bị thương."
    orgs = _names(text, "organization")
    assert "CLB Hà Nội T&T" in orgs and "Vissai Ninh Bình" in orgs and "BV Nguyễn Tri Phương" in orgs
    assert "Ninh Bình" not in _names(text, "location")


def test_a_second_office_after_kiem_is_no_part_of_the_body() -> None:
    text = "Ông Trần Văn Hòa, Phó Chánh Văn phòng kiêm người phát ngôn Sở Y tế tỉnh Hà Tĩnh, cho biết như vậy."
    assert _names(text, "organization") == ["Sở Y tế tỉnh Hà Tĩnh"]


def test_stands_statues_and_single_letters_name_no_body() -> None:
    text = "Trên khán đài B có nhiều cổ động viên; đội xếp thứ nhì bảng C, gần tượng đài Trần Hưng Đạo."
    assert _names(text, "organization") == []
    assert _names(text, "person") == []


def test_a_person_named_right_after_a_school_or_a_police_unit_is_apart() -> None:
    text = "Hiệu trưởng Trường THPT Lê Lợi Nguyễn Văn An và Đội trưởng CAH Sóc Sơn Trần Văn Bình dự lễ."
    assert _names(text, "organization") == ["Trường THPT Lê Lợi", "CAH Sóc Sơn"]
    assert _names(text, "person") == ["Nguyễn Văn An", "Trần Văn Bình"]
