"""Vietnamese-aware search over a real archive built from our own fixtures."""
from __future__ import annotations

import random

import pytest

from storage.archive import Archive
from storage.archive.records import Filters
from storage.folding import exact_form, fold, has_diacritics, normalize_tones
from storage.archive.backends import dialect_of
from storage.archive.search import match_expression

from . import vn_articles as fx


@pytest.fixture()
def archive(archive_location):
    with Archive.open(archive_location) as opened:
        opened.ids_by_title = {}
        for make in fx.ALL:
            article = make()
            opened.ids_by_title[make.__name__] = opened.add_article(article, raw=b"", file_name=make.__name__)
        yield opened


def found(archive: Archive, query: str) -> set[str]:
    by_id = {v: k for k, v in archive.ids_by_title.items()}
    return {by_id[hit.id] for hit in archive.search(query)}


def test_folding_functions():
    assert fold("Đường Quốc phòng") == "duong quoc phong"
    assert fold("Người Ưu Tú") == "nguoi uu tu"
    assert normalize_tones("hoà thuỷ khoẻ HOÀ") == "hòa thủy khỏe HÒA"
    assert normalize_tones("quý hoàng thuở") == "quý hoàng thuở"  # not oa/oe/uy at a syllable end
    assert normalize_tones("oà Quà quỳ, Oà") == "òa Quà quỳ, Òa"  # at the text's start; never after q
    assert exact_form("Thuỷ") == exact_form("thủy")
    assert has_diacritics("đi") and has_diacritics("bán") and not has_diacritics("ban")


def test_fold_maps_every_character_as_its_table_says():
    # fold translates through a list indexed by code point; the mapping is the dict table's, beyond it nothing
    import unicodedata
    from storage.folding import _FOLD

    text = "".join(chr(code) for code in range(0x20, 0x2100) if not 0xD800 <= code < 0xE000) + "😀 ǿ İ Ạ"
    assert fold(text) == unicodedata.normalize("NFC", text).translate(_FOLD).lower()
    assert fold("Ǿ ø") == "ǿ ø"  # a letter whose base is not ASCII keeps its mark


def test_unaccented_query_matches_accented_text(archive):
    assert found(archive, "quoc phong") == {"defence"}
    assert found(archive, "QUOC PHONG") == {"defence"}


def test_d_folds(archive):
    assert found(archive, "duong") == {"defence"}
    assert found(archive, "đường") == {"defence"}


def test_accented_word_stays_exact(archive):
    assert found(archive, "bán") == {"market"}
    assert found(archive, "bạn") == {"market"}
    assert found(archive, "ban") == {"market", "committee"}  # unaccented: every form


def test_tone_mark_placements_are_one_word(archive):
    # "hòa bình" is written one way in defence, "hoà khí" the other way in committee.
    assert found(archive, "hoà") == {"defence", "committee"}
    assert found(archive, "hòa") == {"defence", "committee"}
    assert found(archive, "thủy sản") == found(archive, "thuỷ sản") == {"market"}


def test_phrase_finds_only_articles_with_the_name(archive):
    # name_scattered holds "Trần" and "Khải" too, but never the whole name.
    assert found(archive, "tran van khai") == {"defence"}
    assert found(archive, "Trần Văn Khải") == {"defence"}
    assert found(archive, "trần van khai") == {"defence"}


def test_falls_back_to_all_words_when_no_phrase(archive):
    assert found(archive, "khải trần") == {"defence", "name_scattered"}


@pytest.mark.parametrize("query", [
    "", "   ", '"', '""', "'", "(", ")", "()", "AND", "OR", "NOT", "a AND", "OR b", "-", "- -", "*", "**",
    ":", "title_x:", "title_f : hoa", "{title_x}: x", "NEAR(a b)", "NEAR(", "^a", "a^", "+", "a + b",
    "\"quoc phong", "quoc phong\"", "(quoc OR phong", "đ*", "x" * 2000, " ".join(["w"] * 500), "\x00", "€ ∑ ✓",
    "hoà-bình", "c++", "1/2", "ngày 5/3", "50%", "\\", ";DROP TABLE articles;--",
    '"' * 5000, "(" * 3000 + "hoa" + ")" * 3000, "NOT " * 3000 + "hoa", "-" * 3000, "a OR " * 2000,
])
def test_any_text_is_a_valid_query(archive, query):
    hits = archive.search(query)
    assert isinstance(hits, list)
    archive.count(Filters(query=query))
    archive.ids(Filters(query=query), order_by="relevance")


