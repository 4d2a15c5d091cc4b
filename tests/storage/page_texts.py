"""Whole-page text dumps written line by line in tests, and what extraction kept of them."""
from __future__ import annotations

from storage.records import RawDocument


def text_page(lines: list[str]) -> RawDocument:
    """A page dump as a browser's Select All + Copy gives it: one line per element."""
    text = "\n".join(lines)
    return RawDocument(path="trang.txt", text=text, raw=text.encode(), encoding="utf-8", kind="text")


def kept(article) -> list[str]:
    """Body paragraphs and captions: everything extraction did not remove."""
    return [b.text for b in article.blocks if b.role != "removed"]


def body_only(article) -> list[str]:
    """Body paragraphs alone (captions left out)."""
    return [b.text for b in article.blocks if b.role == "body"]
