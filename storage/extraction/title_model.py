"""A learned headline ranker for page dumps: features of a line and its neighbours, weights from data.

The weights (`resources/data/title_model.json`) are trained by `benchmarks/train_title_model.py` on
labelled pages (our own sets and the tuned real pages); every line of a page is scored and the best
candidate is the headline. Hand rules picked the last headline-shaped line before the first paragraph,
which a site slogan, a section banner or a menu heading also is on real pages.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..resources import optional_table
from .bylines import classify_tail, is_person_name, strip_rank
from .captions import is_caption
from .linefeatures import ends_with_ellipsis, is_name_like, norm_key, words
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
OWN_SIZE = 15  # features of the line itself, before those of its context
CONTEXT_CAP = 1.5  # every context feature lies in [0, 1.5] (the log-scaled prose run may pass 1)
BOUND_SLACK = 1e-9  # rank_title: rounding room in a line's bound


@dataclass(frozen=True)
class PageView:
    """One page's lines with their noise reasons and per-line facts computed once."""

    lines: list[str]
    noise: list[str | None]
    keys: list[str]
    prose: list[bool]
    headline: list[bool]
    dated: list[bool]
    tokens: list[tuple[str, ...] | None]  # casefolded words of each line, through folded(): most are never read
    counts: Counter[str]
    counts_words: list[int]  # words per line
    prose_before: list[int]  # prose lines above each line
    vocab_cache: dict[int, frozenset[str]]
    listed: list[bool]  # under a list header with no prose or date bar between (in_list)

    def folded(self, i: int) -> tuple[str, ...]:
        """The casefolded words of line i, computed when first asked (a candidate and the lines after it)."""
        found = self.tokens[i]
        if found is None:
            found = self.tokens[i] = folded_words(self.lines[i])
        return found

    def vocab(self, i: int) -> frozenset[str]:
        """The content words of line i (two letters or more, no numbers), computed when first asked."""
        found = self.vocab_cache.get(i)
        if found is None:
            found = self.vocab_cache[i] = frozenset(w for w in self.folded(i) if len(w) >= 2 and not w.isdigit())
        return found


# Characters whose casefolded form is a single character of another class for WORD_RE (a letter from a
# combining mark): every other one-to-one fold keeps the word boundaries (tests/storage/test_title_model.py).
CLASS_CHANGING_FOLDS = re.compile("[\u0345]")


def folded_words(line: str) -> tuple[str, ...]:
    """words(line.casefold()), from the line's own words where casefolding maps each character to one of the
    same class: those the cleaning rules and the metadata ask for too, found once (cached)."""
    if _same_bounds(line):
        return tuple(map(str.casefold, words(line)))
    return words(line.casefold())  # "ß" -> "ss", "İ" -> "i" + a combining dot: the boundaries may move


def _same_bounds(line: str) -> bool:
    """Casefolding the line keeps its word boundaries: one character for one, none changing class."""
    return line.isascii() or len(line.casefold()) == len(line) and not CLASS_CHANGING_FOLDS.search(line)


def _word_count(line: str) -> int:
    """len(folded_words(line)), without casefolding the words where the boundaries stay."""
    return len(words(line)) if _same_bounds(line) else len(words(line.casefold()))


def page_view(lines: list[str], noise: list[str | None]) -> PageView:
    """Compute the per-line facts the features read."""
    keys = [norm_key(line) for line in lines]
    prose = [reason is None and is_paragraph_like(line) for line, reason in zip(lines, noise)]
    headline = [reason is None and is_headline_like(line) for line, reason in zip(lines, noise)]
    dated = [reason in DATE_REASONS for reason in noise]  # classify() already tells date bars and bylines
    for i in range(1, len(lines)):
        if not dated[i] and headline[i - 1] and _signature(lines[i], noise[i]):
            dated[i] = True  # "Thanh Hương" alone under a headline: the writer's line, as a date bar would be
    # Every line's words are counted (is_headline_like has just found those of most lines); the casefolded
    # words themselves are made only for the lines read (folded()).
    counts_words = [_word_count(line) for line in lines]
    prose_before = [0]
    for flag in prose[:-1]:
        prose_before.append(prose_before[-1] + flag)
    return PageView(lines, noise, keys, prose, headline, dated, [None] * len(lines), Counter(keys),
                    counts_words, prose_before, {}, _listed(noise, prose, dated))


