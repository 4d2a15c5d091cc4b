"""File ▸ Export As through the real MainWindow: each format written off the GUI thread, the last choice
remembered, cancel leaving nothing, and the dossier dialog writing Word."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import docx
import pytest
import rispy
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from desktop.dossier_dialog import DossierDialog
from desktop.export_controller import ONE_EACH
from desktop.main_window import MainWindow
from desktop.settings import Settings
from tests.storage.export_fixtures import make_archive

TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def errors_recorded(monkeypatch) -> list[BaseException]:
    """Errors the controller would show in a (blocking) message box."""
    shown: list[BaseException] = []
    monkeypatch.setattr("desktop.export_controller.show_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def window(qtbot, tmp_path, settings_path):
    path = tmp_path / "archive.tulieu.sqlite"
    make_archive(path)
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(path, create=False)
    yield win
    win.close()


def export_via_menu(qtbot, win: MainWindow, key: str, answer: Path, monkeypatch):
    """Trigger File ▸ Export As ▸ <format> with the file dialog answering `answer`; wait for the result."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(answer), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(answer)))
    with qtbot.waitSignal(win.exports.exported, timeout=TIMEOUT_MS) as blocker:
        win.exports.actions[key].trigger()
    qtbot.waitUntil(lambda: win.exports.task is None, timeout=TIMEOUT_MS)
    return blocker.args[0]


def test_menu_lists_every_format_and_csv_export_gives_every_shown_article(qtbot, window, tmp_path, monkeypatch):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "Export &As")
    texts = [a.text() for a in export_menu.actions() if a.text()]
    assert any(".docx" in t for t in texts) and any(".ris" in t for t in texts) and any(".xlsx" in t for t in texts)
    (tmp_path / "out").mkdir()
    result = export_via_menu(qtbot, window, "csv", tmp_path / "out" / "bài", monkeypatch)
    assert result.path == tmp_path / "out" / "bài.csv"  # the suffix is added
    with open(result.path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(int(r["id"]) for r in rows) == sorted(window.model.ids())
    assert {r["title"] for r in rows} == {window.archive.get(i).title for i in window.model.ids()}
    assert "5 articles exported" in window.exports.summary.text()
    # The choice is remembered: format, folder, and the "Export Again" entry.
    assert window.settings.export_format() == "csv"
    assert window.settings.last_folder("export") == str(tmp_path / "out")
    assert "CSV" in window.exports.again.text()


def test_search_then_ris_exports_only_the_matches(qtbot, window, tmp_path, monkeypatch):
    window.search.set_query("quoc phong")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    result = export_via_menu(qtbot, window, "ris", tmp_path / "q.ris", monkeypatch)
    entries = rispy.loads(result.path.read_text(encoding="utf-8-sig"))
    assert sorted(e["id"] for e in entries) == sorted(f"tulieu-{i}" for i in window.model.ids())


def test_selected_rows_to_xlsx_and_markdown_files(qtbot, window, tmp_path, monkeypatch):
    window.table.selectRow(0)
    window.table.selectionModel().select(window.model.index(1, 0), window.table.selectionModel().SelectionFlag.Select
                                         | window.table.selectionModel().SelectionFlag.Rows)
    chosen = window.selected_ids()
    assert len(chosen) == 2
    result = export_via_menu(qtbot, window, "xlsx", tmp_path / "two.xlsx", monkeypatch)
    sheet = load_workbook(result.path).active
    assert sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True)) == sorted(chosen)
    folder = tmp_path / "md"
    result = export_via_menu(qtbot, window, ONE_EACH, folder, monkeypatch)
    assert len(result.files) == 2 and all(p.parent == folder and p.suffix == ".md" for p in result.files)
    assert window.settings.export_format() == ONE_EACH


