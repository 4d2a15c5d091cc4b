"""Page metadata from HTML: <title>, <h1>, OpenGraph/article meta, itemprop and JSON-LD NewsArticle."""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime

from bs4 import BeautifulSoup, Tag

from storage.readers.html_text import is_hidden, visible_lines
from storage.readers.textnorm import normalize_line

log = logging.getLogger(__name__)

# meta key -> names/properties/itemprops to look at, best first.
_META_KEYS: dict[str, tuple[str, ...]] = {
    "site_name": ("og:site_name", "application-name", "al:android:app_name"),
    "published": ("article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
                  "publish-date", "publish_date", "article.published", "dc.date.issued", "dcterms.created",
                  "dc.date", "sailthru.date", "parsely-pub-date", "date", "cxenseparse:recs:publishtime"),
    "modified": ("article:modified_time", "datemodified", "og:updated_time", "dc.date.modified",
                 "dcterms.modified", "last-modified", "lastmod"),
    "url": ("og:url", "twitter:url"),
    "author": ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author"),
    "description": ("og:description", "description", "twitter:description", "dc.description"),
    "section": ("article:section", "articlesection", "category", "parsely-section", "section"),
    "keywords": ("keywords", "news_keywords", "article:tag"),
    "headline": ("og:title", "twitter:title", "headline", "dc.title"),
    "lang": ("og:locale", "content-language", "language", "dc.language"),
}
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting",
                  "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "report"}
_DATE_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d-%m-%Y %H:%M", "%d-%m-%Y",
                 "%Y/%m/%d %H:%M:%S", "%Y/%m/%d", "%Y%m%d", "%a, %d %b %Y %H:%M:%S %z")


def page_meta(soup: BeautifulSoup, article: Tag | None) -> dict[str, str]:
    """Collect the metadata hints a page carries; keys absent when the page gives nothing."""
    tags = _meta_tags(soup)
    ld = _from_json_ld(_json_ld_article(soup))
    meta: dict[str, str] = {}
    _put(meta, "title", _page_title(soup) or tags.get("og:title", ""))
    _put(meta, "h1", _headline_h1(soup, article))
    for key, names in _META_KEYS.items():
        if key == "keywords":
            values = [", ".join(tags.getall(n)) for n in names if tags.get(n)]
        else:
            values = [tags[n] for n in names if tags.get(n)]
        values.append(ld.get(key, ""))  # meta tags first, JSON-LD fills the gaps
        if key in ("published", "modified"):
            values = [iso for iso in map(to_iso, values) if iso]
        _put(meta, key, next((v for v in values if _usable(key, v)), ""))
    _put(meta, "sapo", _sapo(soup, article, [meta.get("headline", ""), tags.get("og:title", ""), meta.get("title", "")]))
    _put(meta, "byline", " | ".join(_bylines(soup)))
    canonical = next((str(t.get("href", "")).strip() for t in soup.find_all(True)
                      if t.name == "link" and "canonical" in str(t.get("rel", "")).lower()), "")
    if canonical.startswith("http"):
        meta["url"] = canonical
    html = soup.find("html")
    if isinstance(html, Tag) and html.get("lang"):
        meta["lang"] = str(html["lang"]).strip()
    return meta


def _page_title(soup: BeautifulSoup) -> str:
    """The document <title>, not an SVG icon's <title>."""
    for tag in soup.find_all(True):
        if tag.name == "title" and not any(p.name == "svg" for p in tag.parents):
            return tag.get_text(" ")
    return ""


class _Tags(dict):
    """Lower-cased meta names -> first content; getall() gives every value of a repeated name."""

    def __init__(self) -> None:
        super().__init__()
        self.multi: dict[str, list[str]] = {}

    def add(self, name: str, value: str) -> None:
        self.multi.setdefault(name, []).append(value)
        self.setdefault(name, value)

    def getall(self, name: str) -> list[str]:
        return self.multi.get(name, [])


