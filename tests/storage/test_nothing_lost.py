"""Issue #9 regressions: hostile inputs and faults that once lost data, hung or raised tracebacks."""
from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from storage import cli
from storage.archive import Archive
from storage.errors import ArchiveError, NotFound
from storage.ingest import ingest
from storage.readers import read_file
from storage.errors import ReadError

from . import vn_articles as fx
from .test_ingest import PROJECT, page_text, write_pages
from .cli_runner import cli_runner


@pytest.fixture()
def run(capsys, tmp_path):
    """tulieu-cli in-process on a temp archive; returns (exit code, stdout, stderr)."""
    archive = tmp_path / "kho.sqlite"
    return cli_runner(capsys, archive)


@pytest.fixture()
def stocked(run, tmp_path):
    """An archive holding three imported pages."""
    write_pages(tmp_path / "in", 3)
    code, _, err = run("import", str(tmp_path / "in"))
    assert code == 0, err
    return run


# --- defect 1: dossier --out never replaces the archive, a device or a non-PDF --------------------------

def test_dossier_out_cannot_be_the_archive(stocked):
    before = stocked.archive.read_bytes()
    code, _, err = stocked("dossier", "--all", "--out", str(stocked.archive))
    assert code == 1 and "archive" in err
    assert stocked.archive.read_bytes()[:16] == b"SQLite format 3\x00"
    assert len(stocked.archive.read_bytes()) == len(before)
    with Archive.open(stocked.archive, read_only=True) as archive:
        assert archive.count() == 3


@pytest.mark.parametrize("suffix", ["-wal", "-shm", ".lock"])
def test_dossier_out_cannot_be_an_archive_side_file(stocked, suffix):
    side = stocked.archive.with_name(stocked.archive.name + suffix)
    code, _, err = stocked("dossier", "--all", "--out", str(side))
    assert code == 1 and "archive" in err
    assert not side.exists() or not side.read_bytes().startswith(b"%PDF")


def test_dossier_out_refuses_a_pipe_a_folder_and_a_non_pdf(stocked, tmp_path):
    # A FIFO stands in for a device: never point this test at a real /dev node (old code replaced it).
    fifo = tmp_path / "ong.pdf"
    os.mkfifo(fifo)
    code, _, err = stocked("dossier", "--all", "--out", str(fifo), "--force")
    assert code == 1 and "not a regular file" in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    folder = tmp_path / "thu_muc.pdf"
    folder.mkdir()
    code, _, err = stocked("dossier", "--all", "--out", str(folder), "--force")
    assert code == 1 and "not a regular file" in err and folder.is_dir()
    notes = tmp_path / "ghi_chu.txt"
    notes.write_text("ghi chép quan trọng", encoding="utf-8")
    code, _, err = stocked("dossier", "--all", "--out", str(notes))
    assert code == 1 and "not a PDF" in err and "--force" in err
    assert notes.read_text(encoding="utf-8") == "ghi chép quan trọng"
    code, _, err = stocked("dossier", "--all", "--out", str(notes), "--force")
    assert code == 0, err
    assert notes.read_bytes().startswith(b"%PDF")


def test_dossier_out_may_replace_a_previous_pdf(stocked, tmp_path):
    out = tmp_path / "ho_so.pdf"
    assert stocked("dossier", "--all", "--out", str(out))[0] == 0
    first = out.stat().st_mtime_ns
    code, _, err = stocked("dossier", "--ids", "1", "--out", str(out))
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_mtime_ns >= first


def test_dossier_out_through_a_link_to_the_archive(stocked, tmp_path):
    link = tmp_path / "link.pdf"
    link.symlink_to(stocked.archive)
    code, _, err = stocked("dossier", "--all", "--out", str(link), "--force")
    assert code == 1 and "archive" in err
    assert stocked.archive.read_bytes()[:16] == b"SQLite format 3\x00"


# --- defect 2: an empty body is a failure, never stored, never a dedup key -----------------------------

def _empty_body_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    one_line = folder / "mot_dong.txt"
    one_line.write_text("x" * 300_000 + "\n", encoding="utf-8")
    deep = folder / "long_sau.html"
    deep.write_text("<html><body>" + "<div>" * 3000 + "Chỉ vài chữ", encoding="utf-8")
    return [one_line, deep]


