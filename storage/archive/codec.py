"""Converting articles to archive rows and back (packed raw bytes and blocks, JSON columns, dedup keys).

Backend-neutral: the packed forms are plain bytes any database can hold. The original file's bytes are
zlib-compressed (kept as they are when that does not help); the blocks are compact JSON arrays
compressed with the tail of the original bytes as zlib's preset dictionary, since the blocks are the
page's own lines: 3.1 MB of blocks JSON packs into 0.11 MB on the seed-style pages (0.84 MB alone).
The body (kept blocks, one per line) is no longer stored: body_of() derives it from the blocks.
"""
from __future__ import annotations

import json
import logging
import zlib
from json.encoder import encode_basestring
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Iterator

from .records import StoredArticle
from ..folding import fold, normalize_tones
from ..records import Article, Block, Entity

log = logging.getLogger(__name__)

# Columns that hold an Article field of the same name.
SCALAR_FIELDS = ("title", "published", "date_precision", "outlet", "source", "author", "url", "lead")
# First byte of a packed value: how the rest is stored.
STORED, ZLIB, ZLIB_DICT = 0, 1, 2
LEVEL = 6  # level 9 saves < 0.1 % here and imports slower
DICT_SIZE = 32768  # zlib's window: only the last 32 KiB of a dictionary is used
DICT_RAW_LIMIT = 1 << 20  # larger originals are not unpacked to decode blocks (get() stays fast)
ROLES = ("body", "caption", "removed")
ROLE_CODES = {role: code for code, role in enumerate(ROLES)}
BODY_FIRST, ITEMS = 1, 2  # layout of packed blocks once decompressed (first byte)


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# json.dumps with these options builds a new encoder on every call (most of its cost for the short lists an
# import writes per entity link): one encoder, the same text.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: object) -> str:
    """Compact JSON keeping Vietnamese readable."""
    return _ENCODER.encode(value)


def dumps_strings(values: list[str]) -> str:
    """dumps() of a list of strings (an entity link's aliases: a dozen per article), each string escaped by
    the function the encoder itself uses, without the encoder's set-up for each list."""
    if all(type(value) is str for value in values):
        return "[" + ",".join(map(encode_basestring, values)) + "]"
    return dumps(values)


def body_text(article: Article) -> str:
    """The searchable body: kept paragraphs, one per line."""
    return "\n".join(article.body)


@dataclass(frozen=True)
class RowValues:
    """What add_article writes from an article and its original bytes alone (its columns with packed
    blocks, the packed original, the dedup key): computed by an import worker, so that the writer
    only writes."""

    columns: dict[str, object]
    raw: bytes  # packed (pack_raw)
    content_hash: str
    index: tuple[str, ...] | None = None  # its search index row (fts_values), when computed ahead


def row_values(article: Article, raw: bytes = b"", index: bool = False) -> RowValues:
    """The RowValues of an article as it stands, with its original bytes (unpacked); `index`: with its
    search index row (an import worker computes it, so that the writer does not)."""
    columns = article_columns(article, raw)
    if index:
        return RowValues(columns, pack_raw(raw), content_hash(article),
                         fts_values(columns["title"], columns["lead"], body_text(article)))  # type: ignore[arg-type]
    return RowValues(columns, pack_raw(raw), content_hash(article))


def fts_values(title: str, lead: str | None, body: str) -> tuple[str, str, str, str, str, str]:
    """The six columns of an article's search index row (search_index): each field as written and folded."""
    values: list[str] = []
    for text in (title or "", lead or "", body or ""):
        values += [normalize_tones(text), fold(text)]
    return tuple(values)  # type: ignore[return-value]


def content_hash(article: Article) -> str:
    """The dedup key of an article's body (the extraction pipeline's body_hash)."""
    return _body_hash(tuple(article.body))


@lru_cache(maxsize=8)  # import asks twice per article: the dedup look-up, then the stored row
def _body_hash(body: tuple[str, ...]) -> str:
    from ..extraction import body_hash  # lazy: reading an archive need not load the extraction tables

    return body_hash(list(body))


