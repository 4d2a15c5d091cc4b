"""Snippets: the fast scanner gives the same excerpt as a plain word-by-word reference, on real pages."""
from __future__ import annotations

import html
import random
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from storage.archive.search import make_snippet, parse_query
from storage.folding import fold, word_spans

HOLDOUT = Path(__file__).resolve().parents[2] / "benchmarks" / "holdout"


def reference_snippet(texts: list[str], terms: list, size: int = 28) -> str:
    """The straightforward algorithm: every word of every text checked against every term."""
    best = None
    for text in texts:
        spans = word_spans(text)
        flags_terms = [[t for t in terms if t.matches(text[s:e])] for s, e in spans]
        score = len({t for found in flags_terms for t in found})
        if best is None or score > best[0] or (not best[1] and text):
            best = (score, text, spans, [bool(found) for found in flags_terms])
    _, chosen, spans, flags = best
    if not spans:
        return html.escape(chosen[:200])
    counts = [sum(flags[max(0, i - size + 1):i + 1]) for i in range(len(flags))]
    end = counts.index(max(counts))
    start = max(0, end - size + 1)
    hits = [i for i in range(start, min(len(flags), start + size)) if flags[i]]
    if hits:
        start = max(0, min(hits[0] - (size - (hits[-1] - hits[0] + 1)) // 2, len(flags) - size))
    else:
        start = 0
    window = list(zip(spans, flags))[start:start + size]
    out, cursor = [], window[0][0][0]
    for (s, e), flag in window:
        out.append(html.escape(chosen[cursor:s]))
        out.append(f"<b>{html.escape(chosen[s:e])}</b>" if flag else html.escape(chosen[s:e]))
        cursor = e
    if start + size >= len(spans):
        out.append(html.escape(chosen[cursor:]))
    return ("… " if start > 0 else "") + " ".join("".join(out).split()) + (" …" if start + size < len(spans) else "")


@pytest.fixture(scope="module")
def pages() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(HOLDOUT.glob("*.txt"))]
    assert len(texts) >= 20, f"holdout pages missing under {HOLDOUT}"
    return texts


def random_query(rng: random.Random, text: str) -> tuple[str, bool]:
    """One to three words of the page (some folded, some kept accented, sometimes cut short), or a missing word."""
    words = [w for w in text.split() if w.isalpha()]
    picked = rng.sample(words, rng.randint(1, 3)) + (["zzyzx"] if rng.random() < 0.1 else [])
    picked = [fold(w) if rng.random() < 0.5 else w for w in picked]
    prefix = rng.random() < 0.3
    if prefix and len(picked[-1]) > 2:
        picked[-1] = picked[-1][:rng.randint(1, len(picked[-1]) - 1)]
    return " ".join(picked), prefix


def test_fast_snippet_equals_the_reference_on_real_pages(pages):
    rng = random.Random(14)
    compared = 0
    for round_ in range(400):
        page = rng.choice(pages)
        paragraphs = [p for p in page.splitlines() if p.strip()]
        lead, body, title = paragraphs[min(3, len(paragraphs) - 1)], "\n".join(paragraphs), paragraphs[0]
        query, prefix = random_query(rng, page)
        terms = parse_query(query, prefix)
        if not terms:
            continue
        texts = [lead if round_ % 5 else "", body, title]
        assert make_snippet(texts, terms) == reference_snippet(texts, terms), query
        compared += 1
    assert compared > 300


def test_text_whose_folding_moves_offsets_takes_the_word_by_word_path():
    text = "Hợp tác quốc phòng được bàn tại Hà Nội, ngày 5/3. " * 20 + unicodedata.normalize("NFD", "ờ")
    terms = parse_query("quoc phong")
    assert len(fold(text)) != len(text)
    snippet = make_snippet(["", text, "Tiêu đề"], terms)
    assert snippet.count("<b>") >= 4 and snippet == reference_snippet(["", text, "Tiêu đề"], terms)


def test_markup_in_the_text_is_escaped_and_only_matches_are_bold():
    text = "a <script> & b \x01 quốc phòng \x02 " + "lời " * 40
    snippet = make_snippet([text], parse_query("quoc"))
    assert "&lt;script&gt; &amp;" in snippet and snippet.count("<b>") == 1 and "<b>quốc</b>" in snippet


ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĐđờỜốỐİKk_" + "\u0300\u0301\u0323" + " \n,.-–“”(…)1"


@given(st.lists(st.text(ALPHABET, max_size=80), min_size=3, max_size=3),
       st.lists(st.sampled_from(["duong", "đường", "ơ", "ố", "o", "dd", "k", "i", "a_b", "1"]), min_size=1, max_size=3),
       st.booleans())
@settings(max_examples=400, deadline=None)
def test_the_unfolded_scan_equals_the_reference_on_any_text(texts, words, prefix):
    """Mixed case, marks in NFD, "İ", punctuation inside words: the scan of the text as written
    (no folding first) and the word counting agree with the word-by-word reference."""
    terms = parse_query(" ".join(words), prefix)
    assert make_snippet(texts, terms) == reference_snippet(texts, terms)
