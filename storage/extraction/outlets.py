"""The table of Vietnamese outlets and how a page names its outlet (lead prefix, domain, meta)."""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from ..resources import optional_table, resource_path

log = logging.getLogger(__name__)

FOREIGN_KIND = "foreign agency"
MASTHEAD_LINES = 3
# "(VOV) -", "(Ngày Nay) -", "(CAO)" at the start of the lead.
PAREN_PREFIX_RE = re.compile(r"^\s*\(([^()]{2,30})\)\s*[-–—:]?")
# "TGVN.", "TPO -", "VOV.VN -", "GD&TĐ -", "SKĐS -" at the start of the lead.
CAPS_PREFIX_RE = re.compile(r"^\s*([A-ZĐ][A-Za-zĐđ0-9.&+]{1,14}?)\.?\s*(?:[-–—]\s*|\.\s+)")
DOMAIN_SUFFIX_RE = re.compile(r"\.(?:com\.vn|org\.vn|net\.vn|gov\.vn|edu\.vn|vn|com|net|org|info)$")
# "Thanh tra - …", "Dân Việt – …": a lead opening with a name in plain words.
NAME_PREFIX_RE = re.compile(r"^\s*([^-–—|,.:()]{3,40}?)\s+[-–—]\s+")
LEADING_NAME_RE = re.compile(r"^\s*©?\s*([^-–—|,.:]{3,40}?)\s+[-–—|]\s")
MIN_FOLDED_KEY = 4
MASTHEAD_SPLIT_RE = re.compile(r"\s+[-–—|]\s+")
# A masthead naming a paper: "Báo Đồng Nai điện tử", "BÁO QUÂN KHU 4", "Tạp chí X", "X Online".
HEADER_START_RE = re.compile(r"^(?:thời\s+báo|nhật\s+báo|tuần\s+báo|báo|tạp\s+chí)\s+(\w+)", re.I)
HEADER_SUFFIX_RE = re.compile(r"\s+(?:điện\s+tử|online)$", re.I)
# "Báo cáo", "báo chí", "báo giá": ordinary words, not a paper's name.
NOT_PAPER_WORDS = frozenset({"cáo", "chí", "giá", "động", "danh", "hiệu", "thức", "cháy", "đáp", "ân", "điện", "in",
                             "mạng", "tin", "nói", "hình"})
HEADER_MAX_WORDS = 9
HEADER_BAD_CHARS_RE = re.compile(r"[.:;,!?|/>()\[\]\"“”]|\d{2,}")
DOMAIN_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com\.vn|org\.vn|net\.vn|gov\.vn|vn|com|net|org))\b", re.I)


@dataclass(frozen=True)
class Outlet:
    """One outlet: display name, web domains, abbreviations and prefixes, kind of owner."""

    name: str
    domains: tuple[str, ...]
    abbreviations: tuple[str, ...]
    kind: str


def _key(text: str) -> str:
    return re.sub(r"[\s.\-–_]+", "", text.casefold()).removeprefix("www")


