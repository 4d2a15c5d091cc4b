"""Metadata of an extracted article: date, outlet, source, author, lead — each with its origin."""
from __future__ import annotations

import logging
import re
from collections import Counter

from ..records import Article, Block
from .bylines import GROUP_AUTHORS, classify_tail, pen_name_tail
from .cleaning import Cleaned, credit_line
from .dates import DMY_RE, FoundDate, find_date, find_lead_date, is_date_line, parse_iso
from .linefeatures import is_name_like, words
from .outlet_frame import from_frame_cues
from .outlets import (COPYRIGHT_RE, DOMAIN_RE, MASTHEAD_LINES, Outlet, by_domain, copyright_name, fold_key,
                      from_copyright, from_domain_mentions, from_lead_prefix, from_masthead, from_name_mentions,
                      from_page_frame, header_name, lookup)
from .titles import is_paragraph_like
from .urls import domain_of
from .year_inference import infer_year

log = logging.getLogger(__name__)

LEAD_MAX_CHARS = 700
# "(Tên báo) - ..." at the start of the lead, for outlets the table does not know.
UNKNOWN_PREFIX_RE = re.compile(r"^\s*\(([A-ZĐ\w][^()]{1,28})\)\s*[-–—]\s*\S")
# "BNA - Sáng 4/3, ...": a paper's capital tag before its lead, for papers the table does not know.
UNKNOWN_TAG_RE = re.compile(r"^\s*([A-ZĐ]{2,6}(?:\.VN)?)\s+[-–—]\s+\S")
SHORT_BODY_WORDS = 80
# Words of an organisation's name, never a person's (JSON-LD authors are often the publisher).
ORG_AUTHOR_WORDS = frozenset({"báo", "đài", "tạp", "ban", "tòa", "toà", "soạn", "news", "press", "agency",
                              "online", "media", "editorial", "staff", "team", "newsroom"})
ORG_AUTHOR_PHRASES = ("tiếng việt", "thông tấn", "việt ngữ")
ROLE_AUTHOR_PHRASES = ("biên tập", "phóng viên", "cộng tác viên", "quản trị", "admin", "tổng hợp")
# "Cập nhật: 10:20 12/03/2024", "Ngày đăng: ...", "Xuất bản lúc ...": a stamp that says what it is.
LABELLED_DATE_RE = re.compile(
    r"^\W*(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng|"
    r"published|updated|posted)\b", re.I)
SUBSITE_RE = re.compile(r"^\s*([^.,:()]{2,40}?)\s*(?:\s[-–—|]\s|\.\s)\s*chuyên\s+trang\s+(?:của|thuộc)\b", re.I)
CREDITED_DOMAIN_RE = re.compile(r"\(\s*(?:theo\s+|nguồn\s*:?\s*)?[\w.-]+\.[a-z]{2,}\s*\)"
                                r"|\b(?:theo|nguồn)\s*:?\s+[\w.-]+\.[a-z]{2,}", re.I)
NOT_OWN_REASONS = frozenset({"title", "related-list", "related-link", "byline", "source", "photo-credit", "duplicate"})
LIST_REASONS = frozenset({"related-list", "related-link", "related-header"})
# Removed lines that belong to the page's own frame (where a domain names the page's outlet).
FRAME_REASONS = frozenset({"footer", "follow", "navigation", "social", "widget", "kind-label", "end-widget", "markup",
                           "date", "related-header", "font-size", "view-counter", "player"})


def set_date(article: Article, cleaned: Cleaned, meta: dict[str, str]) -> None:
    """published + date_precision: HTML meta, the header's date bar, else the lead's day/month."""
    found = parse_iso(meta["published"]) if meta.get("published") else None
    origin = "html-meta"
    if found is None:
        found, origin = _header_date(cleaned) or _labelled_date(article), "page-text"
        found = _month_first(found, [b.text for b in article.blocks]) if found is not None else None
    if found is not None:
        article.published, article.date_precision = found.iso, "exact"
        article.origins["published"] = article.origins["date_precision"] = origin
        return
    body = [b.text for b in article.blocks if b.role == "body"]
    lead = find_lead_date(body)
    if lead is None:
        article.needs_review.append("published")
        return
    year = lead.year or infer_year(article.body, lead.day, lead.month).year
    if year is not None:
        article.published = f"{year:04d}-{lead.month:02d}-{lead.day:02d}"
        article.date_precision = "inferred"
        article.origins["published"] = article.origins["date_precision"] = "inferred"
    article.needs_review.append("published")