def test_operator_words_are_operators(archive):
    assert " OR " in match_expression("a OR b") and " NOT " in match_expression("a -b")
    assert match_expression("a b") == match_expression("a AND b") == match_expression("AND a AND b AND")
    assert match_expression("-a") is match_expression("NOT a") is match_expression("AND OR NOT ( ) -") is None
    assert found(archive, "quoc OR xyzzy") == {"defence"}


def test_hits_are_ranked_and_have_highlighted_snippets(archive):
    hits = archive.search("quoc phong")
    assert hits[0].title.startswith("Hợp tác quốc phòng")
    assert "<b>quốc</b> <b>phòng</b>" in hits[0].snippet
    assert hits[0].score > 0
    market_hit = archive.search("thuy san")[0]
    assert "<b>thuỷ</b> <b>sản</b>" in market_hit.snippet  # snippet keeps the text as written


def test_search_respects_filters_and_limit(archive):
    assert [h.title for h in archive.search("ban", filters=Filters(outlet="Báo Mẫu"))] == [
        "Ban chỉ đạo họp bàn kế hoạch năm mới"]
    assert len(archive.search("ban", limit=1)) == 1
    assert archive.search("ban", limit=0) == []


def test_index_follows_edits_and_deletes(archive):
    article_id = archive.ids_by_title["committee"]
    archive.set_field(article_id, "title", "Hội đồng quản trị nhóm họp")
    assert "committee" in found(archive, "hoi dong")
    archive.set_block_role(article_id, 0, "removed")
    assert "committee" not in found(archive, "hoa khi")
    archive.delete(archive.ids_by_title["market"])
    assert found(archive, "thuy san") == set()


# --- search as you type (prefix_last) ---------------------------------------------------------------
def typed(archive: Archive, query: str) -> set[str]:
    by_id = {v: k for k, v in archive.ids_by_title.items()}
    return {by_id[hit.id] for hit in archive.search(query, prefix_last=True)}


@pytest.fixture()
def with_portrait(archive):
    archive.ids_by_title["portrait"] = archive.add_article(fx.portrait(), raw=b"", file_name="portrait")
    return archive


def test_prefix_last_matches_the_start_of_the_last_word(with_portrait):
    archive = with_portrait
    assert found(archive, "quoc phon") == set()  # off by default: whole words only
    assert typed(archive, "quoc phon") == typed(archive, "quoc pho") == {"defence"}
    assert typed(archive, "nguyen chi v") == {"portrait"}
    assert typed(archive, "Nguyễn Chí V") == {"portrait"}
    assert typed(archive, "nguyen chi") == {"portrait"}  # whole last word still matches
    assert typed(archive, "nguye chi v") == set()  # only the last word is a prefix; others whole


def test_accented_prefix_stays_exact_and_unaccented_folds(with_portrait):
    archive = with_portrait
    assert typed(archive, "bá") == {"market"}  # "bán", never "ban" or "bàn"
    assert {"market", "committee"} <= typed(archive, "ba")
    assert typed(archive, "quốc phò") == {"defence"}
    assert typed(archive, "quốc phó") == set()


def test_prefix_with_either_tone_placement(with_portrait):
    archive = with_portrait
    # "hoà" typed with the mark on a: the start of "Hoàng" as well as the word "hòa"/"hoà".
    assert typed(archive, "hoà") == {"defence", "committee", "portrait"}
    assert typed(archive, "hòa") == {"defence", "committee"}  # "hòa" is not how "Hoàng" starts


def test_prefix_snippet_highlights_the_whole_word(with_portrait):
    hit = with_portrait.search("quoc pho", prefix_last=True)[0]
    assert "<b>quốc</b> <b>phòng</b>" in hit.snippet


