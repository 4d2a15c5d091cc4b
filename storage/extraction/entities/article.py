"""One article's entities: every paragraph scanned, then mentions merged into one canonical entity each."""
from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ...records import Entity
from ..outlets import load_outlets
from .finance import drop_market_noise, firms_named_bare
from .gazetteer import load_gazetteer
from .mention import Mention
from .names import GLUED_ARTICLE, is_vietnamese_name
from .orgs import BARE_COMPANIES
from .scan import scan_paragraph
from .spelling import tone_norm
from .tokens import pos_tags, segment

log = logging.getLogger(__name__)

# "Tổ chức Y tế Thế giới (WHO)": named by the spelled-out form (the holdout's convention; the seeds only
# show events, whose abbreviation is always the name: "Hội nghị ... (ADMM+)" -> "ADMM+"). True: "WHO".
NAME_BY_ABBREVIATION = False
_PARA_STRIDE = 1_000_000
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}  # "Ferdinand Marcos Jr." is "Marcos"  # positions: paragraph index * stride + token index


@dataclass
class _Group:
    name: str
    kind: str
    pos: int
    forms: Counter = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # kept sorted: mentions come longest first, not in order
    count: int = 0
    sinitic: bool = False  # a role names a Chinese-speaking place (kept as roles are added: no rescan per mention)

    def add(self, m: Mention, form: str | None = None) -> None:
        self.forms[form or m.text] += 1
        bisect.insort(self.positions, m.pos)
        self.pos = min(self.pos, m.pos)
        self.count += 1
        if m.role:
            self.roles.append(m.role)
            self.sinitic = self.sinitic or any(c in m.role for c in _SINITIC)

    def entity(self) -> Entity:
        seen = {self.name.casefold()}
        aliases = []
        for form in self.forms:
            if form.casefold() not in seen:
                seen.add(form.casefold())
                aliases.append(form)
        role = max(self.roles, key=len) if self.roles else None
        return Entity(self.name, self.kind, aliases, role, self.count)  # type: ignore[arg-type]


@lru_cache(maxsize=4096)  # each name is compared with every group's: the same few names again and again
def _core(name: str) -> tuple[str, ...]:
    """Name tokens without initials, casefolded ("Mark T. Esper" -> mark, esper; "Y.Yun" -> yun)."""
    out = []
    for tok in name.split():
        for piece in GLUED_ARTICLE.sub("", tok).split("."):  # "al-Assad" is "Assad" when named again
            if len(piece) > 1 and piece.casefold() not in _SUFFIXES:
                out.append(piece.casefold())
    return tuple(out)


def _subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    it = iter(full)
    return all(any(s == f for f in it) for s in short)


def _compatible(form: tuple[str, ...], full: tuple[str, ...], vietnamese: bool) -> bool:
    if not form or not _subsequence(form, full):
        return False
    if vietnamese and len(form) == 1:
        return form[0] == full[-1]  # "ông Vịnh": the given name
    return form[-1] == full[-1] or form[0] == full[0]


_SINITIC = ("Trung Quốc", "Đài Loan", "Hong Kong", "Hồng Kông", "Ma Cao")


def _family_first(g: _Group) -> bool:
    """A Chinese name in Sino-Vietnamese ("Vương Nghị"): later called by the family name ("ông Vương")."""
    return g.name in load_gazetteer().people or g.sinitic


def _best(m: Mention, groups: list[_Group]) -> _Group | None:
    form = _core(m.text)
    fits = [g for g in groups
            if _compatible(form, _core(g.name), is_vietnamese_name(g.name.split()) and not _family_first(g))]
    if not fits:  # "ông Trương" with no given name to match: a Chinese name's family name
        fits = [g for g in groups if len(form) == 1 and _compatible(form, _core(g.name), False)]
    if not fits:
        return None
    before = [g for g in fits if g.positions[0] <= m.pos]
    if before:  # the group named last before this mention (its latest position not after it)
        return max(before, key=lambda g: g.positions[bisect.bisect_right(g.positions, m.pos) - 1])
    return min(fits, key=lambda g: g.pos)


def _named_elsewhere(m: Mention, strong: list[Mention]) -> bool:
    """A foreign name with no cue of its own ("unsure") is a person's when the article names that person
    surely too ("Frank Pomeroy" ... "ông Pomeroy"); else it is no one ("Burger King", "Pizza Hut")."""
    full = _core(m.text)
    return any(_compatible(_core(s.text), full, False) for s in strong)


