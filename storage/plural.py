"""English counts for the command line and reports: "1 article", "3 articles" (never "3 article(s)")."""
from __future__ import annotations

IRREGULAR = {"entity": "entities", "copy": "copies", "story": "stories"}


def counted(n: int, noun: str) -> str:
    """`n` and the noun, plural unless n is 1; the noun's own words after the first ("failed import")."""
    if n == 1:
        return f"{n} {noun}"
    head, _, rest = noun.rpartition(" ")
    last = IRREGULAR.get(rest, rest + "s")
    return f"{n} {head + ' ' if head else ''}{last}"
