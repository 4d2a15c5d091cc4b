"""Vietnamese-aware full-text search: safe FTS5 expressions, bm25 ranking, snippets from the original text.

Every field is indexed twice (see migrations): `*_x` holds the words as written (tone-normalised),
`*_f` the folded words. A query word with diacritics is matched in the exact columns, one without
in the folded columns, so `duong` finds "đường" while `bán` does not find "ban" or "bạn".
"""
from __future__ import annotations

import html
import logging
import sqlite3
from dataclasses import dataclass

from .archive_records import Hit
from .folding import exact_form, fold, has_diacritics, normalize_tones, word_spans, words

log = logging.getLogger(__name__)

MAX_QUERY_WORDS = 32
EXACT_COLUMNS = "{title_x lead_x body_x}"
FOLDED_COLUMNS = "{title_f lead_f body_f}"
# bm25 weights, in column order: a title match counts most, then the lead.
BM25 = "bm25(articles_fts, 8.0, 8.0, 3.0, 3.0, 1.0, 1.0)"
SNIPPET_WORDS = 28


def fts_values(title: str, lead: str | None, body: str) -> tuple[str, str, str, str, str, str]:
    """The six FTS column values for one article (exact and folded form of each field)."""
    values: list[str] = []
    for text in (title or "", lead or "", body or ""):
        values += [normalize_tones(text), fold(text)]
    return tuple(values)  # type: ignore[return-value]


@dataclass(frozen=True)
class Term:
    """One query word: matched exactly (it carries marks) or folded."""

    text: str
    exact: bool

    def matches(self, word: str) -> bool:
        """True when an original-text word matches this term."""
        return (exact_form(word) if self.exact else fold(word)) == self.text


def parse_query(query: str) -> list[Term]:
    """Turn any user text into terms: words only, so quotes, operators and punctuation are inert."""
    terms: list[Term] = []
    for word in words(query or "")[:MAX_QUERY_WORDS]:
        exact = has_diacritics(word)
        terms.append(Term(exact_form(word) if exact else fold(word), exact))
    return terms


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _term_expr(term: Term) -> str:
    return f"{EXACT_COLUMNS if term.exact else FOLDED_COLUMNS} : {_quoted(term.text)}"


def match_expressions(query: str) -> list[str]:
    """FTS5 MATCH expressions to try in order: the phrase first, then all words (AND)."""
    terms = parse_query(query)
    if not terms:
        return []
    every_word = " AND ".join(f"({_term_expr(t)})" for t in terms)
    if len(terms) == 1:
        return [every_word]
    if all(t.exact for t in terms):
        phrase = f"{EXACT_COLUMNS} : {_quoted(' '.join(t.text for t in terms))}"
    else:
        # A phrase must sit in one column: match it folded, and each marked word exactly.
        phrase = f"{FOLDED_COLUMNS} : {_quoted(' '.join(fold(t.text) for t in terms))}"
        exact = [f"({_term_expr(t)})" for t in terms if t.exact]
        phrase = " AND ".join([f"({phrase})"] + exact)
    return [phrase, every_word]


def choose_expression(conn: sqlite3.Connection, query: str) -> str | None:
    """The first expression that matches anything (phrase, else AND); None when nothing can match."""
    expressions = match_expressions(query)
    for expression in expressions:
        row = conn.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1", (expression,))
        if row.fetchone():
            return expression
    return None


def run_search(conn: sqlite3.Connection, query: str, limit: int, where: str = "1", params: tuple = ()) -> list[Hit]:
    """Ranked hits with snippets; `where` filters rows of `articles a` (built by the archive)."""
    expression = choose_expression(conn, query)
    if expression is None or limit <= 0:
        return []
    rows = conn.execute(
        f"SELECT a.id, a.title, a.published, a.outlet, a.lead, a.body, {BM25} AS rank "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE articles_fts MATCH ? AND ({where}) ORDER BY rank LIMIT ?",
        (expression, *params, int(limit)),
    ).fetchall()
    terms = parse_query(query)
    return [Hit(id=r[0], title=r[1], published=r[2], outlet=r[3],
                snippet=make_snippet([r[4] or "", r[5] or "", r[1] or ""], terms), score=-float(r[6]))
            for r in rows]


def _best_window(flags: list[bool], size: int) -> int:
    """Start of a `size`-word window holding the most matches, with its matches centred."""
    best, best_start, current = -1, 0, 0
    for index, flag in enumerate(flags):
        current += flag
        if index >= size:
            current -= flags[index - size]
        if current > best:
            best, best_start = current, max(0, index - size + 1)
    hits = [i for i in range(best_start, min(len(flags), best_start + size)) if flags[i]]
    if not hits:
        return 0
    centred = hits[0] - (size - (hits[-1] - hits[0] + 1)) // 2
    return max(0, min(centred, len(flags) - size))


def _matches(text: str, spans: list[tuple[int, int]], terms: list[Term]) -> list[list[Term]]:
    """For each word span, the terms it matches (folded comparison first: cheap and rules most out)."""
    folded_terms = {fold(t.text) for t in terms}
    folded = fold(text)
    aligned = len(folded) == len(text)  # folding kept offsets (NFC text): slice instead of refolding
    out: list[list[Term]] = []
    for s, e in spans:
        word_folded = folded[s:e] if aligned else fold(text[s:e])
        if word_folded not in folded_terms:
            out.append([])
            continue
        exact = exact_form(text[s:e])
        out.append([t for t in terms if t.text == (exact if t.exact else word_folded)])
    return out


def make_snippet(texts: list[str], terms: list[Term], size: int = SNIPPET_WORDS) -> str:
    """A short excerpt of the text matching the most query words (earliest on ties), matches in <b>."""
    best: tuple[int, str, list[tuple[int, int]], list[bool]] | None = None
    for text in texts:
        spans = word_spans(text)
        matched = _matches(text, spans, terms)
        score = len({t for found in matched for t in found})
        if best is None or score > best[0] or (not best[1] and text):
            best = (score, text, spans, [bool(found) for found in matched])
    _, chosen, spans, flags = best if best else (0, "", [], [])
    if not spans:
        return html.escape(chosen[:200])
    start = _best_window(flags, size)
    window = list(zip(spans, flags))[start:start + size]
    out, cursor = [], window[0][0][0]
    for (s, e), flag in window:
        out.append(html.escape(chosen[cursor:s]))
        word = html.escape(chosen[s:e])
        out.append(f"<b>{word}</b>" if flag else word)
        cursor = e
    if start + size >= len(spans):
        out.append(html.escape(chosen[cursor:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + size < len(spans) else ""
    return prefix + " ".join("".join(out).split()) + suffix
