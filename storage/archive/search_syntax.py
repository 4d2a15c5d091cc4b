"""The archive's query language, parsed from any text without ever failing (no SQL here).

Like a web search engine: words are ANDed, `"a phrase"` is a phrase, upper-case `OR` separates
alternatives (it binds looser than AND: `quoc phong OR "Bộ Ngoại giao"` is either of the two),
`-word`, `-"phrase"`, `-(group)` and `NOT word` exclude, upper-case `AND` is a space, parentheses group.
Lower-case and/or/not are words. Anything malformed is dropped: unmatched parentheses, an operator
with nothing to apply to, punctuation. Each word is routed as in storage.search (exact when marked,
folded otherwise); with prefix_last the query's last word also matches word starts.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Union

from ..folding import exact_form, fold, has_diacritics, words

log = logging.getLogger(__name__)

MAX_QUERY_WORDS = 32
MAX_TOKENS = 1000
MAX_DEPTH = 8  # deeper parentheses are ignored (keeps recursion and the FTS expression shallow)
QUOTES = '"“”„'
OPERATORS = {"AND": "and", "OR": "or", "NOT": "not"}
MAX_QUERY_CHARS = 10_000  # the rest of a pasted text is ignored (bounds the work)
_CHUNK = re.compile(r'[^\s"“”„()]+')
_QUOTE = re.compile('["“”„]')


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


def make_term(word: str, prefix: bool = False) -> Term:
    """A term for one query word: exact when it carries marks, folded otherwise."""
    exact = has_diacritics(word)
    text = exact_form(word) if exact else fold(word)
    typed = nfc_lower(word) if prefix and exact and nfc_lower(word) != text else None
    return Term(text, exact, prefix, typed)


@dataclass(frozen=True)
class Leaf:
    """A word or a phrase; `bare` marks an unquoted word (neighbouring bare words are tried as a phrase)."""

    terms: tuple[Term, ...]
    bare: bool = False


@dataclass(frozen=True)
class Group:
    """Items that must all match; a negated item must not."""

    items: tuple[tuple["Node", bool], ...]


@dataclass(frozen=True)
class Either:
    """Alternatives: any branch may match."""

    branches: tuple["Node", ...]


Node = Union[Leaf, Group, Either]
Token = tuple[str, list]  # kind ("words", "phrase", "(", ")", "neg", "and", "or", "not"), payload


def tokenize(query: str) -> list[Token]:
    """Split text into tokens; unmatched and too-deep parentheses and bare punctuation are dropped."""
    text = unicodedata.normalize("NFC", (query or "")[:MAX_QUERY_CHARS])
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n and len(tokens) < MAX_TOKENS:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in QUOTES:
            closing = _QUOTE.search(text, i + 1)
            end = closing.start() if closing else n
            if found := words(text[i + 1:end]):
                tokens.append(("phrase", found))
            i = end + 1
        elif ch in "()":
            tokens.append((ch, []))
            i += 1
        elif ch == "-" and i + 1 < n and (text[i + 1] in QUOTES + "(" or _is_word_char(text[i + 1])):
            tokens.append(("neg", []))
            i += 1
        else:
            match = _CHUNK.match(text, i)
            chunk, i = match.group(), match.end()  # type: ignore[union-attr]
            if chunk in OPERATORS:
                tokens.append((OPERATORS[chunk], []))
            elif found := words(chunk):
                tokens.append(("words", found))
    return _cap_words(_balance(tokens))


def _is_word_char(ch: str) -> bool:
    return bool(words(ch))


def _balance(tokens: list[Token]) -> list[Token]:
    """Drop unmatched parentheses, and matched ones nested deeper than MAX_DEPTH."""
    dropped, opened = set(), []
    for k, (kind, _) in enumerate(tokens):
        if kind == "(":
            opened.append(k)
        elif kind == ")":
            if opened:
                opened.pop()
            else:
                dropped.add(k)
    dropped.update(opened)
    out, depth = [], 0
    for k, token in enumerate(tokens):
        if k in dropped:
            continue
        depth += token[0] == "("
        if depth <= MAX_DEPTH or token[0] not in ("(", ")"):
            out.append(token)
        depth -= token[0] == ")"
    return out


def _cap_words(tokens: list[Token]) -> list[Token]:
    """Keep the first MAX_QUERY_WORDS words (later ones are dropped)."""
    budget, out = MAX_QUERY_WORDS, []
    for kind, payload in tokens:
        if kind in ("words", "phrase"):
            payload = payload[:budget]
            budget -= len(payload)
            if not payload:
                continue
        out.append((kind, payload))
    return out


def _terms(tokens: list[Token], prefix_last: bool) -> list[Token]:
    """Word strings to Terms; with prefix_last the query's last word is a prefix term."""
    last = max((k for k, (kind, _) in enumerate(tokens) if kind in ("words", "phrase")), default=-1)
    out = []
    for k, (kind, payload) in enumerate(tokens):
        if kind in ("words", "phrase"):
            payload = [make_term(w, prefix_last and k == last and j == len(payload) - 1)
                       for j, w in enumerate(payload)]
        out.append((kind, payload))
    return out