def _month_first(found: FoundDate, lines: list[str]) -> FoundDate:
    """The date read month first when the page writes its numeric dates so ("12-27-2012 02:17 PM" somewhere on the
    page, no day above 12 first anywhere) and the date was printed as digits ("03-08-2011": 8 March)."""
    day_first = month_first = False
    for line in lines:
        for match in DMY_RE.finditer(line):
            first, second = int(match.group(1)), int(match.group(2))
            day_first = day_first or first > 12
            month_first = month_first or (second > 12 and first <= 12)
    year, month, day = (int(part) for part in found.iso[:10].split("-"))
    if not month_first or day_first or day > 12 or day == month:
        return found
    printed = re.compile(rf"(?<!\d)0?{day}\s?[/.\-]\s?0?{month}\s?[/.\-]\s?{year}(?!\d)")
    if not any(printed.search(line) for line in lines):
        return found  # "ngày 3 tháng 8": words say which is the month
    swapped = f"{year:04d}-{day:02d}-{month:02d}" + found.iso[10:]
    return FoundDate(swapped, found.has_time, found.start, found.end)


def _header_date(cleaned: Cleaned) -> FoundDate | None:
    if cleaned.glued_date is not None:
        return cleaned.glued_date
    nearest = [line for _, line in cleaned.header_by_distance] or cleaned.header_lines
    for line in nearest:
        if is_date_line(line):
            return find_date(line)
    for line in nearest:
        found = find_date(line)
        if found is not None and found.has_time:
            return found
    for line in nearest:
        if credit_line(line) is not None:  # "Minh Anh - 02/03/2026": the writer's line carries the day
            return find_date(line)
    if cleaned.inner_date_lines:
        return find_date(cleaned.inner_date_lines[0])
    return find_date(cleaned.closing_date) if cleaned.closing_date else None


def _labelled_date(article: Article) -> FoundDate | None:
    """A full date after a label ("Cập nhật: 10:20 12/03/2024") between the title and the first list."""
    seen_body = False
    for block in article.blocks:
        seen_body = seen_body or block.role != "removed"
        if seen_body and block.reason in LIST_REASONS:
            return None  # what follows belongs to other articles
        if block.role == "removed" and LABELLED_DATE_RE.match(block.text):
            found = find_date(block.text)
            if found is not None:
                return found
    return None


def _frame_lines(article: Article, cleaned: Cleaned) -> list[str]:
    frame = [b.text for b in article.blocks if b.role == "removed" and b.reason in FRAME_REASONS]
    return cleaned.header_lines + frame


def _top_lines(article: Article) -> list[str]:
    return [b.text for b in article.blocks[:MASTHEAD_LINES] if b.role == "removed" and b.reason != "title"]


def _own_domain_line(block: Block) -> bool:
    """A line after the lists naming a domain as the site's own ("Chia sẻ từ vnexpress.net"), not as the
    source of another article ("… (vietnamnet.vn)", "Theo tienphong.vn")."""
    return block.reason == "related-list" and DOMAIN_RE.search(block.text) is not None \
        and CREDITED_DOMAIN_RE.search(block.text) is None


def find_outlet(article: Article, cleaned: Cleaned, meta: dict[str, str]) -> tuple[Outlet | None, str]:
    """The publishing outlet (from the table) and the origin of that finding."""
    for key in ("site_name", "url"):
        value = meta.get(key)
        outlet = value and (lookup(value) if key == "site_name" else by_domain(value))
        if outlet:
            return outlet, "html-meta"
    first = next((b.text for b in article.blocks if b.role == "body"), "")
    outlet, _ = from_lead_prefix(first)
    owner = from_copyright([b.text for b in article.blocks if b.role == "removed"])
    if owner is not None:
        outlet = owner  # a republished article keeps its paper's lead tag; the page's copyright names the site
    if outlet is None:
        outlet = from_domain_mentions(_frame_lines(article, cleaned))
    if outlet is None:
        outlet = from_masthead(_top_lines(article))
    if outlet is None:
        own = [b.text for b in article.blocks if b.role == "removed" and b.reason in ("follow", "footer")]
        outlet = from_name_mentions(own)
    if outlet is None:
        outlet = from_page_frame([b.text for b in article.blocks if b.role == "removed" and b.reason != "title"])
    if outlet is None:  # "vnexpress.net" in any line of the page's own, not in another article's or a credit
        outlet = from_domain_mentions([b.text for b in article.blocks if b.role == "removed"
                                       and (b.reason not in NOT_OWN_REASONS or _own_domain_line(b))])
    if outlet is None:
        prefixed = [from_lead_prefix(line)[0] for line in cleaned.after_lines]
        counts = Counter(o for o in prefixed if o is not None)
        outlet = counts.most_common(1)[0][0] if counts else None
    if outlet is None:  # no line names the paper: its own menu items and date format may
        outlet = from_frame_cues(cleaned.header_lines + [b.text for b in article.blocks if b.role == "removed"])
    return outlet, "page-text"