def _listed(noise: list[str | None], prose: list[bool], dated: list[bool]) -> list[bool]:
    """For each line, whether the nearest line above it that is a list header, prose or a date bar is a
    list header: one pass (asked line by line, walking up from each, a page of many short lines cost n²)."""
    listed, under_header = [], False
    for reason, is_prose, is_dated in zip(noise, prose, dated):
        listed.append(under_header)
        if reason == "related-header":
            under_header = True
        elif reason == "kind-label":
            under_header = False  # "Quan điểm", "Trực tiếp" printed over the article's own headline
        elif is_prose or is_dated:
            under_header = False
    return listed


def _signature(line: str, reason: str | None) -> bool:
    """A bare writer's name: two to four capitalised words that read as a byline."""
    if reason is not None or not 2 <= len(line.split()) <= 4 or not is_name_like(line):
        return False
    tail = classify_tail(line)
    return tail is not None and tail.kind == "byline" and bool(tail.value)


# "- Bột mỳ", "• Giá vé", "+ Bước 1": an item of a list in the text, never the headline.
LIST_ITEM_RE = re.compile(r"^\s*[-–•+*]\s")


# "Chương 1: Con đường mòn", "II. THẾ HỆ MỚI", "Phần ba - Mùa sâm": a chapter heading inside a longform text.
CHAPTER_RE = re.compile(r"^(?:chương|phần)\s+(?:\d{1,2}|[ivx]{1,4}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|cuối)"
                        r"\s*[:.\-–]\s*\S|^[IVX]{1,4}\s*[.:\-–]\s+\S", re.I)


def is_candidate(view: PageView, i: int) -> bool:
    """A line that may be the headline: not noise, a few words, not too long, not an item of a list or a
    chapter heading."""
    line = view.lines[i]
    return view.noise[i] is None and 2 <= view.counts_words[i] <= MAX_CANDIDATE_WORDS \
        and len(line) <= MAX_CANDIDATE_CHARS and not LIST_ITEM_RE.match(line) and not CHAPTER_RE.match(line)


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
    return view.listed[i]


def _overlap(view: PageView, i: int) -> float:
    """Share of the line's words that the following lines repeat (a headline announces its article)."""
    own = view.vocab(i)
    if not own:
        return 0.0
    # Only the line's own words are collected (not the union of the whole window's, ten times larger). They
    # are all content words, so meeting a line's raw words is meeting its vocab(): no set of it is built.
    repeated: set[str] = set()
    keys, noise, folded, key = view.keys, view.noise, view.folded, view.keys[i]
    for j in range(i + 1, min(i + 1 + OVERLAP_WINDOW, len(keys))):
        if keys[j] != key and noise[j] is None:
            repeated |= own.intersection(folded(j))
            if len(repeated) == len(own):
                break
    return len(repeated) / len(own)


def _context_features(view: PageView, i: int, overlap: float | None = None) -> list[float]:
    """Where the line sits: date bars around it, prose after it, lists and headlines near it.
    `overlap`: the value to put for overlap_after instead of computing it (rank_title's bound)."""
    n = len(view.lines)
    after = _next_text(view, i)
    run = sum(view.counts_words[j] for j in range(i + 1, min(i + 1 + PROSE_WINDOW, n)) if view.prose[j])
    before = view.prose_before[i]
    near = [j for j in range(max(0, i - NEIGHBOURS), min(n, i + NEIGHBOURS + 1)) if j != i]
    doubled = (i + 1 < n and view.keys[i + 1] == view.keys[i]) or (i > 0 and view.keys[i - 1] == view.keys[i])
    teaser_next = after is not None and ends_with_ellipsis(view.lines[after])
    return [
        float(any(view.dated[j] for j in range(i + 1, min(i + 3, n)))),
        float(any(view.dated[j] for j in range(max(0, i - 2), i))),
        float(after is not None and view.prose[after]),
        min(math.log1p(run) / 6, CONTEXT_CAP),
        _overlap(view, i) if overlap is None else overlap,
        float(doubled),
        float(view.counts[view.keys[i]] > 1),
        i / max(n, 1),
        min(math.log1p(before) / 4, CONTEXT_CAP),
        sum(view.headline[j] for j in near) / len(near) if near else 0.0,
        float(in_list(view, i)),
        float(after is not None and from_lead_prefix(view.lines[after])[0] is not None),
        float(teaser_next),
        float(doubled and teaser_next),  # a related block: another article's title twice, then its teaser
        float(_longer_headline_below(view, i)),
    ]


BELOW_WINDOW = 3  # a section label, a banner or a kicker, then a date bar, then the headline


