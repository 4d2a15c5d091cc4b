"""Why a version was taken as a story's original, in the interface language: the core stores its reason as
an English sentence (storage/stories/original.py, kept in the archive); its fixed forms are translated here,
names and dates kept as written."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from . import plural
from .metadata_editor import format_date

translate = QCoreApplication.translate

_NAMED = re.compile(r"named as the source by (\d+) versions? \(“Theo (.+)”\)", re.S)
_WIRE = re.compile(r"(.+) is a state wire", re.S)
_BROADCASTER = re.compile(r"(.+) is a state broadcaster", re.S)
_FIRST = re.compile(r"published first \((.+)\)", re.S)
_IMPORTED = "imported first (no date or source to go by)"


def reason_text(reason: str) -> str:
    """A story's reason in the interface language (a reason of another form as written)."""
    if match := _NAMED.fullmatch(reason):
        return plural.tr("named as the source by %n version(s) (“Theo {0}”)", "", int(match[1])).format(match[2])
    if match := _WIRE.fullmatch(reason):
        return translate("stories", "{0} is a state news agency").format(match[1])
    if match := _BROADCASTER.fullmatch(reason):
        return translate("stories", "{0} is a state broadcaster").format(match[1])
    if match := _FIRST.fullmatch(reason):
        return translate("stories", "published first ({0})").format(format_date(match[1].replace(" ", "T")))
    if reason == _IMPORTED:
        return translate("stories", "imported first (no date or source to go by)")
    return reason