def _sqlite_only(archive: Archive) -> None:
    if dialect_of(archive._conn).name != "sqlite":
        pytest.skip("the words of a typed prefix are spelled out on SQLite's FTS5 only")


def test_a_long_typed_prefix_is_spelled_out_as_the_index_words(with_portrait):
    from storage.archive.backends.fts5_terms import words_starting

    _sqlite_only(with_portrait)
    conn = with_portrait._conn
    assert words_starting(conn, "pho") and all(w.startswith("pho") for w in words_starting(conn, "pho"))
    assert "phong" in words_starting(conn, "pho")  # "Quốc phòng", folded
    assert words_starting(conn, "zzqx") == []
    assert words_starting(conn, "ph") is None  # two letters: the prefix index answers those
    expression = match_expression("quoc pho", True, syntax=dialect_of(conn).syntax_for(conn))
    assert "phong" in expression and "*" not in expression


def test_a_spelled_out_prefix_matches_what_the_prefix_matches(with_portrait):
    _sqlite_only(with_portrait)
    conn = with_portrait._conn
    dialect = dialect_of(conn)
    words = {w for (text,) in conn.execute("SELECT title || ' ' || coalesce(lead, '') FROM articles")
             for w in text.split() if len(w) >= 4}
    checked = 0
    for word in sorted(words):
        for cut in range(3, len(word)):
            for query in (word[:cut], f"{word[:cut]} {word}", f'"{word[:cut]}'):
                spelled = match_expression(query, True, syntax=dialect.syntax_for(conn))
                native = match_expression(query, True, syntax=dialect.syntax)
                if native is None:
                    continue
                match = f"SELECT rowid FROM articles_fts WHERE {dialect.match} ORDER BY rowid"
                assert [r[0] for r in conn.execute(match, (spelled,))] == \
                    [r[0] for r in conn.execute(match, (native,))], query
                checked += 1
    assert checked > 50


def test_a_prefix_of_too_many_words_stays_a_prefix(with_portrait, monkeypatch):
    from storage.archive.backends import fts5_terms

    _sqlite_only(with_portrait)
    monkeypatch.setattr(fts5_terms, "MAX_WORDS", 1)
    conn = with_portrait._conn
    assert fts5_terms.words_starting(conn, "ngu") is None  # "nguyen", "nguoi", ...: more than one
    assert typed(with_portrait, "nguyen chi v") == {"portrait"}
    assert typed(with_portrait, "chi ngu") == typed(with_portrait, "chi nguyen") | typed(with_portrait, "chi nguoi")


def test_prefix_last_in_filters(with_portrait):
    archive = with_portrait
    flt = Filters(query="nguyen chi v", prefix_last=True)
    assert archive.ids(flt) == archive.ids(flt, order_by="relevance") == [archive.ids_by_title["portrait"]]
    assert archive.count(flt) == 1
    assert archive.count(Filters(query="nguyen chi v")) == 0
    assert sum(n for _, n in archive.facets(flt)["outlet"]) == 1
    # search() takes its query and prefix flag as arguments; the filters' ones are ignored there
    assert [h.id for h in archive.search("quoc phon", filters=flt)] == []


@pytest.mark.parametrize("query", ['"', "*", "a*", "đ *", "quoc ph\"", "NEAR(", "x" * 300, "a OR", "^"])
def test_any_text_is_a_valid_prefix_query(archive, query):
    assert isinstance(archive.search(query, prefix_last=True), list)
    archive.ids(Filters(query=query, prefix_last=True), order_by="relevance")


# --- query language: operators, grouping, exclusions ------------------------------------------------
def talks():
    """A made-up deputy minister's name beside a made-up foreign guest."""
    return fx.article("Thứ trưởng Hồ Sĩ Vịnh tiếp đoàn của ông Keller",
                      ["Hai bên bàn về hợp tác quốc phòng và an ninh biển.", "Ông Keller cảm ơn chủ nhà."],
                      published="2024-04-02", outlet="Báo Mẫu")