def canonical(url: str | None) -> str | None:
    """The canonical form of a URL for dedup (None stays None)."""
    from ..extraction.urls import canonical_url

    if not url:
        return None
    try:
        return canonical_url(url)
    except ValueError:  # not parseable as a URL ("[", a broken IPv6 host): dedup on the text as given
        return url.strip()


def article_columns(article: Article, raw: bytes = b"") -> dict[str, object]:
    """The columns an extraction fills (everything but identity, raw bytes and edit state); `raw` is
    the article's original bytes (unpacked), the dictionary its blocks are packed with."""
    columns: dict[str, object] = {name: getattr(article, name) for name in SCALAR_FIELDS}
    columns["title"] = article.title or ""
    columns["date_precision"] = article.date_precision or "unknown"
    columns["origins"] = dumps(dict(article.origins))
    columns["blocks"] = pack_blocks(article.blocks, raw)
    columns["words"] = word_count(body_text(article))
    columns["needs_review"] = dumps(list(article.needs_review))
    columns["canonical_url"] = canonical(article.url)
    return columns


def word_count(body: str) -> int:
    """Words of a body as the table counts them: spaces and line breaks between words, plus one."""
    text = body.strip(" ")
    return 0 if not text else text.count(" ") + text.count("\n") + 1


def pack_raw(raw: bytes) -> bytes:
    """The original bytes as stored: zlib-compressed, or as they are when that does not help."""
    if not raw:
        return b""
    packed = zlib.compress(raw, LEVEL)
    return bytes([ZLIB]) + packed if len(packed) < len(raw) else bytes([STORED]) + raw


def unpack_raw(packed: bytes | None) -> bytes:
    """The original bytes back from pack_raw()."""
    if not packed:
        return b""
    if packed[0] == STORED:
        return bytes(packed[1:])
    if packed[0] == ZLIB:
        try:
            return zlib.decompress(packed[1:])
        except zlib.error as error:
            raise ValueError(f"unreadable original bytes ({error})") from error
    raise ValueError(f"unknown packing of original bytes ({packed[0]})")


def original_of_row(row: dict) -> bytes:
    """The original bytes of an articles row (packed, or as archives before version 8 kept them)."""
    return bytes(row.get("raw") or b"") if "body" in row else unpack_raw(row.get("raw"))


def _dictionary(raw: bytes) -> bytes:
    return raw[-DICT_SIZE:] if len(raw) <= DICT_RAW_LIMIT else b""


def pack_blocks(blocks: list[Block], raw: bytes = b"") -> bytes:
    """Blocks zlib-compressed with the tail of the original bytes (unpacked) as the preset dictionary;
    decode with unpack_blocks(). Inside: the body (kept blocks, one per line) first, so reading it
    needs no parsing, then the blocks as JSON arrays [text, role, reason, page] with null for the
    text of a kept block (its body line). A kept text holding a line break or NUL cannot be a body
    line: then every block keeps its text in the arrays (ITEMS layout)."""
    kept = [b.text for b in blocks if b.role != "removed"]
    body_first = not any("\n" in text or "\0" in text for text in kept)
    items = [[None if body_first and block.role != "removed" else block.text, ROLE_CODES[block.role], block.reason,
              block.page] for block in blocks]
    head = bytes([BODY_FIRST]) + "\n".join(kept).encode("utf-8") + b"\0" if body_first else bytes([ITEMS])
    data, dictionary = head + dumps(items).encode("utf-8"), _dictionary(raw)
    compressor = zlib.compressobj(LEVEL, zdict=dictionary) if dictionary else zlib.compressobj(LEVEL)
    return bytes([ZLIB_DICT if dictionary else ZLIB]) + compressor.compress(data) + compressor.flush()


def unpack_blocks(packed: bytes | str | None, raw_packed: bytes | None) -> list[Block]:
    """Blocks back from pack_blocks(); `raw_packed` is the article's stored (packed) original bytes.
    A str is the JSON objects of archives before version 8. Raises ValueError when unreadable."""
    if packed is None or isinstance(packed, str):
        return blocks_from_json(packed or "[]")
    data = _unpacked(packed, raw_packed)
    try:
        if data[:1] == bytes([BODY_FIRST]):
            end = data.index(b"\0")
            return _blocks(json.loads(data[end + 1:]), iter(data[1:end].decode("utf-8").split("\n")))
        if data[:1] == bytes([ITEMS]):
            return _blocks(json.loads(data[1:]))
    except (TypeError, IndexError, KeyError, StopIteration, UnicodeDecodeError, ValueError) as error:
        raise ValueError(f"unreadable blocks ({error})") from error
    raise ValueError("unreadable blocks (unknown layout)")


