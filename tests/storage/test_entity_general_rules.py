"""General entity rules of issue #8 step 4, on sentences written for these tests (real underthesea, no mocks):
numbered roads and hamlets, ampersand abbreviations, given names that are also head or title words,
Arabic articles inside names, family names that are also feature nouns."""
from __future__ import annotations

from storage.extraction.entities import extract_entities
from storage.extraction.entities.tokens import tokenize


def _names(text: str, kind: str) -> list[str]:
    return [e.name for e in extract_entities("", [text]) if e.kind == kind]


def test_numbered_roads_are_places_as_written() -> None:
    places = _names("Xe tải đi từ QL2B sang Quốc lộ 6, rẽ vào tỉnh lộ 312 rồi QL 9 và đường số 4.", "location")
    assert places == ["QL2B", "Quốc lộ 6", "tỉnh lộ 312", "QL 9", "đường số 4"]


def test_bare_road_word_needs_the_number_to_end_the_phrase() -> None:
    assert _names("Họ mở rộng đường 3 làn ở ngoại ô.", "location") == []
    assert _names("Dự án nâng cấp đường 9.", "location") == ["đường 9"]


def test_numbered_hamlet_keeps_its_noun() -> None:
    assert _names("Ông sống ở thôn 7, xã Tân Lập.", "location") == ["thôn 7", "Tân Lập"]


def test_ampersand_abbreviation_is_one_token_and_one_body() -> None:
    assert [t.text for t in tokenize("Bộ NN&PTNT họp")] == ["Bộ", "NN&PTNT", "họp"]
    assert "Bộ NN&PTNT" in _names("Hôm qua Bộ NN&PTNT công bố kế hoạch.", "organization")


def test_given_name_that_is_a_head_noun_stays_in_the_name() -> None:
    assert _names("Em Lê Văn Trường (9 tuổi) bị thương nhẹ.", "person") == ["Lê Văn Trường"]


def test_given_name_that_is_an_acting_prefix_stays_in_the_name() -> None:
    assert _names("Bà Đỗ Thị Quyền giữ chức Giám đốc.", "person") == ["Đỗ Thị Quyền"]
    assert _names("Quyền Bộ trưởng Trần Văn Khải phát biểu.", "person") == ["Trần Văn Khải"]


def test_arabic_article_is_part_of_the_family_name() -> None:
    assert _names("Ngoại trưởng Adel al-Jubeir đã tới.", "person") == ["Adel al-Jubeir"]


def test_family_name_that_is_a_feature_noun_before_a_middle_name_is_a_person() -> None:
    assert _names("Đại biểu Hồ Văn Năm phát biểu.", "person") == ["Hồ Văn Năm"]
    assert "Hồ Tây" in _names("Du khách dạo quanh Hồ Tây.", "location")


def test_trade_head_runs_through_its_lowercase_trade_to_the_country() -> None:
    assert "Liên đoàn quần vợt Nhật Bản" in _names("Liên đoàn quần vợt Nhật Bản vừa công bố lịch.", "organization")
    assert "Hãng thông tấn Lào" in _names("Hãng thông tấn Lào đưa tin hôm qua.", "organization")


def test_place_followed_by_hoc_is_a_field_of_study_inside_the_name() -> None:
    ents = extract_entities("", ["Viện Nhật Bản học tổ chức tọa đàm."])
    assert [(e.name, e.kind) for e in ents] == [("Viện Nhật Bản học", "organization")]


def test_self_named_body_does_not_run_on_through_the_sentence() -> None:
    orgs = _names("Quốc hội yêu cầu Ngân hàng Nhà nước (NHNN) báo cáo.", "organization")
    assert orgs[:2] == ["Quốc hội", "Ngân hàng Nhà nước"]


def test_national_body_takes_no_province_but_a_branch_does() -> None:
    assert _names("Một đại biểu Quốc hội tỉnh Nghệ An phát biểu.", "organization") == ["Quốc hội"]
    assert _names("Bộ đội Biên phòng tỉnh Nghệ An tuần tra.", "organization") == ["Bộ đội Biên phòng tỉnh Nghệ An"]


def test_country_name_opening_a_local_name_is_not_the_country() -> None:
    ents = extract_entities("", ["UBND huyện Đức Cơ họp sáng nay."])
    assert ("UBND huyện Đức Cơ", "organization") in [(e.name, e.kind) for e in ents]
    assert "Đức" not in [e.name for e in ents]


