"""Shared page helpers: read a source page from a local mirror, decode it, and cut an element into text lines."""
from __future__ import annotations

import gzip
import hashlib
import re
import subprocess
import unicodedata
from pathlib import Path

import lxml.html

BLOCK = {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
         "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead",
         "tr", "ul", "caption"}
SKIP = {"script", "style", "noscript", "iframe", "template", "select", "option", "button", "svg", "object",
        "embed", "video", "audio", "head", "title", "meta", "link", "input", "textarea"}
CAPTION = re.compile(r"caption|expEdit|desc_image|image_desc|photo_?desc|PhotoCMS|img_desc|box_img|imgcaption",
                     re.I)
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


def mirror_git(mirror_root: Path, repo: str) -> Path:
    """The git directory of a fetched repository's snapshot (bare, or a .git folder inside it)."""
    snapshot = mirror_root / repo.replace("/", "+") / "repo"
    return snapshot / ".git" if (snapshot / ".git").is_dir() else snapshot


def raw_bytes(mirror_root: Path, src: dict) -> bytes:
    """The page's bytes as stored at the recorded commit (gunzipped; JSP directives removed)."""
    rev = f"{src['commit'] or 'HEAD'}:{src['path']}"
    data = subprocess.run(["git", f"--git-dir={mirror_git(mirror_root, src['repo'])}", "show", rev],
                          capture_output=True, check=True).stdout
    if src["path"].endswith(".gz"):
        data = gzip.decompress(data)
    if src["path"].endswith(".jsp"):
        data = re.sub(rb"<%@.*?%>\s*", b"", data, flags=re.S)
    return data


def decode(data: bytes) -> str:
    """Bytes to text: BOM, then the meta charset, then UTF-8, then windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    found = CHARSET.search(data[:4096])
    candidates = [found.group(1).decode("ascii").lower()] if found else []
    for enc in candidates + ["utf-8", "windows-1258"]:
        try:
            return data.decode({"iso-8859-1": "windows-1252"}.get(enc, enc))
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def as_utf8_html(text: str) -> str:
    """The page with every charset declaration saying UTF-8 (the file is written as UTF-8)."""
    text = re.sub(r"""(<meta[^>]+charset\s*=\s*["']?\s*)[A-Za-z0-9_-]+""", r"\1utf-8", text, flags=re.I)
    if not re.search(r"<meta[^>]+charset", text[:4096], re.I):
        text = re.sub(r"(<head[^>]*>)", r'\1<meta charset="utf-8">', text, count=1, flags=re.I)
    return text


def norm(text: str) -> str:
    """NFC, no-break spaces as spaces, runs of white space as one."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace("\u00a0", " ")).strip()


def sha1(text: str) -> str:
    """SHA-1 of a paragraph's normalised, casefolded text (the committed body locator)."""
    return hashlib.sha1(norm(text).casefold().encode("utf-8")).hexdigest()


def parse(html: str) -> lxml.html.HtmlElement:
    """Parse a page."""
    return lxml.html.document_fromstring(html)


def lines(root: lxml.html.HtmlElement, selector: str) -> list[tuple[str, bool]]:
    """Text lines of the elements a CSS selector picks, in page order: (text, is_caption)."""
    out: list[tuple[str, bool]] = []
    picked = root.cssselect(selector)
    outer = [e for e in picked if not any(a in picked for a in e.iterancestors())]
    for element in outer:
        buf: list[str] = []
        _walk(element, buf, out, False)
        _flush(buf, out, False)
    return out


def _flush(buf: list[str], out: list[tuple[str, bool]], caption: bool) -> None:
    """End the current line (if it has text)."""
    text = norm("".join(buf))
    if text:
        out.append((text, caption))
    buf.clear()


def _walk(el: lxml.html.HtmlElement, buf: list[str], out: list[tuple[str, bool]], caption: bool) -> None:
    """Collect text, breaking lines at block elements and <br>, as a browser lays them out."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIP or not tag:
        if el.tail:
            buf.append(el.tail)
        return
    style = (el.get("style") or "").replace(" ", "").lower()
    hidden = "display:none" in style or el.get("hidden") is not None
    cls = f"{el.get('class') or ''} {el.get('id') or ''}"
    inner_caption = caption or tag in ("figcaption", "caption") or bool(CAPTION.search(cls))
    block = tag in BLOCK
    if not hidden:
        if block:
            _flush(buf, out, caption)
        if tag == "br":
            _flush(buf, out, inner_caption)
        if el.text:
            buf.append(el.text)
        for child in el:
            _walk(child, buf, out, inner_caption)
        if block:
            _flush(buf, out, inner_caption)
    if el.tail:
        buf.append(el.tail)
