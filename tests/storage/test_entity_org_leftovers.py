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
