"""Import through the real pipeline (readers + extraction) into real archives."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.archive.codec import unpack_blocks
from storage.errors import Cancelled
from storage.extraction import extract
from storage.ingest import ingest
from storage.ingest_batch import BATCH_SECONDS
from storage.progress import CancelToken
from storage.readers import read_file

TOPICS = ["giao thông đường sắt", "hợp tác quốc phòng", "giá lúa gạo", "bảo vệ rừng phòng hộ",
          "y tế cơ sở", "du lịch biển đảo", "chuyển đổi số", "nước sạch nông thôn"]
PROJECT = Path(__file__).resolve().parents[2]


def page_text(n: int) -> str:
    """A whole-page text dump written for these tests; n makes the body distinct."""
    topic = TOPICS[n % len(TOPICS)]
    day = n % 27 + 1
    return "\n".join([
        "Trang chủ Thời sự",
        f"09:30 | {day:02d}/04/2022 GMT+7",
        f"Hà Nội đẩy mạnh {topic} trong quý {n % 4 + 1}",
        f"Sáng {day}/4, Ủy ban nhân dân thành phố Hà Nội họp bàn về {topic}, bản tin số {n}.",
        f"Theo báo cáo, kết quả về {topic} trong năm qua đã vượt kế hoạch đề ra ở nhiều quận, huyện.",
        f"Phó Chủ tịch Lê Minh Tuấn đề nghị các sở, ngành phối hợp chặt chẽ hơn nữa (mục {n}).",
        "Người dân mong muốn các dự án sớm hoàn thành để cuộc sống thuận tiện hơn.",
        "Thu Hà",
        "Tin liên quan",
        "Thời tiết hôm nay có mưa rào rải rác",
        "Thời tiết hôm nay có mưa rào rải rác",
    ]) + "\n"


def write_pages(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"bai_{n:04d}.txt"
        path.write_text(page_text(n), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture()
def archive(archive_location):
    with Archive.open(archive_location) as opened:
        yield opened


@pytest.fixture()
def sqlite_archive(tmp_path):
    """For the tests that make SQLite itself fail (page limits, query_only)."""
    with Archive.open(tmp_path / "a.sqlite") as opened:
        yield opened


def test_import_folder_reports_each_file(archive, tmp_path):
    write_pages(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 20)
    seen, progress = [], []
    report = ingest(archive, [tmp_path / "in"], progress=lambda d, t, m: progress.append((d, t, m)),
                    on_article=seen.append)
    assert len(report.imported) == 3 and seen == [i for _, i in report.imported]
    assert sorted(Path(p).name for p, _ in report.failed) == ["binary.txt", "empty.txt"]
    assert all(reason for _, reason in report.failed)
    assert progress[0][:2] == (0, 5) and progress[-1][:2] == (5, 5)
    assert archive.count() == 3


def test_missing_and_unsupported_paths_fail_cleanly(archive, tmp_path):
    other = tmp_path / "notes.xyz"
    other.write_text("xin chào", encoding="utf-8")
    report = ingest(archive, [tmp_path / "missing.txt", other])
    assert len(report.failed) == 2 and not report.imported


def test_reimport_is_duplicate(archive, tmp_path):
    paths = write_pages(tmp_path / "in", 2)
    ingest(archive, paths)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(paths[0].read_bytes())
    report = ingest(archive, paths + [copy])
    assert not report.imported and len(report.duplicates) == 3 and archive.count() == 2


def test_same_article_from_another_url_form_is_duplicate(archive, tmp_path):
    def html_page(url: str, extra: str) -> str:
        return (f'<html><head><link rel="canonical" href="{url}"><title>Tin mẫu</title></head><body><article>'
                "<h1>Thành phố mở thêm tuyến xe buýt điện</h1>"
                "<p>Sáng nay, thành phố đưa vào khai thác tuyến xe buýt điện thứ năm nối hai quận trung tâm.</p>"
                "<p>Mỗi chuyến xe chạy cách nhau mười lăm phút, giá vé giữ nguyên như các tuyến cũ.</p>"
                f"<p>{extra}</p></article></body></html>")
    first = tmp_path / "a.html"
    first.write_text(html_page("https://tinmau.vn/xe-buyt-dien.html", "Hành khách đánh giá cao."), "utf-8")
    second = tmp_path / "b.html"
    second.write_text(html_page("http://www.tinmau.vn/xe-buyt-dien.html?utm_source=zalo&utm_medium=share",
                                "Nhiều hành khách đánh giá cao dịch vụ mới."), "utf-8")
    report = ingest(archive, [first, second])
    assert len(report.imported) == 1 and report.duplicates == [(str(second), report.imported[0][1])]


def test_reextract_keeps_user_edits(archive, tmp_path):
    paths = write_pages(tmp_path / "in", 1)
    article_id = ingest(archive, paths).imported[0][1]
    archive.set_field(article_id, "title", "Tên bài do người dùng đặt")
    archive.set_field(article_id, "author", "Người Biên Tập")
    archive._conn.execute("UPDATE articles SET outlet = 'cũ' WHERE id = ?", (article_id,))  # stale extraction
    report = ingest(archive, paths, reextract=True)
    stored = archive.get(article_id)
    assert report.reextracted == [(str(paths[0]), article_id)]
    assert stored.title == "Tên bài do người dùng đặt" and stored.author == "Người Biên Tập"
    assert stored.outlet != "cũ"


def test_merged_alias_maps_later_imports(archive, tmp_path):
    first = write_pages(tmp_path / "in", 1)
    article_id = ingest(archive, first).imported[0][1]
    extracted = archive.get(article_id).entity_ids["Lê Minh Tuấn"]
    keep = archive.add_entity_link(article_id, "Lê M. Tuấn", "person")
    archive.merge_entities(keep, extracted)
    later = write_pages(tmp_path / "later", 1, start=5)
    later_id = ingest(archive, later).imported[0][1]
    first_ids, later_ids = archive.get(article_id).entity_ids, archive.get(later_id).entity_ids
    assert later_ids["Lê M. Tuấn"] == keep and "Lê Minh Tuấn" not in later_ids
    # every other entity of the later page is the same archive entity as in the first page
    assert {name: later_ids[name] for name in later_ids if name != "Lê M. Tuấn"} == {
        name: first_ids[name] for name in later_ids if name != "Lê M. Tuấn"}
    assert archive.entity(keep).aliases == ["Lê Minh Tuấn"]


def test_cancel_between_files_keeps_whole_articles(archive, tmp_path):
    write_pages(tmp_path / "in", 6)
    token = CancelToken()

    def stop_after_two(article_id: int) -> None:
        if archive.count() == 2:
            token.cancel()

    with pytest.raises(Cancelled) as caught:
        ingest(archive, [tmp_path / "in"], cancel=token, on_article=stop_after_two)
    assert archive.count() == 2 and len(caught.value.report.imported) == 2
    report = ingest(archive, [tmp_path / "in"])
    assert len(report.imported) == 4 and len(report.duplicates) == 2


def test_sigkill_mid_import_leaves_a_whole_archive(archive_location, tmp_path):
    folder, db = tmp_path / "in", archive_location
    write_pages(folder, 120)
    code = textwrap.dedent(f"""
        import time
        from storage.archive import Archive
        from storage.ingest import ingest
        archive = Archive.open({str(db)!r})
        # 20 ms per article: the import is still running when the test kills it
        ingest(archive, [{str(folder)!r}], on_article=lambda i: (print(i, flush=True), time.sleep(0.02)))
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=PROJECT)
    for _ in range(15):
        assert child.stdout.readline(), "the import ended before it could be killed"
    fifteenth = time.monotonic()  # articles are committed in batches: a file done BATCH_SECONDS later committed it
    while time.monotonic() - fifteenth < BATCH_SECONDS + 0.05:
        assert child.stdout.readline(), "the import ended before it could be killed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    with Archive.open(db) as archive:  # the lock (or the server connection) died with the process
        conn = archive._conn
        if not archive.shared:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = archive.count()
        assert 15 <= stored < 120
        assert conn.execute("SELECT count(*) FROM articles a JOIN articles_fts f ON f.rowid = a.id"
                            ).fetchone()[0] == stored
        for article_id, file_name, blocks, raw in conn.execute("SELECT id, file_name, blocks, raw FROM articles"):
            expected = extract(read_file(folder / file_name))
            assert len(unpack_blocks(blocks, raw)) == len(expected.blocks)
            assert len(archive.get(article_id).entities) == len({e.name for e in expected.entities})
        report = ingest(archive, [folder])
        assert not report.failed and len(report.imported) == 120 - stored
        assert archive.count() == 120


