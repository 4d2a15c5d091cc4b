"""Authors for reference managers: split a byline into people, family/given where the order is clear."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..extraction.bylines import GROUP_AUTHORS, VIETNAMESE_SURNAMES

# Several people in one byline: "Hoàng Nam - Minh Anh", "Thu Hà, Quang Minh", "Lan và Hải".
_SEPARATORS = re.compile(r"\s*(?:;|,|\s[-–—]\s|\s(?:và|and)\s|&)\s*", re.I)


@dataclass(frozen=True)
class Name:
    """One author: family and given name, or only `literal` when the order cannot be told."""

    family: str = ""
    given: str = ""
    literal: str = ""

    @property
    def display(self) -> str:
        """The name as printed, family name first for Vietnamese names."""
        return self.literal or f"{self.family} {self.given}".strip()


def split_authors(author: str | None) -> list[Name]:
    """The people of a byline; a Vietnamese name splits after its surname, anything else stays literal."""
    if not author or not author.strip():
        return []
    text = unicodedata.normalize("NFC", author.strip())
    if text.casefold() in GROUP_AUTHORS:
        return [Name(literal=text)]  # "Nhóm PV": a staff credit, never one person's name
    return [split_name(part) for part in _SEPARATORS.split(text) if part.strip()]


def split_name(name: str) -> Name:
    """"Nguyễn Chí Vịnh" -> family "Nguyễn", given "Chí Vịnh"; initials, pen names, foreign names stay whole."""
    words = name.split()
    if 2 <= len(words) <= 5 and words[0].casefold() in VIETNAMESE_SURNAMES \
            and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words) \
            and not any("." in w for w in words):
        return Name(family=words[0], given=" ".join(words[1:]))
    # "Mark T. Esper" or "Cho Chang Rae": which word is the family name depends on the culture.
    return Name(literal=" ".join(words))