def test_abbreviation_before_a_province_is_the_local_branch_but_not_before_a_country() -> None:
    assert "BĐBP Cà Mau" in _names("Đại tá Lê Văn Tư, Chỉ huy trưởng BĐBP Cà Mau, cho biết.", "organization")
    ents = [(e.name, e.kind) for e in extract_entities("", ["Dự án do JICA Nhật Bản tài trợ."])]
    assert ("JICA", "organization") in ents and ("Nhật Bản", "location") in ents


def test_industry_word_ends_a_foreign_firm_not_a_person() -> None:
    ents = [(e.name, e.kind) for e in extract_entities("", ["Hợp đồng được ký với Asia Pacific Shipping tuần trước."])]
    assert ents == [("Asia Pacific Shipping", "organization")]


def test_ampersand_inside_a_company_trade_name() -> None:
    assert _names("Công ty Black & Decker mở nhà máy.", "organization") == ["Công ty Black & Decker"]


def test_initials_read_as_a_title_open_a_foreign_firm() -> None:
    assert "LS Cable & System" in _names("Dự án do LS Cable & System thực hiện.", "organization")


def test_department_named_after_a_world_region() -> None:
    assert "Vụ Đông Âu" in _names("Ông là Vụ trưởng Vụ Đông Âu, Bộ Ngoại giao.", "organization")


def test_management_board_named_by_what_it_manages() -> None:
    assert _names("Ban Quản lý vịnh Hạ Long cho biết.", "organization") == ["Ban Quản lý vịnh Hạ Long"]
    assert _names("Ban Quản lý dự án đã ký với nhà thầu.", "organization") == ["Ban Quản lý"]


def test_news_network_word_before_a_foreign_name() -> None:
    assert _names("Mạng tin Sunbeam cho biết hôm qua.", "organization") == ["Sunbeam"]


def test_official_state_names_are_listed_as_written_apart_from_the_country() -> None:
    places = _names("Việt Nam xưa mang tên Việt Nam Dân chủ Cộng hòa, nay là CHXHCN Việt Nam.", "location")
    assert places == ["Việt Nam", "Việt Nam Dân chủ Cộng hòa", "CHXHCN Việt Nam"]


def test_vn_alone_is_the_country_as_written() -> None:
    ents = [(e.name, e.kind) for e in extract_entities("", ["Cà phê VN được ưa chuộng ở Đức."])]
    assert ("VN", "location") in ents and not any(k == "organization" for _, k in ents)


def test_four_syllable_name_ending_in_a_country_syllable() -> None:
    assert _names("Chị Lê Thị Hồng Nga phát biểu.", "person") == ["Lê Thị Hồng Nga"]


def test_family_name_after_an_arabic_article_joins_the_full_name() -> None:
    people = _names("Ngoại trưởng Adel al-Jubeir đến. Ông Jubeir cho biết thêm.", "person")
    assert people == ["Adel al-Jubeir"]


def test_newspaper_word_ends_a_foreign_title() -> None:
    assert _names("Theo The Daily Telegraph, cuộc họp bị hoãn.", "organization") == ["The Daily Telegraph"]


def test_named_helicopter_or_contest_is_no_person() -> None:
    assert _names("Trực thăng được gọi là trực thăng Sea Dragon.", "person") == []
    assert _names("Cuộc thi Robo Star thu hút nhiều đội.", "person") == []


def test_movement_is_a_head_noun() -> None:
    assert "Phong trào Hamas" in _names("Phong trào Hamas ra tuyên bố.", "organization")


def test_registered_company_name_spells_out_its_trade_after_the_legal_form() -> None:
    orgs = _names("Công ty TNHH sản xuất và phân phối thiết bị Minh Khang bị phạt.", "organization")
    assert orgs == ["Công ty TNHH sản xuất và phân phối thiết bị Minh Khang"]


def test_descriptive_trade_words_without_a_legal_form_stay_outside() -> None:
    assert _names("Ông làm cho công ty hóa chất Daeyang Chem.", "organization") != [
        "công ty hóa chất Daeyang Chem"]


def test_verb_after_a_trade_name_is_not_part_of_it() -> None:
    orgs = _names("Khách hàng của Công ty Minh Long linh cảm có chuyện.", "organization")
    assert orgs == ["Công ty Minh Long"]


def test_bare_generic_agency_abbreviations_and_academic_titles_are_no_bodies() -> None:
    text = "Lực lượng CSGT phối hợp với UBND các xã; GS-TS Lê Văn Hải cho biết TAND đã thụ lý."
    assert _names(text, "organization") == []
    assert _names("UBND tỉnh Bắc Kạn họp.", "organization") == ["UBND tỉnh Bắc Kạn"]


