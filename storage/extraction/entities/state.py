"""The state of one paragraph's scan: tokens, gazetteer look-ups, context tests, the mentions so far."""
from __future__ import annotations

import logging

from .gazetteer import CAPITAL_KINDS, CASELESS_KINDS, GazEntry, Gazetteer, load_gazetteer, squash
from .lexicon import lexicon
from .mention import THING_NOUNS, Mention
from .tokens import Token, tokenize

log = logging.getLogger(__name__)

_PLACE_CONTEXT = {"tại", "ở", "thăm", "sang", "đến", "tới", "từ", "nước", "đô", "rời"}
_MEDIA_CONTEXT = {"báo", "tờ", "hãng", "kênh", "đài", "tạp chí", "trang tin", "tập đoàn", "công ty", "hãng tin",
                  "mạng tin", "nhật báo", "tuần báo", "thông tấn", "quỹ", "quỹ đầu tư", "kênh tin tức",
                  "kênh truyền hình", "đài truyền hình"}
TITLE_KINDS = CASELESS_KINDS
LONG_NAME = 4  # tokens of a well-known organisation's name from which inner capitals may differ
_DIRECTIONS = {"bắc", "nam", "đông", "tây"}
# "ở TP. Vinh": an administrative abbreviation's dot and a space after a place preposition (not "Sở Tư pháp TP. Qua")
_SPACED_ADMIN = {"TP", "Tp", "TX", "Q"}


