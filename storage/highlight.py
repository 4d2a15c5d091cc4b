"""Where a query matches a text, by the same rules as search (accents optional, đ = d, prefixes as typed)."""
from __future__ import annotations

import html
import logging
from functools import lru_cache

from .archive.search import make_snippet, parse_query
from .archive.search_syntax import Term, parse, positive_leaves
from .folding import fold, word_spans

log = logging.getLogger(__name__)


@lru_cache(maxsize=64)
def _terms(query: str, prefix_last: bool) -> tuple[Term, ...]:
    return tuple(parse_query(query, prefix_last)) if query.strip() else ()


@lru_cache(maxsize=64)
def _sequences(query: str, prefix_last: bool) -> tuple[tuple[Term, ...], ...]:
    """What to mark: each quoted phrase as one run of words, every other word alone."""
    found: list[tuple[Term, ...]] = []
    for leaf in positive_leaves(parse(query, prefix_last)) if query.strip() else ():
        if leaf.bare or len(leaf.terms) == 1:
            found += [(term,) for term in leaf.terms]
        else:
            found.append(leaf.terms)
    return tuple(dict.fromkeys(found))


def match_spans(text: str, query: str, prefix_last: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every word of an NFC `text` that a positive word of `query` matches; a quoted phrase's
    words only where they stand together, in order (as search matched them)."""
    sequences = _sequences(query, prefix_last)
    if not sequences or not text:
        return []
    terms = list(dict.fromkeys(term for sequence in sequences for term in sequence))
    quick = tuple(fold(t.text) for t in terms)  # folded start: rules most words out cheaply
    spans = list(word_spans(text))
    matched: list[frozenset[Term]] = []
    for start, end in spans:
        word = text[start:end]
        matched.append(frozenset(t for t in terms if t.matches(word)) if fold(word).startswith(quick) else frozenset())
    marked: set[int] = set()
    for sequence in sequences:
        size = len(sequence)
        for i in range(len(spans) - size + 1):
            if all(sequence[k] in matched[i + k] for k in range(size)):
                marked.update(range(i, i + size))
    return [spans[i] for i in sorted(marked)]


def marked_html(text: str, spans: list[tuple[int, int]], open_tag: str = "<b>", close_tag: str = "</b>") -> str:
    """`text` HTML-escaped with each span wrapped in the tags."""
    out, cursor = [], 0
    for start, end in spans:
        out += [html.escape(text[cursor:start]), open_tag, html.escape(text[start:end]), close_tag]
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def snippet(title: str, lead: str | None, body: list[str], query: str, prefix_last: bool = False) -> str:
    """About 28 words of the part matching most query words, matches in <b> (as search hits show)."""
    terms = list(_terms(query, prefix_last))
    return make_snippet([title, lead or "", "\n".join(body)], terms) if terms else html.escape(lead or "")