def test_trade_words_may_end_in_a_verb_of_trade() -> None:
    orgs = _names("Công ty TNHH thương mại và sản xuất Hòa An nộp thuế.", "organization")
    assert orgs == ["Công ty TNHH thương mại và sản xuất Hòa An"]


def test_known_country_spelled_with_other_spacing_or_marks() -> None:
    ents = [(e.name, e.kind) for e in extract_entities("", ["Lao động Việt Nam tại Ả-rập Xê-út được ân xá."])]
    assert ("Ả-rập Xê-út", "location") in ents and not any(k == "person" for _, k in ents)
    assert "Ô-xtrây-li-a" in _names("Đoàn công tác sang Ô-xtrây-li-a tuần này.", "location")


def test_foreign_street_and_district_of_an_address_are_places() -> None:
    places = _names("Văn phòng đặt tại 12 Corniche Road, Al-Khobar District, Dammam.", "location")
    assert "Corniche Road" in places and "Al-Khobar District" in places


def test_names_listed_after_a_street_noun_are_streets() -> None:
    ents = extract_entities("", ["Tối qua, các ngả đường như Lê Lợi, Bà Triệu và Quang Trung đều kẹt xe."])
    assert [(e.name, e.kind) for e in ents] == [("Lê Lợi", "location"), ("Bà Triệu", "location"),
                                                 ("Quang Trung", "location")]
    assert _names("Ông Lê Văn Hai đi đường tắt như mọi ngày.", "person") == ["Lê Văn Hai"]


def test_place_with_a_glued_admin_prefix_is_named_without_it() -> None:
    assert _names("Cháy nhà ở P.Tân Định, Q.Bình Thạnh tối qua.", "location") == ["Tân Định", "Bình Thạnh"]
    assert _names("Anh ấy thuê trọ ở Q.7 gần chợ.", "location") == ["Q.7"]  # a numbered district keeps it


def test_admin_abbreviation_with_a_spaced_dot_opens_a_place_after_a_preposition() -> None:
    assert _names("Chợ đông nhất ở TP. Sầm Sơn vào cuối tuần.", "location") == ["Sầm Sơn"]
    assert _names("Hồ sơ nộp tại Sở Tư pháp TP. Qua kiểm tra, không sai sót.", "location") == []


def test_body_of_a_provincial_party_committee_runs_to_its_province() -> None:
    assert _names("Hôm qua, Ban Thường vụ Tỉnh ủy Quảng Trị đã họp.", "organization") == \
        ["Ban Thường vụ Tỉnh ủy Quảng Trị"]
    assert _names("Bộ Chỉ huy Quân sự tỉnh đã diễn tập.", "organization") == ["Bộ Chỉ huy Quân sự tỉnh"]


def test_school_named_after_a_person_or_foreign_place_after_its_kind_keeps_the_name() -> None:
    ents = extract_entities("", ["Cậu bé học ở Trường Năng khiếu Lê Quý Đôn hai năm."])
    assert [(e.name, e.kind) for e in ents] == [("Trường Năng khiếu Lê Quý Đôn", "organization")]
    assert "Đại học Sư phạm Kano" in _names("Bà từng dạy ở Đại học Sư phạm Kano.", "organization")
    ents = extract_entities("", ["Giám đốc Bệnh viện Nhi Trung ương Lê Văn Bình cho biết."])
    assert ("Lê Văn Bình", "person") in [(e.name, e.kind) for e in ents]  # under a title the person follows


def test_full_name_after_a_firm_named_by_its_noun_is_its_head() -> None:
    ents = extract_entities("", ["Ông quen Chủ tịch tập đoàn Hưng Thịnh Trần Văn Hòa từ lâu."])
    # the firm keeps its lowercase head, as the real-page and realtext biz labels write it ("tập đoàn X")
    assert [(e.name, e.kind) for e in ents] == [("tập đoàn Hưng Thịnh", "organization"), ("Trần Văn Hòa", "person")]


def test_initials_with_dots_stay_in_the_name() -> None:
    assert _names("Theo tiến sĩ J.R. Okafor, ca bệnh này hiếm gặp.", "person") == ["J.R. Okafor"]