class ScanState:
    """One paragraph's tokens and mentions; the Scanner subclass walks them and parses what it meets."""

    def __init__(self, text: str, base: int, gaz: Gazetteer | None = None) -> None:
        self.text = text
        self.base = base
        self.gaz = gaz or load_gazetteer()
        self.toks: list[Token] = tokenize(text)
        self.keys = [t.key for t in self.toks]
        self.out: list[Mention] = []
        self.abbr_long: dict[int, tuple[str, bool]] = {}  # "(ABBR)" token -> (spelled-out form, is event)
        self.credit = False  # inside a photo credit: organisations only
        self.in_title = False  # parsing the organisation inside a title chain
        self.appositive = False
        self.lower_head = False  # parsing an organisation opened by a lowercase head ("phòng Cảnh sát ...")
        self.name_until = -1  # tokens before this index belong to an event's name  # parsing a role after a person's name ("Nguyễn Văn A, Cục trưởng Cục ...")
        self.last_person: tuple[Mention, int] | None = None  # the latest person and the token after it
        self.last_org_end = -1  # the token after the latest organisation ("Foxconn và Amkor": a list of firms)
        self.last_place_end = -1  # the token after the latest place ("xã Tà Tổng, Mù Cả": a list of places)
        self.last_end = -1  # the token after the latest mention of any kind
        # A headline in capitals; a paragraph with no word in capitals (most) needs no count of its words.
        allcaps = sum(1 for t in self.toks if t.allcaps)
        self.caps_para = allcaps > 0 and allcaps > 0.5 * max(1, sum(1 for t in self.toks if t.is_word))
        self._entries: dict[tuple[int, tuple[str, ...] | None], tuple[int, GazEntry | None]] = {}  # entry()'s answers

    # -- helpers ---------------------------------------------------------------------------
    def span(self, i: int, j: int) -> str:
        """Source text of tokens i..j-1."""
        return self.text[self.toks[i].start:self.toks[j - 1].end]

    def add(self, kind: str, i: int, j: int, **kw: object) -> Mention:
        """Record a mention covering tokens i..j-1."""
        if kind == "location" and i < self.name_until:
            kw["flags"] = set(kw.get("flags") or ()) | {"in_org"}  # type: ignore[arg-type]
        m = Mention(kind, self.span(i, j), self.base + i, **kw)  # type: ignore[arg-type]
        if kind == "person" and self._alias(i, j):
            return m  # "Lawrence Wong (Hoàng Tuần Tài)": the bracketed name is the same person's
        self.out.append(m)
        self.last_end = j
        if kind == "person":
            self.last_person = (m, j)
        elif kind == "organization":
            self.last_org_end = j
        elif kind == "location":
            self.last_place_end = j
        return m

    def _alias(self, i: int, j: int) -> bool:
        """Tokens i..j-1 fill a bracket right after the last person's name."""
        last = self.last_person
        return last is not None and i >= 1 and last[1] == i - 1 and self.toks[i - 1].text == "(" \
            and j < len(self.toks) and self.toks[j].text == ")"

    def entry(self, i: int, kinds: tuple[str, ...] | None = None) -> tuple[int, GazEntry | None]:
        """Longest gazetteer entry at i whose capitalisation fits the text."""
        if self.keys[i] not in self.gaz.first:  # most words open no entry: no look-up
            return 0, None
        # The rules ask for the same token's entry again and again (more than half the calls): the tokens do
        # not change during the scan, so the first answer stands.
        found = self._entries.get((i, kinds))
        if found is None:
            found = self._entries[(i, kinds)] = self._entry(i, kinds)
        return found

    def _entry(self, i: int, kinds: tuple[str, ...] | None) -> tuple[int, GazEntry | None]:
        n, entries = self.gaz.lookup(self.keys, i)
        while n:
            for e in entries:
                if (kinds is None or e.kind in kinds) and self._case_ok(e, i, n):
                    return n, e
            n -= 1
            entries = self.gaz.entries.get(tuple(self.keys[i:i + n]), []) if n else []
        return 0, None

    def _case_ok(self, e: GazEntry, i: int, n: int) -> bool:
        if e.kind in TITLE_KINDS:
            return True
        toks = self.toks[i:i + n]
        if e.kind in CAPITAL_KINDS:  # "Tổng lãnh sự quán" is written both ways
            return toks[0].cap
        if e.kind in ("organization", "location", "person") and all(c.isupper() for c in e.pattern[0] if c.isalpha()):
            if len(e.pattern) == 1 and len(e.pattern[0]) > 1 and not toks[0].allcaps:
                return False  # an abbreviation must be written in capitals
        fits = [not p[0].isupper() or t.text[0].isupper() for p, t in zip(e.pattern, toks)]
        if e.kind == "organization" and len(fits) >= LONG_NAME:  # "Hãng thông tấn trung ương Triều Tiên": a long
            return fits[0] and fits[-1]  # name is the body's own however its inner words are written
        return all(fits)

    def place_at(self, i: int) -> tuple[int, str | None]:
        """A place starting at i: (length, canonical)."""
        if i >= len(self.toks) or not self.toks[i].cap:
            return 0, None
        n, e = self.entry(i, ("location",))
        if e:
            return n, e.canonical
        short = self.gaz.short_places.get(self.toks[i].text)
        if short and not self._opens_word(i):  # "Trung ương", "Pháp luật", "Mỹ thuật": no country
            return 1, short
        return self.squashed_place(i) if self.toks[i].foreign else (0, None)

    def _opens_word(self, i: int) -> bool:
        """Token i and the lowercase word after it make one common word of the lexicon."""
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return nxt is not None and nxt.is_word and nxt.text[:1].islower() \
            and f"{self.keys[i]} {self.keys[i + 1]}" in lexicon()

    def squashed_place(self, i: int) -> tuple[int, str | None]:
        """A known place spelled another way at i ("Arập Xêút", "Ô-xtrây-li-a"): (length, canonical)."""
        for n in (3, 2, 1):
            k = i + n
            if n == 1 and "-" not in self.toks[i].text:
                break  # one word: only a hyphenated transliteration ("Ô-xtrây-li-a"); fuzzy_place does the rest
            if k <= len(self.toks) and all(t.is_word and t.cap for t in self.toks[i:k]):
                place = self.gaz.squashed_places.get(squash(self.span(i, k)))
                if place:
                    return n, place
        return 0, None

    def thing_before(self, i: int) -> bool:
        """A noun for a named thing before token i, maybe with a code between ("tàu BRP Sierra Madre")."""
        k = i - 1 if i >= 2 and self.toks[i - 1].allcaps else i
        return k > 0 and (self.keys[k - 1] in THING_NOUNS or " ".join(self.keys[max(0, k - 2):k]) in THING_NOUNS)

    def media_context(self, i: int) -> bool:
        """A word for a newspaper, agency or company right before token i ("báo", "hãng tin")."""
        n = next((n for n in (3, 2, 1) if i >= n and " ".join(self.keys[i - n:i]) in _MEDIA_CONTEXT), 0)
        # not the end of a longer common word: "khán đài B" is a stand, "lâu đài" a castle
        return bool(n) and not (i > n and self.keys[i - n - 1] not in _MEDIA_CONTEXT
                                and f"{self.keys[i - n - 1]} {self.keys[i - n]}" in lexicon())

    def head_named(self, pattern: tuple[str, ...]) -> bool:
        """The name opens with an organisation head noun ("Quốc hội", "Chính phủ")."""
        keys = [p.casefold() for p in pattern]
        return any(e.kind == "head" for n in range(1, len(keys) + 1)
                   for e in self.gaz.entries.get(tuple(keys[:n]), []))

    def admin_context(self, i: int) -> bool:
        """An administrative place word just before token i ("tỉnh", "thành phố", "huyện"; "TP. Vinh" after a
        place preposition, ", Q. Phú Nhuận" after an address's ward)."""
        return i > 0 and (self.keys[i - 1] in self.gaz.place_words
                          or " ".join(self.keys[max(0, i - 2):i]) in self.gaz.place_words
                          or (i >= 4 and self.keys[i - 3] == "khẩu"  # "cửa khẩu quốc tế/quốc gia X"
                              and " ".join(self.keys[i - 4:i]) in self.gaz.place_words)
                          or (i > 2 and self.toks[i - 1].text == "." and self.toks[i - 2].text in _SPACED_ADMIN
                              and (self.keys[i - 3] in _PLACE_CONTEXT or self.toks[i - 3].text in ",(")))

    def place_context(self, i: int) -> bool:
        """A place word or preposition just before token i."""
        return (i > 0 and self.keys[i - 1] in _PLACE_CONTEXT) or self.admin_context(i)

    def compound(self, i: int, n: int) -> bool:
        """Token span i..i+n-1 is one side of a country compound ("Việt - Mỹ", "Hàn-Mỹ")."""
        after = i + n + 1 < len(self.toks) and self.toks[i + n].dash and self.place_at(i + n + 1)[1]
        before = i >= 2 and self.toks[i - 1].dash and self._place_ending_at(i - 2)
        return bool(after or before)

    def _place_ending_at(self, k: int) -> bool:
        for start in range(max(0, k - 4), k + 1):
            n, place = self.place_at(start)
            if place and start + n - 1 == k:
                return True
        return False

    def direction(self, i: int) -> bool:
        """Token i is a compass word after "phía" ("phía Bắc", "phía Tây Nam") with a name after it."""
        return i > 0 and self.keys[i - 1] == "phía" and self.keys[i] in _DIRECTIONS \
            and i + 1 < len(self.toks) and self.toks[i + 1].cap

    # -- parsing the scanner provides (the modules below it call back through the object they receive) --
    def other(self, i: int) -> int:
        """Parse the token at i as no gazetteer entry; return the next index."""
        raise NotImplementedError

    def organization(self, i: int, n: int, e: GazEntry) -> int:
        """Parse a gazetteer organisation of n tokens at i; return its end."""
        raise NotImplementedError

    def head_parse(self, j: int) -> int:
        """End of an organisation parsed from the longest head noun at j; j when none."""
        raise NotImplementedError

    def institution_before(self, i: int) -> int:
        """Length of a lowercase school's or hospital's head right before token i, else 0."""
        raise NotImplementedError