def test_an_unwritable_place_is_reported_with_the_file_name(qtbot, window, tmp_path, errors_recorded):
    window.exports.export_to(tmp_path / "missing" / "x.csv", "csv")
    qtbot.waitUntil(lambda: window.exports.task is None, timeout=TIMEOUT_MS)
    assert len(errors_recorded) == 1 and "missing/x.csv: cannot write" in str(errors_recorded[0])
    assert not (tmp_path / "missing").exists()


def test_jsonl_and_csl_through_export_again(qtbot, window, tmp_path, monkeypatch):
    export_via_menu(qtbot, window, "csljson", tmp_path / "a.json", monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "b"), "")))
    with qtbot.waitSignal(window.exports.exported, timeout=TIMEOUT_MS) as blocker:
        window.exports.again.trigger()  # the last format: CSL-JSON again
    assert blocker.args[0].path == tmp_path / "b.json"
    items = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert {i["type"] for i in items} == {"article-newspaper"} and len(items) == window.model.rowCount()


def test_cancel_leaves_no_file(qtbot, tmp_path, settings_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.make_archive import make_archive as make_big

    path = tmp_path / "big.sqlite"
    make_big(path, 400)
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    assert win.open_archive(path, create=False)
    out = tmp_path / "big.jsonl"
    task = win.exports.export_to(out, "jsonl")
    cancelled = []
    task.cancelled.connect(lambda exc: cancelled.append(exc))
    win.exports.progress.findChild(QPushButton).click()  # the progress dialog's Cancel, before 400 articles
    qtbot.waitUntil(lambda: win.exports.task is None, timeout=TIMEOUT_MS)
    assert cancelled and not out.exists() and not list(tmp_path.glob(".*.part"))
    assert "cancelled" in win.statusBar().currentMessage()
    win.close()


def test_word_entry_opens_the_dossier_dialog_which_writes_docx_and_remembers(qtbot, window, tmp_path):
    window.exports.actions["docx"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DossierDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.file_format() == "docx"
    dialog.title_edit.setText("Hồ sơ Word")
    out = tmp_path / "hồ sơ.docx"
    with qtbot.waitSignal(dialog.built, timeout=TIMEOUT_MS) as blocker:
        dialog.export_to(out)
    assert blocker.args[0].path == out
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert len(headings) == window.model.rowCount()
    assert "Word" in dialog.status_label.text()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled())
    dialog.reject()
    assert window.settings.dossier_format() == "docx"
    window.actions_["export"].trigger()  # File ▸ Export Dossier… now opens on Word
    again = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DossierDialog) and w.isVisible())
    qtbot.addWidget(again)
    assert again.file_format() == "docx"
    again.format_combo.setCurrentIndex(again.format_combo.findData("pdf"))
    assert again.file_format() == "pdf"
    again.reject()


def test_export_menu_in_vietnamese(qtbot, settings_path):
    from desktop.app import install_translators

    app = QApplication.instance()
    assert install_translators(app, "vi")
    try:
        win = MainWindow(Settings(settings_path))
        qtbot.addWidget(win)
        file_menu = win.menuBar().actions()[0].menu()
        export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "Xuất &dạng")
        texts = [a.text() for a in export_menu.actions()]
        assert "Hồ sơ &Word (.docx)…" in texts and "Bảng tính &CSV (.csv)…" in texts
        assert win.exports.again.text() == "&Xuất lại dạng Bảng tính CSV (.csv)…"
    finally:
        install_translators(app, "en")


def test_opendocument_entry_writes_odt(qtbot, window, tmp_path):
    from odf.opendocument import load
    from odf.text import H

    window.exports.actions["odt"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DossierDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.file_format() == "odt"
    out = tmp_path / "hồ sơ.odt"
    with qtbot.waitSignal(dialog.built, timeout=TIMEOUT_MS):
        dialog.export_to(out)
    levels = [h.getAttribute("outlinelevel") for h in load(str(out)).getElementsByType(H)]
    assert levels.count("2") == window.model.rowCount()
    assert "OpenDocument" in dialog.status_label.text()
    dialog.reject()
