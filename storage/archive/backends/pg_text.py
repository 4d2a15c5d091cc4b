"""Full-text search on PostgreSQL with the semantics of the SQLite FTS5 index.

FTS5 indexes each field twice (exact and folded, storage.archive.search_index.fts_values) and routes a
query word to one form by column filters. Here both forms go into one tsvector: an exact word as
itself, a folded word behind a "~" (a character no token holds), so `'~duong'` finds "đường" and
`'bán'` only "bán". The words are cut by the same rule as FTS5's unicode61 tokenizer (runs of letters
and digits, lower-cased) in Python, and the tsvector is written out literally, so PostgreSQL's own
parser (which splits "Covid-19" three ways) never shifts a position and phrases line up as in FTS5.
Title, lead and body carry weights A, B and D and are kept two positions apart, so no phrase spans
two fields; ts_rank's weights follow FTS5's bm25 column weights (title 8, lead 3, body 1).
"""
from __future__ import annotations

import re

from ..search_syntax import Term

FOLDED = "~"
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position: later words are not indexed
MAX_PER_LEXEME = 255  # positions kept per word (PostgreSQL's limit is 256)
WEIGHTS = ("A", "B", "D")  # title, lead, body
# ts_rank weights in the order {D, C, B, A}: body 1, lead 3, title 8 (scaled to at most 1).
RANK_WEIGHTS = "'{0.125, 0, 0.375, 1.0}'"
# Ranking at scale. Matching a word list (~8 KB, stored out of line) costs ~15-30 µs an article and
# ts_rank as much again, so ranking the 800k matches of a broad query at a million articles takes
# seconds. Ranked instead: the matches among the WINDOW newest articles (by id, which the primary key
# reads in order) when at least ENOUGH of them match and they project to over SPREAD x RANKED matches
# in the whole archive; else the RANKED newest matches (a rarer query: the GIN index finds them). The
# other matches follow, newest first. An archive of at most WINDOW articles, and a query matching at
# most RANKED unless its matches crowd the newest articles, are ranked whole, as FTS5 ranks every match.
WINDOW = 1500
ENOUGH = 50
SPREAD = 4
RANKED = 1000
_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """The words of a text as FTS5's unicode61 tokenizer cuts them: letters and digits, lower-case."""
    return _TOKEN.findall(text.lower())


def tsvector_text(values: tuple[str, ...]) -> str:
    """The tsvector literal for one article from its six index values (title, lead, body; each
    exact then folded)."""
    positions: dict[str, list[str]] = {}
    position = 1
    for field in range(3):
        exact, folded = tokens(values[2 * field]), tokens(values[2 * field + 1])
        weight = WEIGHTS[field]
        for offset, word in enumerate(exact):
            at = position + offset
            if at > MAX_POSITION:
                break
            _add(positions, word, f"{at}{weight}")
        for offset, word in enumerate(folded):
            at = position + offset
            if at > MAX_POSITION:
                break
            _add(positions, FOLDED + word, f"{at}{weight}")
        position += max(len(exact), len(folded)) + 2  # a gap: a phrase never spans two fields
    return " ".join(f"'{lexeme}':{','.join(places)}" for lexeme, places in positions.items())


def _add(positions: dict[str, list[str]], lexeme: str, place: str) -> None:
    places = positions.setdefault(lexeme, [])
    if len(places) < MAX_PER_LEXEME:
        places.append(place)


def _lexeme(word: str, prefix: bool) -> str:
    return "'" + word.replace("'", "''").replace("\\", "\\\\") + "'" + (":*" if prefix else "")


class TsquerySyntax:
    """How a parsed query is written as a tsquery (the methods of fts5_text.Fts5Syntax)."""

    AND, OR = " & ", " | "

    def term(self, term: Term) -> str:
        """One word, exact or folded (either form of a marked prefix)."""
        return self.OR.join(self._words(tokens(form), term.exact, term.prefix) for form in term.forms())

    def phrase(self, words: list[str], exact: bool, prefix: bool) -> str:
        """Words side by side (<->), each cut as the index cuts text."""
        return self._words([t for w in words for t in tokens(w)], exact, prefix)

    def without(self, positive: str, negatives: list[str]) -> str:
        return f"({positive})" + "".join(f" & !({n})" for n in negatives)

    def _words(self, parts: list[str], exact: bool, prefix: bool) -> str:
        if not parts:
            return _lexeme(FOLDED, False)  # no word: a lexeme no article holds
        marked = [w if exact else FOLDED + w for w in parts]
        return " <-> ".join(_lexeme(w, prefix and i == len(marked) - 1) for i, w in enumerate(marked))


TSQUERY = TsquerySyntax()
