"""Find bundled resources in the source tree and inside a PyInstaller bundle alike."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def resource_root() -> Path:
    """The folder that holds `resources/`: sys._MEIPASS when frozen, else the project root."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("data", "outlets.json")."""
    return resource_root().joinpath("resources", *parts)


def optional_table(name: str) -> dict:
    """A JSON table of resources/data that the code can do without: {} (and a warning) when unreadable."""
    path = resource_path("data", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read this table (%s); going on without it", path, exc)
        return {}
