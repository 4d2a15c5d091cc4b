"""The PostgreSQL backend's pure parts: SQL translation and the tsvector/tsquery forms (no server needed)."""
from __future__ import annotations

import pytest

pytest.importorskip("psycopg")

from storage.archive.backends.pg_text import TSQUERY, tokens, tsvector_text  # noqa: E402
from storage.archive.backends.postgres import display, translate  # noqa: E402
from storage.archive.search import match_expression
from storage.archive.search_index import fts_values  # noqa: E402


def test_placeholders_outside_strings_only_and_percent_signs_escaped():
    text, order, returning, _ = translate("SELECT '?' || x, '50%' FROM t WHERE a = ? AND b LIKE 'x%'")
    assert text == "SELECT '?' || x, '50%%' FROM t WHERE a = %s AND b LIKE 'x%%'"
    assert order is None and returning is None


def test_numbered_placeholders_repeat_their_parameter():
    text, order, _, _ = translate("SELECT id FROM e WHERE name = ?1 AND kind = ?2 UNION ALL SELECT 1 WHERE a = ?1")
    assert text.count("%s") == 3 and order == (0, 1, 0)


def test_inserts_become_upserts_and_return_new_ids():
    text, _, returning, explicit = translate("INSERT OR IGNORE INTO tag_names(name) VALUES (?)")
    assert text == "INSERT INTO tag_names(name) VALUES (%s) ON CONFLICT DO NOTHING RETURNING id"
    assert returning == "tag_names" and not explicit
    text, _, returning, _ = translate("INSERT OR REPLACE INTO entity_aliases(alias, kind, entity_id) VALUES (?, ?, ?)")
    assert text.endswith("ON CONFLICT (alias, kind) DO UPDATE SET entity_id = EXCLUDED.entity_id")
    assert returning is None
    _, _, returning, explicit = translate("INSERT INTO stories(id, original_id, reason, created_at) VALUES (?, ?, ?, ?)")
    assert returning == "stories" and explicit  # the sequence is moved past the id given


def test_sqlite_spellings_are_rewritten():
    text = translate("SELECT x FROM t WHERE s.a IS NOT m.b AND c IS NOT NULL ORDER BY n COLLATE vi")[0]
    assert "IS DISTINCT FROM m.b" in text and "IS NOT NULL" in text and 'COLLATE "vi-x-icu"' in text
    assert translate("SELECT group_concat(article_id) FROM story_bands")[0] == \
        "SELECT string_agg(CAST(article_id AS text), ',') FROM story_bands"
    assert translate("SELECT 1 FROM t WHERE a.id IN temp.matched_ids")[0] == \
        "SELECT 1 FROM t WHERE a.id IN (SELECT id FROM pg_temp.matched_ids)"


def test_the_password_never_shows():
    assert display("postgresql://ana:s3cret@db.example.org:5432/tulieu") == "postgresql://ana@db.example.org:5432/tulieu"
    # A socket URL (no host) stays usable: its "//" must survive, or the shown URL opens nothing.
    assert display("postgresql:///tulieu?host=/run/postgresql") == "postgresql:///tulieu?host=/run/postgresql"


def test_words_are_cut_as_fts5_cuts_them_and_positions_line_up():
    assert tokens("Covid-19 lây lan_nhanh, Đà Nẵng") == ["covid", "19", "lây", "lan", "nhanh", "đà", "nẵng"]
    vector = tsvector_text(fts_values("Đường sắt", "", "Covid-19 tới Hoà Bình"))
    assert "'đường':1A" in vector and "'~duong':1A" in vector
    # title at 1-2, the empty lead at 5, the body at 7: fields two positions apart
    assert "'covid':7D" in vector and "'19':8D" in vector and "'tới':9D" in vector and "'~toi':9D" in vector
    assert "'hòa':10D" in vector  # one tone convention, as the FTS5 index


def test_queries_compile_to_tsquery_with_the_same_routing():
    assert match_expression("duong", syntax=TSQUERY) == "'~duong'"
    assert match_expression("bán", syntax=TSQUERY) == "'bán'"
    assert match_expression("quoc pho", prefix_last=True, syntax=TSQUERY) == "('~quoc' <-> '~pho':*)"
    assert match_expression('"Bộ Quốc phòng" OR Esper -Scher', syntax=TSQUERY) == \
        "('bộ' <-> 'quốc' <-> 'phòng') | ((('~esper')) & !('~scher'))"  # the FTS5 expression's shape
