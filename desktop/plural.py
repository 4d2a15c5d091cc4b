"""Texts that carry a count, translated with their plural forms: '1 article', '5 articles', '5 bài'.

Qt's lupdate takes a plain name in translate(context, text, "", n) for an old encoding argument and
files the text without plural forms, so English read '5 article(s)'. `plural.tr(text, "", n)` is read
as a tr() call whose context is the name before it, "plural", with its plural forms (%n is the count).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "plural"


def tr(text: str, disambiguation: str, n: int) -> str:
    """`text` in the interface language, in the plural form that fits `n` (which replaces %n)."""
    said = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    # With no translation loaded (the English .qm missing, a test without translators) Qt returns the
    # English source with its '(s)': the English plural is then made here.
    return said.replace("(s)", "" if n == 1 else "s")
