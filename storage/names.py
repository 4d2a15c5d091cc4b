"""File names for people: bytes that are not UTF-8 become replacement marks, never an encoding error."""
from __future__ import annotations

import os
from pathlib import Path


def shown(name: str | Path) -> str:
    """The name with undecodable bytes (lone surrogates from the file system) as U+FFFD."""
    text = os.fspath(name)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # surrogates that did not come from the file system
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
