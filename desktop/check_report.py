"""Tools ▸ Check Archive's report in the interface language: the core's findings carry a code, counts,
article ids and a technical detail (storage/archive/check.py); the words are made here. SQLite's own
words in a detail are kept as written; the core's fixed reasons in a detail are translated."""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from . import plural
from .archive_reasons import reason_text

translate = QCoreApplication.translate

# What a repair of one article did, why a salvaged article was lost or copied in part (check.py, salvage.py).
_DETAILS = (
    (re.compile(r"re-extracted from the original file()"), QT_TRANSLATE_NOOP("check", "re-extracted from the original file{0}")),
    (re.compile(r"the original bytes are unreadable \((.+)\)", re.S),
     QT_TRANSLATE_NOOP("check", "the original bytes are unreadable ({0})")),
    (re.compile(r"no original bytes to re-extract from()"), QT_TRANSLATE_NOOP("check", "no original bytes to re-extract from{0}")),
    (re.compile(r"the original cannot be read again: (.+)", re.S),
     QT_TRANSLATE_NOOP("check", "the original cannot be read again: {0}")),
    (re.compile(r"the original holds no article text()"), QT_TRANSLATE_NOOP("check", "the original holds no article text{0}")),
    (re.compile(r"unreadable \((.+)\)", re.S), QT_TRANSLATE_NOOP("check", "unreadable ({0})")),
    (re.compile(r"stored fields unreadable \((.+)\)", re.S), QT_TRANSLATE_NOOP("check", "stored fields unreadable ({0})")),
    (re.compile(r"entity links and tags unreadable \((.+)\)", re.S),
     QT_TRANSLATE_NOOP("check", "entity links and tags unreadable ({0})")),
)


def detail_text(detail: str) -> str:
    """A fixed phrase of the core in the interface language; anything else as written."""
    for pattern, template in _DETAILS:
        match = pattern.fullmatch(detail)
        if match:
            return translate("check", template).format(*match.groups())
    return detail


def _ids(ids: tuple[int, ...]) -> str:
    return "#" + ", #".join(map(str, ids))


def _index(f: Any) -> str:
    missing, extra, stale = (tuple(f.numbers) + (0, 0, 0))[:3]
    parts = []
    if missing:
        parts.append(plural.tr("%n article(s) missing from the search index", "", missing) + f" ({_ids(f.ids)})")
    if extra:
        parts.append(plural.tr("%n search-index row(s) for articles that do not exist", "", extra))
    if stale and not parts:
        parts.append(translate("check", "the search index is out of date with the articles' text"))
    return "; ".join(parts)


def finding_text(f: Any) -> str:
    """One finding in the interface language (its English message when its code is unknown here)."""
    n = f.numbers[0] if f.numbers else 0
    said = {
        "damaged-page": lambda: translate("check", "damaged database page: {0}").format(f.detail),
        "unreadable-step": lambda: translate("check", "a part of the archive could not be read: {0}").format(f.detail),
        "corrupt": lambda: reason_text(f.detail),
        "orphans": lambda: plural.tr("%n row(s) point to a missing row (orphans): {0}", "", n).format(f.detail),
        "search-index": lambda: _index(f),
        "mentions": lambda: plural.tr("%n entity link(s) with no mention count", "", n),
        "entity-counts": lambda: plural.tr("%n entity record(s) with a wrong article count or no folded name", "", n),
        "originals": lambda: plural.tr("%n article(s) without their original file's bytes (cannot be "
                                       "re-extracted): {0}", "", n).format(_ids(f.ids)),
        "text": lambda: translate("check", "article #{0}: stored text is empty or unreadable").format(f.ids[0])
        + (f" ({detail_text(f.detail)})" if f.detail else ""),
        "salvaged": lambda: plural.tr("%n article(s) copied whole to {0}", "", n).format(f.detail),
        "lost": lambda: translate("check", "article #{0} could not be read: {1}").format(f.ids[0], detail_text(f.detail)),
        "partial": lambda: translate("check", "article #{0} copied without its {1}").format(f.ids[0],
                                                                                           detail_text(f.detail)),
    }.get(f.code)
    text = said() if said else f.message
    return text + (translate("check", " — repaired") if f.repaired else "")


def report_text(report: Any) -> str:
    """The whole report, one line each: a summary, then every finding, then where a salvaged copy went."""
    checked = plural.tr("%n article(s) checked", "", report.articles)
    if not report.findings:
        return translate("check", "{0}: {1}; no problems found").format(report.path, checked)
    lines = [translate("check", "{0}: {1}; {2}").format(
        report.path, checked, plural.tr("%n problem(s)", "", len(report.findings)))]
    lines += ["  • " + finding_text(f) for f in report.findings]
    if report.salvaged_to:
        lines.append(translate("check", "The readable articles were copied to {0}; the original was kept as "
                                        "it is.").format(report.salvaged_to))
    return "\n".join(lines)
