"""A learned headline ranker for page dumps: features of a line and its neighbours, weights from data.

The weights (`resources/data/title_model.json`) are trained by `benchmarks/train_title_model.py` on
labelled pages (our own sets and the tuned real pages); every line of a page is scored and the best
candidate is the headline. Hand rules picked the last headline-shaped line before the first paragraph,
which a site slogan, a section banner or a menu heading also is on real pages.
"""
from __future__ import annotations

import json
import logging
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..resources import resource_path
from .captions import is_caption
from .dates import is_date_line
from .linefeatures import accent_ratio, ends_with_ellipsis, is_name_like, norm_key, words
from .noise import section_coverage
from .outlets import from_lead_prefix, lookup
from .titles import is_headline_like, is_paragraph_like, question_title

log = logging.getLogger(__name__)

MAX_CANDIDATE_WORDS = 50
MAX_CANDIDATE_CHARS = 320
PROSE_WINDOW = 12  # lines after a headline where its article's prose is looked for
OVERLAP_WINDOW = 15
NEIGHBOURS = 3
DATE_REASONS = frozenset({"date", "byline"})


@dataclass(frozen=True)
class PageView:
    """One page's lines with their noise reasons and per-line facts computed once."""

    lines: list[str]
    noise: list[str | None]
    keys: list[str]
    prose: list[bool]
    headline: list[bool]
    dated: list[bool]
    vocab: list[frozenset[str]]
    counts: Counter[str]


def page_view(lines: list[str], noise: list[str | None]) -> PageView:
    """Compute the per-line facts the features read."""
    keys = [norm_key(line) for line in lines]
    prose = [reason is None and is_paragraph_like(line) for line, reason in zip(lines, noise)]
    headline = [reason is None and is_headline_like(line) for line, reason in zip(lines, noise)]
    dated = [reason in DATE_REASONS or (len(line) <= 90 and is_date_line(line)) for line, reason in zip(lines, noise)]
    vocab = [frozenset(w for w in words(line.casefold()) if len(w) >= 2 and not w.isdigit()) for line in lines]
    return PageView(lines, noise, keys, prose, headline, dated, vocab, Counter(keys))


def is_candidate(view: PageView, i: int) -> bool:
    """A line that may be the headline: not noise, a few words, not too long."""
    line = view.lines[i]
    return view.noise[i] is None and 2 <= len(words(line)) <= MAX_CANDIDATE_WORDS and len(line) <= MAX_CANDIDATE_CHARS


def _next_text(view: PageView, i: int) -> int | None:
    """The next line that is not noise, a date bar, a byline or an item of a list ("Tin liên quan" ...)."""
    listing = False
    for j in range(i + 1, len(view.lines)):
        listing = listing or view.noise[j] == "related-header"
        if view.noise[j] is None and not view.dated[j] and (view.prose[j] or not listing):
            return j
    return None


def in_list(view: PageView, i: int) -> bool:
    """The line sits under a list header ("Tin liên quan") with no prose or date bar between: another
    article's title (a date bar between says the article's own header starts there)."""
    for j in range(i - 1, -1, -1):
        if view.noise[j] == "related-header":
            return True
        if view.prose[j] or view.dated[j]:
            return False
    return False


def _overlap(view: PageView, i: int) -> float:
    """Share of the line's words that the following lines repeat (a headline announces its article)."""
    own = view.vocab[i]
    if not own:
        return 0.0
    later: set[str] = set()
    for j in range(i + 1, min(i + 1 + OVERLAP_WINDOW, len(view.lines))):
        if view.keys[j] != view.keys[i] and view.noise[j] is None:
            later |= view.vocab[j]
    return len(own & later) / len(own)


def _context_features(view: PageView, i: int) -> list[float]:
    """Where the line sits: date bars around it, prose after it, lists and headlines near it."""
    n = len(view.lines)
    after = _next_text(view, i)
    run = sum(len(words(view.lines[j])) for j in range(i + 1, min(i + 1 + PROSE_WINDOW, n)) if view.prose[j])
    before = sum(view.prose[:i])
    near = [j for j in range(max(0, i - NEIGHBOURS), min(n, i + NEIGHBOURS + 1)) if j != i]
    doubled = (i + 1 < n and view.keys[i + 1] == view.keys[i]) or (i > 0 and view.keys[i - 1] == view.keys[i])
    teaser_next = after is not None and ends_with_ellipsis(view.lines[after])
    return [
        float(any(view.dated[j] for j in range(i + 1, min(i + 3, n)))),
        float(any(view.dated[j] for j in range(max(0, i - 2), i))),
        float(after is not None and view.prose[after]),
        math.log1p(run) / 6,
        _overlap(view, i),
        float(doubled),
        float(view.counts[view.keys[i]] > 1),
        i / max(n, 1),
        math.log1p(before) / 4,
        sum(view.headline[j] for j in near) / len(near) if near else 0.0,
        float(in_list(view, i)),
        float(after is not None and from_lead_prefix(view.lines[after])[0] is not None),
        float(teaser_next),
        float(doubled and teaser_next),  # a related block: another article's title twice, then its teaser
    ]


def line_features(view: PageView, i: int) -> list[float]:
    """The feature vector of line i (its own shape, then its context); names in FEATURE_NAMES."""
    line = view.lines[i]
    count = len(words(line))
    stripped = line.rstrip()
    own = [
        1.0,
        float(view.headline[i]),
        float(question_title(line)),
        min(count, 40) / 40,
        float(count < 4),
        float(stripped.endswith(".") and not stripped.endswith("...")),
        float(ends_with_ellipsis(line)),
        float(line.isupper()),
        float(is_name_like(line)),
        float(is_caption(line)),
        float(count <= 6 and lookup(line) is not None),
        accent_ratio(line),
        float(line[:1].islower()),
        float(view.prose[i]),
        section_coverage(line),
    ]
    return own + _context_features(view, i)


FEATURE_NAMES = (
    "bias", "headline_shape", "question", "words", "short", "period_end", "ellipsis", "upper", "name_like",
    "caption", "site_name", "accents", "lower_start", "prose_shape", "section_words",
    "date_after", "date_before", "prose_next", "prose_run", "overlap_after", "doubled", "repeated", "position",
    "prose_before", "headlines_near", "in_list", "prefix_next", "teaser_next", "doubled_teaser",
)


@lru_cache(maxsize=1)
def load_weights() -> tuple[float, ...]:
    """The trained weights, in FEATURE_NAMES order; empty when the table is missing or stale."""
    path = resource_path("data", "title_model.json")
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read the title model: %s", path, exc)
        return ()
    if tuple(table.get("features", ())) != FEATURE_NAMES:
        log.warning("%s: feature names differ from the code; retrain with benchmarks/train_title_model.py", path)
        return ()
    return tuple(float(w) for w in table["weights"])


def score_line(view: PageView, i: int, weights: tuple[float, ...]) -> float:
    """The model's score of line i as the headline (higher is likelier)."""
    return sum(w * x for w, x in zip(weights, line_features(view, i)))


def rank_title(lines: list[str], noise: list[str | None]) -> int | None:
    """Index of the likeliest headline line, or None when the page has no candidate or no model."""
    weights = load_weights()
    if not weights:
        return None
    view = page_view(lines, noise)
    scored = [(score_line(view, i, weights), -i) for i in range(len(lines)) if is_candidate(view, i)]
    return -max(scored)[1] if scored else None
