"""Print a dossier: build it to a temporary PDF, preview it, and paint its pages onto the printer."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from storage.errors import TuLieuError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

MAX_PRINT_DPI = 300  # pages are rasterised: more only inflates memory and spool size


def open_pdf(pdf_path: str | Path) -> QPdfDocument:
    """Load a PDF with QtPdf; raises TuLieuError naming the file when it cannot be read."""
    document = QPdfDocument()
    error = document.load(str(pdf_path))
    if error != QPdfDocument.Error.None_ or document.pageCount() == 0:
        raise TuLieuError(f"{pdf_path}: cannot open the PDF ({error.name})")
    return document


def render_page(document: QPdfDocument, index: int, size: QSize) -> QImage:
    """One page as an opaque image: QtPdf renders on a transparent background, so paint it on white."""
    page = document.render(index, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    return image


def page_image_size(document: QPdfDocument, index: int, dpi: float) -> QSize:
    """Pixel size of a page at a resolution."""
    points = document.pagePointSize(index)
    return QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))


def render_pdf_to_printer(pdf_path: str | Path, printer: QPrinter) -> int:
    """Paint the PDF's pages (or the printer's page range) onto the printer, each scaled to fit the
    page on white; returns the number of pages printed."""
    document = open_pdf(pdf_path)
    first, last = _page_range(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise TuLieuError(f"{printer.printerName() or printer.outputFileName()}: the printer cannot start")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            target = _fit(QRectF(painter.viewport()), document.pagePointSize(index))
            painter.drawImage(target, render_page(document, index, page_image_size(document, index, dpi)))
            printed += 1
    finally:
        painter.end()
    log.info("printed %d pages of %s", printed, pdf_path)
    return printed


def save_pdf_pages(pdf_path: str | Path, printer: QPrinter) -> int:
    """"Print to File (PDF)": the dossier's own pages (or the dialog's page range) written to the printer's
    file as they are — text, fonts and links kept — rather than painted as page images; returns pages written."""
    from pypdf import PdfReader, PdfWriter  # the dossier's pages, copied without rendering

    target = printer.outputFileName()
    try:
        reader = PdfReader(str(pdf_path))
        first, last = _page_range(printer, len(reader.pages))
        writer = PdfWriter()
        for index in range(first, last + 1):
            writer.add_page(reader.pages[index])
        if reader.metadata:
            writer.add_metadata(dict(reader.metadata))
        with open(target, "wb") as out:
            writer.write(out)
    except OSError as error:
        raise TuLieuError(f"{target}: cannot write the PDF ({error.strerror or error})") from error
    log.info("wrote %d pages of %s to %s", last - first + 1, pdf_path, target)
    return last - first + 1


def _page_range(printer: QPrinter, pages: int) -> tuple[int, int]:
    """First and last page index to print: all, or the range the user chose in the print dialog (1-based)."""
    if printer.fromPage() > 0:
        return printer.fromPage() - 1, min(pages - 1, printer.toPage() - 1)
    return 0, pages - 1


def _fit(area: QRectF, page_points) -> QRectF:
    """The largest rectangle with the page's proportions, centred in the printable area."""
    scale = min(area.width() / page_points.width(), area.height() / page_points.height())
    width, height = page_points.width() * scale, page_points.height() * scale
    return QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height)


def print_pdf(parent: QWidget | None, pdf_path: Path, *, preview: bool) -> int:
    """Show the print preview or the print dialog for a built PDF; returns pages printed (0: none)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pdf_path.stem)
    printed = 0

    def paint(target: QPrinter) -> None:
        nonlocal printed
        printed = render_pdf_to_printer(pdf_path, target)

    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(translate("printing", "Print preview"))
        dialog.paintRequested.connect(paint)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0  # closed without printing: the pages painted were only the preview's
        return printed
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, open_pdf(pdf_path).pageCount())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return save_pdf_pages(pdf_path, printer)
    paint(printer)
    return printed


def print_dossier(parent: QWidget | None, archive: Any, scopes: list) -> None:
    """File ▸ Print…: dossier options (what to print among `scopes`), build to a temporary file off the GUI
    thread, then preview/print."""
    from .dossier_dialog import DossierDialog

    DossierDialog(parent, archive, scopes[0].ids, scopes=scopes, mode="print").open()
