"""First open of an archive made before stories existed: group it off the GUI thread, with progress."""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from storage.stories.rebuild import pending, regroup

from . import plural
from .tasks import Task, TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def group_if_pending(runner: TaskRunner, archive: Any, show: Callable[[str], None],
                     done: Callable[[], None]) -> Task | None:
    """Start grouping `archive` when it was never grouped; `show` gets status texts, `done` runs after.
    Returns the task (None when nothing is pending or the archive is read-only)."""
    if archive is None or getattr(archive, "read_only", False) or not pending(archive):
        return None

    def work(task: Task) -> Any:
        return regroup(archive, progress=task.progress, cancel=task.token)

    def progressed(count: int, total: int, message: str) -> None:
        show(translate("stories", "Finding versions of stories: %1 of %2").replace("%1", str(count))
             .replace("%2", str(total)))

    def succeeded(report: Any) -> None:
        show(plural.tr("Stories found: {0} (%n article(s))", "", report.grouped).format(report.stories))
        done()

    def failed(error: BaseException) -> None:
        show(translate("stories", "Finding stories failed: %1").replace("%1", str(error)))

    return runner.run(work, writes=True, name="regroup", progressed=progressed, succeeded=succeeded,
                      failed=failed)