def visit():
    """The same made-up name, no guest."""
    return fx.article("Ông Hồ Sĩ Vịnh thăm cảng cá", ["Chuyến thăm không có khách nước ngoài."],
                      published="2024-05-09", outlet="Tin Vùng Biển")


def ministry():
    """A ministry briefing naming another made-up foreigner."""
    return fx.article("Bộ Ngoại giao trả lời phóng viên",
                      ["Người phát ngôn nói về ông Moreau và chuyến đi sắp tới."],
                      published="2024-06-11", outlet="Văn Hóa Nay")


def bay():
    """A travel story: "vịnh" as a common noun, and English "and" as a plain word."""
    return fx.article("Du lịch vịnh biển mùa hè", ["Quán bên bờ mở nhạc rock and roll tới khuya."],
                      published="2024-07-20", outlet="Tin Vùng Biển")


@pytest.fixture()
def news(archive):
    for make in (talks, visit, ministry, bay):
        archive.ids_by_title[make.__name__] = archive.add_article(make(), raw=b"", file_name=make.__name__)
    return archive


VINH = {"talks", "visit", "bay", "name_scattered"}  # every "Vịnh"/"vịnh"


@pytest.mark.parametrize("query, expected", [
    ("Vịnh", VINH),
    ("Vịnh AND Keller", {"talks"}),
    ("Vịnh Keller", {"talks"}),
    ("Vịnh OR Moreau", VINH | {"ministry"}),
    ("Keller OR Moreau", {"talks", "ministry"}),
    ("keller OR moreau OR rock", {"talks", "ministry", "bay"}),
    ("Hồ Sĩ Vịnh AND", {"talks", "visit"}),
    ("ho si vinh", {"talks", "visit"}),
    ("Vịnh -Keller", VINH - {"talks"}),
    ("Vịnh NOT Keller", VINH - {"talks"}),
    ("Vịnh -\"Hồ Sĩ\"", {"bay", "name_scattered"}),
    ("vinh -keller -\"ha long\"", {"visit", "bay"}),
    ("\"Vịnh Keller\"", set()),  # quoted: the phrase only, no fallback to the words
    ("\"ho si vinh\" cang", {"visit"}),
])
def test_operators(news, query, expected):
    assert found(news, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("(Keller OR Moreau) -\"Bộ Ngoại giao\"", {"talks"}),
    ("vinh (keller OR cang)", {"talks", "visit"}),
    ("-(keller OR cang) vinh", {"bay", "name_scattered"}),
    ("vinh (-keller)", VINH - {"talks"}),
    ("(bien OR cang) (keller OR thuy san)", {"talks", "market"}),
    ("(quoc phong) OR Moreau", {"defence", "talks", "ministry"}),
])
def test_grouping(news, query, expected):
    assert found(news, query) == expected


def test_mixed_accents_with_or(news):
    # OR separates alternatives: "quoc phong" (folded) or the phrase "Bộ Ngoại giao" (marked words exact)
    assert found(news, 'quoc phong OR "Bộ Ngoại giao"') == {"defence", "talks", "ministry"}
    assert found(news, '"bo ngoai giao"') == found(news, '"Bộ ngoai giao"') == {"ministry"}
    assert found(news, '"Bô Ngoại giao"') == set()  # a different mark stays exact
    assert found(news, "“Bộ Ngoại giao” -“trả lời”") == set()  # typographic quotes are quotes too


def test_lower_case_operators_are_words(news):
    assert found(news, "rock and roll") == {"bay"}
    assert found(news, "Keller or Moreau") == set()  # no article holds all three words
    assert found(news, "Keller not Moreau") == set()


