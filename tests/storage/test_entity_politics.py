"""Entity rules for Party and State news (issue #8, the politics part of benchmarks/realtext), on sentences written
for these tests (real underthesea, no mocks): the Party's central level abbreviated, central boards, missions with
their seat, local bodies after "TP.", unit numbers, awards and office holders after a body's name, place names that
open with a country's syllable, offices in personnel lists."""
from __future__ import annotations

from storage.extraction.entities import extract_entities


def _names(text: str, kind: str) -> list[str]:
    return [e.name for e in extract_entities("", [text]) if e.kind == kind]


def test_the_central_level_abbreviated_belongs_to_the_body() -> None:
    text = "Đồng chí Lê Văn Khải, Bí thư T.Ư Đảng, Trưởng Ban Dân vận T.Ư, và Phó Trưởng Ban Kinh tế TW đã dự."
    assert _names(text, "organization") == ["T.Ư Đảng", "Ban Dân vận T.Ư", "Ban Kinh tế TW"]
    assert _names(text, "person") == ["Lê Văn Khải"]


def test_a_central_board_is_named_by_its_task_up_to_trung_uong() -> None:
    text = "Trưởng Ban Chỉ đạo cải cách hành chính Trung ương nhấn mạnh yêu cầu; Ban Tuyên giáo đề nghị Trung ương xem xét."
    orgs = _names(text, "organization")
    assert orgs[0] == "Ban Chỉ đạo cải cách hành chính Trung ương"
    assert "Ban Tuyên giáo" in orgs and not any(o.startswith("Ban Tuyên giáo đề") for o in orgs)


def test_a_representative_office_is_named_without_its_seat() -> None:
    text = "Ông Vông Xay, Trưởng Cơ quan đại diện Bộ Quốc phòng Lào tại Việt Nam, cảm ơn Bộ trưởng Lê Văn Hà."
    assert "Cơ quan đại diện Bộ Quốc phòng Lào" in _names(text, "organization")
    assert "Lê Văn Hà" in _names(text, "person")


def test_a_national_mass_organisation_written_in_lowercase_words() -> None:
    text = "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam tiếp đoàn Hội Nông dân Việt Nam."
    orgs = _names(text, "organization")
    assert "Liên hiệp các tổ chức hữu nghị Việt Nam" in orgs and "Hội Nông dân Việt Nam" in orgs


def test_a_city_after_tp_with_a_space_closes_the_local_body() -> None:
    text = "Đại diện UBND TP. Đà Nẵng dự họp ở Sở Nội vụ TP. Qua đó, hai bên thống nhất."
    orgs = _names(text, "organization")
    assert "UBND TP. Đà Nẵng" in orgs
    assert not any("Qua" in o for o in orgs)


def test_roman_unit_numbers_and_cells_and_unions() -> None:
    text = "Tổng cục Hậu cần II, Chi bộ Vụ Tổ chức và Công đoàn Giao thông Việt Nam nhận cờ."
    orgs = _names(text, "organization")
    for org in ("Tổng cục Hậu cần II", "Chi bộ Vụ Tổ chức", "Công đoàn Giao thông Việt Nam"):
        assert org in orgs


def test_an_award_and_an_office_holder_end_a_body_name() -> None:
    text = "Bộ trưởng thay mặt Bộ Tư pháp Huy hiệu cao quý; Thứ trưởng Bộ Y tế Đỗ Thị Mai phát biểu."
    assert _names(text, "organization") == ["Bộ Tư pháp", "Bộ Y tế"]
    assert _names(text, "person") == ["Đỗ Thị Mai"]


def test_a_place_name_opening_with_a_country_syllable_after_a_place_word() -> None:
    text = "Lễ kỷ niệm thành lập huyện Anh Sơn, xã Mỹ Hòa diễn ra tối qua ở Nghệ An."
    assert _names(text, "location") == ["Anh Sơn", "Mỹ Hòa", "Nghệ An"]


def test_a_country_opening_a_common_word_is_no_place() -> None:
    text = "Các ban Kinh tế - Ngân sách, Pháp chế của HĐND tỉnh báo cáo; đoàn sang Pháp công tác."
    assert _names(text, "location") == ["Pháp"]


def test_personnel_lists_with_offices_and_given_names_glued_to_verbs() -> None:
    text = ("Các ông Trịnh Văn Lộc và Nguyễn Ngọc Toàn bị khiển trách; Đại tá Vũ Văn Tám - Trưởng CAQ Hà Đông; "
            "Chánh Văn phòng Đoàn ĐBQH tỉnh Thái Bình phát biểu.")
    people = _names(text, "person")
    assert people == ["Trịnh Văn Lộc", "Nguyễn Ngọc Toàn", "Vũ Văn Tám"]
    orgs = _names(text, "organization")
    assert "CAQ Hà Đông" in orgs


def test_ho_chi_minh_in_a_movement_or_campaign_is_no_lake() -> None:
    text = "Học tập tư tưởng, đạo đức Hồ Chí Minh; Chiến dịch Hồ Chí Minh; đoàn tới thành phố Hồ Chí Minh."
    assert _names(text, "location") == ["Hồ Chí Minh"]
    assert _names(text, "person") == []


def test_another_partys_central_committee_is_named_whole() -> None:
    text = "Đồng chí Bun Nhăng, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, gặp Ủy viên Trung ương Đảng Lê Văn Bình."
    orgs = _names(text, "organization")
    assert "Trung ương Đảng Nhân dân Cách mạng Lào" in orgs and "Trung ương Đảng" in orgs
    assert "Lê Văn Bình" in _names(text, "person")
