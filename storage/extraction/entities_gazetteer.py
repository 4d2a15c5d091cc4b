"""Gazetteers for entity extraction: places, organisations, titles, head nouns, lexicon."""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import TuLieuError
from ..resources import resource_path

log = logging.getLogger(__name__)

MAX_SPAN = 8  # longest gazetteer entry, in tokens
DASHES = {"-", "–", "—", "‑"}

# Common Vietnamese family names (general knowledge); a capitalised run starting with one is a name.
SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương "
    "Lâm Phùng Mai Tô Hà Tạ Lương Đinh Kiều Cao Quách Lưu Thái Văn Chu Nông Triệu Đàm Khúc Lục Mạc La "
    "Tăng Thân Tôn Từ Nghiêm Kim Hứa Châu Giang Vi Lò Quan Doãn Ninh Phí Âu Bạch Diệp Hầu Lại Lạc Mẫn".split()
)


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
    fuzzy_places: dict[str, str] = field(default_factory=dict)  # one-deletion variants -> canonical
    short_places: dict[str, str] = field(default_factory=dict)
    needs_context: frozenset[str] = frozenset()
    plural_markers: tuple[tuple[str, ...], ...] = ()
    place_words: frozenset[str] = frozenset()
    not_orgs: frozenset[str] = frozenset()
    org_suffixes: frozenset[str] = frozenset()
    people: dict[str, str] = field(default_factory=dict)  # Sino-Vietnamese name -> foreign form
    generic_heads: frozenset[str] = frozenset()  # "lực lượng": gives way to a head right after it
    lower_qualifiers: frozenset[tuple[str, ...]] = frozenset()  # ("nhân", "dân") inside org names
    documents: frozenset[tuple[str, ...]] = frozenset()  # treaty/plan/weapon nouns before "(ABBR)"
    bilateral: frozenset[tuple[str, ...]] = frozenset()  # "hữu nghị": a name may span "X - Y"
    whole_titles: frozenset[str] = frozenset()  # titles never split at an organisation inside them
    features: frozenset[tuple[str, ...]] = frozenset()  # "quần đảo", "sông": kept in the place name
    named_sites: frozenset[tuple[str, ...]] = frozenset()  # "Cửa khẩu Quốc tế X": a place only when capitalised
    features_apart: frozenset[tuple[str, ...]] = frozenset()  # "eo biển X" is not the place X
    regions: frozenset[str] = frozenset()  # canonical names of seas, oceans and world regions
    countries: frozenset[str] = frozenset()

    def lookup(self, keys: list[str], start: int) -> tuple[int, list[GazEntry]]:
        """Longest entries matching keys[start:]; returns (length, entries) or (0, [])."""
        longest = self.first.get(keys[start], 0)
        for n in range(min(longest, len(keys) - start), 0, -1):
            found = self.entries.get(tuple(keys[start:start + n]))
            if found:
                return n, found
        return 0, []

    def add(self, text: str, entry_kind: str, canonical: str, flags: frozenset[str] = frozenset()) -> None:
        """Index one surface form."""
        from .entities_tokens import raw_tokens  # tokens imports this module

        toks = tuple(t.text for t in raw_tokens(unicodedata.normalize("NFC", text)))
        key = tuple(token_key(t) for t in toks)
        self.entries.setdefault(key, []).append(GazEntry(entry_kind, canonical, toks, flags))
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))


_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])")
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_TONE_OF = {c: (base, k) for base, row in _TONED.items() for k, c in enumerate(row)}


def _new_tone(m: re.Match[str]) -> str:
    base, k = _TONE_OF[m.group(2)]
    first = m.group(1)
    toned = _TONED[first.lower()][k]
    return (toned.upper() if first.isupper() else toned) + base


def tone_norm(text: str) -> str:
    """One tone-mark convention: "hoà" -> "hòa", "thuỷ" -> "thủy" (the tone on the first vowel)."""
    return _OLD_TONE.sub(_new_tone, text)


def token_key(tok: str) -> str:
    """Matching key of a token: casefolded, one tone convention, dashes unified."""
    return "-" if tok in DASHES else tone_norm(tok.casefold())


def _read(name: str) -> dict:
    path = resource_path("data", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TuLieuError(f"{path}: cannot load entity table: {exc}") from exc


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _add_places(gaz: Gazetteer, places: dict) -> None:
    for group in ("countries", "regions", "cities"):
        for canonical, aliases in places[group].items():
            for form in [canonical, *aliases]:
                gaz.add(form, "location", canonical)
                low = form.casefold()
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
    gaz.org_suffixes = frozenset(heads["suffixes"])
    gaz.plural_markers = tuple(tuple(m.split()) for m in heads["plural_markers"])
    gaz.place_words = frozenset(w.casefold() for w in heads["place_words"])
    gaz.generic_heads = frozenset(w.casefold() for w in heads.get("generic", []))
    gaz.lower_qualifiers = frozenset(tuple(token_key(w) for w in q.split()) for q in heads.get("lower_qualifiers", []))
    gaz.bilateral = frozenset(tuple(token_key(w) for w in b.split()) for b in heads.get("bilateral", []))
    gaz.documents = frozenset(tuple(token_key(w) for w in d.split()) for d in heads.get("documents", []))
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


_TONES = str.maketrans(
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
    "aaaaaăăăăăâââââeeeeeêêêêêiiiiioooooôôôôôơơơơơuuuuuưưưưưyyyyy",
)
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
_NUCLEUS = ("iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|"
            "ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|[aăâeêioôơuưy]")
_SYLLABLE = re.compile(f"{_ONSET}(?:{_NUCLEUS})(?:ch|ng|nh|[cmnpt])?")


@lru_cache(maxsize=8192)
def is_vietnamese_syllable(tok: str) -> bool:
    """True when tok is spelled like a Vietnamese syllable (so not a foreign word)."""
    base = tok.casefold().translate(_TONES)
    return bool(_SYLLABLE.fullmatch(base))
