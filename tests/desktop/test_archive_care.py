"""The real MainWindow and a damaged archive, Tools ▸ Check Archive, File ▸ Back Up…, Failed Imports."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import archive_care, errors
from desktop.failed_dialog import FailedImportsDialog
from desktop.main_window import MainWindow
from desktop.settings import Settings
from storage.archive import Archive
from storage.archive.failed import failed_imports
from storage.archive.search_index import register_functions
from storage.records import Article, Block, Entity

MARK = "Ông Dấu Vết Thử Nghiệm"


def _fill(path: Path, count: int, person: str = "Trần Văn Bình") -> None:
    with Archive.open(path) as archive:
        for n in range(count):
            archive.add_article(Article(title=f"Bản tin {n} về thủy lợi", blocks=[Block(f"Nội dung riêng số {n}.")],
                                        entities=[Entity(person, "person")]), raw=b"x", file_name=f"{n}.txt")


def _corrupt_page_holding(path: Path, marker: bytes) -> None:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    page = data.index(marker) // size
    data[page * size:(page + 1) * size] = b"\xa5" * size
    path.write_bytes(bytes(data))


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def dialogs(monkeypatch):
    """Every dialog the window would show, recorded instead of blocking."""
    seen: list[str] = []
    monkeypatch.setattr(errors.QMessageBox, "critical", lambda *a, **k: seen.append("critical"))
    monkeypatch.setattr(archive_care, "ask_check", lambda w, path, exc: seen.append(f"check {path}") or False)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(f"box {self.text()[:60]}") or 0)
    return seen


def test_a_damaged_archive_gives_one_dialog_and_keeps_the_previous_one(qtbot, window, tmp_path, dialogs):
    good = tmp_path / "tot.sqlite"
    _fill(good, 3)
    bad = tmp_path / "hong.sqlite"
    _fill(bad, 40, person=MARK)
    _corrupt_page_holding(bad, MARK.encode())
    assert window.open_archive(good)
    kept = window.archive
    assert not window.open_archive(bad)
    qtbot.wait(300)  # let any paint that would read the broken archive happen
    assert window.archive is kept and window.model.rowCount() == 3
    assert dialogs == [f"check {bad}"]
    assert window.archive.count() == 3


def test_check_archive_finds_and_repairs_a_missing_search_row(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "kho.sqlite"
    _fill(path, 5)
    import sqlite3
    conn = sqlite3.connect(path)
    register_functions(conn)  # the search index reads the articles through them
    conn.execute("DELETE FROM articles_fts WHERE rowid = 2")
    conn.commit()
    conn.close()
    assert window.open_archive(path)
    shown: list[str] = []
    monkeypatch.setattr(archive_care, "_ask_repair", lambda w, report: shown.append("ask") or True)
    monkeypatch.setattr(archive_care, "_show_report", lambda w, report: shown.append("\n".join(report.lines())))
    window.actions_["check"].trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert shown[0] == "ask" and "repaired" in shown[1]
    assert [h.id for h in window.archive.search("Nội dung riêng số 1", limit=10)][:1] == [2]


def test_back_up_writes_a_copy_that_opens(qtbot, window, tmp_path):
    path = tmp_path / "kho.sqlite"
    _fill(path, 4)
    assert window.open_archive(path)
    dest = archive_care.back_up(window, str(tmp_path / "sao.sqlite"))
    with Archive.open(dest, read_only=True) as copy:
        assert copy.count() == 4


def test_failed_imports_dialog_lists_and_retries(qtbot, window, tmp_path):
    path = tmp_path / "kho.sqlite"
    assert window.open_archive(path)
    bad = tmp_path / "rong.txt"
    bad.write_bytes(b"   ")
    window.import_paths([bad], quiet=True)
    qtbot.waitUntil(lambda: not window.imports.busy, timeout=20000)
    qtbot.waitUntil(lambda: len(failed_imports(window.archive)) == 1, timeout=5000)
    dialog = FailedImportsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == str(bad)
    assert "empty" in dialog.table.item(0, 1).text() and dialog.table.item(0, 2).text()
    bad.write_text("Trang chủ\nNông dân thu hoạch lúa sớm vì lo mưa lớn\n"
                   "Sáng 3/9, nông dân trong huyện khẩn trương thu hoạch lúa trước khi mưa lớn kéo đến.\n"
                   "Chính quyền huyện đã huy động máy gặt hỗ trợ những hộ thiếu nhân lực.\n", encoding="utf-8")
    dialog.retry()
    qtbot.waitUntil(lambda: not window.imports.busy and window.archive.count() == 1, timeout=20000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)


def test_an_archive_on_a_read_only_medium_opens_read_only_and_says_why(qtbot, window, tmp_path):
    from tests.storage.mounts import make_read_only, small_tmpfs

    with small_tmpfs(tmp_path / "cd") as folder:
        path = folder / "kho.sqlite"
        _fill(path, 3)
        make_read_only(folder)
        assert window.open_archive(path)
        assert window.archive.read_only and window.model.rowCount() == 3
        assert "read-only" in window.statusBar().currentMessage()
        assert not window.actions_["import"].isEnabled()
        window.set_archive(None)


def test_restore_from_a_backup_brings_back_the_old_content(qtbot, window, tmp_path):
    path = tmp_path / "kho.sqlite"
    _fill(path, 4)
    assert window.open_archive(path)
    dest = archive_care.back_up(window, str(tmp_path / "sao.sqlite"))
    window.archive.set_field(1, "title", "Tiêu đề sau khi sao lưu")
    archive_care.restore(window, str(dest))
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.path == path, timeout=20000)
    assert window.archive.get(1).title == "Bản tin 0 về thủy lợi" and window.model.rowCount() == 4
    assert "Restored from" in window.statusBar().currentMessage()


@pytest.fixture
def vietnamese(qapp):
    from desktop.app import install_translators

    assert install_translators(qapp, "vi")
    yield
    install_translators(qapp, "en")


def test_walk3_the_damaged_archive_dialog_speaks_vietnamese(qtbot, window, tmp_path, monkeypatch, vietnamese):
    bad = tmp_path / "hong.sqlite"
    _fill(bad, 40, person=MARK)
    _corrupt_page_holding(bad, MARK.encode())
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert not window.open_archive(bad)
    qtbot.waitUntil(lambda: bool(shown))
    said = shown[0]
    assert said.startswith(f"Không đọc được một phần của kho:\n{bad}\n\nkho bị hỏng (")  # not 'the archive is damaged'
    assert said.count(str(bad)) == 1


def test_walk3_a_locked_archive_is_explained_in_vietnamese(qtbot, tmp_path, vietnamese):
    from storage.errors import ArchiveLocked

    path = tmp_path / "chung.sqlite"
    _fill(path, 1)
    with Archive.open(path):
        with pytest.raises(ArchiveLocked) as caught:
            Archive.open(path)
    title, text = errors.describe(caught.value)
    assert f"{path}: kho đang được một chương trình khác mở để ghi (khóa chung.sqlite.lock)" in text
    assert "open for writing" not in text


def test_walk4_a_damaged_archive_named_at_start_leaves_no_new_default_archive(qtbot, window, tmp_path, dialogs):
    from desktop.startup import open_first_archive

    bad = tmp_path / "hong.sqlite"
    _fill(bad, 40, person=MARK)
    _corrupt_page_holding(bad, MARK.encode())
    default = tmp_path / "data" / "archive.tulieu.sqlite"
    assert not open_first_archive(window, str(bad), None, default)
    qtbot.wait(200)
    assert dialogs == [f"check {bad}"]  # told about the damaged file
    assert window.archive is None and not default.exists()  # and no empty archive made behind the dialog
    state = window.empty_state
    assert state.isVisible() and state.open_button.isVisible() and not state.import_button.isVisible()
    assert "No archive is open" in state.message.text()


def test_walk4_a_damaged_last_archive_is_not_replaced_by_the_default_one(qtbot, window, tmp_path, dialogs):
    from desktop.startup import open_first_archive

    bad = tmp_path / "hong.sqlite"
    _fill(bad, 40, person=MARK)
    _corrupt_page_holding(bad, MARK.encode())
    default = tmp_path / "data" / "archive.tulieu.sqlite"
    assert not open_first_archive(window, None, bad, default)
    assert window.archive is None and not default.exists()
    assert open_first_archive(window, None, tmp_path / "moved-away.sqlite", default)  # a moved archive: default
    assert window.archive.path == default and not window.empty_state.open_button.isVisible()


def _checked_archive(path: Path, count: int = 120) -> Path:
    from tests.storage.test_check import _article, _raw

    with Archive.open(path) as archive:
        for n in range(1, count + 1):
            archive.add_article(_article(n), raw=_raw(n), file_name=f"{n}.txt")
    return path


def test_walk4_check_and_repair_reports_in_vietnamese(qtbot, tmp_path, vietnamese):
    from desktop.check_report import report_text
    from storage.archive.check_file import check_file
    from tests.storage.test_check import _corrupt_page_holding as corrupt

    path = _checked_archive(tmp_path / "kho.sqlite")
    corrupt(path, b"60.txt")
    said = report_text(check_file(path, repair=True))
    first, *rest = said.splitlines()
    assert first.startswith(f"{path}: đã kiểm tra ") and first.endswith(" vấn đề")
    assert any(" bài được chép trọn vẹn sang kho.repaired-" in line and line.endswith("— đã sửa") for line in rest)
    assert any(line.startswith("  • không đọc được bài #60: ") for line in rest)
    assert rest[-1].startswith("Các bài còn đọc được đã được chép sang ") and rest[-1].endswith("tệp gốc được giữ nguyên.")
    for english in ("checked", "problem", "copied", "could not be read", "— repaired", "[integrity]", "[lost]"):
        assert english not in said


def _break_index_and_counts(path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    register_functions(conn)
    conn.execute("DELETE FROM articles_fts WHERE rowid = 7")
    conn.execute("UPDATE entities SET article_count = 7, folded = NULL WHERE name = 'Trần Văn Bình'")
    conn.commit()
    conn.close()


def test_walk4_check_findings_counted_in_vietnamese_and_english(qtbot, qapp, tmp_path, vietnamese):
    from desktop.app import install_translators
    from desktop.check_report import report_text
    from storage.archive.check_file import check_file

    path = _checked_archive(tmp_path / "kho.sqlite", 12)
    _break_index_and_counts(path)
    report = check_file(path)
    assert report_text(report).splitlines() == [
        f"{path}: đã kiểm tra 12 bài; 2 vấn đề",
        "  • 1 bài thiếu trong chỉ mục tìm kiếm (#7)",
        "  • 1 thực thể sai số bài hoặc thiếu tên không dấu"]
    install_translators(qapp, "en")
    assert report_text(report).splitlines() == [
        f"{path}: 12 articles checked; 2 problems",
        "  • 1 article missing from the search index (#7)",
        "  • 1 entity record with a wrong article count or no folded name"]
    assert report.lines()[2] == "  [links] 1 entity with a wrong article count or no folded name"  # the CLI's English