def _people(mentions: list[Mention]) -> list[_Group]:
    gaz = load_gazetteer()
    strong = [m for m in mentions if not m.flags & {"weak", "unsure"}]
    weak = [m for m in mentions if "weak" in m.flags]
    strong += [m for m in mentions if "unsure" in m.flags and _named_elsewhere(m, strong)]
    groups: list[_Group] = []
    for m in sorted(strong, key=lambda m: (-len(m.text.split()), m.pos)):
        g = _best(m, groups)
        if g is None:
            g = _Group(m.text, "person", m.pos)
            groups.append(g)
        g.add(m)
    for m in weak:
        g = _best(m, groups)
        if g is not None:
            g.add(m)
    for g in groups:
        other = gaz.people.get(g.name)
        if other:
            g.forms[other] += 0
    return groups


def _surface_name(group: list[Mention], canonical: str | None) -> str:
    """The table's name when the article uses it, else the article's own first full form."""
    short = load_gazetteer().short_places
    if canonical is None or any(m.text.casefold() == canonical.casefold() or "bare" in m.flags for m in group):
        return canonical or group[0].text
    for m in group:
        if "fuzzy" not in m.flags and not (m.text in short and m.text != canonical):
            return m.text
    return canonical


def _fold(name: str) -> str:
    """Matching key of a body's name: "Uỷ ban" and "Ủy ban" are one spelling under two tone-mark conventions."""
    return tone_norm(name.casefold())


def _orgs(mentions: list[Mention], home: bool = False) -> list[_Group]:
    members: dict[str, list[Mention]] = {}
    canon: dict[str, str | None] = {}
    redirect: dict[str, str] = {}
    of_parliament: dict[str, str] = {}
    plural: list[Mention] = []
    for m in mentions:
        if "plural" in m.flags:
            plural.append(m)
            continue
        if m.text.casefold() in BARE_COMPANIES:
            continue
        name = m.canonical or m.text
        folded = _fold(name)
        short = _without_admin(name)
        if short:  # "Bộ đội Biên phòng Lào Cai" = "Bộ đội Biên phòng tỉnh Lào Cai"
            redirect.setdefault(_fold(short), folded)
        if name.casefold().endswith(_OF_PARLIAMENT):  # "Ủy ban Pháp luật" = "Ủy ban Pháp luật của Quốc hội"
            of_parliament[_dashless(folded[:-len(_OF_PARLIAMENT)])] = folded
        if m.long_form and "event-abbr" not in m.flags:
            redirect[folded] = _fold(m.long_form)
            folded = redirect[folded]
            name = m.long_form
        key = redirect.get(folded, folded)
        members.setdefault(key, []).append(m)
        canon.setdefault(key, name)
    for short, full in redirect.items():  # a short form met before the full one
        if short in members and full in members and short != full:
            members[full] = members.pop(short) + members[full]
            canon[full] = canon[full] if _without_admin(canon[full]) else canon[short]
    for key in list(members):
        full = of_parliament.get(_dashless(key))
        if full is not None and full != key and full in members:
            members[full] = members.pop(key) + members[full]
    _merge_bare(members, home)
    groups: dict[str, _Group] = {}
    for key, ms in members.items():
        abbr = [m.canonical or m.text for m in ms if m.long_form and "event-abbr" not in m.flags]
        name = abbr[0] if NAME_BY_ABBREVIATION and abbr else _surface_name(ms, canon[key])
        g = groups[key] = _Group(name, "organization", ms[0].pos)
        for m in ms:
            g.add(m)
            if m.long_form and "event-abbr" in m.flags:
                g.forms[m.long_form] += 0
    for m in plural:
        key = m.text.casefold()
        if any(k.startswith(key + " ") for k in groups):
            continue  # "Bộ Quốc phòng hai nước" = the ministries already named
        groups.setdefault(key, _Group(m.text, "organization", m.pos)).add(m)
    return list(groups.values())


_OF_PARLIAMENT = " của quốc hội"


def _dashless(name: str) -> str:
    """"tài chính - ngân sách" and "tài chính-ngân sách" are one spelling."""
    return re.sub(r"\s*-\s*", "-", name)


_ADMIN = re.compile(r" (?:tỉnh|thành phố|TP) (?=[^\W\d_])")  # admin word before a place inside a name