class _Parser:
    """Recursive descent: query := or (AND-joined); or := and (OR and)*; and := unary*;
    unary := (- | NOT)* primary; primary := words | phrase | ( or )."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens, self.pos = tokens, 0

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def query(self) -> Node | None:
        parts: list[tuple[Node, bool]] = []
        while self.peek() is not None:
            node = self.alternatives()
            if node is not None:
                parts.append((node, False))
            if self.peek() == ")":  # unmatched (the tokenizer drops these; kept as a guard)
                self.pos += 1
        return _group(parts)

    def alternatives(self) -> Node | None:
        branches = [self.all_of()]
        while self.peek() == "or":
            self.pos += 1
            branches.append(self.all_of())
        found = [b for b in branches if b is not None]  # a dangling OR leaves an empty branch
        if len(found) <= 1:
            return found[0] if found else None
        return Either(tuple(found))

    def all_of(self) -> Node | None:
        items: list[tuple[Node, bool]] = []
        while self.peek() not in (None, "or", ")"):
            if self.peek() == "and":
                self.pos += 1
            else:
                items += self.unary()
        return _group(items)

    def unary(self) -> list[tuple[Node, bool]]:
        negated = False
        while self.peek() in ("neg", "not"):
            negated, self.pos = not negated, self.pos + 1
        kind = self.peek()
        if kind == "(":
            self.pos += 1
            node = self.alternatives()
            if self.peek() == ")":
                self.pos += 1
            if isinstance(node, Leaf):  # "(a) b": the parentheses keep a out of the phrase run
                node = Leaf(node.terms)
            return [(node, negated)] if node is not None else []
        if kind not in ("words", "phrase"):
            return []  # a negation with nothing after it is ignored
        terms = self.tokens[self.pos][1]
        self.pos += 1
        if kind == "words" and not negated:
            return [(Leaf((t,), bare=True), False) for t in terms]
        return [(Leaf(tuple(terms)), negated)]  # "-hoà-bình" excludes the phrase


def _group(items: list[tuple[Node, bool]]) -> Node | None:
    if not items:
        return None
    if len(items) == 1 and not items[0][1]:
        return items[0][0]
    return Group(tuple(items))


def parse(query: str, prefix_last: bool = False) -> Node | None:
    """The query tree for any text; None when it holds no word at all."""
    return _Parser(_terms(tokenize(query), prefix_last)).query()


def positive_leaves(node: Node | None) -> list[Leaf]:
    """The words and phrases a hit may contain (excluded ones left out), in query order, once each."""
    found: list[Leaf] = []
    if isinstance(node, Leaf):
        found.append(node)
    elif isinstance(node, Either):
        for branch in node.branches:
            found += positive_leaves(branch)
    elif isinstance(node, Group):
        for item, negated in node.items:
            if not negated:
                found += positive_leaves(item)
    return list(dict.fromkeys(found))


def positive_terms(node: Node | None) -> list[Term]:
    """The terms a hit may contain (excluded ones left out), in query order, once each."""
    return list(dict.fromkeys(term for leaf in positive_leaves(node) for term in leaf.terms))
