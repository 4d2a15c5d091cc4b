"""Watch one folder: article files saved into it are imported once their size stops changing."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from storage.readers import SUPPORTED_EXTENSIONS

log = logging.getLogger(__name__)

SETTLE_MS = 1000  # a file must keep its size this long (browsers write in chunks)


class WatchFolder(QObject):
    """Emits files_arrived with new, settled article files in the watched folder."""

    files_arrived = Signal(list)
    """New files (list[str]) finished writing in the watched folder."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._scan_later)
        self._known: set[Path] = set()
        self._pending: dict[Path, int] = {}  # path -> size at the last scan
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self._scan)

    def set_folder(self, folder: str | Path | None) -> bool:
        """Watch `folder` (files already there are left alone); None or "" stops watching."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._known.clear()
        self._pending.clear()
        self.folder = Path(folder) if folder else None
        if self.folder is None:
            return True
        if not self.folder.is_dir():
            log.warning("watch folder %s does not exist", self.folder)
            self.folder = None
            return False
        self._known = set(self._files())
        return self._watcher.addPath(str(self.folder))

    def _files(self) -> list[Path]:
        try:
            return [p for p in self.folder.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS]
        except OSError as exc:
            log.warning("cannot list %s: %s", self.folder, exc)
            return []

    def _scan_later(self, _path: str = "") -> None:
        self._timer.start()

    def _scan(self) -> None:
        if self.folder is None:
            return
        settled: list[str] = []
        for path in self._files():
            if path in self._known:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue  # vanished between listing and stat
            if size > 0 and self._pending.get(path) == size:
                settled.append(str(path))
                self._known.add(path)
                self._pending.pop(path, None)
            else:
                self._pending[path] = size
        if self._pending:
            self._timer.start()  # look again until every new file has settled
        if settled:
            log.info("watch folder: %d new files", len(settled))
            self.files_arrived.emit(sorted(settled))
