"""The learned headline ranker: its features, its bundled weights, and what it picks on whole pages."""
from __future__ import annotations

from storage.extraction.cleaning import clean_lines, page_lines
from storage.extraction.noise import section_coverage
from storage.extraction.title_model import FEATURE_NAMES, line_features, load_weights, page_view, rank_title

HEADLINE = "Hợp tác xã miền núi đưa mật ong bạc hà ra thị trường châu Âu"
SAPO = ("Sau ba năm chuẩn hóa quy trình, hợp tác xã ở vùng cao đã có lô mật ong bạc hà đầu tiên đạt tiêu chuẩn "
        "xuất khẩu sang thị trường châu Âu.")
BODY = ("Mật ong được thu hoạch vào mùa hoa bạc hà nở rộ trên các sườn núi đá, khi những đàn ong được nuôi "
        "theo hướng hữu cơ, không dùng kháng sinh.")
BODY2 = ("Các thành viên hợp tác xã cho biết giá bán mật ong bạc hà cao gấp đôi so với trước, giúp nhiều gia đình "
         "có thêm thu nhập ổn định trong năm.")
SLOGAN = "Tiếng nói của nhà nông trên mọi miền đất nước"
BANNER = "Kinh tế - Xã hội"
DATE_BAR = "Thứ ba, 14/5/2024, 08:15 (GMT+7)"


def page(*lines: str) -> tuple[list[str], list[str | None]]:
    return page_lines(list(lines))


def test_bundled_weights_match_the_features() -> None:
    weights = load_weights()
    assert len(weights) == len(FEATURE_NAMES)
    assert any(w != 0 for w in weights)


def test_a_site_slogan_and_a_section_banner_are_not_the_headline() -> None:
    lines, noise = page(SLOGAN, "Trang chủ", BANNER, DATE_BAR, HEADLINE, SAPO, BODY, BODY2)
    assert lines[rank_title(lines, noise)] == HEADLINE


def test_a_ticker_of_other_headlines_above_the_article_is_passed_over() -> None:
    ticker = ["Giá xăng giảm lần thứ ba liên tiếp trong tháng này", "Khánh thành cây cầu mới nối hai bờ sông lớn",
              "Mưa lớn kéo dài ở các tỉnh miền Trung trong tuần tới"]
    lines, noise = page(*ticker, BANNER, HEADLINE, DATE_BAR, SAPO, BODY, BODY2)
    assert lines[rank_title(lines, noise)] == HEADLINE


def test_the_headline_announces_its_article() -> None:
    lines, noise = page(BANNER, HEADLINE, DATE_BAR, SAPO, BODY)
    view = page_view(lines, noise)
    at = dict(zip(FEATURE_NAMES, line_features(view, lines.index(HEADLINE))))
    assert at["overlap_after"] > 0.5  # "hợp tác xã", "mật ong", "bạc hà", "châu Âu" come back in the sapo
    assert at["date_after"] == 1.0 and at["prose_next"] == 1.0
    banner = dict(zip(FEATURE_NAMES, line_features(view, 0)))
    assert banner["section_words"] == 1.0 and banner["overlap_after"] < at["overlap_after"]


def test_clean_lines_starts_the_body_under_the_ranked_headline() -> None:
    cleaned = clean_lines([SLOGAN, BANNER, DATE_BAR, HEADLINE, SAPO, BODY, BODY2])
    assert cleaned.title == HEADLINE
    assert [b.text for b in cleaned.blocks if b.role == "body"] == [SAPO, BODY, BODY2]


def test_section_coverage() -> None:
    assert section_coverage("Quốc phòng - An ninh") == 1.0
    assert section_coverage("Văn hóa - Văn nghệ") == 0.5
    assert section_coverage(HEADLINE) < 0.2


def test_the_shortcut_picks_what_scoring_every_line_picks() -> None:
    from storage.extraction.title_model import is_candidate, score_line
    pages = [(SLOGAN, "Trang chủ", BANNER, DATE_BAR, HEADLINE, SAPO, BODY, BODY2),
             (BANNER, HEADLINE, DATE_BAR, SAPO, BODY, "Tin liên quan", "Chợ phiên vùng cao đông vui ngày cuối tuần")]
    weights = load_weights()
    for raw in pages:
        lines, noise = page(*raw)
        view = page_view(lines, noise)
        scored = [(score_line(view, i, weights), -i) for i in range(len(lines)) if is_candidate(view, i)]
        assert rank_title(lines, noise) == -max(scored)[1]