def _unpacked(packed: bytes, raw_packed: bytes | None) -> bytes:
    """The decompressed content of packed blocks; raises ValueError when unreadable."""
    if not packed or packed[0] not in (ZLIB, ZLIB_DICT):
        raise ValueError("unknown packing of blocks")
    try:
        if packed[0] == ZLIB_DICT:
            decompressor = zlib.decompressobj(zdict=_dictionary(unpack_raw(raw_packed)))
            return decompressor.decompress(packed[1:]) + decompressor.flush()
        return zlib.decompress(packed[1:])
    except zlib.error as error:
        raise ValueError(f"unreadable blocks ({error})") from error


def _blocks(items: list, lines: Iterator[str] | None = None) -> list[Block]:
    """Blocks from their [text, role, reason, page] arrays; a null text is the next body line (one
    comprehension over fixed-length arrays: get() decodes every block of an article)."""
    if lines is None:
        return [Block(text, ROLES[role], reason, page) for text, role, reason, page in items]
    return [Block(next(lines) if text is None else text, ROLES[role], reason, page)
            for text, role, reason, page in items]


def body_of(blocks: list[Block]) -> str:
    """The searchable body of stored blocks: kept blocks, one per line."""
    return "\n".join(b.text for b in blocks if b.role != "removed")


def stored_body(blocks: bytes | str | None, raw_packed: bytes | None) -> str:
    """The body of an article's stored (packed) blocks; "" when they are unreadable (check finds
    those and re-extracts them)."""
    try:
        if blocks is not None and not isinstance(blocks, str):
            data = _unpacked(blocks, raw_packed)
            if data[:1] == bytes([BODY_FIRST]):  # search snippets and the index read bodies often: no parsing
                return data[1:data.index(b"\0")].decode("utf-8")
        return body_of(unpack_blocks(blocks, raw_packed))
    except (ValueError, TypeError, IndexError) as error:
        log.warning("unreadable stored blocks: %s", error)
        return ""


def entity_values(name: str, kind: str) -> dict[str, str]:
    """The columns of a new entity row: its name, kind and folded name (the list filter's column)."""
    return {"name": name, "kind": kind, "folded": fold(name)}


def block_dict(block: Block) -> dict[str, object]:
    """A block as its JSON object (what dataclasses.asdict gives, without its deep copy); the page is
    kept only when known (paged documents)."""
    item: dict[str, object] = {"text": block.text, "role": block.role, "reason": block.reason}
    if block.page is not None:
        item["page"] = block.page
    return item


def blocks_from_json(text: str) -> list[Block]:
    """Blocks back from their JSON column."""
    return [Block(**item) for item in json.loads(text or "[]")]


def stored_from_row(row: dict, entities: list[tuple[Entity, int]], tags: list[str]) -> StoredArticle:
    """A StoredArticle from an articles row (packed, or as archives before version 8 kept it, with a
    body column) plus its entity links (entity, id) and tags."""
    legacy = "body" in row
    stored = StoredArticle(
        **{name: row[name] for name in SCALAR_FIELDS},
        blocks=blocks_from_json(row["blocks"]) if legacy else unpack_blocks(row["blocks"], row["raw"]),
        entities=[entity for entity, _ in entities],
        tags=tags,
        needs_review=json.loads(row["needs_review"] or "[]"),
        origins=json.loads(row["origins"] or "{}"),
        file_name=row["file_name"] or "",
        id=row["id"],
        imported_at=row["imported_at"],
        content_hash=row["content_hash"] or "",
        user_fields=set(json.loads(row["user_fields"] or "[]")),
        entity_keys={(entity.kind, entity.name): entity_id for entity, entity_id in entities},
    )
    for entity, entity_id in entities:  # first in article order wins on a shared name
        stored.entity_ids.setdefault(entity.name, entity_id)
    stored.title = stored.title or ""
    return stored
