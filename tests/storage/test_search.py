"""Vietnamese-aware search over a real archive built from our own fixtures."""
from __future__ import annotations

import pytest

from storage.archive import Archive
from storage.archive_records import Filters
from storage.folding import exact_form, fold, has_diacritics, normalize_tones
from storage.search import match_expressions

from . import vn_articles as fx


@pytest.fixture()
def archive(tmp_path):
    with Archive.open(tmp_path / "a.sqlite") as opened:
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
    assert exact_form("Thuỷ") == exact_form("thủy")
    assert has_diacritics("đi") and has_diacritics("bán") and not has_diacritics("ban")


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
])
def test_any_text_is_a_valid_query(archive, query):
    hits = archive.search(query)
    assert isinstance(hits, list)
    archive.count(Filters(query=query))
    archive.ids(Filters(query=query), order_by="relevance")


def test_operator_words_are_plain_words(archive):
    assert match_expressions("a OR b")[-1].count(" AND ") == 2  # three terms, all required
    assert found(archive, "quoc OR xyzzy") == set()


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