def _meta_tags(soup: BeautifulSoup) -> _Tags:
    tags = _Tags()
    for tag in soup.find_all(True):  # one pass: bs4's filtered find_all is slow on big pages
        attrs = tag.attrs or {}
        if attrs.get("itemprop") and tag.name in ("meta", "time", "span", "div", "abbr", "a", "link"):
            value = attrs.get("content") or attrs.get("datetime") or attrs.get("href") or (
                tag.get_text(" ") if tag.name not in ("meta", "link") else "")
            tags.add(str(attrs["itemprop"]).lower(), normalize_line(str(value)))
        if tag.name == "meta":
            name = attrs.get("property") or attrs.get("name") or attrs.get("http-equiv")
            if name and attrs.get("content"):
                tags.add(str(name).lower().strip(), normalize_line(str(attrs["content"])))
        elif tag.name == "time" and "pubdate" in attrs and attrs.get("datetime"):
            tags.add("pubdate", str(attrs["datetime"]))
    return tags


def _usable(key: str, value: str) -> bool:
    if key == "url":
        return bool(re.match(r"https?://", value))
    return bool(value) and not (key == "author" and re.match(r"https?://", value))


def _put(meta: dict[str, str], key: str, value: str) -> None:
    value = normalize_line(value or "")
    if value:
        meta[key] = value


def _headline_h1(soup: BeautifulSoup, article: Tag | None) -> str:
    """The article's h1: inside the article container if any, else the first wordy one (logos use h1 too)."""
    h1s = [h for h in soup.find_all(True) if h.name == "h1" and not is_hidden(h)]
    inside = [h for h in h1s if article is not None and article in h.parents]
    texts = [" ".join(visible_lines(h)) for h in inside or h1s]
    return next((t for t in texts if len(t.split()) >= 4), texts[0] if texts else "")


# Class/id words of the lead paragraph (sapo) CMSes print under the headline, often outside the article body.
_SAPO = re.compile(r"sapo|chapeau|\blead\b|[-_]lead\b|\blead[-_]|summary|tom-?tat|\bdesc\b|description|excerpt", re.I)
SAPO_MIN_WORDS = 10
SAPO_MAX_WORDS = 120


def _sapo(soup: BeautifulSoup, article: Tag | None, declared: list[str]) -> str:
    """The sapo printed under the headline, marked by its class or itemprop="description".

    Teaser boxes of other articles use the same classes, so only the first one under the headline counts: the
    heading that the page's declared titles contain, else the first wordy h1.
    """
    tags = soup.find_all(True)
    start = _headline_index(tags, [" ".join(d.casefold().split()) for d in declared if d])
    for tag in tags[start + 1:] if start is not None else ():
        attrs = tag.attrs or {}
        if tag.name in ("meta", "link", "script", "style") or not attrs:
            continue
        marks = " ".join([*(attrs.get("class") or []), str(attrs.get("id", "")), str(attrs.get("itemprop", ""))])
        if not _SAPO.search(marks) or is_hidden(tag) or (article is not None and article in tag.descendants):
            continue
        text = " ".join(visible_lines(tag))
        if SAPO_MIN_WORDS <= len(text.split()) <= SAPO_MAX_WORDS:  # longer: a wrapper, its inner sapo comes next
            return text
    return ""


def _headline_index(tags: list[Tag], declared: list[str]) -> int | None:
    first_h1 = None
    for k, tag in enumerate(tags):
        if tag.name not in ("h1", "h2", "h3") and not any("title" in c for c in _as_list(tag.attrs.get("class"))):
            continue
        text = " ".join(" ".join(visible_lines(tag)).casefold().split())
        if len(text.split()) < 4:
            continue
        if any(text in d for d in declared):
            return k
        if tag.name == "h1" and first_h1 is None:
            first_h1 = k
    return first_h1


# Class/id words of the element holding the writer's name.
_BYLINE = re.compile(r"author|byline|tac-?gia|writer|reporter|phong-?vien", re.I)
# Boxes whose names are not this article's writer: commenters, other articles' teasers, sidebars.
_ELSEWHERE = re.compile(r"comment|binh-?luan|relat|lien-?quan|tin-?khac|news-?other|other-?news|cung-?chuyen-?muc|"
                        r"same-?cat|sidebar|widget|recommend|read-?more|xem-?them|more-?news", re.I)
_BYLINE_MAX_WORDS = 12
_BYLINES_KEPT = 3


