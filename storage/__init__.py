"""Tư Liệu core: readers, cleaning, extraction, archive, search, dossier, CLI. Never imports Qt.

The public API is re-exported lazily so that importing a small module (e.g. storage.resources)
does not load the archive, the NLP models or reportlab.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"
APP_NAME = "Tư Liệu"
APP_ASCII_NAME = "TuLieu"

_PUBLIC = {
    "Archive": "storage.archive",
    "ingest": "storage.ingest",
    "IngestReport": "storage.ingest",
    "read_file": "storage.readers",
    "extract": "storage.extraction",
    "build_dossier": "storage.dossier",
    "DossierOptions": "storage.dossier",
    "select_ids": "storage.dossier",
    "apply": "storage.edits",
    "Filters": "storage.archive.records",
    "CancelToken": "storage.progress",
    "TuLieuError": "storage.errors",
}

__all__ = ["APP_NAME", "APP_ASCII_NAME", "__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    module_name = _PUBLIC.get(name)
    if module_name is None:
        raise AttributeError(f"module 'storage' has no attribute {name!r}")
    return getattr(importlib.import_module(module_name), name)
