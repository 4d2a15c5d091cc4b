"""Tư Liệu core: readers, cleaning, extraction, archive, search, dossier, CLI. Never imports Qt."""
from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Tư Liệu"
APP_ASCII_NAME = "TuLieu"
