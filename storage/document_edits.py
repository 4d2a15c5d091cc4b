"""Correcting how a press review was split: merge an article with the next one, split one in two.

Both are edits as data (storage.edits): `apply(archive, merge_with_next(archive, id))` returns the
edit that undoes it, and the GUI's QUndoCommand wraps it like any other edit.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .edits import Batch, DeleteArticle, Edit, _apply, _restoring_user_state
from .errors import ArchiveError
from .records import Article, Block

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetBlocks:
    """Replace an article's paragraphs (their text, roles and pages)."""

    article_id: int
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class AddPiece:
    """A new article of the same document from paragraphs cut off `article_id` (its first one is the title)."""

    article_id: int
    blocks: tuple[Block, ...]


def merge_with_next(archive: "Archive", article_id: int) -> Batch:
    """The edit joining an article with the next article of its document (whose title becomes a paragraph)."""
    following = archive.next_in_document(article_id)
    if following is None:
        raise ArchiveError(f"article {article_id} is the last of its document: nothing to merge with")
    first, second = archive.get(article_id), archive.get(following)
    tail = [replace(b, role="body", reason="") if b.role == "removed" and b.reason == "title" else b
            for b in second.blocks]
    if not any(b.text == second.title for b in tail):
        tail.insert(0, Block(second.title, "body"))
    return Batch((SetBlocks(article_id, tuple(first.blocks) + tuple(tail)), DeleteArticle(following)))


def split_here(archive: "Archive", article_id: int, index: int) -> Batch:
    """The edit cutting an article before paragraph `index`: that paragraph titles a new article."""
    blocks = archive.get(article_id).blocks
    kept = [i for i, b in enumerate(blocks) if b.role != "removed"]
    if index not in kept or index == kept[0]:
        raise ArchiveError(f"article {article_id}: paragraph {index} cannot start a new article "
                           "(choose a kept paragraph after the first)")
    if not any(i > index for i in kept):  # the new article would be a title with no text: never stored
        raise ArchiveError(f"article {article_id}: nothing after paragraph {index} would be left as the new "
                           "article's text (split before an earlier paragraph)")
    return Batch((SetBlocks(article_id, tuple(blocks[:index])), AddPiece(article_id, tuple(blocks[index:]))))


@_apply.register(SetBlocks)
def _(edit: SetBlocks, archive: "Archive") -> Edit:
    state = archive.user_state(edit.article_id)
    old = archive.set_blocks(edit.article_id, list(edit.blocks))
    return _restoring_user_state(archive, edit.article_id, state, SetBlocks(edit.article_id, tuple(old)))


@_apply.register(AddPiece)
def _(edit: AddPiece, archive: "Archive") -> Edit:
    source = archive.get(edit.article_id)
    title, *rest = edit.blocks
    piece = Article(title=title.text, published=source.published, date_precision=source.date_precision,
                    outlet=source.outlet, source=source.source, author=source.author,
                    blocks=[replace(title, role="removed", reason="title"), *rest],
                    origins={"title": "user"}, needs_review=["published"] if source.published else [],
                    file_name=source.file_name)
    from .extraction.entities import extract_entities  # the new article's own people and places

    piece.entities = extract_entities(piece.title, piece.body)
    new_id = archive.add_piece(edit.article_id, piece)
    return DeleteArticle(new_id)
