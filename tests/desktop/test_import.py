"""Importing through the real MainWindow: drop, progress, cancel midway, summary of problems."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.settings import Settings

IMPORT_TIMEOUT_MS = 180_000  # the first extraction loads the Vietnamese models

PROVINCES = ["An Giang", "Đồng Tháp", "Cần Thơ", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Trà Vinh", "Long An"]
CROPS = ["lúa", "xoài", "sầu riêng", "thanh long", "bưởi", "dừa", "tôm", "cà phê"]


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """Write `count` distinct page dumps (own words, no 'quốc'/'phòng') in the style of news pages."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        province, crop = PROVINCES[n % len(PROVINCES)], CROPS[(n // 3) % len(CROPS)]
        day, month = 1 + n % 28, 1 + n % 12
        text = "\n".join([
            "Trang chủ Kinh tế Nông nghiệp",
            f"Nông dân {province} thu hoạch {crop} vụ mới, đợt số {n}",
            f"Thứ hai, {day}/{month}/2023, 09:15 (GMT+7)",
            f"(Ngày Nay) - Sáng {day}/{month}, hàng nghìn hộ nông dân tỉnh {province} bắt đầu thu hoạch "
            f"{crop} của đợt số {n} với năng suất cao hơn năm trước.",
            f"Theo Sở Nông nghiệp tỉnh {province}, diện tích {crop} đợt này đạt khoảng {100 + n} héc-ta, "
            f"giá bán tại ruộng dao động quanh mức {10 + n % 9} nghìn đồng mỗi ki-lô-gam.",
            f"Ông Trần Văn Bình, một nông dân ở huyện ven sông, cho biết gia đình ông đã thu được {n + 3} tấn "
            "sản phẩm và thương lái đến tận vườn để mua.",
            "Nhiều hợp tác xã đã ký hợp đồng bao tiêu sản phẩm, giúp bà con yên tâm mở rộng sản xuất "
            "trong những tháng cuối năm.",
            "Minh Anh",
        ])
        path = folder / f"bai_{n:03d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def drop_files(window: MainWindow, paths: list[Path]) -> None:
    """Drag file URLs over the window and drop them: a DragEnter, then a real QDropEvent."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(200, 200), *args)  # Qt 6.11 takes a QPoint here
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), *args)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def wait_import(qtbot, window: MainWindow) -> None:
    """Wait until the import controller is idle."""
    qtbot.waitUntil(lambda: not window.imports.busy, timeout=IMPORT_TIMEOUT_MS)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    """The real main window with isolated settings and a fresh archive in tmp_path."""
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(tmp_path / "archive.tulieu.sqlite")
    yield win
    win.close()


@pytest.fixture
def summaries(monkeypatch) -> list:
    """Import summary dialogs the window opens (recorded, and still opened non-modally)."""
    import desktop.window_import as mw

    opened: list = []

    class Recording(mw.ImportSummaryDialog):
        def __init__(self, outcome, parent=None):
            super().__init__(outcome, parent)
            opened.append(self)

    monkeypatch.setattr(mw, "ImportSummaryDialog", Recording)
    return opened


@pytest.mark.seeds
def test_dropping_the_five_seeds_gives_five_rows(qtbot, window, seed_files, summaries):
    drop_files(window, seed_files)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5 and not window.imports.busy, timeout=IMPORT_TIMEOUT_MS)
    assert window.archive.count() == 5
    titles = [window.model.article_row(r).title for r in range(5)]
    assert all(titles), titles
    assert "5" in window.count_label.text()
    assert summaries == []  # nothing went wrong: no summary pops up


def test_cancel_midway_keeps_only_whole_articles(qtbot, window, tmp_path, summaries):
    files = write_articles(tmp_path / "many", 200)
    window.import_paths([tmp_path / "many"])
    assert window.imports.widget.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 3, timeout=IMPORT_TIMEOUT_MS)
    qtbot.mouseClick(window.imports.widget.cancel_button, Qt.MouseButton.LeftButton)
    wait_import(qtbot, window)
    stored = window.archive.count()
    assert 3 <= stored < len(files)
    window.reload_table()
    assert window.model.rowCount() == stored
    for article_id in window.model.ids():
        article = window.archive.get(article_id)
        assert article.title.startswith("Nông dân") and len(article.body) >= 3
    with sqlite3.connect(window.archive.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(summaries) == 1
    text = summaries[0].text.toPlainText()
    assert str(stored) in text
    assert not window.imports.widget.isVisibleTo(window)


def test_summary_lists_duplicates_and_failures_with_reasons(qtbot, window, tmp_path, summaries):
    good = write_articles(tmp_path / "in", 2)
    empty = tmp_path / "in" / "trong.txt"
    empty.write_bytes(b"")
    window.import_paths(good)
    wait_import(qtbot, window)
    assert window.model.rowCount() == 2 and summaries == []
    vanished = write_articles(tmp_path / "gone", 1, start=90)[0]
    vanished.unlink()  # saved, then removed before the import reached it
    window.import_paths([good[0], empty, vanished])
    wait_import(qtbot, window)
    assert window.model.rowCount() == 2
    text = summaries[-1].text.toPlainText()
    assert good[0].name in text and empty.name in text and vanished.name in text
    failed_line = next(line for line in text.splitlines() if empty.name in line)
    assert len(failed_line.split("—", 1)[1].strip()) > 3  # a reason follows the name


def test_files_queued_while_importing_are_imported_after(qtbot, window, tmp_path):
    first = write_articles(tmp_path / "a", 3)
    second = write_articles(tmp_path / "b", 2, start=50)
    window.import_paths(first)
    window.import_paths(second)
    wait_import(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=10_000)


def test_read_only_archive_refuses_import(qtbot, window, tmp_path, monkeypatch):
    from storage.archive import Archive

    path = window.archive.path
    window.set_archive(Archive.open(path, create=False, read_only=True))
    told: list[str] = []
    monkeypatch.setattr("desktop.window_import.QMessageBox.information", lambda *a: told.append(a[2]))
    assert not window.import_paths(write_articles(tmp_path / "x", 1))
    assert told and not window.actions_["import"].isEnabled()


def test_files_saved_into_the_watch_folder_are_imported(qtbot, window, tmp_path):
    inbox = tmp_path / "inbox"
    write_articles(inbox, 1)  # already there: left alone
    window.settings.set_watch_folder(inbox)
    window._start_watch()
    write_articles(inbox, 2, start=20)
    qtbot.waitUntil(lambda: window.archive.count() == 2 and not window.imports.busy, timeout=20_000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5_000)
    assert {window.archive.get(i).file_name for i in window.model.ids()} == {"bai_020.txt", "bai_021.txt"}


def test_archive_failure_midway_summarises_what_was_kept(qtbot, window, tmp_path, summaries, monkeypatch):
    import sqlite3 as sqlite

    from storage.errors import ArchiveError

    real_add = window.archive.add_article
    calls: list[int] = []

    def fill_disk_after_two(article, **kwargs):  # the medium fills up on the third article
        calls.append(1)
        if len(calls) > 2:
            raise ArchiveError("cannot write the archive: disk full") from sqlite.OperationalError("disk is full")
        return real_add(article, **kwargs)

    monkeypatch.setattr(window.archive, "add_article", fill_disk_after_two)
    window.import_paths(write_articles(tmp_path / "in", 5))
    wait_import(qtbot, window)
    assert window.archive.count() == 2 == window.model.rowCount()
    assert len(summaries) == 1
    text = summaries[0].text.toPlainText()
    assert "disk full" in text
    imported_line = next(line for line in text.splitlines() if line.startswith("Imported:"))
    assert imported_line.split()[1] == "2"  # the report carried by the error: what was kept


def test_walk4_a_cancelled_import_says_how_many_files_are_left_and_a_second_import_finishes(
        qtbot, window, tmp_path, summaries):
    files = write_articles(tmp_path / "many", 200)
    drop_files(window, [tmp_path / "many"])
    qtbot.waitUntil(lambda: window.model.rowCount() >= 3, timeout=IMPORT_TIMEOUT_MS)
    qtbot.mouseClick(window.imports.widget.cancel_button, Qt.MouseButton.LeftButton)
    wait_import(qtbot, window)
    stored = window.archive.count()
    left = len(files) - stored
    assert left > 0
    text = summaries[0].text.toPlainText()
    assert f"{left} files not imported yet: import the same files or folder again to finish" in text
    drop_files(window, [tmp_path / "many"])
    wait_import(qtbot, window)
    assert window.archive.count() == len(files)
    again = summaries[1].text.toPlainText()
    assert f"Imported: {left}   Duplicates: {stored}   Failed: 0" in again and "not imported yet" not in again