def _bylines(soup: BeautifulSoup) -> list[str]:
    """Short texts of the innermost elements the markup marks as the writer's (class, itemprop or rel=author),
    in page order, outside comment, related and sidebar boxes (their commenters and other articles' writers)."""
    found: list[str] = []
    for tag in soup.find_all(True):
        attrs = tag.attrs or {}
        if not attrs or tag.name in ("meta", "link", "script", "style", "img"):
            continue
        rel = attrs.get("rel") or []
        marks = " ".join([*_as_list(attrs.get("class")), str(attrs.get("id", "")), str(attrs.get("itemprop", "")),
                          *_as_list(rel)])
        if not _BYLINE.search(marks) or is_hidden(tag) or any(_elsewhere(p) for p in tag.parents):
            continue
        if any(_BYLINE.search(" ".join([*_as_list(d.attrs.get("class")), str(d.attrs.get("itemprop", ""))]))
               for d in tag.find_all(True) if d.attrs):
            continue  # a wrapper: its inner element holds the name alone
        text = " ".join(visible_lines(tag))
        if text and len(text.split()) <= _BYLINE_MAX_WORDS and text not in found:
            found.append(text)
        if len(found) >= _BYLINES_KEPT:
            break
    return found


def _elsewhere(tag: Tag) -> bool:
    attrs = tag.attrs or {}
    return bool(attrs) and bool(_ELSEWHERE.search(" ".join([*_as_list(attrs.get("class")), str(attrs.get("id", ""))])))


def _as_list(value: object) -> list[str]:
    return value.split() if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else []


def _json_ld_article(soup: BeautifulSoup) -> dict | None:
    scripts = [t for t in soup.find_all(True) if t.name == "script" and "ld+json" in str(t.get("type", "")).lower()]
    for script in scripts:
        raw = script.string or script.get_text()
        raw = re.sub(r"^\s*(<!--|//\s*<!\[CDATA\[)|(-->|//\s*\]\]>)\s*$", "", raw.strip())
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            log.debug("skipping malformed JSON-LD block")
            continue
        found = next(_ld_articles(data), None)
        if found is not None:
            return found
    return None


def _ld_articles(node: object, depth: int = 0) -> Iterator[dict]:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            yield from _ld_articles(item, depth + 1)
    elif isinstance(node, dict):
        kinds = node.get("@type", [])
        kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
        if any(str(k).lower() in _ARTICLE_TYPES for k in kinds):
            yield node
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                yield from _ld_articles(node[key], depth + 1)


def _from_json_ld(ld: dict | None) -> dict[str, str]:
    if not ld:
        return {}
    out = {
        "published": _ld_text(ld.get("datePublished")),
        "modified": _ld_text(ld.get("dateModified")),
        "author": _ld_names(_ld_people(ld.get("author"))),
        "site_name": _ld_names(ld.get("publisher")),
        "headline": _ld_text(ld.get("headline")),
        "description": _ld_text(ld.get("description")),
        "section": _ld_names(ld.get("articleSection")),
        "keywords": _ld_names(ld.get("keywords")),
        "lang": _ld_text(ld.get("inLanguage")),
    }
    url = ld.get("url") or ld.get("mainEntityOfPage")
    out["url"] = _ld_text(url.get("@id") if isinstance(url, dict) else url)
    return {k: v for k, v in out.items() if v}


def _ld_text(value: object) -> str:
    return normalize_line(value) if isinstance(value, str) else ""


def _ld_people(value: object) -> object:
    """JSON-LD authors without the organisations: publishers often list themselves as the author."""
    if isinstance(value, list):
        return [v for v in value if not _ld_is_organization(v)]
    return None if _ld_is_organization(value) else value


def _ld_is_organization(value: object) -> bool:
    if not isinstance(value, dict):
        return False
    kinds = value.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower().endswith("organization") for k in kinds)


def _ld_names(value: object) -> str:
    if isinstance(value, str):
        return normalize_line(value)
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    if isinstance(value, list):
        return ", ".join(n for n in (_ld_names(v) for v in value) if n)
    return ""


def to_iso(value: str) -> str | None:
    """Parse a meta date into ISO 8601 (keeping its offset); None when it is not a date."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(value.strip(), fmt)
        except ValueError:
            continue
        return parsed.isoformat() if "%H" in fmt else parsed.date().isoformat()
    return None
