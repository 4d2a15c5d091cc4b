"""Vietnamese word lists from underthesea: multi-syllable words, single syllables, function words."""
from __future__ import annotations

from functools import lru_cache

from .nlp import stopwords as underthesea_stopwords, viet74k_words
from .spelling import tone_norm


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """Multi-syllable Vietnamese common words (underthesea's Viet74K dictionary), lowercase."""
    return frozenset(tone_norm(w) for w in viet74k_words() if " " in w)


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Single Vietnamese syllables that are words on their own (Viet74K), lowercase."""
    return frozenset(tone_norm(w) for w in viet74k_words() if " " not in w)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Vietnamese function words (underthesea's stop-word list)."""
    return frozenset(w for w in underthesea_stopwords() if w and not w.isdigit())
