"""Document formats in the real MainWindow: a dropped press review becomes ten rows, each saying which
document it came from; a PDF says its pages."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.main_window import MainWindow

from .test_import import IMPORT_TIMEOUT_MS, drop_files, window  # noqa: F401 - the window fixture

FORMATS = Path(__file__).resolve().parent.parent / "data" / "formats"


def test_dropped_review_and_pdf_show_their_document(qtbot, window: MainWindow) -> None:  # noqa: F811
    review = FORMATS / "review" / "diem-bao-2024-05-03.docx"
    drop_files(window, [review, FORMATS / "pdf" / "rl_a06.pdf"])
    qtbot.waitUntil(lambda: not window.imports.busy and window.model.rowCount() == 11, timeout=IMPORT_TIMEOUT_MS)
    notes = set()
    for row in range(11):
        window.select_row(row)
        label = window.article_pane.source
        assert label.isVisibleTo(window)
        notes.add(label.text())
    assert {f"Article {n} of 10 from {review.name}" for n in range(1, 11)} < notes
    assert "From rl_a06.pdf · pages 1–2" in notes


def _row_of(window: MainWindow, note: str) -> int:
    for row in range(window.model.rowCount()):
        window.select_row(row)
        if window.article_pane.source.text().startswith(note):
            return row
    raise AssertionError(f"no article says {note!r}")


def test_merge_with_next_and_split_here_through_the_undo_stack(qtbot, window: MainWindow) -> None:  # noqa: F811
    from PySide6.QtCore import Qt

    drop_files(window, [FORMATS / "review" / "diem-bao-2024-05-03.docx"])
    qtbot.waitUntil(lambda: not window.imports.busy and window.model.rowCount() == 10, timeout=IMPORT_TIMEOUT_MS)
    pane = window.article_pane
    _row_of(window, "Article 1 of 10")
    first_id = pane.current_article_id
    qtbot.mouseClick(pane.source.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 9)
    assert window.archive.source_of(first_id).article_count == 9
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.model.rowCount() == 10)

    # Each item of this review has two paragraphs: merged with the next one, the first has text to split.
    qtbot.mouseClick(pane.source.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 9)
    _row_of(window, "Article 1 of 9")
    blocks = window.archive.get(first_id).blocks
    cut = [i for i, b in enumerate(blocks) if b.role != "removed"][-2]  # leaves text on both sides
    assert pane.view.select_paragraph(cut)
    qtbot.mouseClick(pane.source.split_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 10)
    assert window.archive.source_of(first_id).article_count == 10
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.model.rowCount() == 9)
    assert window.archive.get(first_id).body == [b.text for b in blocks if b.role != "removed"]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (tesseract-ocr tesseract-ocr-vie)")
def test_a_scan_shows_its_ocr_confidence_and_underlines_doubtful_words(qtbot, window: MainWindow) -> None:  # noqa: F811
    scan = FORMATS / "scan" / "a03_degraded.jpg"
    drop_files(window, [scan])
    qtbot.waitUntil(lambda: not window.imports.busy and window.model.rowCount() == 1, timeout=IMPORT_TIMEOUT_MS)
    window.select_row(0)
    pane = window.article_pane
    link = window.archive.source_of(pane.current_article_id)
    assert link.low_confidence, "this degraded scan has words Tesseract doubted"
    assert f"OCR confidence {round(link.ocr_confidence)}%" in pane.source.text()
    marked = [s.cursor.selectedText() for s in pane.view.extraSelections()]
    assert marked and set(marked) <= set(link.low_confidence)


def test_show_page_opens_the_pdf_page_beside_the_text(qtbot, window: MainWindow) -> None:  # noqa: F811
    from PySide6.QtCore import Qt

    drop_files(window, [FORMATS / "pdf" / "rl_a04.pdf"])
    qtbot.waitUntil(lambda: not window.imports.busy and window.model.rowCount() == 1, timeout=IMPORT_TIMEOUT_MS)
    window.select_row(0)
    source = window.article_pane.source
    assert source.page_button.isVisibleTo(window)
    qtbot.mouseClick(source.page_button, Qt.MouseButton.LeftButton)
    dialog = source.page_dialog
    assert dialog is not None and dialog.isVisible()
    pixmap = dialog.image.pixmap()
    assert pixmap.width() > 200 and pixmap.height() > pixmap.width()  # a portrait page, rendered
    dialog.close()


def test_a_pdf_and_an_odt_saved_into_the_watch_folder_are_imported(qtbot, window: MainWindow,  # noqa: F811
                                                                    tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    window.settings.set_watch_folder(inbox)
    window._start_watch()
    for source in (FORMATS / "pdf" / "lo_a09.pdf", FORMATS / "odt" / "a10.odt"):
        (inbox / source.name).write_bytes(source.read_bytes())
    qtbot.waitUntil(lambda: window.archive.count() == 2 and not window.imports.busy, timeout=20_000)
    assert {window.archive.get(i).file_name for i in window.archive.ids()} == {"lo_a09.pdf", "a10.odt"}