@pytest.mark.parametrize("query, same_as", [
    ("OR Vịnh", "Vịnh"), ("Vịnh OR", "Vịnh"), ("Vịnh -", "Vịnh"), ("Vịnh NOT", "Vịnh"), ("AND Vịnh AND", "Vịnh"),
    ("Vịnh OR OR Keller", "Vịnh OR Keller"), ("Vịnh - -", "Vịnh"), ("NOT NOT Vịnh", "Vịnh"),
    ("(Keller OR Moreau", "Keller OR Moreau"), ("Keller OR Moreau)", "Keller OR Moreau"),
    (")) Keller OR (Moreau", "Keller OR Moreau"), ("((Keller) OR Moreau", "Keller OR Moreau"),
    ('"ho si vinh', '"ho si vinh"'), ('Vịnh -"', "Vịnh"), ("Vịnh OR -Keller", "Vịnh"),
])
def test_dangling_and_unbalanced_input_is_ignored(news, query, same_as):
    assert found(news, query) == found(news, same_as) != set()


@pytest.mark.parametrize("query", ["-Keller", "NOT Keller", "-\"Hồ Sĩ\" -vinh", "AND", "OR OR", "NOT", "( ) -",
                                   "\"\"", "-(Keller OR Moreau)", "* : ^ +"])
def test_only_exclusions_or_operators_find_nothing(news, query):
    assert news.search(query) == []
    assert news.count(Filters(query=query)) == 0
    assert news.ids(Filters(query=query)) == news.ids(Filters(query=query), order_by="relevance") == []
    assert news.facets(Filters(query=query))["outlet"] == []


def test_filters_use_the_same_language(news):
    flt = Filters(query="(Keller OR Moreau) -rock")
    expected = {news.ids_by_title["talks"], news.ids_by_title["ministry"]}
    assert set(news.ids(flt)) == set(news.ids(flt, order_by="relevance")) == expected
    assert news.count(flt) == 2
    assert dict(news.facets(flt)["outlet"]) == {"Báo Mẫu": 1, "Văn Hóa Nay": 1}
    assert news.count(Filters(query="Vịnh -Keller")) == 3
    assert news.count(Filters(query="Vịnh -Kel", prefix_last=True)) == 3  # the last word is a prefix


def test_prefix_last_with_operators(news):
    assert typed(news, "Keller OR Mor") == {"talks", "ministry"}
    assert typed(news, "Vịnh -Kel") == VINH - {"talks"}
    assert typed(news, '"ho si vi') == {"talks", "visit"}


def test_snippet_highlights_positive_terms_only(news):
    by_id = {h.id: h for h in news.search("Keller OR Moreau")}
    assert "<b>Keller</b>" in by_id[news.ids_by_title["talks"]].snippet
    assert "<b>Moreau</b>" in by_id[news.ids_by_title["ministry"]].snippet
    hit = news.search('Vịnh -"Sĩ Keller"')  # talks holds both words, never side by side: still a hit
    talks_hit = next(h for h in hit if h.id == news.ids_by_title["talks"])
    assert "<b>Vịnh</b>" in talks_hit.snippet
    assert "<b>Keller</b>" not in talks_hit.snippet and "<b>Sĩ</b>" not in talks_hit.snippet


FUZZ_ALPHABET = list('"“”()*:^-+{}[]|\\/.,;!?\'~`@#$%&=<>_') + [
    " ", " ", " ", " ", "AND", "OR", "NOT", "NEAR", "NEAR(", "and", "or", "vinh", "Vịnh", "Keller", "hoà", "ĐỨC",
    "quốc", "phòng", "x", "7", "\u0301", "\x00", "\t", "\n", "€", "∑", "✓", "😀", "中文", "ß", "İ", "ǅ", "\u200b",
]


def test_fuzz_random_text_never_fails(news, caplog):
    rng = random.Random(20261123)
    conn = news._conn
    dialect = dialect_of(conn)
    for _ in range(300):
        query = "".join(rng.choice(FUZZ_ALPHABET) for _ in range(rng.randint(0, 24)))
        prefix = rng.random() < 0.3
        hits = news.search(query, prefix_last=prefix)
        assert isinstance(hits, list)
        assert isinstance(news.count(Filters(query=query, prefix_last=prefix)), int)
        expression = match_expression(query, prefix, syntax=dialect.syntax)
        if expression is not None:  # the index accepts every expression we build (no error path relied on)
            conn.execute(f"SELECT count(*) FROM articles_fts WHERE {dialect.match}", (expression,))
    assert not [r for r in caplog.records if r.name == "storage.archive.search"]
