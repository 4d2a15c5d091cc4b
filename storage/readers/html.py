"""HTML reader: declared charset, visible text as lines, article paragraphs and page metadata."""
from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from storage.errors import ReadError
from storage.readers.encoding import DecodeFailed, decode_bytes
from storage.readers.files import check_decoded_text, check_not_binary
from storage.readers.html_meta import page_meta
from storage.readers.html_text import article_lines, find_article, visible_lines
from storage.readers.textnorm import normalize_line
from storage.records import RawDocument

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in <meta charset>, http-equiv Content-Type or an XML declaration."""
    head = data[:8192]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii").strip().lower() if match else None


# location.href = "…", location.replace('…'), window.location = "…": a script that sends the reader on.
_JS_REDIRECT = re.compile(r"location(?:\.href)?\s*(?:=|\.replace\s*\(|\.assign\s*\()\s*[\"']([^\"']+)[\"']")
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.I)


def redirect_target(soup: BeautifulSoup, html: str) -> str | None:
    """Where an empty page sends the reader: a meta refresh, a script's location, else its canonical link."""
    refresh = soup.find("meta", attrs={"http-equiv": re.compile("^refresh$", re.I)})
    found = _REFRESH_URL.search(str(refresh.get("content", ""))) if refresh is not None else None
    if found:
        return found.group(1).strip()
    found = _JS_REDIRECT.search(html)
    if found:
        return found.group(1).strip()
    link = soup.find("link", rel="canonical")
    return str(link["href"]).strip() if link is not None and link.get("href") else None


def read_html(path: Path, data: bytes) -> RawDocument:
    """Read an .html/.htm file into a RawDocument."""
    return html_document(str(path), data, raw=data)


def html_document(name: str, data: bytes, *, raw: bytes, charset: str | None = None,
                  url: str | None = None) -> RawDocument:
    """Decode and parse HTML bytes; charset (from a MIME header) beats the page's own declaration."""
    check_not_binary(name, data)
    try:
        text, encoding = decode_bytes(data, charset or declared_charset(data))
    except DecodeFailed as exc:
        raise ReadError(name, f"cannot decode the page ({exc})") from exc
    check_decoded_text(name, text)
    soup = _parse(name, text)
    lines = visible_lines(soup)
    if not lines:
        target = redirect_target(soup, text)
        raise ReadError(name, f"the page has no visible text: it only redirects to {target} (save that page instead)"
                        if target else "the page has no visible text")
    article = find_article(soup)
    meta = page_meta(soup, article)
    if url and "url" not in meta:
        meta["url"] = url
    paragraphs = article_lines(article) if article is not None else _fallback_paragraphs(name, text, lines)
    return RawDocument(path=name, text="\n".join(lines), raw=raw, encoding=encoding, kind="html",
                       meta=meta, paragraphs=paragraphs or None)


def _fallback_paragraphs(name: str, html: str, page_lines: list[str]) -> list[str] | None:
    """No recognisable article container: let trafilatura find the main text (good on div-soup layouts).

    Its lines are mapped back onto the page's own lines, so every paragraph is also a line of `text`.
    """
    import trafilatura

    try:
        extracted = trafilatura.extract(html, include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - a third-party heuristic; failing it only loses a hint
        log.warning("%s: main-text extraction failed (%s)", name, exc)
        return None
    found = [line for line in (normalize_line(raw) for raw in (extracted or "").splitlines()) if line]
    if sum(len(line) for line in found) < 200:
        return None
    wanted = set(found)
    mapped = [line for line in page_lines if line in wanted]
    covered = sum(len(line) for line in set(mapped))
    return mapped if covered >= 0.8 * sum(len(line) for line in wanted) else found


def _parse(name: str, text: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        try:
            return BeautifulSoup(text, "lxml")
        except (ValueError, RecursionError) as exc:  # lxml gives up on some pathological input
            log.warning("%s: lxml failed (%s); using the built-in parser", name, exc)
            return BeautifulSoup(text, "html.parser")