def _longer_headline_below(view: PageView, i: int) -> bool:
    """A longer headline-shaped line follows within a few lines, no prose between: this line is what a page
    prints over its headline (section label, banner, kicker), whatever its wording."""
    own = view.counts_words[i]
    for j in range(i + 1, min(i + 1 + BELOW_WINDOW, len(view.lines))):
        if view.headline[j] and view.counts_words[j] > own and view.keys[j] != view.keys[i]:
            return True
        if view.prose[j]:
            return False
    return False


def line_features(view: PageView, i: int) -> list[float]:
    """The feature vector of line i (its own shape, then its context); names in FEATURE_NAMES."""
    return own_features(view, i) + _context_features(view, i)


def _accent_share(tokens: list[str]) -> float:
    """Share of a line's non-numeric words carrying a diacritic (as accent_ratio, from its words)."""
    alpha = [w for w in tokens if not w.isdigit()]
    return (len(alpha) - sum(map(str.isascii, alpha))) / len(alpha) if alpha else 0.0


def own_features(view: PageView, i: int) -> list[float]:
    """The features of line i taken alone (the first OWN_SIZE names of FEATURE_NAMES)."""
    line = view.lines[i]
    count = view.counts_words[i]
    stripped = line.rstrip()
    return [
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
        _accent_share(view.folded(i)),
        float(line[:1].islower()),
        float(view.prose[i]),
        section_coverage(line),
    ]


FEATURE_NAMES = (
    "bias", "headline_shape", "question", "words", "short", "period_end", "ellipsis", "upper", "name_like",
    "caption", "site_name", "accents", "lower_start", "prose_shape", "section_words",
    "date_after", "date_before", "prose_next", "prose_run", "overlap_after", "doubled", "repeated", "position",
    "prose_before", "headlines_near", "in_list", "prefix_next", "teaser_next", "doubled_teaser", "headline_below",
)
OVERLAP_AT = FEATURE_NAMES.index("overlap_after") - OWN_SIZE  # among the context features


@lru_cache(maxsize=1)
def load_weights() -> tuple[float, ...]:
    """The trained weights, in FEATURE_NAMES order; empty when the table is missing or stale."""
    table = optional_table("title_model.json")
    if not table:
        return ()
    if tuple(table.get("features", ())) != FEATURE_NAMES:
        log.warning("title_model.json: feature names differ from the code; retrain with benchmarks/train_title_model.py")
        return ()
    return tuple(float(w) for w in table["weights"])


def score_line(view: PageView, i: int, weights: tuple[float, ...]) -> float:
    """The model's score of line i as the headline (higher is likelier)."""
    return sum(w * x for w, x in zip(weights, line_features(view, i)))


# The features read from the view's lists or by one string test, in FEATURE_NAMES order: a line's score is at
# most these plus the most the others (a regex, a table, a walk down the page, the overlap) can add.
CHEAP_NAMES = ("bias", "headline_shape", "words", "short", "period_end", "ellipsis", "upper", "lower_start",
               "prose_shape", "date_after", "date_before", "doubled", "repeated", "position", "prose_before",
               "headlines_near", "in_list")
CAPPED = frozenset({"prose_run", "prose_before"})  # log-scaled, up to CONTEXT_CAP; every other feature lies in [0, 1]


def cheap_features(view: PageView, i: int) -> list[float]:
    """The CHEAP_NAMES features of line i, as own_features and _context_features compute them."""
    n = len(view.lines)
    line = view.lines[i]
    count = view.counts_words[i]
    stripped = line.rstrip()
    near = [j for j in range(max(0, i - NEIGHBOURS), min(n, i + NEIGHBOURS + 1)) if j != i]
    doubled = (i + 1 < n and view.keys[i + 1] == view.keys[i]) or (i > 0 and view.keys[i - 1] == view.keys[i])
    return [
        1.0,
        float(view.headline[i]),
        min(count, 40) / 40,
        float(count < 4),
        float(stripped.endswith(".") and not stripped.endswith("...")),
        float(ends_with_ellipsis(line)),
        float(line.isupper()),
        float(line[:1].islower()),
        float(view.prose[i]),
        float(any(view.dated[j] for j in range(i + 1, min(i + 3, n)))),
        float(any(view.dated[j] for j in range(max(0, i - 2), i))),
        float(doubled),
        float(view.counts[view.keys[i]] > 1),
        i / max(n, 1),
        min(math.log1p(view.prose_before[i]) / 4, CONTEXT_CAP),
        sum(view.headline[j] for j in near) / len(near) if near else 0.0,
        float(in_list(view, i)),
    ]


