"""Organisation names on sentences written for these tests: full official names, company trade
names, committees of the National Assembly, and codes that name no organisation."""
from __future__ import annotations

from storage.extraction.entities import extract_entities


def _orgs(*paras: str) -> set[str]:
    return {e.name for e in extract_entities("Tin ngắn", list(paras)) if e.kind == "organization"}


def _kinds(*paras: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in extract_entities("Tin ngắn", list(paras)):
        out.setdefault(e.kind, set()).add(e.name)
    return out


def test_a_ministrys_full_name_is_not_cut_at_a_lowercase_word() -> None:
    orgs = _orgs("Sáng nay, đại diện Bộ Giao thông vận tải và Bộ Nông nghiệp và Phát triển nông thôn đã ký kết.")
    assert orgs == {"Bộ Giao thông vận tải", "Bộ Nông nghiệp và Phát triển nông thôn"}


def test_a_long_department_name_from_the_table_is_kept_whole() -> None:
    name = "Tổng cục Cảnh sát quản lý hành chính về trật tự an toàn xã hội"
    assert _orgs(f"Hôm qua, {name} đã gửi công văn tới các địa phương.") == {name}


def test_a_committee_of_the_national_assembly_keeps_its_official_name() -> None:
    assert _orgs("Bà Lan, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội, trả lời phóng viên.") == {
        "Ủy ban Kinh tế của Quốc hội"}
    assert "Hội đồng Dân tộc của Quốc hội" in _orgs("Hội đồng Dân tộc của Quốc hội họp phiên thứ ba.")


def test_of_parliament_does_not_join_another_bodys_name() -> None:
    orgs = _orgs("Ủy ban Kinh tế của Quốc hội Lào tiếp đoàn.")
    assert "Ủy ban Kinh tế của Quốc hội" not in orgs


def test_a_company_keeps_every_capitalised_word_of_its_trade_name() -> None:
    kinds = _kinds("Công ty CP Đức Minh và Công ty TNHH Hoàng Long cùng trúng thầu gói số 3.")
    assert kinds["organization"] == {"Công ty CP Đức Minh", "Công ty TNHH Hoàng Long"}
    assert "Đức" not in kinds.get("location", set()) and "person" not in kinds


def test_a_company_name_stops_at_another_body() -> None:
    orgs = _orgs("Công ty Sao Mai thuộc Bộ Quốc phòng vừa nhận bằng khen.")
    assert orgs == {"Công ty Sao Mai", "Bộ Quốc phòng"}


def test_weapon_and_model_codes_are_no_organisations() -> None:
    paras = ["Chiến hạm mang pháo AK-176, súng máy M60, tên lửa K12 và xe bọc thép B40.",
             "Các nước G20 họp tại Ấn Độ."]
    orgs = _orgs(*paras)
    assert not {"AK-176", "M60", "K12", "B40"} & orgs
    assert "G20" in orgs


def test_customs_of_a_country_is_an_organisation() -> None:
    kinds = _kinds("Đoàn Hải quan Campuchia đã sang thăm và làm việc.")
    assert "Hải quan Campuchia" in kinds["organization"] and "Campuchia" in kinds["location"]


def test_a_parent_body_in_brackets_is_not_an_alias() -> None:
    orgs = _orgs("Cục Viễn thông (Bộ Thông tin và Truyền thông) vừa ra thông báo.")
    assert {"Cục Viễn thông", "Bộ Thông tin và Truyền thông"} <= orgs


def test_lowercase_words_lead_to_a_place_the_tables_lack() -> None:
    kinds = _kinds("Hôm qua, Trung tâm Phát triển cụm công nghiệp huyện Bình Lâm đã bàn giao mặt bằng.")
    assert kinds["organization"] == {"Trung tâm Phát triển cụm công nghiệp huyện Bình Lâm"}


def test_a_dash_before_another_head_noun_separates_a_body_from_its_parent() -> None:
    assert _orgs("Học viện Hậu cần - Bộ Quốc phòng tổ chức lễ khai giảng.") == {"Học viện Hậu cần", "Bộ Quốc phòng"}
    assert _orgs("Tập đoàn Công nghiệp - Viễn thông Quân đội có lãi.") == {"Tập đoàn Công nghiệp - Viễn thông Quân đội"}


def test_a_department_named_for_what_it_fights() -> None:
    assert _orgs("Cục Cảnh sát chống khủng bố đã vào cuộc.") == {"Cục Cảnh sát chống khủng bố"}


def test_a_term_spelled_out_in_lowercase_is_no_organisation() -> None:
    paras = ["Doanh nghiệp được giảm thuế thu nhập doanh nghiệp (TNDN) và chỉ số giá tiêu dùng (CPI) tăng nhẹ."]
    assert not {"TNDN", "CPI"} & _orgs(*paras)
    assert "NCSC" in _orgs("Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã cảnh báo.") | {
        e.aliases[0] for e in extract_entities("Tin", ["Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã cảnh báo."])
        if e.kind == "organization" and e.aliases}


def test_courts_and_procuracies_take_their_place_glued_or_not() -> None:
    orgs = _orgs("TAND TP.Cần Thơ tuyên án, VKSND tỉnh Bắc Ninh kháng nghị, UBND Q.3 được thông báo.")
    assert orgs == {"TAND TP.Cần Thơ", "VKSND tỉnh Bắc Ninh", "UBND Q.3"}


def test_a_committee_of_parliament_before_its_chairs_name() -> None:
    kinds = _kinds("Chủ nhiệm Ủy ban Kinh tế của Quốc hội Trần Văn Bình phát biểu.")
    assert "Ủy ban Kinh tế của Quốc hội" in kinds["organization"] and "Trần Văn Bình" in kinds["person"]


def test_a_known_body_inside_a_laws_name_is_not_named() -> None:
    assert "Hạm đội Nam Hải" not in _orgs("Quốc hội thông qua Luật Hạm đội Nam Hải năm nay.")


def test_a_university_abbreviated_after_its_head_noun_keeps_a_foreign_name() -> None:
    assert "Trường ĐH Hanyang" in _orgs("Đoàn sinh viên Trường ĐH Hanyang đã tới thăm Hà Nội.")


def test_a_committee_named_later_without_of_parliament_is_the_same_body() -> None:
    ents = [e for e in extract_entities("Tin", ["Theo Ủy ban Kinh tế của Quốc hội, tăng trưởng khá.",
                                                "Ủy ban Kinh tế đề nghị Chính phủ báo cáo thêm."]) if e.kind == "organization"]
    names = {e.name for e in ents}
    assert "Ủy ban Kinh tế của Quốc hội" in names and "Ủy ban Kinh tế" not in names


def test_a_known_committee_name_takes_of_parliament_and_merges_with_its_short_form() -> None:
    ents = [e for e in extract_entities("Tin", ["Theo Ủy ban Tài chính-Ngân sách của Quốc hội, nợ công tăng.",
                                                "Ủy ban Tài chính-Ngân sách đề nghị giảm bội chi."]) if e.kind == "organization"]
    assert [e.name for e in ents] == ["Ủy ban Tài chính-Ngân sách của Quốc hội"]


def test_a_department_named_by_one_capitalised_word() -> None:
    kinds = _kinds("Ông Hải, Cục trưởng Cục Thuế, cho biết Tổng cục Hải quan đã phối hợp.")
    assert {"Cục Thuế", "Tổng cục Hải quan"} <= kinds["organization"] and "Thuế" not in kinds.get("person", set())


def test_a_bilateral_body_named_by_lowercase_words_after_its_head() -> None:
    assert "Hội hữu nghị và hợp tác Việt Nam - Lào" in _orgs("Hội hữu nghị và hợp tác Việt Nam - Lào tổ chức gặp mặt.")
    assert not _orgs("Hội mạnh Việt Nam thắng trận.")


def test_a_known_name_written_with_a_lowercase_word() -> None:
    assert _orgs("Ông Lâm, Ủy viên thường trực Ủy ban Tài chính ngân sách, phát biểu.") == {"Ủy ban Tài chính ngân sách"}


def test_a_highland_name_with_an_apostrophe_is_one_word() -> None:
    kinds = _kinds("Ông Y Bình, Chủ tịch UBND xã Ia H’lốp, đã tới huyện Đắk R’Lấp.")
    assert "UBND xã Ia H’lốp" in kinds["organization"]
    assert "Đắk R’Lấp" in kinds["location"]


def test_abbreviated_terms_are_no_organisations_anywhere_in_the_article() -> None:
    paras = ["Đoàn kiểm tra công tác phòng cháy, chữa cháy (PC,CC) và cải cách hành chính (CCHC) ở phường.",
             "Công tác CCHC và PC,CC được đánh giá cao."]
    assert not {"PC", "CC", "CCHC"} & _orgs(*paras)


def test_common_press_abbreviations_for_terms_are_no_organisations() -> None:
    assert not _orgs("Nhiều DN và DNNN đã nộp thuế TNDN; ĐB Hùng đề nghị xây dựng đơn vị VMTD.")


def test_after_a_title_a_short_company_name_opened_by_capitals_is_kept() -> None:
    kinds = _kinds("Ông Minh bị lãnh đạo Công ty HT Pharma khiếu nại.")
    assert "Công ty HT Pharma" in kinds["organization"]
    kinds = _kinds("Tổng Giám đốc Tập đoàn Boeing Kelly Ortberg tới thăm.")
    assert "Tập đoàn Boeing" in kinds["organization"] and "Kelly Ortberg" in kinds["person"]


def test_a_government_named_by_its_country_after_the_prime_ministers_title() -> None:
    kinds = _kinds("Dự án là sáng kiến của Thủ tướng Chính phủ Hoàng gia Thái Lan với Thủ tướng Chính phủ "
                   "Việt Nam Phạm Văn An về hợp tác nông nghiệp.")
    assert {"Chính phủ Hoàng gia Thái Lan", "Chính phủ Việt Nam"} <= kinds["organization"]
    assert kinds["person"] == {"Phạm Văn An"}
    assert "organization" not in _kinds("Thủ tướng Chính phủ Phạm Văn An dự lễ khánh thành.")


def test_the_party_central_committee_in_a_title_and_as_a_seat() -> None:
    assert _orgs("Trung tướng Lê Văn Bình, Ủy viên Trung ương Đảng, Tư lệnh Quân khu 9 phát biểu.") \
        == {"Trung ương Đảng", "Quân khu 9"}
    assert _orgs("Chiều 3/4, tại Trụ sở Trung ương Đảng, đoàn đại biểu đã được đón tiếp.") == {"Trung ương Đảng"}


def test_a_long_known_name_written_with_lowercase_inner_words() -> None:
    assert "Hãng Thông tấn Trung ương Triều Tiên" in _orgs(
        "Hãng thông tấn trung ương Triều Tiên ngày 2/6 đưa tin về chuyến thị sát.")


def test_schools_named_after_people_and_places() -> None:
    orgs = _orgs("Phụ huynh Trường tiểu học Lê Văn Tám và Trường THCS Kim Đồng (quận 3) đã họp với "
                 "Trường Mầm non Hoa Sen về lịch đón trẻ.")
    assert orgs == {"Trường tiểu học Lê Văn Tám", "Trường THCS Kim Đồng", "Trường Mầm non Hoa Sen"}


def test_foreign_firms_by_their_suffix_and_after_a_trade() -> None:
    kinds = _kinds("Nhà máy lọc hóa dầu Kochi Refinery and Petrochemicals tạm dừng, còn công ty hóa dầu "
                   "Daesan NCC giảm sản lượng; dữ liệu lưu trên Amazon Web Services.")
    assert {"Kochi Refinery and Petrochemicals", "Daesan NCC", "Amazon Web Services"} <= kinds["organization"]
    assert "person" not in kinds


def test_a_university_after_a_lowercase_head_and_a_firm_named_after_a_comparison() -> None:
    assert _orgs("Giáo sư Park Ji-hoon ở đại học Yonsei (Hàn Quốc) nhận định.") == {"Đại học Yonsei"}
    # "khác như" are no trade words of the firm's name; the firm is named by itself
    assert _orgs("Hãng này phải đua với những công ty khác như Dunmore and Keats.") == {"Dunmore and Keats"}


def test_firms_listed_after_their_class_noun() -> None:
    assert _orgs("Những doanh nghiệp như Kobravo, Nittel và Sarunda đã mở nhà máy ở Bắc Giang.") == {
        "Kobravo", "Nittel", "Sarunda"}
    assert _orgs("Khách hàng như Jenny Tran vẫn quay lại cửa hàng.") == set()


def test_lowercase_hospital_and_school_heads_name_the_institution() -> None:
    kinds = _kinds("Cháu bé được chuyển lên bệnh viện Hoàng Minh Tuệ, còn anh trai học ở trường Đinh Văn Khang.")
    assert kinds["organization"] == {"Bệnh viện Hoàng Minh Tuệ", "Trường Đinh Văn Khang"}
    assert "person" not in kinds
    assert _orgs("Giá hàng vào thị trường Mỹ tăng; lễ diễn ra ở quảng trường Ba Đình.") == set()
    assert _orgs("Em đỗ vào trường Hà Nội - Amsterdam.") == {"Trường Hà Nội - Amsterdam"}


def test_un_agencies_spelled_out_and_coordinated() -> None:
    orgs = _orgs("Quỹ Nhi đồng Liên hợp quốc và Chương trình Phát triển Liên hợp quốc cùng tài trợ.")
    assert orgs == {"Quỹ Nhi đồng Liên hợp quốc", "Chương trình Phát triển Liên hợp quốc"}
    assert _orgs("Vụ việc được tòa án nhân dân tối cao xem xét.") == {"tòa án nhân dân tối cao"}


def test_a_trade_name_may_begin_with_tan_which_opens_a_title_only_before_one() -> None:
    assert _orgs("Ba đơn vị sai phạm là Công ty Tân Á Châu, Công ty Sao Việt và Công ty Tân Phú.") == {
        "Công ty Tân Á Châu", "Công ty Sao Việt", "Công ty Tân Phú"}


def test_a_drafting_body_is_named_through_the_law_it_drafts() -> None:
    assert _orgs("Theo Ủy ban dự thảo sửa đổi Hiến pháp năm 1992, việc lấy ý kiến đã xong.") == {
        "Ủy ban dự thảo sửa đổi Hiến pháp năm 1992"}
    assert _orgs("Ban soạn thảo Luật Đất đai đã họp phiên thứ ba.") == {"Ban soạn thảo Luật Đất đai"}


def test_a_one_syllable_country_inside_a_vietnamese_name_is_no_place() -> None:
    kinds = _kinds("Khu công nghiệp Phú Mỹ 2 mở rộng; người dân TX Phú Mỹ và phường Mỹ Đình góp ý.")
    assert "Mỹ" not in kinds.get("location", set())
    assert "Phú Mỹ" in kinds["location"]
    assert "TX" not in kinds.get("organization", set())
    kinds = _kinds("Tổng thống Mỹ Joe Biden gặp Thủ tướng Đức tại Berlin.")
    assert {"Mỹ", "Đức", "Berlin"} <= kinds["location"]


def test_clubs_and_a_country_syllable_opening_a_common_word() -> None:
    kinds = _kinds("Hội Nông dân Việt Nam và Trung ương Đoàn ký kết; CLB Than Đá Quảng Ninh thắng Leeds Rovers.")
    assert "Trung Quốc" not in kinds.get("location", set())
    assert {"Hội Nông dân Việt Nam", "Trung ương Đoàn", "CLB Than Đá Quảng Ninh", "Leeds Rovers"} <= kinds["organization"]