@pytest.mark.seeds
def test_seeds_end_to_end(archive, seed_files):
    report = ingest(archive, seed_files)
    assert len(report.imported) == 5 and not report.failed
    assert len(archive.search("quoc phong")) == 5
    exact = {hit.id for hit in archive.search("Nguyễn Chí Vịnh")}
    assert len(exact) == 2
    assert {hit.id for hit in archive.search("nguyen chi vinh")} == exact
    assert len(ingest(archive, seed_files).duplicates) == 5


def test_reads_from_another_thread_during_an_import(archive, tmp_path):
    import threading

    write_pages(tmp_path / "in", 20)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            ingest(archive, [tmp_path / "in"])
        except BaseException as error:  # surfaced by the assertion below
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    seen = 0
    while worker.is_alive():
        ids = archive.ids()
        assert len(archive.rows(ids[:50])) == len(ids[:50])
        archive.search("ha noi")
        seen = max(seen, len(ids))
    worker.join()
    assert not errors and archive.count() == 20


def test_an_article_that_cannot_be_stored_fails_alone(archive, tmp_path, monkeypatch):
    import storage.extraction as extraction

    write_pages(tmp_path / "in", 3)
    real = extraction.extract

    def odd_kind(doc):
        article = real(doc)
        if doc.path.endswith("bai_0001.txt"):
            article.entities[0].kind = "planet"  # refused by the archive
        return article

    monkeypatch.setattr(extraction, "extract", odd_kind)
    report = ingest(archive, [tmp_path / "in"])
    assert [Path(p).name for p, _ in report.failed] == ["bai_0001.txt"] and len(report.imported) == 2
    assert archive.count() == 2
    assert archive._conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 2