def fold_key(text: str) -> str:
    """A space-less key without diacritics: "Hà Nội Mới", "HANOIMOI" and "hanoimoi" meet."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return re.sub(r"[\W_]+", "", "".join(ch for ch in text if not unicodedata.combining(ch))).removeprefix("www")


def _domain_stem(domain: str) -> str:
    return DOMAIN_SUFFIX_RE.sub("", domain.lower().removeprefix("www."))


@cache
def load_outlets() -> list[Outlet]:
    """Every outlet of resources/data/outlets.json (loaded once)."""
    path = resource_path("data", "outlets.json")
    rows = json.loads(path.read_text(encoding="utf-8"))
    tags = optional_table("outlet_cues.json").get("lead_tags", {})
    return [Outlet(r["name"], tuple(r["domains"]), _with_tags(r["abbreviations"], tags.get(r["name"], [])), r["kind"])
            for r in rows]


TAG_EDGES_RE = re.compile(r"^\s*\(|\)?\s*[-–—.]?\s*$")


def _with_tags(abbreviations: list[str], tags: list[str]) -> tuple[str, ...]:
    """The abbreviations and the lead tags as labels ("(PLO) -" → "PLO"), each once."""
    labels = list(abbreviations)
    for tag in tags:
        label = TAG_EDGES_RE.sub("", tag).strip()
        if label and label.casefold() not in {known.casefold() for known in labels}:
            labels.append(label)
    return tuple(labels)


@cache
def _index() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for outlet in load_outlets():
        for label in (outlet.name, *outlet.abbreviations):
            by_name.setdefault(_key(label), outlet)
            by_name.setdefault(_key(label.removeprefix("Báo ").removeprefix("báo ")), outlet)
        for domain in outlet.domains:
            by_domain[domain.lower()] = outlet
            by_name.setdefault(_key(domain), outlet)
    return by_name, by_domain


@cache
def _deepest_domain() -> int:
    """Labels in the longest known domain ("baochinhphu.vn" 2, "news.zing.vn" 3)."""
    return max((domain.count(".") + 1 for domain in _index()[1]), default=2)


@cache
def _folded_index() -> dict[str, Outlet]:
    """Names, abbreviations and domain stems ("hanoimoi") folded; a key two outlets share is dropped."""
    found: dict[str, set[Outlet]] = {}
    for outlet in load_outlets():
        labels = (outlet.name, *outlet.abbreviations, *(_domain_stem(d) for d in outlet.domains))
        for label in labels:
            for variant in (label, label.removeprefix("Báo ").removeprefix("báo ")):
                key = fold_key(variant)
                if len(key) >= MIN_FOLDED_KEY:
                    found.setdefault(key, set()).add(outlet)
    return {key: next(iter(owners)) for key, owners in found.items() if len(owners) == 1}


# What a paper calls itself around its name: "Báo điện tử X", "Tạp chí X", "X điện tử", "X Online".
PAPER_WORDS_RE = re.compile(r"^(?:báo\s+điện\s+tử|thời\s+báo|báo|tạp\s+chí\s+điện\s+tử|tạp\s+chí|"
                            r"trang\s+(?:thông\s+)?tin\s+điện\s+tử|cổng\s+thông\s+tin\s+điện\s+tử)\s+|"
                            r"\s+(?:điện\s+tử|online)$", re.I)


BRAND_SUFFIX_RE = re.compile(r"(?<=[a-z0-9]{4})(?:news|online|media)$")


def lookup(label: str) -> Outlet | None:
    """The outlet a name, abbreviation or domain stands for ("VOV.VN", "Báo Nhân Dân", "TGVN")."""
    label = label.strip(" .,:;-–()\"'")
    if not label:
        return None
    by_name, _ = _index()
    found = by_name.get(_key(label))
    if found is None:
        bare = PAPER_WORDS_RE.sub("", label)  # "Báo điện tử Tiền Phong", "Tạp chí ... điện tử"
        found = by_name.get(_key(bare)) if bare and bare != label else None
        label = bare if found is None and bare else label
    if found is None and label.isascii():
        folded = fold_key(label)
        found = _folded_index().get(folded)  # a brand written without accents: "HANOIMOI"
        brand = BRAND_SUFFIX_RE.sub("", folded)  # "sohanews", "dantrionline": the brand and a web word
        if found is None and brand != folded:
            found = _folded_index().get(brand)
    return found or by_domain(label)


def lookup_exact(label: str) -> Outlet | None:
    """The outlet whose name or abbreviation is exactly this text (any case): "BÁO QUẢNG NINH", "VOV.VN"."""
    return _exact_index().get(" ".join(label.split()).casefold())


@cache
def _exact_index() -> dict[str, Outlet]:
    """lookup_exact's table: each casefolded name or abbreviation of a Vietnamese outlet, the first outlet
    (in file order) holding it (the masthead asks for every line of every page)."""
    found: dict[str, Outlet] = {}
    for outlet in load_outlets():
        if outlet.kind != FOREIGN_KIND:
            for label in (outlet.name, *outlet.abbreviations):
                found.setdefault(label.casefold(), outlet)
    return found


def header_name(line: str) -> str | None:
    """The paper a masthead line names, title-cased: "BÁO QUÂN KHU 4" → "Báo Quân Khu 4"; else None."""
    line = " ".join(line.split())
    if not 2 <= len(line.split()) <= HEADER_MAX_WORDS or HEADER_BAD_CHARS_RE.search(line):
        return None
    start = HEADER_START_RE.match(line)
    if start and start.group(1).casefold() in NOT_PAPER_WORDS:
        return None
    bare = HEADER_SUFFIX_RE.sub("", line)
    if start is None and (bare == line or not bare[:1].isupper()):
        return None
    if start is not None and len(bare.split()) < 2:
        return None  # "Báo điện tử" alone names no paper
    if bare.isupper():
        bare = " ".join(word.capitalize() for word in bare.split())
    return bare


def from_masthead(lines: list[str]) -> Outlet | None:
    """The outlet whose name heads the page (its logo text in the first lines)."""
    for line in lines[:MASTHEAD_LINES]:
        line = HEADER_SUFFIX_RE.sub("", line.strip()) or line  # "Báo Đồng Nai điện tử": the paper's name
        # "BÁO TIN TỨC - TTXVN": the paper named first, not the agency that owns it
        parts = [p for p in MASTHEAD_SPLIT_RE.split(line) if p.strip()] if len(line) <= 60 else []
        outlet = next((o for o in map(lookup_exact, [line, *parts]) if o and o.kind != FOREIGN_KIND), None)
        if outlet is None and " " not in line.strip() and line.strip().isascii():
            outlet = lookup(line)  # a one-word logo: "HANOIMOI", "soha"
        if outlet is None:
            outlet = self_named(line)  # "Báo điện tử Tiền Phong" as the logo's text
        if outlet is not None and outlet.kind != FOREIGN_KIND:
            return outlet
    return None


def by_domain(url_or_domain: str) -> Outlet | None:
    """The outlet owning a domain or URL (subdomains and 'www.' allowed)."""
    text = url_or_domain.strip().lower()
    try:
        host = urlsplit(text).hostname if "//" in text else text.split("/")[0]
    except ValueError:  # "http://[x": not a URL, so no outlet's domain
        return None
    if not host:
        return None
    host = host.removeprefix("www.")
    _, domains = _index()
    parts = host.split(".")
    # Only the suffixes as long as a known domain: "a.a.a…" of a line of dots joined every suffix (n²).
    for i in range(max(0, len(parts) - _deepest_domain()), len(parts) - 1):
        found = domains.get(".".join(parts[i:]))
        if found:
            return found
    return None


@lru_cache(maxsize=8192)
def from_lead_prefix(paragraph: str) -> tuple[Outlet | None, str]:
    """The outlet named by a lead prefix, and the prefix text itself ("" when none)."""
    for regex in (PAREN_PREFIX_RE, CAPS_PREFIX_RE):
        match = regex.match(paragraph)
        if not match:
            continue
        label = match.group(1)
        if regex is CAPS_PREFIX_RE and sum(ch.isupper() for ch in label) < 2:
            continue
        if label.strip()[:1].islower() and "." not in label:
            continue  # "(giao duc) -": a section's label; a paper's tag is capitalised or its address
        outlet = lookup(label)
        if outlet and outlet.kind != FOREIGN_KIND:
            return outlet, match.group(0)
    match = NAME_PREFIX_RE.match(paragraph)  # "Thanh tra - …": the paper's name written out
    outlet = _by_exact_name(match.group(1)) if match else None
    return (outlet, match.group(0)) if outlet else (None, "")


@cache
def _exact_names() -> dict[str, Outlet]:
    """Names and abbreviations casefolded with their accents; "Báo X" also as "X" when X has two words."""
    names: dict[str, Outlet] = {}
    for outlet in load_outlets():
        if outlet.kind == FOREIGN_KIND:
            continue
        for label in (outlet.name, *outlet.abbreviations):
            key = " ".join(label.split()).casefold()
            names.setdefault(key, outlet)
            bare = key.removeprefix("báo ")
            if bare != key and len(bare.split()) >= 2:
                names.setdefault(bare, outlet)
    return names


def _by_exact_name(label: str) -> Outlet | None:
    return _exact_names().get(" ".join(label.split()).casefold())


def from_domain_mentions(lines: list[str]) -> Outlet | None:
    """The first known Vietnamese outlet whose domain a line mentions ("theo dõi thoidai.com.vn trên")."""
    for line in lines:
        for match in DOMAIN_RE.finditer(line):
            outlet = by_domain(match.group(1))
            if outlet and outlet.kind != FOREIGN_KIND:
                return outlet
    return None


# The marks, years and joiners a copyright line may stack before its owner: "© 2011 sohanews", "Copyright 2025 ©
# Báo X", "Copyright © 2024 - Báo X", "© Bản quyền 2025 Báo X", "© Copyright by X".
COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright|bản\s+quyền|\d{4}(?:\s*[-–]\s*\d{4})?|"
                          r"[-–,:]|by)(?=\W|$))*\s*(.{2,60})", re.I)
# "Tiền Phong © 2025": the owner first, the mark and the year last.
OWNER_FIRST_RE = re.compile(r"^\s*([^©]{2,40}?)\s*(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*\.?\s*$", re.I)
# The same in words: "Bản quyền thuộc về Báo X", "X giữ bản quyền nội dung của trang www.x.vn".
VI_COPYRIGHT_RE = re.compile(r"bản\s+quyền\s+(?:thuộc\s+(?:về\s+)?|của\s+)(.{2,60})|^\s*(.{2,60}?)\s+giữ\s+bản\s+quyền",
                             re.I)


def _copyright_owners(line: str) -> list[str]:
    """The owners the line's copyright marks name, in COPYRIGHT_RE, VI_COPYRIGHT_RE, OWNER_FIRST_RE order. Each
    pattern is searched only where what it needs is: "©" or "(c)"; "copyright" ("yr"); "bản quyền" ("quyền").
    (re.I lets only their own two cases match these letters, so the lowercased line holds them where it does.)"""
    low = line.lower()
    marked = "©" in line or "(" in line
    owners = [m.group(1) for m in COPYRIGHT_RE.finditer(line)] if marked or "yr" in low else []
    if "quyền" in low:
        owners += [m.group(1) or m.group(2) for m in VI_COPYRIGHT_RE.finditer(line)]
    if marked:
        owners += [m.group(1) for m in OWNER_FIRST_RE.finditer(line)]
    return owners


# Where a copyright owner's name ends: the sentence or the clause after it ("X. Không được sao chép", "X, all ...").
OWNER_END_RE = re.compile(r"\.\s|[,;|]|\s[-–—]\s|\.$|\s(?:all\s+rights|giữ\s+bản\s+quyền)", re.I)
OWNER_MAX_WORDS = 8
# A company's name ("Jelsoft Enterprises Ltd", "Công ty Cổ phần X"): the forum software's maker or the operator,
# not the paper.
COMPANY_RE = re.compile(r"(?<!\w)(?:inc|ltd|llc|corp|corporation|co|jsc|gmbh|company|enterprises?|công\s+ty|tập\s+đoàn)(?!\w)",
                        re.I)


def copyright_name(lines: list[str]) -> str | None:
    """The owner a copyright line names, as the page spells it, when it reads as a name ("© Báo Sông Hậu",
    "Bản quyền thuộc về Truyền hình Cửu Long. Không được sao chép ..."): capitalised first and last words, a
    few words, no digits, not an address. For outlets the table does not know."""
    for line in lines:
        for owner in _copyright_owners(line):
            if COMPANY_RE.search(owner):
                continue  # "©2011, Crawlability, Inc.": a company's, whichever clause names it
            owner = OWNER_END_RE.split(owner, maxsplit=1)[0].strip(" .:-–")
            owner = re.sub(r"^(?:by|bởi)\s+", "", owner, flags=re.I)
            parts = owner.split()
            if not 1 <= len(parts) <= OWNER_MAX_WORDS or any(ch.isdigit() for ch in owner) or DOMAIN_RE.search(owner):
                continue
            if parts[0][:1].isupper() and parts[-1][:1].isupper() and not owner.casefold().startswith("bản quyền"):
                return owner
    return None


def from_copyright(lines: list[str]) -> Outlet | None:
    """The outlet a copyright line names right after its ©: "© 2012 Ngoisao.net, ...", "Copyright © Zing".

    The page's owner, even where its menus list the sister sites of a network.
    """
    pattern, labels = _names_re()
    for line in lines:
        owners = _copyright_owners(line)
        # "X.VN - BÁO X": an owner named twice, its address and its name, either may be the one the table knows
        parts = [part for owner in owners for part in (owner, *MASTHEAD_SPLIT_RE.split(owner)[1:])]
        for owner in parts:
            owner = owner.strip()
            domain = DOMAIN_RE.match(owner)
            outlet = by_domain(domain.group(1)) if domain else None
            for form in (owner, PAPER_WORDS_RE.sub("", owner)):  # "Báo điện tử Dân trí", "Thời báo X"
                name = pattern.match(form) if outlet is None else None
                if name and _longer_name(form[name.end():]):
                    name = None  # "Báo Khánh Hòa Mới" is another paper than "Báo Khánh Hòa"
                outlet = outlet or (_named(name.group(0), labels) if name else None)
            brand = owner.split()[0].strip(".,;:") if outlet is None and owner.split() else ""
            if brand.isascii() and len(brand) >= MIN_FOLDED_KEY:
                outlet = lookup(brand)  # "© 2011 sohanews": the site's brand as one word
            if outlet is not None and outlet.kind != FOREIGN_KIND:
                return outlet
    return None


# Words a paper prints after its own name ("Tuổi Trẻ Online", "Nhân Dân Điện tử"): the same paper.
OWN_NAME_TAILS = frozenset({"online", "điện", "news", "media", "digital", "mobile", "tv", "plus", "e-paper"})
LONGER_NAME_WORDS = 3


def _longer_name(rest: str) -> bool:
    """The owner's name goes on after a known name with capitalised words ("Báo Lao Động Thủ Đô" after "Báo Lao
    Động"): a longer name, another paper's (the table's longer names are tried first)."""
    tail = OWNER_END_RE.split(rest, maxsplit=1)[0].split()
    return 1 <= len(tail) <= LONGER_NAME_WORDS and tail[0].casefold() not in OWN_NAME_TAILS \
        and all(word[:1].isupper() for word in tail)


