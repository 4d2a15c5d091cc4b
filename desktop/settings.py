"""Typed access to the user's QSettings; nothing else in the GUI touches QSettings directly."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from typing import Iterable

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from storage.archive.backends import is_url
from storage.archive.shared import SharedLocation

log = logging.getLogger(__name__)

ORGANIZATION = "TuLieu"
APPLICATION = "TuLieu"
ARCHIVE_FILE_NAME = "archive.tulieu.sqlite"
MAX_RECENT = 8
# Tests, benchmarks and screenshots point this at a throw-away INI file.
SETTINGS_ENV = "TULIEU_SETTINGS"
LANGUAGES = ("", "vi", "en")  # "" follows the system locale
# Bumped whenever the main window's splitters/panes change: states saved by an older layout are ignored.
LAYOUT_VERSION = 2


def default_archive_path() -> Path:
    """The archive in the per-user AppDataLocation (same folder as storage.paths on Linux)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / ARCHIVE_FILE_NAME


def _without_password(location: Path | str) -> str:
    """A location as kept in the settings: a path, or a URL rebuilt from its parts (never a password)."""
    if not is_url(location):
        return str(location)
    return SharedLocation.parse(str(location)).url()


class Settings:
    """QSettings behind typed accessors; pass `path` for an isolated INI file."""

    def __init__(self, path: str | Path | None = None) -> None:
        path = path or os.environ.get(SETTINGS_ENV)
        if path:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                 ORGANIZATION, APPLICATION)

    @property
    def file_name(self) -> str:
        """Where these settings are stored."""
        return self._qs.fileName()

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()

    # -- raw helpers -------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _str(self, key: str) -> str:
        value = self._qs.value(key, "")
        return value if isinstance(value, str) else ""

    # -- window ------------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        """Saved main window geometry."""
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        """Remember the main window geometry."""
        self._qs.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        """Saved main window state (toolbars, docks)."""
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        """Remember the main window state."""
        self._qs.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        """Saved state of the named splitter."""
        return self._bytes(f"splitters/v{LAYOUT_VERSION}/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        """Remember the named splitter's state."""
        self._qs.setValue(f"splitters/v{LAYOUT_VERSION}/{name}", value)

    def header_state(self, name: str) -> QByteArray | None:
        """Saved column widths and order of the named table header."""
        return self._bytes(f"headers/{name}")

    def set_header_state(self, name: str, value: QByteArray) -> None:
        """Remember the named header's state."""
        self._qs.setValue(f"headers/{name}", value)

    def restore_layout(self, window: QMainWindow, splitters: Iterable[QSplitter], header: QHeaderView,
                       header_name: str) -> bool:
        """Restore geometry, splitters (by objectName) and a header; False when nothing was saved."""
        geometry = self.geometry()
        if geometry is not None:
            window.restoreGeometry(geometry)
        if (state := self.window_state()) is not None:
            window.restoreState(state, LAYOUT_VERSION)  # refuses a state of another version
        for splitter in splitters:
            if (value := self.splitter_state(splitter.objectName())) is not None:
                splitter.restoreState(value)
        if (value := self.header_state(header_name)) is not None:
            header.restoreState(value)
        return geometry is not None

    def save_layout(self, window: QMainWindow, splitters: Iterable[QSplitter], header: QHeaderView,
                    header_name: str) -> None:
        """Save geometry, window state, splitters and a header, and write them to disk."""
        self.set_geometry(window.saveGeometry())
        self.set_window_state(window.saveState(LAYOUT_VERSION))
        self._qs.beginGroup("splitters")
        for stale in self._qs.childKeys():  # unversioned states of the first layout
            self._qs.remove(stale)
        self._qs.endGroup()
        for splitter in splitters:
            self.set_splitter_state(splitter.objectName(), splitter.saveState())
        self.set_header_state(header_name, header.saveState())
        self.sync()

    # -- archives ----------------------------------------------------------------------------
    def last_archive(self) -> Path | str | None:
        """The archive open when the app last closed: a file, or a shared archive's URL (a str)."""
        value = self._str("archive/last")
        return (value if is_url(value) else Path(value)) if value else None

    def set_last_archive(self, path: Path | str | None) -> None:
        """Remember the open archive (None forgets it); a shared archive by its URL without password."""
        self._qs.setValue("archive/last", _without_password(path) if path else "")

    def recent_archives(self) -> list[Path]:
        """Recently opened archives, newest first."""
        value = self._qs.value("archive/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(v) for v in items if v][:MAX_RECENT]

    def add_recent_archive(self, path: Path | str) -> None:
        """Put `path` first in the recent list."""
        path = Path(path)
        items = [str(path)] + [str(p) for p in self.recent_archives() if p != path]
        self._qs.setValue("archive/recent", items[:MAX_RECENT])

    def recent_shared(self) -> list[str]:
        """Recently opened shared archives (postgresql:// URLs without password), newest first."""
        value = self._qs.value("archive/recent_shared", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(v) for v in items if v and is_url(str(v))][:MAX_RECENT]

    def add_recent_shared(self, url: str) -> None:
        """Put a shared archive first in its recent list (any password in the URL is dropped)."""
        url = _without_password(url)
        items = [url] + [u for u in self.recent_shared() if u != url]
        self._qs.setValue("archive/recent_shared", items[:MAX_RECENT])

    # -- folders -----------------------------------------------------------------------------
    def last_folder(self, purpose: str) -> str:
        """Last folder used for `purpose` ("import", "archive", "export"); home when unknown."""
        value = self._str(f"folders/{purpose}")
        return value if value and Path(value).is_dir() else str(Path.home())

    def set_last_folder(self, purpose: str, folder: str | Path) -> None:
        """Remember the last folder used for `purpose`."""
        self._qs.setValue(f"folders/{purpose}", str(folder))

    def watch_folder(self) -> str:
        """Folder whose new files are imported automatically ("" = off)."""
        return self._str("import/watch_folder")

    def set_watch_folder(self, folder: str | Path | None) -> None:
        """Set the watched folder (None or "" turns watching off)."""
        self._qs.setValue("import/watch_folder", str(folder) if folder else "")

    # -- interface ---------------------------------------------------------------------------
    def backups_kept(self) -> int:
        """How many automatic backups each archive keeps (default 10)."""
        try:
            return max(1, int(self._qs.value("backups/kept", 10)))
        except (TypeError, ValueError):
            return 10

    def set_backups_kept(self, count: int) -> None:
        self._qs.setValue("backups/kept", max(1, int(count)))

    def language(self) -> str:
        """This run's interface language: --lang if given, else the saved choice ("vi", "en", or "" to follow
        the system locale)."""
        return self.language_override() or self.saved_language()

    def saved_language(self) -> str:
        """The user's own choice of language (what the settings dialog shows and changes)."""
        value = self._str("ui/language")
        return value if value in LANGUAGES else ""

    @staticmethod
    def language_override() -> str:
        """The language --lang set for this run only ("" when none)."""
        value = os.environ.get("TULIEU_LANG", "")
        return value if value in LANGUAGES else ""

    def set_language(self, value: str) -> None:
        """Set the interface language ("vi", "en" or "" for the system's)."""
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qs.setValue("ui/language", value)

    # -- exports -----------------------------------------------------------------------------
    def export_format(self) -> str:
        """The last File ▸ Export format ("csv", "xlsx", …, "md-each"); CSV at first."""
        return self._str("export/format") or "csv"

    def set_export_format(self, value: str) -> None:
        """Remember the last export format."""
        self._qs.setValue("export/format", value)

    def dossier_format(self) -> str:
        """The dossier dialog's last file format: "pdf", "docx" or "odt"."""
        value = self._str("export/dossier_format")
        return value if value in ("pdf", "docx", "odt") else "pdf"

    def set_dossier_format(self, value: str) -> None:
        """Remember the dossier dialog's file format."""
        self._qs.setValue("export/dossier_format", value)

    # -- dossier -----------------------------------------------------------------------------
    def dossier_text(self, name: str) -> str:
        """The dossier field `name` (title, subtitle, prepared_by, marking) as last typed."""
        return self._str(f"dossier/{name}")

    def set_dossier_text(self, name: str, value: str) -> None:
        """Remember a dossier field for the next export or print."""
        self._qs.setValue(f"dossier/{name}", value)