def test_empty_body_is_a_failure_not_an_article(archive_location, tmp_path):
    files = _empty_body_files(tmp_path / "in")
    with Archive.open(archive_location) as archive:
        report = ingest(archive, files)
        assert archive.count() == 0
        assert report.imported == [] and report.duplicates == []
        assert [Path(p).name for p, _ in report.failed] == ["mot_dong.txt", "long_sau.html"]
        assert all(reason == "no article text found" for _, reason in report.failed)


def test_empty_body_article_is_refused_by_the_archive_and_never_a_dedup_key(archive_location, tmp_path):
    from storage.records import Article, Block

    hollow = Article(title="Trống", blocks=[Block("menu", "removed")])
    with Archive.open(archive_location) as archive:
        with pytest.raises(ArchiveError, match="no article text"):
            archive.add_article(hollow, raw=b"menu", file_name="trong.txt")
        assert archive.count() == 0
        assert archive.find_duplicate(Article(title="Khác", blocks=[Block("", "removed")])) is None


def test_empty_body_files_are_reported_by_the_cli(run, tmp_path):
    files = _empty_body_files(tmp_path / "in")
    code, out, err = run("import", *map(str, files))
    assert code == 1 and "imported: 0" in out and "duplicates: 0" in out and "failed: 2" in out
    assert "no article text found" in err


# --- defect 3: a file name that is not valid UTF-8 ----------------------------------------------------