@cache
def _names_re() -> tuple[re.Pattern[str], dict[str, Outlet]]:
    labels: dict[str, Outlet] = {}
    for outlet in load_outlets():
        if outlet.kind == FOREIGN_KIND:
            continue
        for label in (outlet.name, *outlet.abbreviations):
            if len(label) >= 3:
                labels.setdefault(label.casefold(), outlet)
    names = sorted(labels, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.I), labels


@cache
def _upper_labels() -> frozenset[str]:
    """The casefolded labels written in capitals ("CAO", "TTO"): an abbreviation, not the ordinary word."""
    return frozenset(label.casefold() for outlet in load_outlets() for label in (outlet.name, *outlet.abbreviations)
                     if label.isupper())


def _named(text: str, labels: dict[str, Outlet]) -> Outlet | None:
    """The outlet a name the pattern matched stands for; an abbreviation only when printed in capitals
    ("Vùng Cao" is no "CAO")."""
    key = text.casefold()
    if key in _upper_labels() and not text.isupper():
        return None
    return labels.get(key)


# "Chuyên trang của Báo X", "thuộc Báo X": the paper a site belongs to, not the site itself.
PARENT_RE = re.compile(r"\b(?:chuyên\s+trang|trang\s+tin)(?:\s+\S+){0,3}?\s+(?:của|thuộc)\b|\btrực\s+thuộc\b", re.I)


