"""JSON Lines: one article per line with every field, every block with its role, and field origins."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .records import article_record


def write_jsonl(path: Path, articles: Iterable[Any]) -> int:
    """UTF-8, one JSON object per line, Vietnamese written as is (not \\u-escaped)."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        for article in articles:
            stream.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
            count += 1
    return count