def test_folded_words_are_the_words_of_the_casefolded_line() -> None:
    """The shortcut holds for every character: a one-to-one casefold that changes a character's class for
    WORD_RE is listed in CLASS_CHANGING_FOLDS (else the words of the folded line must be recomputed)."""
    import re
    import sys

    from storage.extraction.linefeatures import words
    from storage.extraction.title_model import CLASS_CHANGING_FOLDS, folded_words

    word_char = re.compile(r"[^\W_]|[.'’]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = char.casefold()
        if len(folded) == 1 and bool(word_char.match(char)) != bool(word_char.match(folded)) \
                or len(folded) == 1 and (char in ".'’") != (folded in ".'’"):
            assert CLASS_CHANGING_FOLDS.match(char), hex(code)
    for line in (HEADLINE, DATE_BAR, "Đường ĐT.741 qua TP.HCM", "Straße İstanbul ΣΊΣΥΦΟΣ", "Y.Yun nói: ‘được’",
                 "ᾳ\u0345Ι", "ﬁnal ǅ ß"):
        assert folded_words(line) == words(line.casefold())


def test_under_a_list_header_is_the_nearest_header_prose_or_date_bar_above() -> None:
    import random

    from storage.extraction.title_model import _listed

    def walked_up(noise, prose, dated, i):  # the definition, line by line
        for j in range(i - 1, -1, -1):
            if noise[j] == "related-header":
                return True
            if prose[j] or dated[j]:
                return False
        return False

    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(0, 30)
        noise = [rng.choice([None, None, "related-header", "menu"]) for _ in range(n)]
        prose = [rng.random() < 0.3 for _ in range(n)]
        dated = [rng.random() < 0.1 for _ in range(n)]
        assert _listed(noise, prose, dated) == [walked_up(noise, prose, dated, i) for i in range(n)]



def test_the_bounds_pick_what_scoring_every_line_picks_on_shuffled_pages() -> None:
    """rank_title reads a line's context (and its overlap) only while the line can still win: on pages of
    headlines, teasers, banners, date bars and prose in any order it picks what scoring every candidate picks."""
    import random

    from storage.extraction.title_model import _above_short_pick, is_candidate, score_line

    pool = [SLOGAN, "Trang chủ", BANNER, DATE_BAR, HEADLINE, SAPO, BODY, BODY2, "Tin liên quan",
            "Chợ phiên vùng cao đông vui ngày cuối tuần", "Chợ phiên vùng cao đông vui ngày cuối tuần",
            "Người dân bản Sà Phìn mang mật ong, măng khô và vải thổ cẩm xuống chợ từ sáng sớm...",
            "Mật ong bạc hà", "Giá mật ong tăng mạnh", "Thứ tư, 15/5/2024 - 09:30",
            "Bà Lò Thị Mai, chủ nhiệm hợp tác xã, nói mật ong năm nay được mùa nhờ thời tiết thuận lợi."]
    weights = load_weights()
    rng = random.Random(14)
    for _ in range(300):
        lines, noise = page(*rng.sample(pool, rng.randint(2, len(pool))))
        view = page_view(lines, noise)
        scored = [(score_line(view, i, weights), -i) for i in range(len(lines)) if is_candidate(view, i)]
        expected = _above_short_pick(view, -max(scored)[1]) if scored else None
        assert rank_title(lines, noise) == expected


def test_a_line_printed_over_a_longer_headline_is_marked_so() -> None:
    kicker = "Mùa thu hoạch"  # a kicker in words no section list holds, then a date bar, then the headline
    question = "Vì sao mật ong bạc hà của hợp tác xã miền núi được châu Âu đặt mua ngày càng nhiều?"
    lines, noise = page("Trang chủ", kicker, DATE_BAR, question, SAPO, BODY, BODY2)
    view = page_view(lines, noise)
    at = FEATURE_NAMES.index("headline_below")
    assert line_features(view, lines.index(kicker))[at] == 1.0
    assert line_features(view, lines.index(question))[at] == 0.0
    assert line_features(view, lines.index(SAPO))[at] == 0.0
    assert lines[rank_title(lines, noise)] == question


def test_the_cheap_features_are_the_line_features_of_their_names() -> None:
    """rank_title's bound reads cheap_features in place of line_features: the same values, name by name."""
    import random

    from storage.extraction.title_model import CHEAP_NAMES, cheap_features

    pool = [SLOGAN, "Trang chủ", BANNER, DATE_BAR, HEADLINE, SAPO, BODY, BODY2, "Tin liên quan", "Mật ong bạc hà",
            "Chợ phiên vùng cao đông vui ngày cuối tuần...", "GIÁ MẬT ONG TĂNG MẠNH", "mật ong rừng ở đâu ngon?"]
    rng = random.Random(12)
    for _ in range(100):
        lines, noise = page(*rng.choices(pool, k=rng.randint(1, 12)))
        view = page_view(lines, noise)
        for i in range(len(lines)):
            named = dict(zip(FEATURE_NAMES, line_features(view, i)))
            assert cheap_features(view, i) == [named[name] for name in CHEAP_NAMES]
