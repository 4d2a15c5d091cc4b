"""What an export or a print covers, and the words naming it: the rows the user picked, the article being
read, or every row the table shows (the search result, the filters), for the dialogs and the dossier's cover."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from . import plural

translate = QCoreApplication.translate

# The dossier's own language, whatever the interface's: search "…", everything, and a selection out of
# them (one article, several).
SCOPE_WORDS = {"vi": ("tìm kiếm “{0}”", "Tất cả bài viết", ("{0} bài được chọn trong: {1}",) * 2),
               "en": ("search “{0}”", "All articles",
                      ("{0} article selected from: {1}", "{0} articles selected from: {1}"))}
QUOTES = '"“”'
TITLE_CHARS = 60  # of the article's title in a choice's label


@dataclass(frozen=True)
class Scope:
    """One choice of what to export: its articles, its label in the dialog, its words on the cover."""

    key: str  # "picked" (rows chosen by hand or the article being read) or "shown" (every row of the table)
    ids: list[int]
    label: str
    words: Callable[[str | None], str]  # in a language ("vi"/"en"), or None: the interface's


def quote_query(template: str, query: str) -> str:
    """The query in the template's “{0}”, or after a colon when it has quotes of its own (no “"a" b”)."""
    if any(q in query for q in QUOTES) and " “{0}”" in template:
        template = template.replace(" “{0}”", ": {0}")
    return template.format(query)


def shown_words(w: Any, lang: str | None = None) -> str:
    """Words for what the table shows: the search, the facet filters, or everything."""
    search, everything = _words(lang)
    parts = [quote_query(search, w.query)] if w.query else []
    if w.sidebar.clear_button.isEnabled():  # some facet filter is on
        parts.append(w.sidebar.summary.text())
    return "; ".join(parts) or everything


def picked_words(w: Any, count: int, lang: str | None = None) -> str:
    """Words for `count` articles chosen out of what the table shows."""
    shown = shown_words(w, lang)
    if lang in SCOPE_WORDS:
        one, many = SCOPE_WORDS[lang][2]
        return (one if count == 1 else many).format(count, shown)
    return plural.tr("%n article(s) selected from: {0}", "", count).format(shown)


def _words(lang: str | None) -> tuple[str, str]:
    if lang in SCOPE_WORDS:
        return SCOPE_WORDS[lang][:2]
    return translate("MainWindow", "search “{0}”"), translate("MainWindow", "All articles")


def picked_ids(w: Any) -> list[int]:
    """The rows the user chose: a selection the app made itself (the first row, a search's best hit) is not one."""
    ids = w.selected_ids()
    return [] if len(ids) == 1 and ids[0] == w.shown_by_app else ids


def scopes(w: Any) -> list[Scope]:
    """The choices, the default first: rows picked by hand, else every row shown (with the article being
    read offered beside it)."""
    shown_ids = w.model.ids()
    picked = picked_ids(w)
    current = w.article_pane.current_article_id
    one = picked if picked else ([current] if current is not None and len(shown_ids) > 1 else [])
    every = Scope("shown", shown_ids, _shown_label(w, len(shown_ids)), lambda lang=None: shown_words(w, lang))
    if not one or len(one) == len(shown_ids):
        return [every]
    mine = Scope("picked", one, _picked_label(w, one), lambda lang=None: picked_words(w, len(one), lang))
    return [mine, every] if picked else [every, mine]


def _shown_label(w: Any, count: int) -> str:
    if not w.query and not w.sidebar.clear_button.isEnabled():  # the whole archive: no words to add
        return plural.tr("All %n article(s)", "", count)
    return plural.tr("All %n article(s) shown: {0}", "", count).format(shown_words(w))


def _picked_label(w: Any, ids: list[int]) -> str:
    if len(ids) > 1:
        return plural.tr("%n selected article(s)", "", len(ids))
    row = w.model.row_of(ids[0])
    title = w.model.article_row(row).title if row >= 0 else ""
    title = title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1].rstrip() + "…"
    return translate("export", "This article only: {0}").format(title)
