"""Where a query matches a text, by the same rules as search (accents optional, đ = d, prefixes as typed)."""
from __future__ import annotations

import html
import logging
from functools import lru_cache

from .archive.search import make_snippet, parse_query
from .archive.search_syntax import Term
from .folding import fold, word_spans

log = logging.getLogger(__name__)


@lru_cache(maxsize=64)
def _terms(query: str, prefix_last: bool) -> tuple[Term, ...]:
    return tuple(parse_query(query, prefix_last)) if query.strip() else ()


def match_spans(text: str, query: str, prefix_last: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every word of an NFC `text` that a positive word of `query` matches."""
    terms = _terms(query, prefix_last)
    if not terms or not text:
        return []
    quick = tuple(fold(t.text) for t in terms)  # folded start: rules most words out cheaply
    spans = []
    for start, end in word_spans(text):
        word = text[start:end]
        if fold(word).startswith(quick) and any(t.matches(word) for t in terms):
            spans.append((start, end))
    return spans


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