def from_name_mentions(lines: list[str]) -> Outlet | None:
    """The first outlet named in the page's own frame ("Theo dõi Dân trí trên", "© Báo Nhân Dân")."""
    pattern, labels = _names_re()
    for line in lines:
        match, found = next(((m, o) for m in pattern.finditer(line) if (o := _named(m.group(0), labels))), (None, None))
        owner = PARENT_RE.search(line)
        if match and owner and match.start() >= owner.start():
            found = None  # "Xyz - Chuyên trang của Báo X": X owns the site, the page is Xyz's
        if found is not None:
            return found
        head = LEADING_NAME_RE.match(line)  # "Báo Hànộimới - Cơ quan của ...": the name as the page spells it
        outlet = lookup(head.group(1)) if head else None
        if outlet is not None and outlet.kind != FOREIGN_KIND:
            return outlet
    return None


def primary_domain(outlet: Outlet | None) -> str | None:
    """The outlet's main web domain."""
    return outlet.domains[0] if outlet and outlet.domains else None


def domain_on_page(outlet: Outlet | None, page_domain: str | None) -> str | None:
    """The outlet's domain the page was published on when it is one of the outlet's (an outlet renamed since
    keeps its old domains: a 2018 page lives at news.zing.vn), else its main domain."""
    if outlet and page_domain and page_domain.lower() in outlet.domains:
        return page_domain.lower()
    return primary_domain(outlet)