def _bound_weights(weights: tuple[float, ...]) -> tuple[tuple[float, ...], float]:
    """The weights of CHEAP_NAMES, and the most the other features can add (each at its cap if it counts for)."""
    rest = sum(max(0.0, w) * (CONTEXT_CAP if name in CAPPED else 1.0)
               for name, w in zip(FEATURE_NAMES, weights) if name not in CHEAP_NAMES)
    return tuple(weights[FEATURE_NAMES.index(name)] for name in CHEAP_NAMES), rest


def rank_title(lines: list[str], noise: list[str | None]) -> int | None:
    """Index of the likeliest headline line, or None when the page has no candidate or no model.

    Every candidate gets a bound: its cheap features exactly, the others at the most they can add. Lines are
    scored fully in the order of their bounds, while a bound can still beat the best full score found (the
    same pick as scoring every line: on a news page one or two lines of twenty are scored).
    """
    weights = load_weights()
    if not weights:
        return None
    view = page_view(lines, noise)
    own_weights, context_weights = weights[:OWN_SIZE], weights[OWN_SIZE:]
    cheap_weights, rest = _bound_weights(weights)
    overlap_bound = max(0.0, context_weights[OVERLAP_AT])  # overlap_after lies in [0, 1]
    shortlist = sorted(((rest + sum(w * x for w, x in zip(cheap_weights, cheap_features(view, i))), i)
                        for i in range(len(lines)) if is_candidate(view, i)), key=lambda pair: (-pair[0], pair[1]))
    best: tuple[float, int] | None = None
    for bound, i in shortlist:
        # the slack keeps rounding from skipping a line whose exact score ties
        if best is not None and bound < best[0] - BOUND_SLACK:
            break
        own = sum(w * x for w, x in zip(own_weights, own_features(view, i)))
        features = _context_features(view, i, overlap=0.0)
        # The overlap (most of the context's cost) is computed only when the line could still win with the
        # most it can add.
        if best is not None and own + sum(w * x for w, x in zip(context_weights, features)) + overlap_bound \
                < best[0] - BOUND_SLACK:
            continue
        features[OVERLAP_AT] = _overlap(view, i)
        total = own + sum(w * x for w, x in zip(context_weights, features))
        if best is None or (total, -i) > (best[0], -best[1]):
            best = (total, i)
    if best is None:
        return None
    pick = best[1]
    for _ in range(ABOVE_STEPS):  # a chapter heading under a cover caption under the headline: two steps up
        above = _above_short_pick(view, pick)
        if above == pick:
            break
        pick = above
    return pick


ABOVE_STEPS = 3


HEADLINE_ABOVE_WORDS = 6


def _above_short_pick(view: PageView, i: int) -> int:
    """A line printed under the headline (between it and the date or the sapo) is not the headline: the
    headline-shaped line right above it, if its words come back in the text more. That line is a banner, a
    section label or a deck when it is shorter. When it is not shorter, or when a writer's name, a byline or a
    date bar sits between the two, it is a cover photo's caption or the writer's role, and the headline's
    words must come back clearly more. A line with a byline under it heads its article, even under a list
    header ("Tin mới nhất") with no date bar between."""
    above, credited = i - 1, False
    while above > 0 and i - above <= SKIP_UNDER_HEADLINE and (view.dated[above] or _writer_name(view.lines[above])):
        credited = credited or view.noise[above] == "byline"
        above -= 1
    if above < 0 or view.lines[i][:1].islower() or not view.headline[above] \
            or view.counts_words[above] < HEADLINE_ABOVE_WORDS or (in_list(view, above) and not credited):
        return i
    mine, theirs = _overlap(view, i), _overlap(view, above)
    if credited and not in_list(view, above):
        return above if theirs >= CAPTION_OVERLAP_MIN else i  # the headline signed right under it
    if credited or (above == i - 1 and view.counts_words[above] > view.counts_words[i]):
        return above if theirs > mine else i
    return above if theirs >= CAPTION_OVERLAP_RATIO * mine and theirs >= CAPTION_OVERLAP_MIN else i


SKIP_UNDER_HEADLINE = 3  # a name, a byline and a date bar at most between the headline and the line picked
CAPTION_OVERLAP_RATIO = 2.0
CAPTION_OVERLAP_MIN = 0.5


def _writer_name(line: str) -> bool:
    """A writer's name alone, with or without a rank or calling ("TS. Nguyễn Hữu Lâm", "Luật sư Trần Thu Hà")."""
    name = strip_rank(line)
    return name != line.strip() and is_person_name(name.strip(" ,.")) or \
        (len(line.split()) <= 5 and is_person_name(line.strip()))