def unknown_outlet(article: Article, cleaned: Cleaned, meta: dict[str, str]) -> tuple[str | None, str]:
    """An outlet missing from the table, named as the page names it (site name, '(X) -' prefix, domain)."""
    if meta.get("site_name"):
        return " ".join(meta["site_name"].split()), "html-meta"
    if meta.get("url") and domain_of(meta["url"]):
        return domain_of(meta["url"]), "html-meta"
    # A masthead naming the paper beats a bare sapo tag ("TBTCO -") the table does not know.
    named = next(filter(None, map(header_name, _top_lines(article))), None)
    if named:
        return named, "page-text"
    first = next((b.text for b in article.blocks if b.role == "body"), "")
    match = UNKNOWN_PREFIX_RE.match(first) or UNKNOWN_TAG_RE.match(first)
    if match and lookup(match.group(1)) is None:
        return match.group(1).strip(), "page-text"
    follow = [b.text for b in article.blocks if b.role == "removed" and b.reason == "follow"]
    for line in follow:
        match = DOMAIN_RE.search(line)
        if match:
            return match.group(1).lower(), "page-text"
    for block in article.blocks:  # "Xyz - Chuyên trang của Báo X": the site names itself before its parent
        match = SUBSITE_RE.match(block.text) if block.role == "removed" and block.reason == "footer" else None
        if match:
            return match.group(1).strip(), "page-text"
    for block in article.blocks:  # "Copyright © 2015 Xyz.com.vn": the address the page's owner signs with
        owners = [m.group(1).strip() for m in COPYRIGHT_RE.finditer(block.text)] if block.role == "removed" else []
        match = next(filter(None, (DOMAIN_RE.match(owner) for owner in owners)), None)
        if match:
            return match.group(1).lower().removeprefix("www."), "page-text"
    for block in article.blocks:  # a logo or footer line that is the site's own address: "wWw.Teen9x.Net"
        match = DOMAIN_RE.fullmatch(block.text.strip()) if block.role == "removed" else None
        if match:
            return match.group(1).lower().removeprefix("www."), "page-text"
    # "© Báo Sông Hậu", "Bản quyền thuộc về Xyz": the name the page's owner signs with, when no address names it
    owner = copyright_name([b.text for b in article.blocks if b.role == "removed" and b.reason not in NOT_OWN_REASONS])
    if owner:
        return owner, "page-text"
    return None, "page-text"


def set_outlet(article: Article, cleaned: Cleaned, meta: dict[str, str]) -> Outlet | None:
    """Fill outlet (display name from the table; else as the page names it, flagged) or flag it missing."""
    outlet, origin = find_outlet(article, cleaned, meta)
    if outlet is None:
        article.outlet, origin = unknown_outlet(article, cleaned, meta)
        article.needs_review.append("outlet")
        if article.outlet:
            article.origins["outlet"] = origin
        return None
    article.outlet = outlet.name
    article.origins["outlet"] = origin
    return outlet


def set_people(article: Article, cleaned: Cleaned, meta: dict[str, str]) -> None:
    """author and source from the byline / source lines (HTML author meta first)."""
    for tail in cleaned.tail:
        if tail.kind == "source" and tail.value and article.source is None:
            article.source, article.origins["source"] = tail.value, "page-text"
        elif tail.kind == "byline" and tail.value and article.author is None:
            article.author, article.origins["author"] = tail.value, "page-text"
        if tail.source and article.source is None:
            article.source, article.origins["source"] = tail.source, "page-text"
    if article.author is None:
        top = [b.text for b in article.blocks if b.role == "removed" and b.reason == "byline"]
        for line in top:
            tail = classify_tail(line) or pen_name_tail(line)
            if tail and tail.kind == "byline" and tail.value:
                article.author, article.origins["author"] = tail.value, "page-text"
                break
    if article.author is None and meta.get("byline"):
        found = _markup_byline(meta["byline"], meta.get("site_name", ""))
        if found:
            article.author, article.origins["author"] = found, "html-meta"
    if meta.get("author") and is_person_author(_meta_byline(meta["author"]), meta.get("site_name", "")):
        article.author, article.origins["author"] = _meta_byline(meta["author"]), "html-meta"
    if article.source is None and article.outlet:  # "(Tiền Phong) - …" on another site's page: carried from it
        first = next((b.text for b in article.blocks if b.role == "body"), "")
        carried, _ = from_lead_prefix(first)
        if carried is not None and carried.name != article.outlet:
            article.source, article.origins["source"] = carried.name, "page-text"
    if article.author and _names_outlet(article.author, meta.get("site_name", "")):
        article.author = None  # "Báo X" in the byline's place: the newsroom, not a writer
        article.origins.pop("author", None)
    staff = [t.staff for t in cleaned.tail if t.kind == "byline" and t.staff]
    if article.author is None and len(staff) == 1:  # "PV" as the only byline: the newsroom signs
        article.author, article.origins["author"] = staff[0], "page-text"


