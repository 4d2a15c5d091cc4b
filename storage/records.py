"""Plain data records passed between readers, extraction, the archive and the GUI."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockRole = Literal["body", "caption", "removed"]
EntityKind = Literal["person", "organization", "location"]
DatePrecision = Literal["exact", "month", "year", "inferred", "unknown"]
# Where a field's value came from.
Origin = Literal["html-meta", "page-text", "inferred", "user", "file"]

ENTITY_KINDS: tuple[EntityKind, ...] = ("person", "organization", "location")
# Metadata fields a user can edit; each has an origin and an edit history.
EDITABLE_FIELDS = ("title", "published", "date_precision", "outlet", "source", "author", "url", "lead")


@dataclass
class RawDocument:
    """What a reader returns: decoded NFC text plus whatever page metadata the format carries."""

    path: str
    text: str  # NFC; one block per line (HTML: the main text as lines)
    raw: bytes  # the original file's bytes, stored in the archive
    encoding: str
    kind: Literal["text", "html"]
    # HTML-only hints, all optional: title, h1, site_name, published (ISO), modified, url (canonical),
    # author, description, section, keywords, lang.
    meta: dict[str, str] = field(default_factory=dict)
    # Paragraphs of <article>/main text when the HTML gives structure (else None: clean `text`).
    paragraphs: list[str] | None = None
    # Document formats (PDF, Word, OpenDocument, e-mail, scans): which one, and per-line provenance.
    format: str = ""  # "pdf", "docx", "odt", "eml", "image"; "" for text and web pages
    pages: list[int] | None = None  # page number (1-based) of each line of `text` (PDF, scans)
    headings: list[int] | None = None  # indices of `text` lines the document marks as headings
    ocr_confidence: float | None = None  # mean Tesseract word confidence 0-100 (OCR only)
    low_confidence: list[str] = field(default_factory=list)  # OCR words below the confidence threshold


@dataclass
class Block:
    """One line of the page, in order: kept as body or caption, or removed with the reason."""

    text: str
    role: BlockRole = "body"
    reason: str = ""  # for removed blocks: why ("related-list", "view-counter", "slug", ...)
    page: int | None = None  # page of a PDF or scan the block comes from (None: not paged)


@dataclass
class Entity:
    """One canonical entity named in an article."""

    name: str
    kind: EntityKind
    aliases: list[str] = field(default_factory=list)  # other surface forms seen in this article
    role: str | None = None  # e.g. "Thứ trưởng Bộ Quốc phòng", when the text gives it
    mentions: int = 1


@dataclass
class Article:
    """An extracted article: metadata with provenance, cleaned blocks and entities."""

    title: str = ""
    published: str | None = None  # ISO 8601; date only when no time is known
    date_precision: DatePrecision = "unknown"
    outlet: str | None = None
    source: str | None = None  # original source of a republished article ("Theo VTV")
    author: str | None = None
    url: str | None = None  # canonicalised
    lead: str | None = None
    blocks: list[Block] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    needs_review: list[str] = field(default_factory=list)  # field names the extractor was unsure of
    origins: dict[str, Origin] = field(default_factory=dict)  # field name -> where the value came from
    file_name: str = ""

    @property
    def body(self) -> list[str]:
        """Kept paragraphs (body and captions) in order."""
        return [b.text for b in self.blocks if b.role != "removed"]

    def names(self, kind: EntityKind) -> list[str]:
        """Canonical names of one kind, in order of first mention."""
        return [e.name for e in self.entities if e.kind == kind]
