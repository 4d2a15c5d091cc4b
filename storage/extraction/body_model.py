"""A learned vote on where a page dump's article ends: features of a line and its neighbours, weights from data.

The hand rules end the body at the first list, footer or widget they recognise; on a layout they were not
written from, lines of furniture they do not know (a follow box, a teaser, a form's labels) stay kept under
the last paragraph. The vote reads the short run kept after the article's last long paragraph, from the end
up, and removes the lines the model finds unlike an article's closing lines, stopping at the first it keeps.
The weights (`resources/data/body_model.json`) are trained by `benchmarks/train_body_model.py` on labelled
pages (our own sets, the probe pages, the tuned real pages); the features of a line are computed once.
"""
from __future__ import annotations

import logging
import math
import re
from functools import lru_cache

from ..records import Block
from ..resources import optional_table
from .bylines import classify_tail
from .captions import is_caption
from .linefeatures import ends_sentence, ends_with_ellipsis, is_name_like, words
from .noise import END_REASONS
from .titles import is_headline_like, is_paragraph_like

log = logging.getLogger(__name__)

LONG_PARAGRAPH_WORDS = 20  # the anchor: the last kept paragraph at least this long that ends a sentence
MAX_VETO = 10  # kept lines under the anchor the vote may remove (never the anchor itself)
LOOKAHEAD = 6  # lines after a line read for its context
TIME_RE = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\b")
LINK_RE = re.compile(r"https?:|www\.|\.(?:vn|com|net)\b|@|>>|»|\|")
LIST_START = ("-", "–", "•", "+", "*", "“", '"', "«")

FEATURE_NAMES = (
    "bias", "log_words", "ends_sentence", "ellipsis", "paragraph", "headline", "capital_share", "digit_share",
    "time_stamp", "link_like", "caption", "name_like", "list_or_quote", "lower_start",
    "steps_after_anchor", "prev_paragraph", "next_paragraph", "next_noise", "next_end_widget",
    "end_widget_near", "headline_run_after", "prose_after", "teaser_pair", "credit_after",
    "caption_around",
)
CREDIT_KINDS = frozenset({"byline", "source", "photo-credit"})


def _own(line: str) -> list[float]:
    tokens = words(line)
    count = len(tokens)
    alpha = [t for t in tokens if not t.isdigit()]
    capitals = sum(1 for t in alpha if t[:1].isupper()) / len(alpha) if alpha else 0.0
    digits = sum(ch.isdigit() for ch in line) / max(1, len(line))
    text = line.lstrip()
    return [
        1.0, math.log1p(count) / 4, float(ends_sentence(line)), float(ends_with_ellipsis(line)),
        float(is_paragraph_like(line)), float(is_headline_like(line)), capitals, min(1.0, 5 * digits),
        float(bool(TIME_RE.search(line))), float(bool(LINK_RE.search(line))), float(is_caption(line)),
        float(is_name_like(line)), float(text.startswith(LIST_START)), float(text[:1].islower()),
    ]


def line_features(lines: list[str], noise: list[str | None], i: int, anchor: int) -> list[float]:
    """The features of line i (FEATURE_NAMES order); `anchor`: the article's last long kept paragraph."""
    after = range(i + 1, min(len(lines), i + 1 + LOOKAHEAD))
    nxt = i + 1 if i + 1 < len(lines) else None
    end_at = next((j for j in after if noise[j] in END_REASONS), None)
    clean_after = [j for j in after if noise[j] is None]
    heads = 0
    for j in clean_after[:2]:
        heads += is_headline_like(lines[j]) and not ends_sentence(lines[j])
    pair = (nxt is not None and noise[nxt] is None and is_headline_like(lines[i]) and not ends_sentence(lines[i])
            and is_paragraph_like(lines[nxt]) and len(words(lines[nxt])) <= 40) or (
        i > 0 and noise[i - 1] is None and is_headline_like(lines[i - 1]) and not ends_sentence(lines[i - 1])
        and is_paragraph_like(lines[i]) and len(words(lines[i])) <= 40)
    return [
        *_own(lines[i]),
        min(max(0, i - anchor), 10) / 10,
        float(i > 0 and is_paragraph_like(lines[i - 1])),
        float(nxt is not None and is_paragraph_like(lines[nxt])),
        float(nxt is not None and noise[nxt] is not None),
        float(nxt is not None and noise[nxt] in END_REASONS),
        0.0 if end_at is None else (LOOKAHEAD + 1 - (end_at - i)) / LOOKAHEAD,
        heads / 2,
        float(any(is_paragraph_like(lines[j]) and not ends_with_ellipsis(lines[j]) for j in clean_after)),
        float(pair),
        float(nxt is not None and is_credit(lines[nxt])),
        float((i > 0 and is_caption(lines[i - 1])) or (nxt is not None and is_caption(lines[nxt]))),
    ]


def is_credit(line: str) -> bool:
    """A signature, source or photo credit: what closes an article, read from the line whatever the rules said."""
    tail = classify_tail(line) if len(line) <= 120 else None
    return tail is not None and tail.kind in CREDIT_KINDS


@lru_cache(maxsize=1)
def load_model() -> tuple[tuple[float, ...], float]:
    """(weights in FEATURE_NAMES order, probability under which a line is removed); no weights when the table
    is missing or stale."""
    table = optional_table("body_model.json")
    if not table:
        return (), 0.0
    if tuple(table.get("features", ())) != FEATURE_NAMES:
        log.warning("body_model.json: feature names differ from the code; retrain with benchmarks/train_body_model.py")
        return (), 0.0
    return tuple(float(w) for w in table["weights"]), float(table["threshold"])


def probability(features: list[float], weights: tuple[float, ...]) -> float:
    """The model's probability that the line is the article's."""
    z = sum(w * x for w, x in zip(weights, features))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def anchor_index(lines: list[str], blocks: list[Block]) -> int | None:
    """The last kept body line that is a long paragraph ending a sentence."""
    for i in range(len(blocks) - 1, -1, -1):
        if blocks[i].role == "body" and len(words(lines[i])) >= LONG_PARAGRAPH_WORDS and ends_sentence(lines[i]):
            return i
    return None


def vote_tail(lines: list[str], noise: list[str | None], blocks: list[Block]) -> int:
    """Remove the kept lines under the article's last long paragraph that the model votes out, from the last
    up, stopping at the first it keeps; blocks[i] is lines[i]. Returns how many were removed."""
    weights, threshold = load_model()
    if not weights:
        return 0
    anchor = anchor_index(lines, blocks)
    if anchor is None:
        return 0
    kept = [i for i in range(anchor + 1, len(blocks)) if blocks[i].role == "body"]
    if not kept or len(kept) > MAX_VETO or kept[-1] == len(lines) - 1:
        return 0  # (a text that ends with the article has no furniture under it)
    removed = 0
    for i in reversed(kept):
        if i + 1 < len(lines) and is_credit(lines[i + 1]):
            break  # the line above a signature or a source closes the article, whatever its shape
        if probability(line_features(lines, noise, i, anchor), weights) >= threshold:
            break
        blocks[i].role, blocks[i].reason = "removed", "related-list"
        removed += 1
    return removed
