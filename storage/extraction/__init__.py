"""Extraction pipeline: RawDocument -> Article (clean blocks, metadata with origins, entities)."""
from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from pathlib import Path

from ..records import Article, Block, Origin, RawDocument
from .body_vote import agreement, trafilatura_text, vote
from .captions import is_caption
from .bylines import TailLine, classify_tail
from .cleaning import REPEAT_ANYWHERE_WORDS, Cleaned, clean_lines
from .furniture import learn_furniture
from .linefeatures import ends_sentence, norm_key, words
from .mail_subject import subject_headline
from .metadata import flag_short_body, set_date, set_lead, set_outlet, set_people
from .noise import classify
from .outside_bylines import bylines_above, bylines_after
from .outlets import from_lead_prefix, load_outlets
from .page_headline import declared_headline, same_headline
from .titles import clean_html_title, is_paragraph_like
from .urls import canonical_url

log = logging.getLogger(__name__)

__all__ = ["body_hash", "extract", "learn_furniture", "load_outlets"]

PARAGRAPH_LOOKAHEAD = 5
REPEAT_LOOKBACK = 3  # as cleaning.DUPLICATE_LOOKBACK for page dumps
AGREED = 0.9  # word-overlap F1 above which the article element and the page text tell the same body
LEAD_ABOVE_MIN_WORDS = 6  # "Ảnh minh họa." is no lead
LEAD_ABOVE_LOOKAHEAD = 4  # noise lines (a player, a date) between the lead and the article element
SAPO_OVERLAP = 0.7  # share of the description's words a visible sapo repeats
TITLE_PARTS_RE = re.compile(r"\s+[|–—-]\s+")


def body_hash(paragraphs: list[str]) -> str:
    """sha256 hex of the body: NFC, casefolded, whitespace collapsed — the dedup key."""
    norm = [" ".join(unicodedata.normalize("NFC", unicodedata.normalize("NFC", p).casefold()).split())
            for p in paragraphs]
    joined = "\n".join(p for p in norm if p)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _site_part_of_title(h1: str, title: str) -> bool:
    """The h1 is the site's banner: the <title> carries it after its headline ("Headline | <h1>")."""
    parts = [norm_key(part) for part in TITLE_PARTS_RE.split(title)]
    banner = " ".join(norm_key(part) for part in TITLE_PARTS_RE.split(h1))
    return len(parts) >= 2 and bool(banner) and banner in " ".join(parts[1:])


def _title_hint(meta: dict[str, str], text: str = "") -> str | None:
    """The headline from the h1 (unless it is the site's banner) or <title>, site names cut off.

    When the page declares its headline (og:title, JSON-LD headline, <title>) and prints it as a line of its
    own, an h1 that does not tell the same headline is a logo or another article's, and the declared one wins.
    """
    page_keys = frozenset(norm_key(line) for line in text.splitlines() if 2 <= len(line.split()) <= 60)
    declared = declared_headline(meta, page_keys)
    for key in ("h1", "title"):
        if key == "h1" and meta.get("title") and _site_part_of_title(meta.get("h1", ""), meta["title"]):
            continue
        if key == "h1" and declared and not same_headline(meta.get("h1", ""), declared):
            return declared
        if meta.get(key):
            title = clean_html_title(meta[key], (meta.get("site_name", ""),), page_keys)
            if len(title.split()) >= 2:
                return title
    return None


def _is_sapo(line: str, description: str, after_title: bool, sapo: str = "") -> bool:
    """A lead paragraph printed outside the article element, between the headline and the body.

    It reads like prose and either opens with an outlet prefix ("(Chinhphu.vn) - ..."), is the element the
    page's markup calls its sapo, or says much the same as the page's description (often a shortened copy).
    """
    if not after_title or classify(line) is not None or is_caption(line) or not is_paragraph_like(line):
        return False
    if from_lead_prefix(line)[0] is not None:
        return True
    if sapo and norm_key(line) == norm_key(sapo):  # the page marks it as its sapo
        return True
    described = set(words(description.casefold()))
    own = set(words(line.casefold()))
    return bool(described) and len(described & own) >= SAPO_OVERLAP * len(described)


def _lead_above_article(page: list[str], at: int, first_key: str | None, after_title: bool) -> bool:
    """A sentence printed between the headline and the article element, right above the element's first
    paragraph (only noise between): the sapo, whatever the markup around it calls it."""
    line = page[at]
    if not after_title or first_key is None or len(words(line)) < LEAD_ABOVE_MIN_WORDS or not ends_sentence(line) \
            or classify(line) is not None or is_caption(line):
        return False
    for following in page[at + 1: at + 1 + LEAD_ABOVE_LOOKAHEAD]:
        if classify(following) is None:
            return norm_key(following) == first_key
    return False


