"""Editing many articles at once as one edit (one transaction, one undo step, a history row each).

Tags take "+tag" (add), "-tag" (remove) or a plain list (replace); the date takes any typed form
(storage.date_entry); "needs_review" takes "yes"/"no"; other fields take their value as is.
"""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .date_entry import date_edit
from .edits import Batch, ChangeTags, DeleteArticle, Edit, SetField, tag_change
from .errors import TuLieuError

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)

BULK_FIELDS = ("tags", "outlet", "source", "author", "published", "date_precision", "needs_review", "delete")
_RANGE = re.compile(r"^(\d+)\s*-\s*(\d+)$")


def parse_ids(text: str) -> list[int]:
    """Article ids from "3,5,9-12" (ranges inclusive, duplicates dropped, order kept)."""
    ids: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        match = _RANGE.match(part)
        if match:
            first, last = int(match.group(1)), int(match.group(2))
            if last < first or last - first > 1_000_000:
                raise TuLieuError(f"“{part}” is not a range of ids (first-last)")
            ids += range(first, last + 1)
        elif part.isdigit():
            ids.append(int(part))
        else:
            raise TuLieuError(f"“{part}” is not an article id (use e.g. 3,5,9-12)")
    return list(dict.fromkeys(ids))


def bulk_edit(archive: "Archive", ids: list[int], field: str, value: object) -> Edit:
    """The edit setting `field` to `value` on every article in `ids` (articles it leaves unchanged are
    skipped); apply it with storage.edits.apply. Raises TuLieuError for an unknown field or bad value."""
    if field not in BULK_FIELDS:
        raise TuLieuError(f"cannot edit “{field}” on many articles (use one of {', '.join(BULK_FIELDS)})")
    if field == "delete":
        return Batch(tuple(DeleteArticle(i) for i in ids))
    if field == "published":
        return Batch(tuple(date_edit(i, str(value or "")) for i in ids))
    if field == "needs_review":
        return Batch(tuple(_review_edits(archive, ids, value)))
    if field == "tags":
        current = archive.tags_of(ids)
        # Relative changes are computed again when written (ChangeTags): another user's tags are kept.
        return Batch(tuple(ChangeTags(i, str(value or "")) for i in ids
                           if tag_change(current.get(i, []), str(value or "")) != current.get(i, [])))
    return Batch(tuple(SetField(i, field, value) for i in ids))


def _review_edits(archive: "Archive", ids: list[int], value: object) -> list[Edit]:
    flag = str(value).strip().lower() in ("yes", "true", "1", "on", "có")
    edits: list[Edit] = []
    for article_id in ids:
        flags = list(archive.get(article_id).needs_review)
        wanted = (flags or ["article"]) if flag else []  # "article": flagged by hand, as a whole
        if wanted != flags:
            edits.append(SetField(article_id, "needs_review", wanted))
    return edits


def edited_ids(edit: Edit) -> list[int]:
    """The articles an edit (a Batch of any depth) touches, in order."""
    if isinstance(edit, Batch):
        return list(dict.fromkeys(i for item in edit.edits for i in edited_ids(item)))
    article_id = getattr(edit, "article_id", None)
    return [article_id] if isinstance(article_id, int) else []