def test_chamber_of_a_high_court_is_named_with_its_court_and_seat() -> None:
    assert _names("Tòa Hình sự TAND Tối cao tại Đà Nẵng đã mở phiên xử.", "organization") == \
        ["Tòa Hình sự TAND Tối cao tại Đà Nẵng"]
    assert _names("Đại sứ quán Việt Nam tại Nhật Bản đã họp.", "organization") == ["Đại sứ quán Việt Nam"]


def test_unknown_names_in_a_list_of_places_are_places() -> None:
    assert _names("Bị cáo Lê Thị Hoa (25 tuổi, Ea Súp, Đắk Lắk) lĩnh án.", "location") == ["Ea Súp", "Đắk Lắk"]
    assert _names("Mưa lớn ở xã Tân Lập, Đồng Tâm, Yên Bình… gây ngập.", "location") == \
        ["Tân Lập", "Đồng Tâm", "Yên Bình"]
    assert _names("Ở Hà Nội, Nguyễn Văn An, Trần Văn Bình cùng dự.", "person") == ["Nguyễn Văn An", "Trần Văn Bình"]


def test_name_of_an_ethnic_group_is_no_person_anywhere_in_the_article() -> None:
    ents = extract_entities("", ["Chàng trai Hà Nhì ấy tên là Lò Văn Sáng.", "Anh là người dân tộc Hà Nhì."])
    assert [(e.name, e.kind) for e in ents] == [("Lò Văn Sáng", "person")]


def test_local_youth_union_branch_is_named_by_its_place() -> None:
    ents = extract_entities("", ["Chị là Phó Bí thư Huyện đoàn Mường Lát từ năm ngoái."])
    assert [(e.name, e.kind) for e in ents] == [("Huyện đoàn Mường Lát", "organization")]


def test_hospital_of_a_kind_in_lowercase_runs_to_its_province() -> None:
    assert _names("Cháu bé được đưa vào Bệnh viện đa khoa tỉnh Hà Giang cấp cứu.", "organization") == \
        ["Bệnh viện đa khoa tỉnh Hà Giang"]
    assert _names("Bệnh viện nằm ở tỉnh Hà Giang.", "organization") == []


def test_lowercase_hospital_of_a_kind_before_a_foreign_name_is_one_body() -> None:
    ents = extract_entities("", ["Cậu bé được bệnh viện phẫu thuật thẩm mỹ Kangnam đồng ý điều trị."])
    assert [(e.name, e.kind) for e in ents] == [("Bệnh viện phẫu thuật thẩm mỹ Kangnam", "organization")]
    assert _names("Bệnh viện cũng cho Kim biết kết quả.", "organization") == []


def test_firm_named_again_without_its_noun_is_the_firm() -> None:
    ents = extract_entities("", ["Ông quen tập đoàn Hưng Thịnh từ lâu.",
                                 "Sau đó Hưng Thịnh trúng thầu và Chủ tịch Hưng Thịnh được khen."])
    # named with its lowercase head first, then bare: two forms, as the real-page labels list them
    assert [(e.name, e.kind) for e in ents] == [("tập đoàn Hưng Thịnh", "organization"), ("Hưng Thịnh", "organization")]


def test_board_named_in_lowercase_by_what_it_manages_runs_to_its_province() -> None:
    assert _names("Ông từng là Giám đốc Ban quản lý dự án Lạng Sơn.", "organization") == \
        ["Ban quản lý dự án Lạng Sơn"]
    assert _names("Ban quản lý đã đến Lạng Sơn.", "organization") == []


def test_trial_panel_abbreviation_is_no_body() -> None:
    assert _names("Sau khi nghị án, HĐXX tuyên bị cáo 5 năm tù.", "organization") == []


def test_standing_committee_without_its_owner_is_no_body() -> None:
    assert _names("Tại cuộc họp Ban Thường vụ, ông Lê Văn Bình phát biểu.", "organization") == []
    assert _names("Ban Chấp hành Trung ương đã họp.", "organization") == ["Ban Chấp hành Trung ương"]


def test_local_name_ending_in_a_country_syllable_is_the_local_place() -> None:
    assert _names("Gia đình anh sống ở Thủ Đức nhiều năm.", "location") == ["Thủ Đức"]
    assert _names("Anh Minh sang Đức học.", "location") == ["Đức"]


def test_department_named_by_what_it_manages_in_lowercase_nouns() -> None:
    assert _names("Theo Cục Quản lý an toàn thực phẩm, mẫu thử đạt chuẩn.", "organization") == \
        ["Cục Quản lý an toàn thực phẩm"]
    assert _names("Ban Quản lý kiểm tra công trình.", "organization") == ["Ban Quản lý"]