# "toasoan@dantri.com.vn", "baodautu.vn@gmail.com": an address naming the outlet's domain.
# Starts only where a run of address characters starts and takes at most 64 of them (the local part's limit):
# on a long line with no "@" each try then fails at once, where a free start rescanned the run (quadratic).
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@((?:[a-z0-9-]+\.)+[a-z]{2,})", re.I)
SELF_NAME_MAX_WORDS = 8
LOGO_RE = re.compile(r"(?<!\w)(?:logo|biểu\s+trưng)(?!\w)", re.I)


def self_named(line: str) -> Outlet | None:
    """The Vietnamese outlet a whole line names with the paper's own words: "Báo điện tử Tiền Phong",
    "Tuổi Trẻ Online", "Báo Đầu tư", or a bare address ("tuoitre.vn", "wWw.Teen9x.Net")."""
    named_logo = bool(LOGO_RE.search(line))
    line = LOGO_RE.sub(" ", " ".join(line.split())).strip(" .-–|:")  # "Logo Báo Dân trí", "VnExpress logo"
    line = " ".join(line.split())
    if not line or len(line.split()) > SELF_NAME_MAX_WORDS:
        return None
    domain = DOMAIN_RE.fullmatch(line.removeprefix("http://").removeprefix("https://").rstrip("/"))
    outlet = by_domain(domain.group(1)) if domain else None
    if outlet is None and (PAPER_WORDS_RE.search(line) or named_logo):
        outlet = lookup(line)
    return outlet if outlet is not None and outlet.kind != FOREIGN_KIND else None


def from_page_frame(lines: list[str]) -> Outlet | None:
    """The outlet the page's own frame names: a line that is only its name or address, or an e-mail
    address on its domain ("Email: toasoan@x.vn"). Lines of other articles do neither."""
    for line in lines:
        outlet = self_named(line) or _email_outlet(line)
        if outlet is not None:
            return outlet
    return None


def _email_outlet(line: str) -> Outlet | None:
    """The Vietnamese outlet whose domain an e-mail address is on, or names before the '@'."""
    if "@" not in line:
        return None
    for match in EMAIL_RE.finditer(line):
        local = match.group(0).split("@")[0]
        domains = [match.group(1), *DOMAIN_RE.findall(local)]  # "toasoan@x.vn", "x.vn@gmail.com"
        found = next(filter(None, map(by_domain, domains)), None)
        if found is not None and found.kind != FOREIGN_KIND:
            return found
    return None
