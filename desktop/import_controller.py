"""Import files off the GUI thread through storage.ingest, with progress and Cancel in the status bar."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .tasks import Task, TaskRunner

log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    """How one import run ended: the core's report, or cancelled / failed with what was saved."""

    paths: list[Path]
    report: Any = None  # storage.ingest.IngestReport when the run completed
    cancelled: bool = False
    error: BaseException | None = None
    arrived: list[int] = field(default_factory=list)  # ids committed, in order
    quiet: bool = False  # from the watch folder: summarise only problems
    files_left: int = 0  # cancelled: files the run never reached (importing them again finishes the job)

    @property
    def problems(self) -> bool:
        """True when the user should see a summary (duplicates, failures, cancel, error)."""
        report = self.report
        return bool(self.cancelled or self.error or (report and (report.duplicates or report.failed)))


def dropped_paths(mime: QMimeData) -> list[str]:
    """Local file and folder paths carried by a drag (empty when it carries none)."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class ImportProgress(QWidget):
    """Status-bar widget: message, progress bar and a Cancel button; hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the import after the current file"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def show_progress(self, done: int, total: int, message: str) -> None:
        """Show `done` of `total` files with the current file's name."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("Importing {0} of {1}: {2}").format(min(done + 1, total), total,
                                                                        Path(message).name if message else ""))
        self.show()


class ImportController(QObject):
    """Runs one import at a time on the writer pool; files dropped meanwhile are queued."""

    article_imported = Signal(int)
    """An article was committed (its id): the table can show it now."""
    import_finished = Signal(object)
    """A run ended: an ImportOutcome."""
    busy_changed = Signal(bool)
    """An import started (True) or the last queued one ended (False)."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.widget = ImportProgress()
        self.widget.cancel_button.clicked.connect(self.cancel)
        self._task: Task | None = None
        self._outcome: ImportOutcome | None = None
        self._queue: list[tuple[Any, list[Path], bool]] = []

    @property
    def busy(self) -> bool:
        """True while an import runs."""
        return self._task is not None

    def start(self, archive: Any, paths: list[str | Path], *, quiet: bool = False) -> None:
        """Import `paths` (files or folders) into `archive`, now or after the running import."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.busy:
            self._queue.append((archive, paths, quiet))
            return
        self._launch(archive, paths, quiet)

    def _launch(self, archive: Any, paths: list[Path], quiet: bool) -> None:
        from storage.ingest import ingest  # the core; imported late so the window starts fast

        def work(task: Task) -> Any:
            return ingest(archive, paths, progress=task.progress, cancel=task.token, on_article=task.notify)

        self._outcome = ImportOutcome(paths=paths, quiet=quiet)
        task = self.runner.submit(work, "import")
        task.progressed.connect(self.widget.show_progress)
        task.notified.connect(self._arrived)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._done)
        self._task = task
        self.widget.cancel_button.setEnabled(True)
        self.widget.show_progress(0, len(paths), "")
        self.busy_changed.emit(True)
        self.runner.start(task, writes=True)

    def cancel(self) -> None:
        """Stop after the current file; queued imports are dropped. Committed articles stay whole."""
        self._queue.clear()
        if self._task is not None:
            self._task.cancel()
            self.widget.cancel_button.setEnabled(False)
            self.widget.label.setText(self.tr("Cancelling…"))

    def _arrived(self, article_id: object) -> None:
        if self._outcome is not None:
            self._outcome.arrived.append(int(article_id))
        self.article_imported.emit(int(article_id))

    def _succeeded(self, report: object) -> None:
        if self._outcome is not None:
            self._outcome.report = report

    def _failed(self, exc: object) -> None:
        if self._outcome is not None:
            self._outcome.error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
            self._outcome.report = getattr(exc, "report", None)  # ArchiveError: what was kept before it

    def _cancelled(self, exc: object) -> None:
        if self._outcome is not None:
            self._outcome.cancelled = True
            self._outcome.report = getattr(exc, "report", None)  # what was done before the stop
            self._outcome.files_left = getattr(exc, "files_total", 0) - getattr(exc, "files_done", 0)

    def _done(self) -> None:
        outcome, self._outcome, self._task = self._outcome, None, None
        self.widget.hide()
        if outcome is not None:
            self.import_finished.emit(outcome)
        if self._queue:
            self._launch(*self._queue.pop(0))
        else:
            self.busy_changed.emit(False)
