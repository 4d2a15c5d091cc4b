"""Full-text search on SQLite: how a parsed query is written as an FTS5 MATCH expression, and the bm25
ranking (the PostgreSQL counterpart is pg_text). Every field is indexed twice (storage.archive.search_index):
`*_x` the words as written, `*_f` the folded words; a term goes to one form by a column filter."""
from __future__ import annotations

from typing import Callable

from ..search_syntax import Term

EXACT_COLUMNS = "{title_x lead_x body_x}"
FOLDED_COLUMNS = "{title_f lead_f body_f}"
# bm25 weights, in column order: a title match counts most, then the lead.
BM25 = "bm25(articles_fts, 8.0, 8.0, 3.0, 3.0, 1.0, 1.0)"


def _quoted(text: str, prefix: bool = False) -> str:
    return '"' + text.replace('"', '""') + '"' + (" *" if prefix else "")


class Fts5Syntax:
    """How a parsed query is written as an SQLite FTS5 MATCH expression (PostgreSQL has its own:
    backends.pg_text.TsquerySyntax, the same methods writing a tsquery).

    `words_starting(prefix)`, when given, lists the index's words that start with a prefix (None: keep
    the prefix); a prefix is then written as an OR of those words (fts5_terms: it stops at a LIMIT)."""

    AND, OR = " AND ", " OR "

    def __init__(self, words_starting: Callable[[str], list[str] | None] | None = None) -> None:
        self.words_starting = words_starting

    def term(self, term: Term) -> str:
        """One word in the exact or the folded columns (either form of a marked prefix)."""
        columns = EXACT_COLUMNS if term.exact else FOLDED_COLUMNS
        return " OR ".join(f"{columns} : {self._words([], form, term.prefix)}" for form in term.forms())

    def phrase(self, words: list[str], exact: bool, prefix: bool) -> str:
        """Words in order in one column of the exact or the folded form."""
        return f"{EXACT_COLUMNS if exact else FOLDED_COLUMNS} : {self._words(words[:-1], words[-1], prefix)}"

    def _words(self, head: list[str], last: str, prefix: bool) -> str:
        """The phrase head + last (last a prefix or not), the prefix spelled out as its words when known."""
        completions = self.words_starting(last) if prefix and self.words_starting is not None else None
        if completions is None:
            return _quoted(" ".join(head + [last]), prefix)
        if not completions:  # no word starts so: the word itself, which matches nothing either
            return _quoted(" ".join(head + [last]))
        return "(" + " OR ".join(_quoted(" ".join(head + [word])) for word in completions) + ")"

    def without(self, positive: str, negatives: list[str]) -> str:
        """`positive NOT n1 NOT n2`: FTS5's NOT is binary."""
        return f"({positive})" + "".join(f" NOT ({n})" for n in negatives)


FTS5 = Fts5Syntax()
