"""Find bundled resources in the source tree and inside a PyInstaller bundle alike."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder that holds `resources/`: sys._MEIPASS when frozen, else the project root."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("data", "outlets.json")."""
    return resource_root().joinpath("resources", *parts)
