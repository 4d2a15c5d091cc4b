"""Visible text of an HTML tree as lines, and the article's own paragraphs when the markup shows them."""
from __future__ import annotations

import logging
import re

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString, PreformattedString

from storage.readers.textnorm import normalize_line

log = logging.getLogger(__name__)

# Never rendered as text.
SKIP_TAGS = frozenset(
    "script style noscript template svg math canvas iframe object embed head title meta link "
    "button select option textarea input audio video map area dialog".split()
)
# Each starts and ends a line, as a browser lays them out.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASSES = frozenset({"hidden", "hide", "d-none", "sr-only", "visually-hidden", "screen-reader-text"})
# Class/id words of page furniture that sits inside an article container but is not the article.
_NOISE = re.compile(
    r"relat|lien-?quan|tin-?khac|news-?other|other-?news|cung-?chuyen-?muc|same-?cat|read-?more|xem-?them|more-?news|"
    r"share|social|sharing|\btags?\b|tag-?list|keyword|comment|binh-?luan|advert|\bads?\b|"
    r"quang-?cao|banner|breadcrumb|\bmenu|\bnav|sidebar|widget|recommend|newsletter|subscribe|"
    r"toolbar|\bprint|rating|\bdate|date\b|\btime\b|timestamp|publish|\bmeta\b|font-?size|audio|player",
    re.I,
)
NOISE_TAGS = frozenset({"nav", "aside", "footer", "form", "time"})
CARD_HEADINGS = ["h2", "h3", "h4", "h5", "h6"]
# Where news sites put the article body; the richest match wins.
_BODY = re.compile(
    r"article[-_]*(body|content|detail|main)|detail[-_]*(content|body|news|article)|"
    r"content[-_]*(detail|news|article|body)|news[-_]*(content|body|detail)|entry[-_]*content|"
    r"post[-_]*(content|body)|story[-_]*(body|content)|fck_detail|knc-?content|singular[-_]*content|"
    r"cms[-_]*body|body[-_]*text|maincontent|the-?article",
    re.I,
)


def is_hidden(tag: Tag) -> bool:
    """True for elements a browser would not show."""
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return True
    return bool(_HIDDEN_CLASSES.intersection(_classes(tag)))


def _classes(tag: Tag) -> list[str]:
    value = (tag.attrs or {}).get("class") or []
    return value.split() if isinstance(value, str) else list(value)


def _is_noise(tag: Tag) -> bool:
    if tag.name in NOISE_TAGS:
        return True
    if not tag.attrs:
        return False
    words = " ".join(_classes(tag) + [str((tag.attrs or {}).get("id", ""))])
    return bool(words.strip()) and bool(_NOISE.search(words))


def visible_lines(root: Tag, *, drop_noise: bool = False, drop: frozenset[str] = frozenset()) -> list[str]:
    """The text a browser would show under root, one line per block; iterative, so deep trees are safe."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if not buf:
            return
        joined = "".join(buf)
        buf.clear()
        line = normalize_line(joined) if not joined.isspace() else ""
        if line:
            lines.append(line)

    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            flush()
        elif isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):  # comments, CDATA, doctype
                buf.append(str(node))
        elif isinstance(node, Tag) and _shown(node, drop_noise and node is not root, drop):
            if node.name == "br":
                flush()
                continue
            if node.name in BLOCK_TAGS:
                flush()
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    flush()
    return lines


def _shown(tag: Tag, drop_noise: bool, drop: frozenset[str]) -> bool:
    if tag.name in SKIP_TAGS or tag.name in drop or is_hidden(tag):
        return False
    return not (drop_noise and (_is_noise(tag) or _is_link_card(tag)))


def _is_link_card(tag: Tag) -> bool:
    """A link wrapping a headline (and its teaser): another article's card set inside the article, not its text."""
    return tag.name == "a" and tag.find(CARD_HEADINGS) is not None


def find_article(soup: BeautifulSoup) -> Tag | None:
    """The element holding the article: <article>, itemprop=articleBody or a body-like class; richest wins."""
    candidates = []
    for tag in soup.find_all(True):  # one pass: bs4's filtered find_all is slow on big pages
        attrs = tag.attrs or {}
        if tag.name == "article" or attrs.get("itemprop") == "articleBody":
            candidates.append(tag)
        elif tag.name in ("div", "section", "td", "main") and (attrs.get("class") or attrs.get("id")):
            if _BODY.search(" ".join(_classes(tag) + [str(attrs.get("id", ""))])):
                candidates.append(tag)
    best, best_size = None, 0
    for tag in candidates:
        if is_hidden(tag):
            continue
        size = sum(len(line) for line in article_lines(tag) if len(line) > 60)
        if size > best_size:
            best, best_size = tag, size
    return best


def article_lines(container: Tag) -> list[str]:
    """Paragraphs and captions of an article container, without its title, dates, related lists or widgets."""
    return visible_lines(container, drop_noise=True, drop=frozenset({"h1"}))
