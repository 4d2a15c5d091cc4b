"""Finding the headline among the first lines of a page dump, and cleaning HTML titles."""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from .captions import is_caption
from .linefeatures import ends_sentence, ends_with_ellipsis, is_name_like, norm_key, words
from .outlets import lookup, lookup_exact

log = logging.getLogger(__name__)

MIN_TITLE_WORDS = 4
MAX_TITLE_WORDS = 45
NAV_MARKERS_RE = re.compile(r"(?:trang chủ|home\b|»|›|\s>\s|\s/\s)", re.I)
SITE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
LEAD_MIN_WORDS = 12
LATE_TITLE_WINDOW = 3  # lines between the sapo and a title printed under it
DATE_BAR_REASONS = frozenset({"date", "byline"})


@lru_cache(maxsize=8192)
def is_headline_like(line: str) -> bool:
    """A line that could be a headline: some words, no sentence ending, not a name or a caption."""
    count = len(words(line))
    if not MIN_TITLE_WORDS <= count <= MAX_TITLE_WORDS or len(line) > 300:
        return False
    if line.rstrip().endswith((".", ";", ",", ":")) and not line.rstrip().endswith("..."):
        return False
    shouted_title = line.isupper() and count >= MIN_TITLE_WORDS  # "MỸ - HÀN TĂNG CƯỜNG HỢP TÁC"
    if NAV_MARKERS_RE.search(line) or (is_name_like(line) and not shouted_title) or is_caption(line):
        return False
    return count > 6 or lookup(line) is None  # a site name line ("Nhân Dân điện tử") is no headline


@lru_cache(maxsize=8192)
def is_paragraph_like(line: str) -> bool:
    """A prose paragraph: enough words and a sentence ending (or long enough to be prose)."""
    count = len(words(line))
    return count >= LEAD_MIN_WORDS and (ends_sentence(line) or count >= 40)


def question_title(line: str) -> bool:
    """A headline asking or exclaiming ("..., New Delhi nói gì?"): one sentence, no inner full stop."""
    text = line.rstrip()
    return text.endswith(("?", "!")) and len(words(text)) <= 30 and ". " not in text and text[0] not in "\"“'"


def _prose_follows(lines: list[str], noise: list[str | None], i: int) -> bool:
    after = next((line for line, reason in zip(lines[i + 1:], noise[i + 1:]) if reason is None), "")
    return is_paragraph_like(after) and not question_title(after)


def _repeated_later(lines: list[str]) -> set[int]:
    """Indexes of lines whose text appears again further down the page."""
    last: dict[str, int] = {}
    for i, line in enumerate(lines):
        last[norm_key(line)] = i
    return {i for i, line in enumerate(lines) if last[norm_key(line)] > i}


def find_title_index(lines: list[str], noise: list[str | None], hint: str | None = None) -> int | None:
    """Index of the title line: the HTML title's line, else the last headline before the first paragraph."""
    if hint:
        key = norm_key(hint)
        for i, line in enumerate(lines):
            if noise[i] is None and norm_key(line) == key:
                return i
    later = _repeated_later(lines)
    candidate, doubled, in_list = None, False, False
    for i, line in enumerate(lines):
        if noise[i] is not None:
            # headlines under a list header that follows a headline are other articles
            in_list = in_list or (noise[i] == "related-header" and candidate is not None)
            continue
        question = question_title(line) and _prose_follows(lines, noise, i)
        if i in later and is_paragraph_like(line):
            continue  # the sapo echoed above the title (a teaser box or the page description)
        if is_paragraph_like(line) and not is_caption(line) and not question:
            if not doubled and not ends_with_ellipsis(line):
                return candidate
            candidate, doubled, in_list = None, False, False  # a teaser of another article above this one
            continue
        if (is_headline_like(line) or question) and not in_list:
            doubled = candidate is not None and norm_key(lines[candidate]) == norm_key(line)
            candidate = i
    return candidate


def find_title_after_lead(lines: list[str], noise: list[str | None]) -> tuple[int, int] | None:
    """(title, lead) indexes when the sapo comes first and the headline under it carries the date bar."""
    lead = next((i for i, line in enumerate(lines) if noise[i] is None and is_paragraph_like(line)), None)
    if lead is None:
        return None
    for i in range(lead + 1, min(lead + 1 + LATE_TITLE_WINDOW, len(lines) - 1)):
        if noise[i] is not None or not is_headline_like(lines[i]):
            continue
        if any(reason in DATE_BAR_REASONS for reason in noise[i + 1: i + 3]):
            return i, lead
    return None


PIPE_TAIL_RE = re.compile(r"\s+\|\s+[^|]{2,80}$")
SITE_PREFIX_RE = re.compile(r"^[^|–—-]{2,40}?\s+[|–—-]\s+")
SITE_BRAND_WORDS_RE = re.compile(r"\s+(?:online|điện tử|đt|news|\.?vn|\.com\.vn)$", re.I)
MIN_BARE_TITLE_WORDS = 4


def _is_site_label(label: str, site_names: tuple[str, ...], loose: bool) -> bool:
    """A site name: the table knows it (with or without 'Online', 'điện tử'), or the page's site_name says it."""
    label = label.strip(" |–—-")
    bare = norm_key(SITE_BRAND_WORDS_RE.sub("", label))
    if any(norm_key(s) in (norm_key(label), bare) for s in site_names if s):
        return True
    # before the title, exact names only: a province ("Hà Giang - Cao Bằng: ...") is no site name
    find = lookup if loose else lookup_exact
    return find(label) is not None or find(SITE_BRAND_WORDS_RE.sub("", label)) is not None


def _title_variants(title: str) -> list[tuple[str, str]]:
    """(bare title, site part) pairs: the title with a ' - Site' suffix or a 'Site - ' prefix cut off."""
    found = []
    match = PIPE_TAIL_RE.search(title)  # "Headline - Section | Slogan - Site": all after the first pipe
    if match and match.group(0).count("|") == 1:
        found.append((title[: match.start()].strip(), match.group(0)))
    match = SITE_SUFFIX_RE.search(title)
    if match:
        found.append((title[: match.start()].strip(), match.group(0)))
    match = SITE_PREFIX_RE.match(title)
    if match:
        found.append((title[match.end():].strip(), match.group(0)))
    return found


def clean_html_title(title: str, site_names: tuple[str, ...] = (), page_keys: frozenset[str] = frozenset()) -> str:
    """An HTML <title> without its ' - Site name' suffix or 'Site name - ' prefix.

    The cut is made when the part is a known site name, when it is set off by '|', or when the page
    itself prints the bare title as a line (its h1 or bold headline: `page_keys` holds norm keys).
    """
    title = " ".join(title.split())
    if norm_key(title) in page_keys:
        return title
    for bare, site in _title_variants(title):
        if len(words(bare)) < 2:
            continue
        agreed = norm_key(bare) in page_keys
        suffix = site.strip().startswith(("|", "-", "–", "—"))
        # a cut prefix must leave a real headline: "Việt Nam - Nhật Bản: ..." keeps its first country
        known = _is_site_label(site, site_names, suffix) and (suffix or len(words(bare)) >= MIN_BARE_TITLE_WORDS)
        if agreed or known or site.strip().startswith("|"):
            return bare if agreed else clean_html_title(bare, site_names, page_keys)
    return title.strip()
