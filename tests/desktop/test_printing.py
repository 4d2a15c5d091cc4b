"""Printing and exporting dossiers from the GUI: pages painted on a PDF printer, the export dialog."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from desktop.dossier_dialog import DossierDialog
from desktop.printing import render_pdf_to_printer
from storage.archive import Archive
from storage.dossier import DossierOptions, build_dossier
from tests.storage.test_dossier import own_articles


@pytest.fixture()
def archive(tmp_path):
    with Archive.open(tmp_path / "print.sqlite") as opened:
        for i, article in enumerate(own_articles()):
            opened.add_article(article, raw=f"tệp {i}".encode(), file_name=article.file_name)
        yield opened


@pytest.fixture()
def dossier(archive, tmp_path):
    return build_dossier(archive, archive.ids(), tmp_path / "d.pdf", DossierOptions(title="In thử"))


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(120)  # keeps the rasterised pages small in a test
    return printer


def test_printing_gives_the_dossier_page_count_on_white(qapp, dossier, tmp_path):
    printed_path = tmp_path / "printed.pdf"
    printed = render_pdf_to_printer(dossier.path, _pdf_printer(printed_path))
    assert printed == dossier.pages == len(PdfReader(printed_path).pages)
    document = QPdfDocument()
    document.load(str(printed_path))
    size = document.pagePointSize(0).toSize()
    image = document.render(0, size)
    # The cover's top is blank paper: painted white, not left transparent.
    pixel = QColor(image.pixel(size.width() // 2, size.height() // 10))
    assert (pixel.alpha(), pixel.red(), pixel.green(), pixel.blue()) == (255, 255, 255, 255)


def test_printing_respects_the_page_range(qapp, dossier, tmp_path):
    printer = _pdf_printer(tmp_path / "range.pdf")
    printer.setFromTo(2, 3)
    assert render_pdf_to_printer(dossier.path, printer) == 2
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2


def test_export_dialog_builds_previews_and_offers_open(qtbot, archive, tmp_path):
    dialog = DossierDialog(None, archive, archive.ids(), "thử nghiệm")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Hồ sơ xuất thử")
    dialog.marking_combo.setCurrentText("NỘI BỘ / INTERNAL")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    assert not dialog.open_button.isEnabled()
    out = tmp_path / "exported.pdf"
    with qtbot.waitSignal(dialog.built, timeout=60_000) as blocker:
        dialog.export_to(out)
    result = blocker.args[0]
    assert result.path == out and out.exists()
    reader = PdfReader(out)
    assert reader.metadata.title == "Hồ sơ xuất thử" and float(reader.pages[0].mediabox.width) == 612
    assert "Page 2 of" in reader.pages[1].extract_text()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled())
    assert dialog.folder_button.isEnabled()
    previews = dialog.findChildren(QLabel, "previewPage")
    assert len(previews) == 4 and all(not label.pixmap().isNull() for label in previews)


def test_cancel_stops_the_build(qtbot, archive, tmp_path):
    dialog = DossierDialog(None, archive, archive.ids(), "", mode="print")
    qtbot.addWidget(dialog)
    assert dialog.print_button.text() and dialog.print_preview_button.text()
    task = dialog.build(tmp_path / "never.pdf")
    with qtbot.waitSignal(task.finished, timeout=60_000):
        dialog.cancel_build()
    assert dialog.result is None and not (tmp_path / "never.pdf").exists()
    assert dialog.preview_button.isEnabled()


def test_print_through_the_print_dialog_says_it_printed(qtbot, archive, tmp_path, monkeypatch):
    """Printed to a PDF file from the print dialog: the dossier dialog says so (it stays open)."""
    from PySide6.QtWidgets import QDialog

    from desktop import printing

    out = tmp_path / "printed.pdf"

    def accept(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing.QPrintDialog, "exec", accept)  # the user pressed Print in Qt's dialog
    dialog = DossierDialog(None, archive, archive.ids(), "thử nghiệm", mode="print")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.built, timeout=60_000) as blocker:
        dialog.print_(preview=False)
    pages = blocker.args[0].pages
    qtbot.waitUntil(lambda: out.exists())
    assert len(PdfReader(out).pages) == pages
    assert dialog.status_label.text() == f"Printed {pages} pages."


def test_print_to_a_pdf_file_keeps_the_dossier_text(qtbot, archive, tmp_path, monkeypatch):
    """"Print to File (PDF)" in Qt's print dialog writes the dossier's pages themselves: selectable text with
    its diacritics, not page images; the dialog's page range is kept."""
    from PySide6.QtWidgets import QDialog

    from desktop import printing

    out = tmp_path / "to_file.pdf"

    def accept(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing.QPrintDialog, "exec", accept)
    dialog = DossierDialog(None, archive, archive.ids(), "thử nghiệm", mode="print")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.built, timeout=60_000) as blocker:
        dialog.print_(preview=False)
    built = PdfReader(blocker.args[0].path)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)
    printed = PdfReader(out)
    assert len(printed.pages) == 2
    assert printed.pages[0].extract_text() == built.pages[1].extract_text()
    assert printed.pages[1].extract_text() == built.pages[2].extract_text()
    assert any(ch in printed.pages[0].extract_text() for ch in "ăâđêôơưạảấầẩẫậắằẳẵặ")
    assert dialog.status_label.text() == "Printed 2 pages."


def test_walk4_closing_the_print_preview_does_not_say_it_printed(qtbot, archive, tmp_path):
    """The preview paints every page to show them; closing it prints nothing, and the dialog must not say
    'Printed 49 pages.' (it did)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication

    dialog = DossierDialog(None, archive, archive.ids(), "thử nghiệm", mode="print")
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def close_preview() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, QPrintPreviewDialog):
            QTimer.singleShot(100, close_preview)
            return
        seen.append(preview.windowTitle())
        preview.reject()

    QTimer.singleShot(100, close_preview)
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        dialog.print_(preview=True)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    qtbot.wait(100)
    assert "Printed" not in dialog.status_label.text()
