"""Vietnamese word lists from underthesea: multi-syllable words, single syllables, function words."""
from __future__ import annotations

from functools import lru_cache

from .spelling import tone_norm


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """Multi-syllable Vietnamese common words (underthesea's Viet74K dictionary), lowercase."""
    from underthesea.corpus import viet_dict_74K

    return frozenset(tone_norm(w) for w in viet_dict_74K.words if " " in w)


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Single Vietnamese syllables that are words on their own (Viet74K), lowercase."""
    from underthesea.corpus import viet_dict_74K

    return frozenset(tone_norm(w) for w in viet_dict_74K.words if " " not in w)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Vietnamese function words (underthesea's stop-word list)."""
    from underthesea.datasets.stopwords import words

    return frozenset(w for w in words if w and not w.isdigit())