MARKUP_EMAIL_RE = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
MARKUP_LABEL_RE = re.compile(r"^[^:\d]{2,24}:\s*")


def _names_outlet(name: str, site_name: str) -> bool:
    """The page's own site, a known outlet, or a name opening with a paper's word ("Báo X", "Tạp chí Y")."""
    first = name.casefold().split()[:1]
    return lookup(name) is not None or bool(site_name and fold_key(name) == fold_key(site_name)) \
        or first in (["báo"], ["tạp"], ["đài"])


def _markup_byline(bylines: str, site_name: str) -> str | None:
    """The writer from the elements the page's markup calls its author ("Thanh Hà", "Bài: Thanh Hà"), if a person."""
    for part in bylines.split(" | "):
        part = MARKUP_EMAIL_RE.sub(" ", part).strip()  # "Thanh Hàthanhha@bao.vn": a name glued to its address
        credit = classify_tail(part) if part else None
        if credit is not None and credit.kind == "photo-credit":
            continue  # "Ảnh: Nguyễn Hữu Phước" in the author's element: the photographer, not the writer
        for text in (part, MARKUP_LABEL_RE.sub("", part)):  # "Bài viết: Thanh Hà", "Tác giả: Thanh Hà"
            tail = classify_tail(text) if text else None
            name = tail.value if tail is not None and tail.kind == "byline" and tail.value else None
            if name and is_person_author(name, site_name):
                return name
    return None


def _meta_byline(author: str) -> str:
    """An author meta read like a byline: "Theo Sầm Hoa (Vietnamnet/Reuters)" -> "Sầm Hoa"."""
    author = " ".join(author.split())
    tail = classify_tail(author) if author.casefold().startswith("theo ") else None
    author = tail.value if tail is not None and tail.kind == "byline" and tail.value else author
    return author.title() if author.isupper() and len(author) > 4 and "." not in author else author  # as bylines


def is_person_author(name: str, site_name: str = "") -> bool:
    """An author meta naming people ("Lê Hà, Minh Anh"), not the outlet or another organisation."""
    name = " ".join(name.split())
    if not name or lookup(name) is not None or (site_name and fold_key(name) == fold_key(site_name)):
        return False
    tokens = name.casefold().replace(",", " ").split()
    if ORG_AUTHOR_WORDS & set(tokens) or any(p in name.casefold() for p in ORG_AUTHOR_PHRASES):
        return False
    if any(role in " ".join(tokens) for role in ROLE_AUTHOR_PHRASES) or " ".join(tokens) in GROUP_AUTHORS:
        return False  # "Biên tập viên", "Quản trị viên": the CMS's role for whoever posted, no name
    acronyms = [t for t in name.replace(",", " ").split() if len(t) >= 2 and t.isupper() and "." not in t]
    if any(lookup(t) is not None for t in acronyms):
        return False  # "VOA Tiếng Việt", "BBC News": an outlet's brand
    return all(is_name_like(part.strip().title(), 8) for part in name.split(",") if part.strip())


def set_lead(article: Article, meta: dict[str, str]) -> None:
    """The sapo: HTML description, else the first body paragraph when it reads like one."""
    if meta.get("description"):
        article.lead, article.origins["lead"] = " ".join(meta["description"].split()), "html-meta"
        return
    first = next((b.text for b in article.blocks if b.role == "body" and is_paragraph_like(b.text)), None)
    if first and len(first) <= LEAD_MAX_CHARS:
        _, prefix = from_lead_prefix(first)
        article.lead, article.origins["lead"] = first[len(prefix):].strip(), "page-text"


def flag_short_body(article: Article) -> None:
    """A very short body is worth a look (a failed cleaning or a photo page)."""
    if sum(len(words(p)) for p in article.body) < SHORT_BODY_WORDS:
        article.needs_review.append("body")
