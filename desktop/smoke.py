"""`TuLieu --smoke FILE...`: prove a build works end to end without a display.

Imports the files into a throw-away archive, builds a one-article dossier, prints it through
QtPdf into a PDF file, runs underthesea, builds the (hidden) main window on the archive and
prints a JSON summary on stdout (the temporary folder is removed unless --keep DIR). The
bundle test runs it on the frozen app: each step needs files or plugins a bad spec leaves out.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Files are whatever follows --smoke; a leading program name is ignored."""
    args = list(argv)
    if "--smoke" in args:
        args = args[args.index("--smoke") + 1:]
    parser = argparse.ArgumentParser(prog="TuLieu --smoke", description=__doc__)
    parser.add_argument("files", nargs="+", help="article files to import")
    parser.add_argument("--keep", metavar="DIR", help="write the archive and PDF here and keep them")
    parser.add_argument("--shared", metavar="URL",
                        help="also copy the archive into this empty postgresql:// database and search it there")
    return parser.parse_args(args)


def run_core(files: list[str], workdir: Path) -> dict:
    """Import the files into a fresh archive in workdir and build a dossier of the first article."""
    from storage.archive import Archive
    from storage.dossier import DossierOptions, build_dossier
    from storage.ingest import ingest

    archive = Archive.open(workdir / "smoke.tulieu", create=True)
    try:
        report = ingest(archive, [Path(f) for f in files])
        imported = [_describe(archive, path, article_id) for path, article_id in report.imported]
        imported += [_describe(archive, path, article_id) for path, article_id in report.duplicates]
        failed = [{"file": str(path), "reason": str(reason)} for path, reason in report.failed]
        dossier = None
        if imported:
            result = build_dossier(archive, [imported[0]["id"]], workdir / "smoke.pdf",
                                   DossierOptions(title="Tư Liệu smoke test"))
            dossier = {"path": str(result.path), "pages": int(result.pages)}
    finally:
        archive.close()
    return {"imported": imported, "failed": failed, "dossier": dossier}


def run_shared(url: str, workdir: Path) -> dict:
    """Copy the smoke archive into a PostgreSQL database (psycopg's binary libpq in the bundle) and
    read it back there: counts, a search, the name and user the window title shows."""
    import psycopg

    from storage.archive import Archive
    from storage.archive.copy import copy_archive
    from storage.archive.shared import describe

    report = copy_archive(workdir / "smoke.tulieu", url)
    with Archive.open(url) as archive:
        first = archive.get(archive.ids()[0])
        word = first.title.split()[0]
        return {"copied": report.ok, "articles": archive.count(), "search": len(archive.search(word)),
                "title": list(describe(archive)), "libpq": psycopg.pq.__impl__,
                "libpq_version": psycopg.pq.version()}


def run_nlp() -> dict:
    """Load underthesea's dictionary and CRF models, which a bundle must carry as data files."""
    from underthesea import pos_tag, word_tokenize
    from underthesea.corpus import viet_dict_74K

    sample = "Bộ trưởng Quốc phòng thăm Hà Nội"
    return {"word_tokenize": word_tokenize(sample), "pos_tag": [list(pair) for pair in pos_tag(sample)],
            "viet74k_words": len(viet_dict_74K.words)}


def _describe(archive, path, article_id: int) -> dict:
    return {"file": str(path), "id": int(article_id), "title": archive.get(article_id).title}


def run_qt(summary: dict, workdir: Path) -> None:
    """Create the QApplication, print the dossier through QtPdf and build the hidden main window."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    from desktop.app import register_fonts

    app = QApplication.instance() or QApplication(["TuLieu"])
    summary["qt"] = qVersion()
    summary["pyside"] = pyside_version
    summary["qt_platform"] = app.platformName()
    summary["fonts"] = register_fonts()  # bundled TTFs found through resource_path()
    if summary.get("dossier"):
        summary["dossier"]["printed_pages"] = _print_to_pdf(summary["dossier"]["path"], workdir)
    summary["main_window"] = _build_main_window(workdir)
    from PySide6.QtPrintSupport import QPrinterInfo

    summary["printers"] = QPrinterInfo.availablePrinterNames()  # loads the CUPS plugin


def _print_to_pdf(pdf_path: str, workdir: Path) -> int:
    """Print the dossier through QtPdf + QtPrintSupport into a PDF file; returns pages printed."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop.printing import render_pdf_to_printer

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(workdir / "printed.pdf"))
    return render_pdf_to_printer(pdf_path, printer)


def _build_main_window(workdir: Path) -> str:
    """Build the (hidden) main window on the smoke archive, read-only; returns its class name."""
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from storage.archive import Archive

    window = MainWindow(Settings(workdir / "smoke-settings.ini"))  # never the user's settings
    archive_path = workdir / "smoke.tulieu"
    if archive_path.exists():
        window.set_archive(Archive.open(archive_path, create=False, read_only=True))
    QApplication.processEvents()
    window.set_archive(None)
    window.close()
    window.deleteLater()
    return type(window).__name__


def main(argv: list[str]) -> int:
    """Run the smoke test; prints a JSON summary, returns 0 when every step succeeded."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt starts: no display needed, none used
    args = parse_args(argv)
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="tulieu-smoke-"))
    workdir.mkdir(parents=True, exist_ok=True)
    summary: dict = {"frozen": bool(getattr(sys, "frozen", False))}
    try:
        _guarded(lambda: summary.update(run_core(args.files, workdir)), summary)
        if args.shared:
            _guarded(lambda: summary.update(shared=run_shared(args.shared, workdir)), summary)
        _guarded(lambda: summary.update(underthesea=run_nlp()), summary)
        # Qt runs even when the core failed: the summary then still tells whether plugins load.
        _guarded(lambda: run_qt(summary, workdir), summary)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
    return 0 if _succeeded(summary) else 1


def _guarded(step, summary: dict) -> None:
    try:
        step()
    except Exception as error:  # the summary must always be printed; the traceback goes to stderr
        log.exception("smoke test step failed")
        summary.setdefault("errors", []).append(f"{type(error).__name__}: {error}")


def _succeeded(summary: dict) -> bool:
    dossier = summary.get("dossier") or {}
    return (not summary.get("errors") and not summary.get("failed") and bool(summary.get("imported"))
            and bool(summary.get("underthesea")) and dossier.get("pages", 0) >= 1
            and dossier.get("printed_pages", 0) >= 1)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(main(sys.argv[1:]))
