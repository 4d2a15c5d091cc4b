"""Scan one paragraph's tokens into entity mentions (titles + names, organisations, places)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .entities_gazetteer import SURNAMES, GazEntry, Gazetteer, load_gazetteer, syllables
from .entities_abbr import capitals
from .entities_orgparts import document_length, in_document_name
from .entities_orgs import parse_org, skip_outlet_prefix
from .entities_people import name_run, person_ok, title_chain
from .entities_places import admin_place, capitalised_feature, direction_place, fuzzy_place, location
from .entities_tokens import Token, tokenize, word_len

log = logging.getLogger(__name__)

_PLACE_CONTEXT = {"tại", "ở", "thăm", "sang", "đến", "tới", "từ", "nước", "đô", "rời"}
_MEDIA_CONTEXT = {"báo", "tờ", "hãng", "kênh", "đài", "tạp chí", "trang tin", "tập đoàn", "công ty", "hãng tin"}
_CREDIT = {"ảnh", "nguồn", "video", "clip", "đồ", "họa"}
_TITLE_KINDS = ("title", "honorific", "prefix")
# Common nouns that introduce a named thing, not a person: "cầu Bắc Luân II", "tàu Hải Cảnh 5901"
_THING_NOUNS = {"cầu", "tàu", "dự án", "chương trình", "chiến dịch", "giải", "khách sạn", "nhà máy",
                "tuyến", "cuộc tập trận", "lễ", "trụ sở", "tòa nhà", "khu", "tên lửa", "máy bay"}


_DIRECTIONS = {"bắc", "nam", "đông", "tây"}


@dataclass
class Mention:
    """One mention of an entity in the article."""

    kind: str  # person | organization | location
    text: str  # surface form as written
    pos: int  # global order of the mention in the article
    canonical: str | None = None  # from a gazetteer
    role: str | None = None
    titled: bool = False  # a person named right after a title or honorific
    flags: set[str] = field(default_factory=set)  # plural, event-abbr, weak, fuzzy
    long_form: str | None = None  # for abbreviations: the spelled-out name before "(ABBR)"


class Scanner:
    """Walks the tokens of one paragraph and collects mentions."""

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
        self.name_until = -1  # tokens before this index belong to an event's name  # parsing a role after a person's name ("Nguyễn Văn A, Cục trưởng Cục ...")
        self.last_person: tuple[Mention, int] | None = None  # the latest person and the token after it
        self.caps_para = sum(t.allcaps for t in self.toks) > 0.5 * max(1, sum(t.is_word for t in self.toks))

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
        if kind == "person":
            self.last_person = (m, j)
        return m

    def _alias(self, i: int, j: int) -> bool:
        """Tokens i..j-1 fill a bracket right after the last person's name."""
        last = self.last_person
        return last is not None and i >= 1 and last[1] == i - 1 and self.toks[i - 1].text == "(" \
            and j < len(self.toks) and self.toks[j].text == ")"

    def entry(self, i: int, kinds: tuple[str, ...] | None = None) -> tuple[int, GazEntry | None]:
        """Longest gazetteer entry at i whose capitalisation fits the text."""
        n, entries = self.gaz.lookup(self.keys, i)
        while n:
            for e in entries:
                if (kinds is None or e.kind in kinds) and self._case_ok(e, i, n):
                    return n, e
            n -= 1
            entries = self.gaz.entries.get(tuple(self.keys[i:i + n]), []) if n else []
        return 0, None

    def _case_ok(self, e: GazEntry, i: int, n: int) -> bool:
        if e.kind in _TITLE_KINDS:
            return True
        toks = self.toks[i:i + n]
        if e.kind in ("head", "needs_place", "event"):  # "Tổng lãnh sự quán" is written both ways
            return toks[0].cap
        if e.kind in ("organization", "location", "person") and all(c.isupper() for c in e.pattern[0] if c.isalpha()):
            if len(e.pattern) == 1 and len(e.pattern[0]) > 1 and not toks[0].allcaps:
                return False  # an abbreviation must be written in capitals
        return all(not p[0].isupper() or t.text[0].isupper() for p, t in zip(e.pattern, toks))

    def place_at(self, i: int) -> tuple[int, str | None]:
        """A place starting at i: (length, canonical)."""
        if i >= len(self.toks) or not self.toks[i].cap:
            return 0, None
        n, e = self.entry(i, ("location",))
        if e:
            return n, e.canonical
        short = self.gaz.short_places.get(self.toks[i].text)
        return (1, short) if short else (0, None)

    # -- main loop ------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        """Scan the whole paragraph."""
        i = skip_outlet_prefix(self.toks)
        while i < len(self.toks):
            i = self.apposition(self.step(i))
        return self.out

    def apposition(self, j: int) -> int:
        """A role after a name ("ông Đỗ Hùng Việt, Thứ trưởng Bộ Ngoại giao, ..."): keep it as the role."""
        if self.last_person is None or self.last_person[1] != j or j + 1 >= len(self.toks) \
                or self.toks[j].text != ",":
            return j
        person = self.last_person[0]
        _, e = self.entry(j + 1)
        if e is None or e.kind not in ("title", "prefix"):
            return j
        mark = len(self.out)
        self.appositive = True
        k = self.title_chain(j + 1)
        self.appositive = False
        if k > j + 1 and not any(m.kind == "person" for m in self.out[mark:]):
            role = self.span(j + 1, k).strip(" ,-–")  # "Trung tướng" before the name + the office after it
            person.role = f"{person.role}, {role}" if person.role else role
        return max(k, j)

    def step(self, i: int) -> int:
        """Handle the token at i; return the next index."""
        t = self.toks[i]
        if not t.is_word:
            if t.text == ")" and self.credit:
                self.credit = False
            return i + 1
        if t.key in _CREDIT and i + 1 < len(self.toks) and self.toks[i + 1].text == ":":
            self.credit = True
            return i + 2
        n, e = self.entry(i)
        if self.caps_para:  # a headline in capitals: only names from the tables are reliable
            if e is not None and e.kind in ("location", "organization"):
                self.add(e.kind, i, i + n, canonical=e.canonical, flags=set(e.flags))
                return i + n
            return i + 1
        if e is not None and e.kind in _TITLE_KINDS and not self.credit:
            j = self.title_chain(i)
            if j > i:
                return j
        d = document_length(self, i)
        if d and e is not None and e.kind in ("head", "needs_place"):
            return i + d  # "Bộ Quy tắc ứng xử", "Hiến chương": the organisations after it are part of its name
        if e is not None and e.kind in ("head", "needs_place", "event"):
            j = parse_org(self, i, n, e)
            if j > i:
                return j
            n, e = self.entry(i, ("organization", "location"))  # a head that is a name itself: "Quốc hội"
        if e is not None and e.kind == "location":
            return location(self, i, n, e)
        if e is not None and e.kind == "organization":
            return self.organization(i, n, e)
        if e is not None and e.kind == "person" and not self.credit:
            self.add("person", i, i + n, canonical=e.canonical)
            return i + n
        return self.other(i)

    def thing_before(self, i: int) -> bool:
        """A noun for a named thing before token i, maybe with a code between ("tàu BRP Sierra Madre")."""
        k = i - 1 if i >= 2 and self.toks[i - 1].allcaps else i
        return k > 0 and (self.keys[k - 1] in _THING_NOUNS or " ".join(self.keys[max(0, k - 2):k]) in _THING_NOUNS)

    def media_context(self, i: int) -> bool:
        """A word for a newspaper, agency or company right before token i ("báo", "hãng tin")."""
        return i > 0 and (self.keys[i - 1] in _MEDIA_CONTEXT or " ".join(self.keys[max(0, i - 2):i]) in _MEDIA_CONTEXT)

    def organization(self, i: int, n: int, e: GazEntry) -> int:
        """A gazetteer organisation, with an optional place after a head-noun name ("Chính phủ Mỹ")."""
        if "context" in e.flags and self.credit:
            return i + n  # "(Ảnh: Reuters)" credits the photo
        if in_document_name(self, i):
            return i + n  # "Công ước Liên hợp quốc về Luật Biển": the treaty is named, not the organisation
        if i + n + 1 < len(self.toks) and self.toks[i + n].dash and self.toks[i + n + 1].text.isdigit() \
                and self.toks[i].allcaps:
            self.add("organization", i, i + n + 2)  # "ADMM-17": the numbered meeting
            return i + n + 2
        long_form, event = self.abbr_long.get(i, (None, False))
        if long_form and not event:  # "Tổ chức Hợp tác Thượng Hải (SCO)": one organisation
            self.add("organization", i, i + n, long_form=long_form)
            return i + n
        pn, place = self.place_at(i + n)
        if place and self.head_named(e.pattern):
            self.add("organization", i, i + n + pn)
            if not self.credit:
                self.add("location", i + n, i + n + pn, canonical=place)
            return i + n + pn
        self.add("organization", i, i + n, canonical=e.canonical)
        for k in range(i + 1, i + n):  # "Bộ Ngoại giao Mỹ" from the table still names the country
            pn, place = self.place_at(k)
            if place and k + pn == i + n and place not in self.gaz.regions and not self.credit:
                self.add("location", k, k + pn, canonical=place, flags={"in_org"})
                break
        return i + n

    def head_named(self, pattern: tuple[str, ...]) -> bool:
        """The name opens with an organisation head noun ("Quốc hội", "Chính phủ")."""
        keys = [p.casefold() for p in pattern]
        return any(e.kind == "head" for n in range(1, len(keys) + 1)
                   for e in self.gaz.entries.get(tuple(keys[:n]), []))

    def admin_context(self, i: int) -> bool:
        """An administrative place word just before token i ("tỉnh", "thành phố", "huyện")."""
        return i > 0 and (self.keys[i - 1] in self.gaz.place_words
                          or " ".join(self.keys[max(0, i - 2):i]) in self.gaz.place_words)

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

    def other(self, i: int) -> int:
        """Abbreviations, short country forms in compounds, misspelt places and names."""
        t = self.toks[i]
        if t.allcaps:
            capitals(self, i)
            return i + 1
        if not t.cap or self.credit:
            return i + 1
        short = self.gaz.short_places.get(t.text)
        if short and self.compound(i, 1):
            self.add("location", i, i + 1, canonical=short)
            return i + 1
        fuzzy = fuzzy_place(self, t)
        if fuzzy:
            self.add("location", i, i + 1, canonical=fuzzy, flags={"fuzzy"})
            return i + 1
        return self.untitled_name(i)

    def untitled_name(self, i: int) -> int:
        """A capitalised run with no title before it: a person, a place after "tại", or nothing."""
        t = self.toks[i]
        if t.sent_start and t.key in syllables() and t.text not in SURNAMES and not t.foreign:
            return i + 1  # sentence-initial common word ("Tới", "Rời")
        j = capitalised_feature(self, i)
        if j > i:
            return j
        if self.thing_before(i):
            j, _ = name_run(self, i)
            return max(j, i + 1)  # "cầu Bắc Luân II", "tàu Hải Cảnh": a named thing, not a person
        wl = word_len(self.toks, i)
        if wl:
            return i + wl
        if self.admin_context(i):  # "thành phố Thủ Đức", "tỉnh Quảng Nam", "sông Ka Long"
            return admin_place(self, i)
        if self.direction(i):  # "phía Bắc Luzon": the north of a place
            return direction_place(self, i)
        j, parts = name_run(self, i)
        j, parts = self._before_head(i, j, parts)
        if j == i:
            return i + 1
        if self.media_context(i):
            self.add("organization", i, j)  # "báo Thanh Niên", "hãng Boeing"
        elif self.place_context(i) and parts[0] not in SURNAMES and (len(parts) > 1 or t.foreign):
            self.add("location", i, j)
        elif i >= 2 and self.toks[i - 1].dash and self._place_ending_at(i - 2) and parts[0] not in SURNAMES:
            self.add("location", i, j)  # "tuyến đường Viêng Chăn - Vũng Áng": the other end of a route
        elif parts[-1] in self.gaz.org_suffixes and len(parts) > 1:
            self.add("organization", i, j, long_form=self.abbr_long.get(i, (None, False))[0])
        elif person_ok(parts):
            self.add("person", i, j)
        elif len(parts) == 1:
            self.add("person", i, j, flags={"weak"})
        return j

    def _before_head(self, i: int, j: int, parts: list[str]) -> tuple[int, list[str]]:
        """Cut a capitalised run where an organisation's head opens ("Đoàn Bộ Quốc phòng": a delegation)."""
        for k in range(i + 1, j):
            e = self.entry(k)[1]
            if e is not None and e.kind in ("head", "organization") and k + 1 < len(self.toks):
                return k, parts[:k - i]
        return j, parts

    def direction(self, i: int) -> bool:
        """Token i is a compass word after "phía" ("phía Bắc", "phía Tây Nam") with a name after it."""
        return i > 0 and self.keys[i - 1] == "phía" and self.keys[i] in _DIRECTIONS \
            and i + 1 < len(self.toks) and self.toks[i + 1].cap

    def title_chain(self, i: int) -> int:
        """Title words, qualifiers, organisations and places, then the name they introduce."""
        return title_chain(self, i)


def scan_paragraph(text: str, base: int) -> list[Mention]:
    """Mentions in one paragraph; `base` offsets their positions."""
    return Scanner(text, base).run()
