"""The learned body-end vote (storage/extraction/body_model.py): furniture worded as no rule knows it, kept under
an article's last paragraph by the rules, is voted out; an article's own short closing lines are kept.
The pages are written for these tests (our own words)."""
from __future__ import annotations

import pytest

from storage.extraction import body_model, extract
from storage.extraction.body_model import FEATURE_NAMES, line_features, load_model
from storage.extraction.cleaning import page_lines
from storage.extraction.noise import classify

from .page_texts import body_only, text_page

MENU = ["Trang chủ", "Kinh tế", "Nông nghiệp"]
TITLE = "Nông dân ven biển chuyển sang nuôi cá mú trong lồng bè công nghệ mới"
DATE = "05/03/2026 07:30"
SAPO = ("Sau ba vụ tôm thua lỗ, nhiều hộ nuôi ở xã ven biển đã chuyển sang nuôi cá mú trong lồng bè bằng nhựa, thu "
        "lãi gấp đôi so với trước.")
BODY = [
    "Ông Trần Văn Bảy, một hộ nuôi lâu năm, cho biết mỗi lồng bè nhựa thả được khoảng hai nghìn con cá giống, sau tám "
    "tháng có thể thu hoạch.",
    "Theo cán bộ khuyến nông của huyện, lồng bè nhựa chịu được sóng lớn hơn lồng gỗ và ít phải thay thế, nên chi phí "
    "mỗi vụ giảm đáng kể.",
    "Huyện dự kiến hỗ trợ vốn vay ưu đãi cho các hộ muốn chuyển đổi trong năm tới, ưu tiên những hộ đã tham gia tổ hợp "
    "tác nuôi trồng.",
]
AFTER = ["Tin liên quan", "Giá lúa tăng nhẹ đầu vụ", "Cơ quan chủ quản: Hội Nông dân tỉnh"]
# A newsletter box no rule of noise.py knows by its wording.
UNKNOWN_BOX = ["Nhận tin mới mỗi sáng qua hộp thư của bạn", "Đăng ký ngay", "Xem thêm các bài cùng tác giả"]


def _page(tail: list[str]) -> list[str]:
    return [*MENU, TITLE, DATE, SAPO, *BODY, *tail, *AFTER]


@pytest.fixture
def rules_alone(monkeypatch):
    monkeypatch.setattr(body_model, "load_model", lambda: ((), 0.0))


def test_the_table_matches_the_features():
    weights, threshold = load_model()
    assert len(weights) == len(FEATURE_NAMES)
    assert 0 < threshold < 1


def test_an_unknown_box_under_the_last_paragraph_is_voted_out():
    assert all(classify(line) is None for line in UNKNOWN_BOX)
    assert body_only(extract(text_page(_page(UNKNOWN_BOX))))[-1] == BODY[-1]


def test_the_rules_alone_keep_part_of_that_box(rules_alone):
    # what the vote is for: the rules end the body at the first widget they know
    assert body_only(extract(text_page(_page(UNKNOWN_BOX))))[-1] != BODY[-1]


@pytest.mark.parametrize("closing, signature", [
    ("Xin cảm ơn ông!", "Hải Yến (thực hiện)"),  # an interview's last question, then its credit
    ("Bà con mong mùa tới sẽ được giá hơn.", "Lê Thanh Tâm"),  # a short last sentence, then the writer
])
def test_a_short_closing_line_above_the_signature_stays(closing, signature):
    article = extract(text_page(_page([closing, signature, *UNKNOWN_BOX])))
    assert body_only(article)[-1] == closing
    assert article.author == signature.split(" (")[0]


def test_features_are_one_row_per_line_in_order():
    lines, noise = page_lines(_page(UNKNOWN_BOX))
    anchor = lines.index(BODY[-1])
    row = line_features(lines, noise, anchor + 1, anchor)
    assert len(row) == len(FEATURE_NAMES)
    named = dict(zip(FEATURE_NAMES, row))
    assert named["steps_after_anchor"] == pytest.approx(0.1)
    assert named["ends_sentence"] == 0.0 and named["prev_paragraph"] == 1.0
