"""Check (and repair) the archive at a path: in place when it is sound, by salvage when it is damaged."""
from __future__ import annotations

import logging
from pathlib import Path

from ..errors import ArchiveCorrupt
from ..progress import NEVER, CancelToken, Progress, noop
from .check import CheckReport, Finding, check_archive
from ..plural import counted

log = logging.getLogger(__name__)


def check_file(path: str | Path, *, repair: bool = False, progress: Progress = noop,
               cancel: CancelToken = NEVER) -> CheckReport:
    """Check the archive at `path`; with repair, fix it in place or copy its readable articles to a new file."""
    from .backends import is_url
    from .core import Archive

    if is_url(path):  # a shared archive: checked in place; its server keeps the pages and the backups
        with Archive.open(str(path), create=False, read_only=not repair) as archive:
            return check_archive(archive, repair=repair, progress=progress, cancel=cancel)
    path = Path(path).expanduser()
    try:
        archive = Archive.open(path, create=False, read_only=not repair)
    except ArchiveCorrupt as error:
        report = CheckReport(str(path), findings=[Finding("integrity", str(error), code="corrupt", detail=str(error))])
    else:
        with archive:
            if repair:
                _backup_first(archive)
            report = check_archive(archive, repair=repair, progress=progress, cancel=cancel)
    damaged = any(f.kind == "integrity" for f in report.findings)
    if repair and damaged:
        _salvage_into(path, report, progress, cancel)
    return report


def _backup_first(archive) -> None:
    """A backup before any repair writes, when the backup module is available."""
    try:
        from .backup import backup_before
    except ImportError:
        return
    backup_before(archive, "repair")


def _salvage_into(path: Path, report: CheckReport, progress: Progress, cancel: CancelToken) -> None:
    """Copy the readable articles into a new archive; name every article that could not be read."""
    from .salvage import salvage

    result = salvage(path, progress=progress, cancel=cancel)
    report.salvaged_to = str(result.target)
    report.findings.append(Finding("integrity", f"{counted(len(result.saved), 'article')} copied whole to "
                                                f"{result.target.name}", repaired=True, code="salvaged",
                                   numbers=(len(result.saved),), detail=result.target.name))
    for article_id, why in result.lost:
        report.findings.append(Finding("lost", f"article #{article_id} could not be read: {why}", code="lost",
                                       ids=(article_id,), detail=why))
    for article_id, why in result.partial:
        report.findings.append(Finding("lost", f"article #{article_id} copied without its {why}", code="partial",
                                       ids=(article_id,), detail=why))
    for finding in report.findings:  # the damage itself stays named, but the copy is the repair
        if finding.kind == "integrity":
            finding.repaired = True
