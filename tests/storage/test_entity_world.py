"""Entity rules for defence, border, sea and foreign news (issue #8, the world part of benchmarks/realtext),
on sentences written for these tests (real underthesea, no mocks): border checkpoints, transliterated
countries, a country before a foreign name, appositions after a place, ship prefixes, papers and parties."""
from __future__ import annotations

from storage.extraction.entities import extract_entities


def _names(text: str, kind: str) -> list[str]:
    return [e.name for e in extract_entities("", [text]) if e.kind == kind]


def test_a_name_after_a_lowercase_border_checkpoint_is_a_place() -> None:
    text = "Xe tải chở hàng qua cửa khẩu quốc tế Pò Lèng rồi về cửa khẩu Nà Vân của tỉnh."
    assert _names(text, "location") == ["Pò Lèng", "Nà Vân"]
    assert _names(text, "person") == []


def test_transliterated_countries_and_capitals_are_places_as_written() -> None:
    text = "Ngoại trưởng Xy-ri V.Ha-đa gặp người đồng cấp I-ran tại Mát-xcơ-va rồi bay sang Bây-rút."
    assert _names(text, "location") == ["Xy-ri", "I-ran", "Mát-xcơ-va", "Bây-rút"]
    assert _names(text, "person") == ["V.Ha-đa"]


def test_a_short_country_name_before_a_foreign_name_is_the_country() -> None:
    text = "Bộ trưởng Lê Minh Khang hội đàm với người đồng cấp Úc Nathan Corbett và Nhật Kenji Hamada."
    people = _names(text, "person")
    assert "Nathan Corbett" in people and "Kenji Hamada" in people
    assert not any(p.startswith(("Úc", "Nhật")) for p in people)
    text = "Thủ tướng Ba Lan hội đàm với người đồng cấp Đức O.Sôn-xơ."
    assert "O.Sôn-xơ" in _names(text, "person")


def test_a_person_named_after_a_place_and_a_comma_is_no_place() -> None:
    text = "Đại sứ Anh tại Kenya, Michael Barrow, đã rời thủ đô hôm qua."
    assert _names(text, "person") == ["Michael Barrow"]
    assert "Michael Barrow" not in _names(text, "location")


def test_korean_names_with_a_short_capitalised_second_part_stay_whole() -> None:
    assert _names("Thứ trưởng Ngoại giao Hàn Quốc Park Jin-Se cho biết như vậy.", "person") == ["Park Jin-Se"]


def test_two_places_joined_by_a_hyphen_are_both_named() -> None:
    assert _names("Đàm phán về tuyến biên giới Ấn Độ-Pakistan lại bế tắc.", "location") == \
        ["Ấn Độ", "Pakistan"]


def test_a_ship_prefix_opens_a_ships_name_not_a_place() -> None:
    text = "Tàu khu trục USS Nevada Arizona cập cảng sáng nay."
    assert _names(text, "location") == []


def test_the_ocean_written_in_lowercase_is_no_province() -> None:
    assert _names("Các đảo quốc ở Thái Bình dương nhận viện trợ.", "location") == ["Thái Bình Dương"]


def test_a_measure_after_duong_is_no_road() -> None:
    assert _names("Mặt đường 5,5m được thảm nhựa lại.", "location") == []


def test_papers_named_after_a_capitalised_noun_or_ending_in_bao() -> None:
    text = "Báo Gazette of Bombay dẫn lời một quan chức. Theo tờ Tinh Đảo nhật báo, vụ việc chưa rõ."
    assert _names(text, "organization") == ["Gazette of Bombay", "Tinh Đảo nhật báo"]


def test_a_party_after_lowercase_dang_is_an_organisation() -> None:
    text = "Bài viết đăng trên báo của đảng Lao động Anh tuần trước."
    assert "đảng Lao động Anh" in _names(text, "organization")


def test_a_supreme_court_keeps_its_lowercase_qualifier() -> None:
    assert _names("Viện KSND tối cao vừa hoàn tất cáo trạng.", "organization") == ["Viện KSND tối cao"]


def test_the_dprk_official_name_is_listed_as_written() -> None:
    assert _names("Phái đoàn CHDCND Triều Tiên tới thăm.", "location") == ["CHDCND Triều Tiên"]


def test_hmong_family_names_open_a_persons_name() -> None:
    assert _names("Bị can Giàng A Sử khai đã mua hàng bên kia biên giới.", "person") == ["Giàng A Sử"]
