"""What is wrong with an archive, in the interface language: the core writes '<path>: <reason>' in English;
its fixed reasons are translated here, the technical detail in brackets (SQLite's words) kept as written."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

# storage/archive/core.py and lock.py: a reason after the archive's path, with one detail or none.
_REASONS = (
    (re.compile(r"the archive is damaged \((.+)\)", re.S), QT_TRANSLATE_NOOP("archive", "the archive is damaged ({0})")),
    (re.compile(r"the archive could not be read \((.+)\)", re.S),
     QT_TRANSLATE_NOOP("archive", "the archive could not be read ({0})")),
    (re.compile(r"the archive is open for writing in another program \(lock (.+)\); close it there or open "
                r"read-only(.*)", re.S),
     QT_TRANSLATE_NOOP("archive", "the archive is open for writing in another program (lock {0}); close it "
                                  "there or open it read-only{1}")),
    (re.compile(r"not a Tư Liệu archive \(the file is not an SQLite database\)()", re.S),
     QT_TRANSLATE_NOOP("archive", "not a Tư Liệu archive (the file is not an SQLite database){0}")),
    (re.compile(r"not a Tư Liệu archive \(an SQLite file of another program\)()", re.S),
     QT_TRANSLATE_NOOP("archive", "not a Tư Liệu archive (an SQLite file of another program){0}")),
    (re.compile(r"not a usable Tư Liệu archive \((.+)\)", re.S),
     QT_TRANSLATE_NOOP("archive", "not a usable Tư Liệu archive ({0})")),
)


def split_reason(message: str) -> tuple[str, str]:
    """(the archive's path, the reason in the interface language); ("", message) when it is no such reason."""
    path, sep, reason = message.partition(": ")
    if sep:
        for pattern, template in _REASONS:
            match = pattern.fullmatch(reason)
            if match:
                return path, translate("archive", template).format(*match.groups())
    return "", message


def reason_text(message: str) -> str:
    """The core's message about an archive, its reason in the interface language."""
    path, reason = split_reason(message)
    return f"{path}: {reason}" if path else reason
