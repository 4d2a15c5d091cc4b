"""Vietnamese-aware full-text search: safe FTS5 expressions, bm25 ranking, snippets from the original text.

Every field is indexed twice (see migrations): `*_x` holds the words as written (tone-normalised),
`*_f` the folded words. A query word with diacritics is matched in the exact columns, one without
in the folded columns, so `duong` finds "đường" while `bán` does not find "ban" or "bạn".
"""
from __future__ import annotations

import html
import logging
import sqlite3
import unicodedata
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
    """One query word: matched exactly (it carries marks) or folded; a prefix term matches word starts."""

    text: str
    exact: bool
    prefix: bool = False
    # A marked prefix as typed when tone normalisation changed it: "hoà" may be the start of "hoàng".
    typed: str | None = None

    def forms(self) -> tuple[str, ...]:
        """The indexed forms to look up (two for a marked prefix typed with the other tone placement)."""
        return (self.text,) if self.typed is None else (self.text, self.typed)

    def matches(self, word: str) -> bool:
        """True when an original-text word matches this term."""
        if not self.exact:
            folded = fold(word)
            return folded.startswith(self.text) if self.prefix else folded == self.text
        written = exact_form(word)
        if not self.prefix:
            return written == self.text
        return any(w.startswith(f) for w in (written, nfc_lower(word)) for f in self.forms())


def nfc_lower(text: str) -> str:
    """NFC lower-case text, tone marks left where they were typed."""
    return unicodedata.normalize("NFC", text).lower()


def parse_query(query: str, prefix_last: bool = False) -> list[Term]:
    """Turn any user text into terms: words only, so quotes, operators and punctuation are inert.
    prefix_last=True: the last word also matches as the start of a word (search as you type)."""
    terms: list[Term] = []
    found = words(query or "")[:MAX_QUERY_WORDS]
    for index, word in enumerate(found):
        exact = has_diacritics(word)
        prefix = prefix_last and index == len(found) - 1
        text = exact_form(word) if exact else fold(word)
        typed = nfc_lower(word) if prefix and exact and nfc_lower(word) != text else None
        terms.append(Term(text, exact, prefix, typed))
    return terms


def _quoted(text: str, prefix: bool = False) -> str:
    return '"' + text.replace('"', '""') + '"' + (" *" if prefix else "")


def _term_expr(term: Term) -> str:
    columns = EXACT_COLUMNS if term.exact else FOLDED_COLUMNS
    return " OR ".join(f"{columns} : {_quoted(form, term.prefix)}" for form in term.forms())


def _phrase_expr(terms: list[Term]) -> str:
    """The words in order in one column; the exact column when every word is marked."""
    last = terms[-1]
    if all(t.exact for t in terms):
        head = " ".join(t.text for t in terms[:-1])
        return " OR ".join(f"{EXACT_COLUMNS} : {_quoted((head + ' ' + form).strip(), last.prefix)}"
                           for form in last.forms())
    # A phrase must sit in one column: match it folded, and each marked word exactly.
    phrase = f"{FOLDED_COLUMNS} : {_quoted(' '.join(fold(t.text) for t in terms), last.prefix)}"
    return " AND ".join([f"({phrase})"] + [f"({_term_expr(t)})" for t in terms if t.exact])


def match_expressions(query: str, prefix_last: bool = False) -> list[str]:
    """FTS5 MATCH expressions to try in order: the phrase first, then all words (AND)."""
    terms = parse_query(query, prefix_last)
    if not terms:
        return []
    every_word = " AND ".join(f"({_term_expr(t)})" for t in terms)
    if len(terms) == 1:
        return [every_word]
    return [_phrase_expr(terms), every_word]


def choose_expression(conn: sqlite3.Connection, query: str, prefix_last: bool = False) -> str | None:
    """The first expression that matches anything (phrase, else AND); None when nothing can match."""
    expressions = match_expressions(query, prefix_last)
    for expression in expressions:
        row = conn.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1", (expression,))
        if row.fetchone():
            return expression
    return None


def run_search(conn: sqlite3.Connection, query: str, limit: int, where: str = "1", params: tuple = (),
               prefix_last: bool = False) -> list[Hit]:
    """Ranked hits with snippets; `where` filters rows of `articles a` (built by the archive)."""
    expression = choose_expression(conn, query, prefix_last)
    if expression is None or limit <= 0:
        return []
    rows = conn.execute(
        f"SELECT a.id, a.title, a.published, a.outlet, a.lead, a.body, {BM25} AS rank "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE articles_fts MATCH ? AND ({where}) ORDER BY rank LIMIT ?",
        (expression, *params, int(limit)),
    ).fetchall()
    terms = parse_query(query, prefix_last)
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
    whole = {fold(t.text) for t in terms if not t.prefix}
    starts = tuple(fold(t.text) for t in terms if t.prefix)
    folded = fold(text)
    aligned = len(folded) == len(text)  # folding kept offsets (NFC text): slice instead of refolding
    out: list[list[Term]] = []
    for s, e in spans:
        word_folded = folded[s:e] if aligned else fold(text[s:e])
        if word_folded not in whole and not (starts and word_folded.startswith(starts)):
            out.append([])
            continue
        out.append([t for t in terms if t.matches(text[s:e])])
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
