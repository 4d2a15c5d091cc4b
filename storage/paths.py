"""Default locations without Qt (the GUI uses QStandardPaths, which agrees on Linux)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "TuLieu"


def user_data_dir() -> Path:
    """The per-user data folder: XDG on Linux, AppData on Windows, Application Support on macOS."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_archive_path() -> Path:
    """Where the archive lives unless the user picks another."""
    return user_data_dir() / "archive.tulieu.sqlite"
