"""Vietnamese-aware full-text search: safe FTS5 expressions, bm25 ranking, snippets from the original text.

Every field is indexed twice (see migrations): `*_x` holds the words as written (tone-normalised),
`*_f` the folded words. A query word with diacritics is matched in the exact columns, one without
in the folded columns, so `duong` finds "đường" while `bán` does not find "ban" or "bạn".
The query language (words, "phrases", OR, -exclusions, parentheses) is parsed in storage.search_syntax.
"""
from __future__ import annotations

import logging
from functools import partial
from itertools import groupby
from typing import Callable

from .backends import OperationalError, dialect_of
from .codec import stored_body
from .records import Hit
from ..folding import fold
from .backends.fts5_text import FTS5
from .search_syntax import Either, Leaf, Node, Term, parse, positive_terms
from .snippet import SNIPPET_WORDS, make_snippet  # noqa: F401  (make_snippet is part of this module's API)

log = logging.getLogger(__name__)

Probe = Callable[[str], bool]


def _phrase_expr(terms: list[Term], syntax) -> str:
    """The words in order in one column; the exact column when every word is marked."""
    last = terms[-1]
    if all(t.exact for t in terms):
        head = [t.text for t in terms[:-1]]
        return syntax.OR.join(syntax.phrase(head + [form], True, last.prefix) for form in last.forms())
    # A phrase must sit in one column: match it folded, and each marked word exactly.
    phrase = syntax.phrase([fold(t.text) for t in terms], False, last.prefix)
    return syntax.AND.join([f"({phrase})"] + [f"({syntax.term(t)})" for t in terms if t.exact])


def match_expression(query: str, prefix_last: bool = False, probe: Probe | None = None,
                     syntax=FTS5) -> str | None:
    """The MATCH expression (FTS5 unless another syntax is given) for any text, None when it cannot
    match (no positive word). probe(expression) says whether an expression matches anything: a run
    of unquoted words is matched as a phrase when the phrase matches, else word by word (without
    probe: as a phrase)."""
    return _full(*_compile(parse(query, prefix_last), probe or (lambda _: True), syntax), syntax)


def choose_expression(conn, query: str, prefix_last: bool = False) -> str | None:
    """The expression to run for a user query on this connection's index; None when nothing can match."""
    dialect = dialect_of(conn)
    seen: dict[str, bool] = {}

    def probe(expression: str) -> bool:
        if expression not in seen:
            seen[expression] = dialect.matches_any(conn, expression)
        return seen[expression]

    try:
        expression = match_expression(query, prefix_last, probe, dialect.syntax_for(conn))
        return expression if expression is not None and probe(expression) else None
    except OperationalError as error:  # a bug in building the expression: no hits, not a crash
        log.warning("search expression failed for %r: %s", query, error)
        return None


def _full(positive: str | None, negatives: list[str], syntax=FTS5) -> str | None:
    """The positive expression minus the negatives; nothing to exclude from means no match."""
    if positive is None:
        return None
    return positive if not negatives else syntax.without(positive, negatives)


def _compile(node: Node | None, probe: Probe, syntax=FTS5) -> tuple[str | None, list[str]]:
    """(positive expression or None, expressions to exclude) for a query tree node."""
    if node is None:
        return None, []
    if isinstance(node, Leaf):
        terms = list(node.terms)
        return (syntax.term(terms[0]) if len(terms) == 1 else _phrase_expr(terms, syntax)), []
    if isinstance(node, Either):
        branches = [e for e in (_full(*_compile(b, probe, syntax), syntax) for b in node.branches) if e is not None]
        return (syntax.OR.join(f"({b})" for b in branches) if len(branches) > 1 else
                branches[0] if branches else None), []
    positives: list[str] = []
    negatives: list[str] = []
    for bare, chunk in groupby(node.items, key=_is_bare):
        items = list(chunk)
        if bare:
            positives.append(_run_expr([leaf.terms[0] for leaf, _ in items], probe, syntax))  # type: ignore[union-attr]
            continue
        for item, negated in items:
            positive, excluded = _compile(item, probe, syntax)
            if negated:
                positive, excluded = None, [e for e in [_full(positive, excluded, syntax)] if e is not None]
            if positive is not None:
                positives.append(positive)
            negatives += excluded
    if not positives:
        return None, negatives  # "a (-b)": the parent applies the exclusions
    return (positives[0] if len(positives) == 1 else syntax.AND.join(f"({p})" for p in positives)), negatives


def _is_bare(item: tuple[Node, bool]) -> bool:
    return not item[1] and isinstance(item[0], Leaf) and item[0].bare


def _run_expr(terms: list[Term], probe: Probe, syntax=FTS5) -> str:
    """Unquoted words side by side: the phrase when it matches anything, else every word (AND)."""
    every_word = syntax.AND.join(f"({syntax.term(t)})" for t in terms)
    if len(terms) == 1:
        return every_word
    phrase = _phrase_expr(terms, syntax)
    return phrase if probe(phrase) else every_word


def parse_query(query: str, prefix_last: bool = False) -> list[Term]:
    """The positive terms of a query (what a hit's snippet highlights)."""
    return positive_terms(parse(query, prefix_last))


def run_search(conn, query: str, limit: int, where: str = "TRUE", params: tuple = (),
               prefix_last: bool = False) -> list[Hit]:
    """Ranked hits with snippets; `where` filters rows of `articles a` (built by the archive)."""
    expression = choose_expression(conn, query, prefix_last)
    if expression is None or limit <= 0:
        return []
    dialect = dialect_of(conn)
    # Rank and limit inside the index (only rowid and score go through the sorter; the dialect says
    # what is ranked), then read the few rows kept; their body is unpacked from the blocks (neither
    # index keeps a copy of the text) and the snippet scans it as written; a filter narrows the
    # index's rows before ranking.
    scope = "" if where in ("TRUE", "1") else f" AND rowid IN (SELECT a.id FROM articles a WHERE {where})"
    ranked = dialect.top_matches(conn, expression, scope, tuple(params), int(limit))
    condition, ids = dialect.ids_in([rowid for rowid, _ in ranked])
    found = {r[0]: r for r in conn.execute(
        "SELECT a.id, a.title, a.published, a.outlet, a.lead, a.blocks, a.raw FROM articles a "
        f"WHERE {condition}", (ids,))}
    terms = parse_query(query, prefix_last)
    return [Hit(id=r[0], title=r[1], published=r[2], outlet=r[3], score=-float(score),
                snippet=make_snippet([r[4] or "", partial(stored_body, r[5], r[6]), r[1] or ""], terms))
            for r, score in ((found[rowid], score) for rowid, score in ranked if rowid in found)]