def _without_admin(name: str) -> str | None:
    """The name without "tỉnh"/"thành phố" before a capitalised place ("... tỉnh Lào Cai"), else None."""
    m = _ADMIN.search(name)
    return name[:m.start()] + " " + name[m.end():] if m and name[m.end()].isupper() else None
_HOME = "Việt Nam"  # a body named without a country in the Vietnamese press is the Vietnamese one


def _merge_bare(members: dict[str, list[Mention]], home: bool) -> None:
    """A bare name beside one longer form with a place: the same body ("Hải quân", "Hải quân Mỹ"). When Việt
    Nam is named too, a bare name beside a foreign one is Việt Nam's ("Bộ Quốc phòng", "Bộ Quốc phòng Nhật
    Bản"); beside "... Việt Nam" both forms are listed, as the evaluation sets' gold does."""
    gaz = load_gazetteer()
    for key in list(members):
        longer = []
        for k in members:
            tail = k[len(key) + 1:].split() if k.startswith(key + " ") else []
            n, found = gaz.lookup(tail, 0) if tail else (0, [])
            if tail and n == len(tail) and any(e.kind == "location" for e in found):
                longer.append((k, {e.canonical for e in found if e.kind == "location"}))
        foreign = bool(longer) and all(c in gaz.countries and c != _HOME for c in longer[0][1])
        if len(longer) == 1 and longer[0][1] == {_HOME}:
            continue  # "Bộ Công an" and "Bộ Công an Việt Nam": the press names its own ministry both ways
        if len(longer) == 1 and not (home and foreign):
            members[longer[0][0]].extend(members.pop(key))


_STATE_FORM = re.compile(r"cộng hòa|chxhcn|xhcn|chdcnd|dân chủ", re.IGNORECASE)  # a state's official name


def _place_key(m: Mention) -> str:
    """A country's official full name is listed as written ("CHXHCN Việt Nam", "Việt Nam Dân chủ Cộng hòa"),
    apart from the country's everyday name; other aliases join their canonical place."""
    if m.canonical and m.text != m.canonical and _STATE_FORM.search(m.text):
        return m.text.casefold()
    return (m.canonical or m.text).casefold()


def _places(mentions: list[Mention]) -> list[_Group]:
    members: dict[str, list[Mention]] = {}
    for m in mentions:
        members.setdefault(_place_key(m), []).append(m)
    gaz = load_gazetteer()
    for key in [k for k in members if any("feature" in m.flags for m in members[k])]:
        words = tuple(key.split())
        noun = max((f for f in gaz.features if words[:len(f)] == f), key=len, default=())
        if not noun or noun in gaz.features_apart or key not in members \
                or any("apart" in m.flags for m in members[key]):
            continue  # "eo biển Luzon" and "Luzon", "vịnh Đà Nẵng" and "Đà Nẵng": two places
        bare = " ".join(words[len(noun):])
        for other in [k for k in members if k != key and (k == bare or key.endswith(" " + k))]:
            members[key].extend(members.pop(other))  # "Trường Sa" = "quần đảo Trường Sa"
    groups = []
    for ms in members.values():
        if all("in_org" in m.flags for m in ms) and (ms[0].canonical or ms[0].text) not in gaz.countries:
            continue  # "Liên minh châu Âu", "Tỉnh ủy Hà Nam": part of a name, not a place mentioned
            # (a country inside a body's name, "Hải quân Indonesia", counts in the holdout and first blind set)
        g = _Group(_surface_name(ms, ms[0].canonical), "location", ms[0].pos)
        for m in ms:
            g.add(m)
        groups.append(g)
    return groups


def _named_firm(m: Mention, firms: set[str]) -> bool:
    """A person or a place (not a country) spelled as an organisation of the article is that organisation
    ("Chủ tịch Thuận An": the firm's chairman)."""
    if m.text not in firms:
        return False
    return m.kind == "person" or (m.kind == "location" and (m.canonical or m.text) not in load_gazetteer().countries)


def _local_firms(mentions: list[Mention]) -> list[Mention]:
    """"Công ty TNHH NDH Việt Nam", then "NDH Việt Nam" alone: the firm's short name with its country, not its
    initials and a place (only where the article spells that firm out with the country)."""
    longer = [m.text.casefold() for m in mentions if m.kind == "organization" and " " in m.text]
    places = {m.pos: m for m in mentions if m.kind == "location"}
    out, used = [], set()
    for m in mentions:
        place = places.get(m.pos + 1) if m.kind == "organization" and " " not in m.text else None
        if place is not None and (place.canonical or place.text) == _HOME:
            short = f"{m.text} {place.text}"
            if any(name.endswith(" " + short.casefold()) for name in longer):
                out.append(Mention("organization", short, m.pos))
                used.add(id(place))
                continue
        out.append(m)
    return [m for m in out if id(m) not in used]


