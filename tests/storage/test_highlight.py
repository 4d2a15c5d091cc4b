"""Match spans follow the search rules: accents optional unless typed, đ = d, the last word a prefix."""
from __future__ import annotations

from storage.highlight import marked_html, match_spans, snippet

TITLE = "Đường sắt Bắc – Nam và đường bộ cao tốc được bàn tại hội nghị"


def words_at(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_unaccented_words_find_every_accented_form_and_accented_ones_stay_exact():
    assert words_at(TITLE, match_spans(TITLE, "duong")) == ["Đường", "đường"]
    assert words_at(TITLE, match_spans(TITLE, "bàn")) == ["bàn"]
    assert match_spans(TITLE, "bán") == []
    assert words_at(TITLE, match_spans(TITLE, "hoi ngh", prefix_last=True)) == ["hội", "nghị"]
    assert words_at(TITLE, match_spans(TITLE, "hoi ngh")) == ["hội"]  # a whole word unless typing


def test_excluded_words_are_not_marked_and_html_is_escaped():
    assert words_at(TITLE, match_spans(TITLE, "cao -tốc")) == ["cao"]
    assert marked_html("a<b> tàu", [(5, 8)]) == "a&lt;b&gt; <b>tàu</b>"


def test_snippet_marks_matches_in_the_best_part():
    text = snippet("Tàu cá", "Ngư dân ra khơi sớm.", ["Con tàu cập cảng Quy Nhơn an toàn."], "cang quy nhon")
    assert "<b>cảng</b> <b>Quy</b> <b>Nhơn</b>" in text


def test_a_quoted_phrase_is_marked_only_where_its_words_stand_together():
    text = "Đồn biên phòng giữ biên giới; quốc giới và đường biên giới được cắm mốc. Biên, giới hạn."
    assert words_at(text, match_spans(text, '"bien gioi"')) == ["biên", "giới", "biên", "giới", "Biên", "giới"]
    assert words_at(text, match_spans(text, "bien gioi")) == ["biên", "biên", "giới", "giới", "biên", "giới",
                                                                "Biên", "giới"]  # bare words: each one
    assert words_at(text, match_spans(text, '"bien gioi" moc')) == ["biên", "giới", "biên", "giới", "mốc",
                                                                      "Biên", "giới"]
    assert words_at(text, match_spans(text, '"duong bien gi"', prefix_last=True)) == ["đường", "biên", "giới"]
    assert match_spans(text, '"gioi bien"') == []
