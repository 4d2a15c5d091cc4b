"""Organisation leftovers of business news (issue #8): a volume read as a "Khối" body, a committee's name
running into the verb after it, one body written with both tone-mark conventions. Sentences written for these
tests (real underthesea, no mocks)."""
from __future__ import annotations

from storage.extraction.entities import extract_entities


def _orgs(*paragraphs: str) -> list[str]:
    return [e.name for e in extract_entities("", list(paragraphs)) if e.kind == "organization"]


def test_khoi_luong_is_a_volume_not_a_division() -> None:
    assert _orgs("Khối lượng giao dịch bình quân (ADTV) của Ngân hàng Á Châu tăng 5%.") == ["Ngân hàng Á Châu"]
    assert _orgs("Khối Liên minh châu Âu (EU) họp tại Brussels.") == ["Khối Liên minh châu Âu"]


def test_a_committee_name_stops_before_the_verb_of_expecting() -> None:
    assert _orgs("Lãnh đạo Ủy ban Chứng khoán kỳ vọng thị trường Thái Lan sẽ sôi động hơn.") == ["Ủy ban Chứng khoán"]
    assert _orgs("Ủy ban Kinh tế hy vọng thị trường Việt Nam sớm hồi phục.") == ["Ủy ban Kinh tế"]
    # lowercase words of a name that runs to its place are still the name's
    assert _orgs("Trung tâm dự báo khí tượng thủy văn tỉnh Nghệ An cảnh báo mưa lớn.") == \
        ["Trung tâm dự báo khí tượng thủy văn tỉnh Nghệ An"]


def test_one_body_under_both_tone_mark_conventions_is_one_organisation() -> None:
    ents = [e for e in extract_entities("", ["Ủy ban Thể thao thông báo lịch thi đấu.",
                                             "Sau đó Uỷ ban Thể thao bổ sung hai trận."]) if e.kind == "organization"]
    assert [(e.name, e.aliases) for e in ents] == [("Ủy ban Thể thao", ["Uỷ ban Thể thao"])]


def test_a_head_and_one_capitalised_word_closing_the_paragraph_are_read_without_error() -> None:
    assert _orgs("Đại diện Hội Nghề") == []
