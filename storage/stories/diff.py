"""Word-level differences between a version and the original (for the versions pane and the dossier)."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class Piece:
    """A run of words: kept in both, only in the original (removed), or only in the version (added)."""

    kind: str  # "same" | "removed" | "added"
    text: str


def word_diff(original: str, version: str) -> list[Piece]:
    """The version against the original, word by word (whitespace-separated words, as written)."""
    a, b = _TOKEN.findall(original), _TOKEN.findall(version)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("added", " ".join(b[j1:j2])))
    return pieces


def changed_words(pieces: list[Piece]) -> tuple[int, int]:
    """(words removed, words added)."""
    removed = sum(len(p.text.split()) for p in pieces if p.kind == "removed")
    added = sum(len(p.text.split()) for p in pieces if p.kind == "added")
    return removed, added


def added_paragraphs(original: list[str], version: list[str]) -> list[str]:
    """Paragraphs of the version with no close counterpart in the original (new text that matters)."""
    return [p for p in version
            if not difflib.get_close_matches(p, original, n=1, cutoff=0.6)]