def test_non_utf8_file_name_is_imported_and_shown_with_replacement_marks(archive_location, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"b\xe0i_vi\xea\xe1t.txt")  # Latin-1 bytes: not UTF-8
    (folder / name).write_text(page_text(7), encoding="utf-8")
    archive = archive_location
    result = subprocess.run([sys.executable, "-m", "storage.cli", "import", str(folder), "--archive", str(archive)],
                            capture_output=True, cwd=PROJECT, env={**os.environ, "PYTHONPATH": str(PROJECT)},
                            timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"imported: 1" in result.stdout
    assert "\ufffd".encode() in result.stderr  # the progress line shows the name with replacement marks
    with Archive.open(archive, read_only=True) as opened:
        stored = opened.get(opened.ids()[0])
        assert stored.file_name.startswith("b\ufffdi_vi")


# --- defect 4: FIFOs, sockets and devices are never read ---------------------------------------------

def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "ong.txt"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def attempt() -> None:
        try:
            read_file(fifo)
        except ReadError as error:
            outcome.append(error.reason)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():  # unblock the reader so the test process can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a FIFO blocked")
    assert outcome and "not a regular file" in str(outcome[0])


def test_a_device_is_refused(tmp_path):
    with pytest.raises(ReadError, match="not a regular file"):
        read_file("/dev/zero")


# --- defect 8: BEGIN IMMEDIATE, the busy timeout applies ---------------------------------------------

def test_a_write_waits_for_another_connection_instead_of_failing(tmp_path):
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        article_id = archive.add_article(fx.defence(), raw=b"x", file_name="d.txt")
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        archive._conn.execute("BEGIN")  # our connection reads first: a deferred write would upgrade late
        archive._conn.execute("SELECT count(*) FROM articles").fetchone()
        archive._conn.execute("COMMIT")
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE articles SET author = 'khác' WHERE id = ?", (article_id,))
        timer = threading.Timer(0.6, lambda: other.execute("COMMIT"))
        timer.start()
        try:
            archive.set_field(article_id, "title", "Tiêu đề mới sau khi chờ")
        finally:
            timer.join()
            other.close()
        assert archive.get(article_id).title == "Tiêu đề mới sau khi chờ"


def test_write_transactions_begin_immediate(tmp_path):
    statements: list[str] = []
    with Archive.open(tmp_path / "a.sqlite") as archive:
        archive._conn.set_trace_callback(statements.append)
        archive.add_article(fx.market(), raw=b"x", file_name="m.txt")
        archive._conn.set_trace_callback(None)
    begins = [s.strip().upper() for s in statements if s.strip().upper().startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE"]


def test_a_second_importer_waits_for_the_first(tmp_path):
    from storage.archive.lock import WriterLock

    path = tmp_path / "a.sqlite"
    Archive.open(path).close()
    write_pages(tmp_path / "in", 1)
    holder = WriterLock(path)
    holder.acquire()
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    second = subprocess.Popen([sys.executable, "-m", "storage.cli", "import", str(tmp_path / "in"),
                               "--archive", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=PROJECT, env=env)
    try:
        first_line = second.stderr.readline()  # the second importer says it waits...
        holder.release()  # ...and goes on once the first one is done
        out, err = second.communicate(timeout=120)
    finally:
        holder.release()
        if second.poll() is None:
            second.kill()
    assert "waiting for another program" in first_line
    assert second.returncode == 0, err
    assert "imported: 1" in out


# --- defect 9: huge numbers, bad UTF-8 values, a closed pipe ------------------------------------------

@pytest.mark.parametrize("argv", [("show", "99999999999999999999"), ("edit", "18446744073709551616", "title", "x"),
                                  ("search", "ha noi", "--limit", "99999999999999999999"),
                                  ("list", "--limit", "99999999999999999999"),
                                  ("dossier", "--ids", "99999999999999999999", "--out", "x.pdf")])
def test_numbers_beyond_64_bits_get_a_message(stocked, argv, capsys):
    try:
        code, _, err = stocked(*argv)
    except SystemExit as exit_:  # argparse's own clear message
        code, err = exit_.code, capsys.readouterr().err
    assert code in (0, 1, 2)
    assert "Traceback" not in err and "OverflowError" not in err


def test_core_lookups_with_huge_ids_are_not_found(archive_location, tmp_path):
    with Archive.open(archive_location) as archive:
        with pytest.raises(NotFound):
            archive.get(2**70)
        with pytest.raises(NotFound):
            archive.set_field(2**70, "title", "x")


def test_edit_value_with_invalid_utf8_gets_a_message(stocked):
    bad = os.fsdecode(b"T\xe0i li\xeau")
    code, _, err = stocked("edit", "1", "author", bad)
    assert code == 1 and "UTF-8" in err
    code, out, _ = stocked("show", "1")
    assert code == 0


def test_list_into_a_closed_pipe_is_quiet(tmp_path):
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        for n in range(400):
            archive.add_article(fx.article(f"Bài số {n}", [f"Nội dung riêng của bài {n}."]), raw=b"x",
                                file_name=f"{n}.txt")
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    result = subprocess.run(f"'{sys.executable}' -m storage.cli list --archive '{path}' | head -1",
                            shell=True, capture_output=True, text=True, cwd=PROJECT, env=env, timeout=120)
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


# --- defect 10: edit validation ---------------------------------------------------------------------

@pytest.fixture()
def one(archive_location, tmp_path):
    with Archive.open(archive_location) as archive:
        archive.one = archive.add_article(fx.defence(), raw=b"x", file_name="d.txt")
        yield archive


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_blank_titles_are_refused(one, title):
    before = one.get(one.one).title
    with pytest.raises(ArchiveError, match="title"):
        one.set_field(one.one, "title", title)
    assert one.get(one.one).title == before and one.history(one.one) == []


@pytest.mark.parametrize("date", ["2019-02-30", "2021-13-01", "2020-00-10", "2019-04-31T10:00",
                                  "2019-01-01T25:00"])
def test_impossible_dates_are_refused(one, date):
    with pytest.raises(ArchiveError, match="date"):
        one.set_field(one.one, "published", date)


@pytest.mark.parametrize("date", ["2019", "2019-02", "2020-02-29", "2019-02-28T23:59:59+07:00"])
def test_real_dates_are_accepted(one, date):
    one.set_field(one.one, "published", date)
    assert one.get(one.one).published == date


def test_needs_review_accepts_only_field_names(one):
    with pytest.raises(ArchiveError, match="review"):
        one.set_field(one.one, "needs_review", ["published", "bất kỳ thứ gì"])
    one.set_field(one.one, "needs_review", "published, outlet")
    assert one.get(one.one).needs_review == ["published", "outlet"]


def test_control_characters_are_stripped_from_edits(one):
    one.set_field(one.one, "title", "Tiêu\x1b[31m đề\x07 mới\x7f")
    one.set_field(one.one, "author", "Thu\x00 Hà")
    one.set_field(one.one, "tags", ["quốc\x1b phòng", "biển\x07"])
    stored = one.get(one.one)
    assert stored.title == "Tiêu[31m đề mới" and stored.author == "Thu Hà"
    assert stored.tags == ["biển", "quốc phòng"]


# --- defect 11: reporting -----------------------------------------------------------------------------

def test_an_unreadable_folder_is_counted_as_failed(archive_location, tmp_path, monkeypatch):
    write_pages(tmp_path / "in", 2)
    locked = tmp_path / "in" / "khoa"
    write_pages(locked, 1)
    real_scandir = os.scandir

    def refuse(path=".", *args):  # root reads every folder: inject the permission error instead
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", refuse)
    with Archive.open(archive_location) as archive:
        report = ingest(archive, [tmp_path / "in"])
    assert len(report.imported) == 2
    assert report.failed == [(str(locked), "folder cannot be read (Permission denied)")]


def test_dangling_links_are_reported_and_linked_folders_followed(archive_location, tmp_path):
    folder = tmp_path / "in"
    write_pages(folder, 1)
    (folder / "mat.txt").symlink_to(tmp_path / "khong_co.txt")
    elsewhere = tmp_path / "ngoai"
    write_pages(elsewhere, 1, start=5)
    (folder / "lien_ket").symlink_to(elsewhere)
    (elsewhere / "vong").symlink_to(folder)  # a loop back: walked once, never for ever
    with Archive.open(archive_location) as archive:
        report = ingest(archive, [folder])
    assert len(report.imported) == 2
    assert [(Path(p).name, reason.split(" (")[0]) for p, reason in report.failed] == \
        [("mat.txt", "a link to a missing file")]


def test_ctrl_c_during_import_says_what_was_kept(run, tmp_path, monkeypatch):
    from storage.cli import cmd_import

    write_pages(tmp_path / "in", 4)
    calls: list[int] = []

    def interrupt_at_third(done: int, total: int, message: str) -> None:
        calls.append(done)
        if done == 2 and message:
            raise KeyboardInterrupt

    monkeypatch.setattr(cmd_import, "_progress", interrupt_at_third)
    code, out, err = run("import", str(tmp_path / "in"))
    assert code == 130 and "imported: 2" in out
    assert "2 articles imported before the stop are kept" in err
    with Archive.open(run.archive, read_only=True) as archive:
        assert archive.count() == 2


# --- defect 7: an archive in a read-only folder can be searched ----------------------------------------

def test_an_archive_in_a_read_only_folder_opens_read_only_and_says_why(tmp_path):
    from .mounts import make_read_only, small_tmpfs

    with small_tmpfs(tmp_path / "ro") as folder:
        path = folder / "kho.sqlite"
        with Archive.open(path) as archive:
            article_id = archive.add_article(fx.defence(), raw=b"x", file_name="d.txt")
        make_read_only(folder)
        with Archive.open(path) as archive:  # asked for writing: falls back to read-only, with the reason
            assert archive.read_only and "read-only" in archive.read_only_reason
            assert archive.count() == 1 and archive.search("quốc phòng")
            with pytest.raises(ArchiveError, match="edits and imports are off"):
                archive.set_field(article_id, "title", "Không được")
        with Archive.open(path, read_only=True) as archive:
            assert archive.get(article_id).title == fx.defence().title


# --- found by the fuzz suite: unparseable URLs ----------------------------------------------------------

def test_a_page_with_an_unparseable_url_imports(archive_location, tmp_path):
    page = tmp_path / "url_hong.html"
    page.write_text('<html><head><link rel="canonical" href="http://[abc/x"><meta property="og:url" '
                    'content="http://[::1"></head><body><h1>Tiêu đề bài thử với đường dẫn hỏng</h1>'
                    "<p>Đoạn văn thứ nhất của bài viết thử nghiệm, đủ dài để là thân bài của trang.</p>"
                    "<p>Đoạn thứ hai cũng đủ dài để được giữ lại trong thân bài.</p></body></html>",
                    encoding="utf-8")
    with Archive.open(archive_location) as archive:
        report = ingest(archive, [page])
        assert report.failed == [] and len(report.imported) == 1
        article_id = report.imported[0][1]
        archive.set_field(article_id, "url", "http://[")
        assert archive.get(article_id).url == "http://["
