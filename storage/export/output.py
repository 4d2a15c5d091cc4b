"""Writing an export safely: articles loaded one by one with progress and cancel, files replaced whole."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..errors import TuLieuError
from ..progress import CancelToken, Progress


def iter_articles(archive: Any, ids: list[int], progress: Progress, cancel: CancelToken,
                  label: str = "articles") -> Iterator[Any]:
    """Each stored article in order; checks cancel before and reports progress after each one."""
    for done, article_id in enumerate(ids, start=1):
        cancel.check()
        yield archive.get(article_id)
        progress(done, len(ids), f"{label}: {done}/{len(ids)}")


@contextmanager
def partial_file(out_path: Path) -> Iterator[Path]:
    """A hidden sibling to write into; it replaces out_path only when the block succeeds (never half a file)."""
    partial = out_path.with_name(f".{out_path.name}.part")
    try:
        yield partial
        os.replace(partial, out_path)
    except OSError as error:
        raise TuLieuError(f"{out_path}: cannot write the export ({error.strerror or error})") from error
    finally:
        partial.unlink(missing_ok=True)
