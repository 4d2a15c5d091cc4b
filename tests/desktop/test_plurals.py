"""Counts read as words in both languages: '1 article imported', '3 articles imported', 'Đã nhập 3 bài',
never '3 article(s)'; every counted text in desktop/ has its English and Vietnamese forms in the .qm."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop import plural
from desktop.app import install_translators
from desktop.main_window import MainWindow
from desktop.settings import Settings

from .test_import import IMPORT_TIMEOUT_MS, write_articles

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
COUNTED = re.compile(r'plural\.tr\(\s*((?:"[^"]*"\s*)+),')
PIECE = re.compile(r'"([^"]*)"')


def counted_texts() -> list[str]:
    """Every text desktop/ passes to plural.tr, read from the sources (a text written as adjacent literals
    over several lines read whole, as Python joins them)."""
    return sorted({"".join(PIECE.findall(m.group(1))) for path in DESKTOP.glob("*.py")
                   for m in COUNTED.finditer(path.read_text("utf-8"))})


@pytest.fixture
def language(qapp):
    """Switch the interface language for one test, back to English after it."""
    def switch(lang: str) -> None:
        assert install_translators(QApplication.instance(), lang)
    yield switch
    install_translators(QApplication.instance(), "en")


def test_the_sources_count_through_plural():
    texts = counted_texts()
    assert len(texts) >= 10 and all("%n" in t for t in texts)


def test_the_english_qm_has_both_forms_of_every_counted_text():
    qm = QTranslator()
    assert qm.load("tulieu_en", str(DESKTOP.parent / "resources" / "translations"))
    for text in counted_texts():
        one, two = qm.translate(plural.CONTEXT, text, "", 1), qm.translate(plural.CONTEXT, text, "", 2)
        assert one and two and "(s)" not in one + two, text
        assert "%n" in one and "%n" in two and one != two, (one, two)  # (QCoreApplication puts the count in)


def test_english_says_one_article_and_two_articles(language):
    language("en")
    assert plural.tr("%n article(s)", "", 1) == "1 article"
    assert plural.tr("%n article(s)", "", 5) == "5 articles"
    assert plural.tr("%n file(s) could not be imported.", "", 1) == "1 file could not be imported."


def test_vietnamese_has_every_counted_text(language):
    language("vi")
    for text in counted_texts():
        said = plural.tr(text, "", 3)
        assert "3" in said and "(s)" not in said and "article" not in said, (text, said)
    assert plural.tr("%n article(s) imported", "", 3) == "Đã nhập 3 bài"


@pytest.mark.parametrize("lang, count, expected", [
    ("en", 1, "1 article imported"), ("en", 2, "2 articles imported"), ("vi", 2, "Đã nhập 2 bài")])
def test_import_status_counts_in_words(qtbot, tmp_path, language, lang, count, expected):
    language(lang)
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(tmp_path / "a.tulieu.sqlite")
    win.import_paths(write_articles(tmp_path / "own", count))
    qtbot.waitUntil(lambda: not win.imports.busy and win.model.rowCount() == count, timeout=IMPORT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == expected, timeout=5000)
    win.close()