# --- the archive cannot be written: disk full, read-only medium, closed ---------------------------------
def _fill_up(archive: Archive) -> None:
    """Let the file grow no further: SQLite then fails every write with its real "disk is full" error."""
    pages = archive._conn.execute("PRAGMA page_count").fetchone()[0]
    archive._conn.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_stops_the_import_with_a_clear_error(sqlite_archive, tmp_path):
    from storage.errors import ArchiveError

    archive = sqlite_archive
    write_pages(tmp_path / "in", 40)
    ingest(archive, [tmp_path / "in" / "bai_0000.txt"])
    _fill_up(archive)
    with pytest.raises(ArchiveError) as caught:
        ingest(archive, [tmp_path / "in"])
    message = str(caught.value)
    assert "could not be written" in message and "full" in message and "import stopped at bai_" in message
    done = caught.value.report  # what was kept before the archive filled up
    assert len(done.imported) + len(done.duplicates) < 40 and not done.failed
    assert archive._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert archive.count() == 1 + len(done.imported)


def test_read_only_medium_and_closed_archive_are_messages(sqlite_archive, tmp_path):
    from storage.errors import ArchiveError

    archive = sqlite_archive
    write_pages(tmp_path / "in", 2)
    archive._conn.execute("PRAGMA query_only = ON")  # SQLite refuses writes as on a read-only medium
    with pytest.raises(ArchiveError, match="could not be written.*readonly"):
        ingest(archive, [tmp_path / "in"])
    archive._conn.execute("PRAGMA query_only = OFF")
    archive.close()
    with pytest.raises(ArchiveError, match="the archive is closed"):
        ingest(archive, [tmp_path / "in"])
    with pytest.raises(ArchiveError, match="the archive is closed"):
        archive.count()