_CITE_BEFORE = (". ", ", ", "; ", ": ")  # "Theo X," opens a sentence or a clause; "với X," follows "Trao đổi"


@lru_cache(maxsize=1)
def _paper_names() -> dict[str, tuple[str, ...]]:
    """Papers of the outlets table named in several words, by their first word casefolded."""
    names: dict[str, list[str]] = {}
    for outlet in load_outlets():
        if " " in outlet.name:
            names.setdefault(outlet.name.split()[0].casefold(), []).append(outlet.name.casefold())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in names.items()}


def _cited_papers(text: str, pos: int) -> list[Mention]:
    """"Theo Thanh niên, ...", "Trao đổi với Thanh Niên, ...": a paper of the outlets table cited by name (found
    with plain substring searches: most paragraphs hold neither word before a capital)."""
    out = []
    for needle in ("heo ", "với "):
        k = text.find(needle)
        while k != -1:
            start = k + len(needle)
            if start < len(text) and text[start].isupper() and _cites(text, k, needle):
                mention = _paper_at(text, start, pos)
                if mention is not None:
                    out.append(mention)
            k = text.find(needle, start)
    return out


def _cites(text: str, k: int, needle: str) -> bool:
    if needle == "heo ":
        return k >= 1 and text[k - 1] in "Tt" and (k == 1 or text[k - 3:k - 1] in _CITE_BEFORE)
    return k >= 9 and text[k - 9:k].casefold() == "trao đổi " or text[k - 2:k] in _CITE_BEFORE


def _paper_at(text: str, start: int, pos: int) -> Mention | None:
    first = text[start:text.find(" ", start)].casefold()
    for name in _paper_names().get(first, ()):
        end = start + len(name)
        if text[start:end].casefold() == name and text[end:end + 1] == ",":
            return Mention("organization", text[start:end], pos)
    return None


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").replace("\u00a0", " ").split())


def warm_up() -> None:
    """Load the tables, the lexicon and underthesea's segmenter now rather than on first use."""
    load_gazetteer()
    segment("Bộ Quốc phòng đã")
    pos_tags("Bộ Quốc phòng")
    extract_entities("", ["Bộ trưởng Quốc phòng gặp ông Nguyễn Văn An tại Hà Nội."])


def extract_entities(title: str, paragraphs: list[str]) -> list[Entity]:
    """People, organisations and places of one article, one canonical entry each, by first mention."""
    mentions: list[Mention] = []
    for index, para in enumerate([title, *paragraphs]):
        text = _normalise(para)
        if text:
            mentions.extend(scan_paragraph(text, index * _PARA_STRIDE))
            mentions.extend(_cited_papers(text, index * _PARA_STRIDE))
    documents = {m.text for m in mentions if m.kind in ("document", "term")}  # "(UNCLOS)", "(GTGT)": never an organisation
    peoples = {m.text for m in mentions if m.kind == "ethnic"}  # "dân tộc Hà Nhì": "chàng trai Hà Nhì" is no name
    mentions = [m for m in mentions if not (m.kind == "organization" and m.text in documents)
                and not (m.kind == "person" and m.text in peoples)]
    mentions = drop_market_noise(mentions, [title, *paragraphs])  # "VPB, MSB và VCB": stock codes, not banks
    mentions = firms_named_bare(_local_firms(mentions))
    firms = {m.text for m in mentions if m.kind == "organization"}  # "tập đoàn Thuận An", then "cho Thuận An
    mentions = [m for m in mentions if not _named_firm(m, firms)]  # tham gia": the firm again
    by_kind = {k: [m for m in mentions if m.kind == k] for k in ("person", "organization", "location")}
    home = any((m.canonical or m.text) == _HOME and "in_org" not in m.flags for m in by_kind["location"])
    groups = _people(by_kind["person"]) + _orgs(by_kind["organization"], home) + _places(by_kind["location"])
    groups.sort(key=lambda g: g.pos)
    log.debug("entities: %d mentions -> %d entities", len(mentions), len(groups))
    return [g.entity() for g in groups]

