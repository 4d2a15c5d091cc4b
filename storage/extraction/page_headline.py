"""The headline a saved page declares in its metadata, checked against the lines it prints."""
from __future__ import annotations

from .linefeatures import norm_key, words
from .titles import clean_html_title

SHARED_WORDS = 0.6  # share of the shorter headline's words two spellings of one headline have in common
MIN_WORDS = 4  # shorter: a section or site name ("Thời sự - Báo X"), which menus print too


def declared_headline(meta: dict[str, str], page_keys: frozenset[str]) -> str | None:
    """og:title / JSON-LD headline, else <title>, without the site's name, when the page prints it as a line."""
    for key in ("headline", "title"):
        if meta.get(key):
            title = clean_html_title(meta[key], (meta.get("site_name", ""),), page_keys)
            if len(words(title)) >= MIN_WORDS and norm_key(title) in page_keys:
                return title
    return None


def same_headline(a: str, b: str) -> bool:
    """Two spellings of one headline: equal, one inside the other, or most words shared."""
    ka, kb = norm_key(a), norm_key(b)
    if not ka or not kb:
        return False
    if ka in kb or kb in ka:
        return True
    wa, wb = set(ka.split()), set(kb.split())
    return len(wa & wb) >= SHARED_WORDS * min(len(wa), len(wb))
