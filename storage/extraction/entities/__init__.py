"""Entity extraction: people, organisations and places named in a Vietnamese news article.

Rules and gazetteers over underthesea's lexicon and word segmentation: titles before names, head
nouns of organisations, country tables with aliases. Mentions are then merged into one canonical
entity per article ("ông Esper", "Mark Esper" -> "Mark T. Esper"; "Thượng tướng Vịnh" -> "Nguyễn Chí Vịnh").
"""
from __future__ import annotations

from .article import extract_entities, warm_up

__all__ = ["extract_entities", "warm_up"]