def _clean_html(doc: RawDocument, hint: str | None, furniture: frozenset[str] = frozenset()) -> Cleaned:
    """Clean the article paragraphs, then interleave the page's other lines as removed blocks."""
    cleaned = clean_lines(doc.paragraphs or [], hint, furniture, article_only=True)
    blocks: list[Block] = []
    pending, header, seen_kept, after_title = list(cleaned.blocks), [], False, False
    description, sapo = (doc.meta or {}).get("description", ""), (doc.meta or {}).get("sapo", "")
    article_keys = {norm_key(b.text) for b in pending}
    first_key = next((norm_key(b.text) for b in pending if b.role == "body"), None)
    page = [stripped for stripped in (raw.strip() for raw in doc.text.splitlines()) if stripped]
    for at, line in enumerate(page):
        key = norm_key(line)
        # A long paragraph is matched however many article paragraphs the page text left out before it.
        long_known = key in article_keys and len(key.split()) >= REPEAT_ANYWHERE_WORDS
        window = pending if long_known else pending[:PARAGRAPH_LOOKAHEAD]
        ahead = next((k for k, b in enumerate(window) if norm_key(b.text) == key), None)
        if ahead is None and not seen_kept and (_is_sapo(line, description, after_title, sapo)
                                                or _lead_above_article(page, at, first_key, after_title)):
            block = Block(line, "body")
            seen_kept = True
        elif ahead is not None:
            blocks.extend(pending[:ahead])  # paragraphs the page text spells differently stay in order
            block = pending[ahead]
            del pending[: ahead + 1]
            seen_kept = seen_kept or block.role != "removed"
        else:
            block = Block(line, "removed", _outside_reason(line, hint, seen_kept))
            after_title = after_title or block.reason == "title"
            if not seen_kept:
                header.append(line)
        blocks.append(block)
    blocks.extend(pending)
    if _drop_repeats(blocks):
        cleaned.tail += _closing_credits(blocks)  # the copy's byline left standing after its first print
    cleaned.header_lines = header + cleaned.header_lines
    cleaned.header_by_distance = []  # page order: the reader already cut the article out
    cleaned.blocks = blocks
    bylines_above(blocks)
    if not any(t.kind == "byline" and t.value for t in cleaned.tail):
        cleaned.tail += bylines_after(blocks)
    return cleaned


def _closing_credits(blocks: list[Block]) -> list[TailLine]:
    """Bylines and source lines left last among the kept blocks: removed, and returned in page order."""
    kept = [b for b in blocks if b.role != "removed"]
    found: list[TailLine] = []
    while len(kept) > 1 and not is_paragraph_like(kept[-1].text):
        tail = classify_tail(kept[-1].text)
        if tail is None or tail.kind not in ("byline", "source"):
            break
        kept[-1].role, kept[-1].reason = "removed", tail.kind
        found.append(tail)
        kept.pop()
    return list(reversed(found))


def _drop_repeats(blocks: list[Block]) -> bool:
    """A paragraph printed again a few kept blocks later (an image's title above its caption, a lead shown
    twice, a page's second copy of the article) is kept once; True when one was dropped."""
    recent: list[str] = []
    dropped = False
    long_seen: set[str] = set()  # a whole paragraph again anywhere: the page's second (mobile) copy
    for block in blocks:
        if block.role == "removed":
            continue
        key = norm_key(block.text)
        if key in recent or key in long_seen:
            block.role, block.reason, dropped = "removed", "duplicate", True
            continue
        recent = [*recent[-(REPEAT_LOOKBACK - 1):], key]
        if len(key.split()) >= REPEAT_ANYWHERE_WORDS:
            long_seen.add(key)
    return dropped


def _kept_words(cleaned: Cleaned) -> int:
    return sum(len(b.text.split()) for b in cleaned.blocks if b.role != "removed")


def _outside_reason(line: str, hint: str | None, after_body: bool) -> str:
    """Why a page line outside the HTML article was removed."""
    if hint and norm_key(line) == norm_key(hint):
        return "title"
    return classify(line) or ("related-list" if after_body else "navigation")


def _set_title(article: Article, cleaned: Cleaned, hint: str | None, hint_origin: Origin) -> None:
    if hint:
        article.title, article.origins["title"] = hint, hint_origin
        return
    if cleaned.title:
        article.title, article.origins["title"] = cleaned.title, "page-text"
        return
    first = next((b for b in article.blocks if b.role != "removed"), None)
    article.title = first.text[:120] if first else ""
    article.origins["title"] = "page-text"
    article.needs_review.append("title")


def _set_url(article: Article, meta: dict[str, str]) -> None:
    if meta.get("url"):
        article.url, article.origins["url"] = canonical_url(meta["url"]), "html-meta"


def _set_entities(article: Article) -> None:
    from .entities import extract_entities  # imported on first use: it loads gazetteers and models

    article.entities = extract_entities(article.title, article.body)


def extract(doc: RawDocument, furniture: frozenset[str] = frozenset()) -> Article:
    """Clean a page and extract its metadata; every field records its origin.

    `furniture`: lines the archive has seen repeated on other pages of the same outlet
    (`learn_furniture`); they are removed wherever they stand.
    """
    meta = doc.meta or {}
    hint = _title_hint(meta, doc.text) if doc.kind == "html" else None
    hint_origin: Origin = "html-meta"
    if hint is None and meta.get("mail_subject"):
        hint, hint_origin = subject_headline(meta["mail_subject"], doc.text), "file"
    cleaned = clean_lines(doc.text.splitlines(), hint, furniture)
    if doc.kind == "html" and doc.paragraphs:
        structured = _clean_html(doc, hint, furniture)
        chosen = None
        if agreement(structured.blocks, [b.text for b in cleaned.blocks if b.role != "removed"]) < AGREED:
            chosen = vote(structured.blocks, cleaned.blocks, trafilatura_text(doc))  # ask only when they differ
        # Without a clear vote, trust the article element unless it holds much less prose than the page text.
        if chosen == "structured" or (chosen is None and _kept_words(structured) * 2 >= _kept_words(cleaned)):
            cleaned = structured
    elif not any(t.kind == "byline" for t in cleaned.tail) and not any(b.reason == "byline" for b in cleaned.blocks):
        cleaned.tail += bylines_after(cleaned.blocks, unmentioned=True)  # the writer's box under the tag line
    article = Article(blocks=cleaned.blocks, file_name=Path(doc.path).name)
    _set_title(article, cleaned, hint, hint_origin)
    set_date(article, cleaned, meta)
    set_outlet(article, cleaned, meta)
    set_people(article, cleaned, meta)
    _set_url(article, meta)
    set_lead(article, meta)
    flag_short_body(article)
    _set_entities(article)
    return article
