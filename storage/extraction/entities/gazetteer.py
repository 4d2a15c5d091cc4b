"""Gazetteers for entity extraction: places, organisations, titles, head nouns, people."""
from __future__ import annotations

import json
import logging
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ...errors import TuLieuError
from ...folding import fold
from ...resources import resource_path
from .spelling import token_key
from .tokens import raw_tokens

log = logging.getLogger(__name__)

# Common Vietnamese family names (general knowledge); a capitalised run starting with one is a name.
SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương "
    "Lâm Phùng Mai Tô Hà Tạ Lương Đinh Kiều Cao Quách Lưu Thái Văn Chu Nông Triệu Đàm Khúc Lục Mạc La "
    "Tăng Thân Tôn Từ Nghiêm Kim Hứa Châu Giang Vi Lò Quan Doãn Ninh Phí Âu Bạch Diệp Hầu Lại Lạc Mẫn "
    "Giàng Thào Sùng Tẩn Chảo Lầu".split()  # the last: Hmong and Dao family names ("Giàng A Páo")
)


CASELESS_KINDS = ("title", "honorific", "prefix")  # matched whatever the case of the text
CAPITAL_KINDS = ("head", "needs_place", "event")  # matched only after a capital first letter


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer entry: what a token sequence names and its canonical form."""

    kind: str  # location | organization | title | honorific | prefix | head | event | needs_place | short
    canonical: str
    pattern: tuple[str, ...]  # the entry's own tokens, to check capitalisation
    flags: frozenset[str] = frozenset()


@dataclass
class Gazetteer:
    """All tables, indexed by casefolded token tuples."""

    entries: dict[tuple[str, ...], list[GazEntry]] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)  # first token key -> longest entry length
    prefixes: set[tuple[str, ...]] = field(default_factory=set)  # every leading part of an entry's key
    fuzzy_places: dict[str, str] = field(default_factory=dict)  # one-deletion variants -> canonical
    squashed_places: dict[str, str] = field(default_factory=dict)  # letters without marks or spaces -> canonical
    short_places: dict[str, str] = field(default_factory=dict)
    needs_context: frozenset[str] = frozenset()
    plural_markers: tuple[tuple[str, ...], ...] = ()
    place_words: frozenset[str] = frozenset()
    not_orgs: frozenset[str] = frozenset()
    org_suffixes: frozenset[str] = frozenset()
    people: dict[str, str] = field(default_factory=dict)  # Sino-Vietnamese name -> foreign form
    generic_heads: frozenset[str] = frozenset()  # "lực lượng": gives way to a head right after it
    lower_qualifiers: frozenset[tuple[str, ...]] = frozenset()  # ("nhân", "dân") inside org names
    branch_fields: frozenset[tuple[str, ...]] = frozenset()  # ("giao", "thông") after "Cảnh sát", "An ninh"
    school_levels: frozenset[tuple[str, ...]] = frozenset()  # ("thpt",), ("trung", "cấp") after "Trường"
    documents: frozenset[tuple[str, ...]] = frozenset()  # treaty/plan/weapon nouns before "(ABBR)"
    bilateral: frozenset[tuple[str, ...]] = frozenset()  # "hữu nghị": a name may span "X - Y"
    trade_abbreviations: frozenset[str] = frozenset()  # "XNK", "CB": trade words of a registered company name
    whole_titles: frozenset[str] = frozenset()  # titles never split at an organisation inside them
    features: frozenset[tuple[str, ...]] = frozenset()  # "quần đảo", "sông": kept in the place name
    named_sites: frozenset[tuple[str, ...]] = frozenset()  # "Cửa khẩu Quốc tế X": a place only when capitalised
    features_apart: frozenset[tuple[str, ...]] = frozenset()  # "eo biển X" is not the place X
    regions: frozenset[str] = frozenset()  # canonical names of seas, oceans and world regions
    countries: frozenset[str] = frozenset()
    # First keys of the entries a lowercase word may open (ScanState._case_ok: a title of any case, or a name
    # whose written form starts lowercase); any other entry needs a capital first letter.
    lower_first: set[str] = field(default_factory=set)

    def lookup(self, keys: list[str], start: int) -> tuple[int, list[GazEntry]]:
        """Longest entries matching keys[start:]; returns (length, entries) or (0, [])."""
        # From the shortest up, stopping where no entry's key goes on: most words open only short entries,
        # so this tries fewer lengths than going down from the longest entry the word opens.
        best, found = 0, []
        for n in range(1, min(self.first.get(keys[start], 0), len(keys) - start) + 1):
            part = tuple(keys[start:start + n])
            if part not in self.prefixes:
                break
            entries = self.entries.get(part)
            if entries:
                best, found = n, entries
        return best, found

    def add(self, text: str, entry_kind: str, canonical: str, flags: frozenset[str] = frozenset()) -> None:
        """Index one surface form."""
        toks = tuple(t.text for t in raw_tokens(unicodedata.normalize("NFC", text)))
        key = tuple(token_key(t) for t in toks)
        self.entries.setdefault(key, []).append(GazEntry(entry_kind, canonical, toks, flags))
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))
        if entry_kind in CASELESS_KINDS or (entry_kind not in CAPITAL_KINDS and not toks[0][0].isupper()):
            self.lower_first.add(key[0])
        self.prefixes.update(key[:n] for n in range(1, len(key) + 1))


def _read(name: str) -> dict:
    path = resource_path("data", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TuLieuError(f"{path}: cannot load entity table: {exc}") from exc


def squash(text: str) -> str:
    """Letters only of the search fold (no tone or vowel marks, lower case): the transliterations of a foreign
    name that differ only in spacing, hyphens and marks ("Arập Xêút", "Ả-rập Xê-út") come out the same."""
    return "".join(c for c in fold(text) if c.isalpha())


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _add_places(gaz: Gazetteer, places: dict) -> None:
    for group in ("countries", "regions", "cities"):
        for canonical, aliases in places[group].items():
            for form in [canonical, *aliases]:
                gaz.add(form, "location", canonical)
                low = form.casefold()
                if len(squash(low)) >= 6:  # "Ả Rập Xê Út" and "Arập Xêút" are one spelling
                    gaz.squashed_places.setdefault(squash(low), canonical)
                if " " not in low and len(low) >= 7:
                    gaz.fuzzy_places[low] = canonical
                    for d in _deletions(low):
                        gaz.fuzzy_places.setdefault(d, canonical)
    gaz.short_places = dict(places["short"])
    gaz.regions = frozenset(places["regions"])
    gaz.countries = frozenset(places["countries"])
    gaz.needs_context = frozenset(places["needs_context"])
    gaz.features = _phrase_keys(places.get("features", []))
    gaz.named_sites = _phrase_keys(places.get("named_sites", []))
    gaz.features_apart = _phrase_keys(places.get("features_apart", []))


def _phrase_keys(phrases: list[str]) -> frozenset[tuple[str, ...]]:
    """Multi-word phrases as tuples of token keys, for matching against token runs."""
    return frozenset(tuple(token_key(w) for w in phrase.split()) for phrase in phrases)


def _add_titles(gaz: Gazetteer, titles: dict) -> None:
    for section, kind in (("honorifics", "honorific"), ("titles", "title"), ("prefixes", "prefix"),
                          ("modifiers", "modifier")):
        for form in titles[section]:
            gaz.add(form, kind, form)
    gaz.whole_titles = frozenset(" ".join(token_key(w) for w in t.split()) for t in titles.get("whole", []))


def _add_orgs(gaz: Gazetteer, heads: dict, orgs: dict) -> None:
    for section, kind in (("heads", "head"), ("needs_place", "needs_place"), ("events", "event")):
        for form in heads[section]:
            gaz.add(form, kind, form)
    gaz.org_suffixes = frozenset(heads["suffixes"]) | frozenset(_read("finance.json")["firm_suffixes"])
    gaz.plural_markers = tuple(tuple(m.split()) for m in heads["plural_markers"])
    gaz.place_words = frozenset(w.casefold() for w in heads["place_words"])
    gaz.generic_heads = frozenset(w.casefold() for w in heads.get("generic", []))
    gaz.lower_qualifiers = frozenset(tuple(token_key(w) for w in q.split()) for q in heads.get("lower_qualifiers", []))
    gaz.branch_fields = frozenset(tuple(token_key(w) for w in q.split()) for q in heads.get("branch_fields", []))
    gaz.school_levels = frozenset(tuple(token_key(w) for w in q.split()) for q in heads.get("school_levels", []))
    gaz.bilateral = frozenset(tuple(token_key(w) for w in b.split()) for b in heads.get("bilateral", []))
    gaz.documents = frozenset(tuple(token_key(w) for w in d.split()) for d in heads.get("documents", []))
    gaz.trade_abbreviations = frozenset(heads.get("trade_abbreviations", []))
    ctx = frozenset(orgs["needs_context"])
    for canonical, aliases in orgs["organizations"].items():
        for form in [canonical, *aliases]:
            gaz.add(form, "organization", canonical, frozenset({"context"}) if canonical in ctx else frozenset())
    gaz.not_orgs = frozenset(orgs["not_orgs"])


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load and index every entity table under resources/data (once)."""
    gaz = Gazetteer()
    _add_places(gaz, _read("places.json"))
    _add_titles(gaz, _read("titles.json"))
    _add_orgs(gaz, _read("org_heads.json"), _read("organizations.json"))
    for name, others in _read("people_aliases.json")["people"].items():
        gaz.people[name] = others[0] if others else ""
        gaz.add(name, "person", name)
    log.debug("entity gazetteer: %d keys", len(gaz.entries))
    return gaz
