"""tulieu-cli check / check_file on real archives with real damage: found, repaired, or named."""
# SQLite files, damaged on purpose; the last test checks a shared archive in place.
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from storage import cli
from storage.archive import Archive
from storage.archive.check_file import check_file
from storage.archive.search_index import register_functions
from storage.records import Article, Block, Entity

MARK = "DAU-VET-{:04d}"


def _article(n: int) -> Article:
    return Article(title=f"Bản tin số {n} về đê điều", lead=f"Tin ngắn số {n}.",
                   blocks=[Block(f"Đoạn thân bài riêng của bản tin {n}: mực nước sông dâng {n} cm."),
                           Block(f"Ông Trần Văn Bình nói về đợt triều cường thứ {n}.")],
                   entities=[Entity("Trần Văn Bình", "person"), Entity(f"Xã Số {n % 5}", "location")],
                   tags=["đê điều"], file_name=f"{n}.txt")


def _raw(n: int) -> bytes:
    return ("\n".join(["Trang chủ", f"Bản tin số {n} về đê điều",
                       f"Đoạn thân bài riêng của bản tin {n}: mực nước sông dâng {n} cm.",
                       MARK.format(n) + " " + "đệm " * 300]) + "\n").encode()


@pytest.fixture()
def made(tmp_path) -> Path:
    path = tmp_path / "kho.sqlite"
    with Archive.open(path) as archive:
        for n in range(1, 121):
            archive.add_article(_article(n), raw=_raw(n), file_name=f"{n}.txt")
    return path


def test_a_sound_archive_has_no_findings(made):
    report = check_file(made)
    assert report.ok and report.findings == [] and report.articles == 120
    assert "no problems found" in report.lines()[0]


def test_a_deleted_search_row_is_found_and_rebuilt(made):
    conn = sqlite3.connect(made)
    register_functions(conn)  # the index reads its text through them
    conn.execute("DELETE FROM articles_fts WHERE rowid = 7")
    conn.commit()
    conn.close()
    with Archive.open(made, read_only=True) as archive:
        assert 7 not in [h.id for h in archive.search("bản tin 7 đê điều", limit=200)]
    report = check_file(made)
    assert not report.ok and [f.kind for f in report.findings] == ["search-index"]
    assert "#7" in report.findings[0].message
    repaired = check_file(made, repair=True)
    assert repaired.ok and repaired.findings[0].repaired
    assert check_file(made).findings == []
    with Archive.open(made, read_only=True) as archive:
        assert 7 in [h.id for h in archive.search("triều cường thứ 7", limit=200)]


def test_an_orphan_entity_link_is_found_and_removed(made):
    conn = sqlite3.connect(made)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO article_entities(article_id, entity_id, mentions) VALUES (9999, 1, 1)")
    conn.commit()
    conn.close()
    report = check_file(made)
    assert [f.kind for f in report.findings] == ["foreign-key"]
    assert "article_entities" in report.findings[0].message
    assert check_file(made, repair=True).ok
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT count(*) FROM article_entities WHERE article_id = 9999").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM article_entities").fetchone()[0] == 240
    conn.close()


def test_wrong_entity_counts_and_missing_folded_names_are_found_and_rebuilt(made):
    conn = sqlite3.connect(made)  # another tool wrote the rows without the archive's columns
    conn.execute("UPDATE entities SET article_count = 7, folded = NULL WHERE name = 'Trần Văn Bình'")
    conn.commit()
    conn.close()
    report = check_file(made)
    assert [f.kind for f in report.findings] == ["links"] and "1 entit" in report.findings[0].message
    assert check_file(made, repair=True).ok and check_file(made).findings == []
    with Archive.open(made) as archive:
        assert [(r.name, r.article_count) for r in archive.entity_list("person", contains="tran van binh")] == [
            ("Trần Văn Bình", 120)]


def test_unreadable_stored_text_is_re_extracted_from_the_original(made):
    conn = sqlite3.connect(made)
    register_functions(conn)
    conn.execute("UPDATE articles SET blocks = ? WHERE id = 12", (b"\x02{h\xe1\xbb\x8fng",))
    conn.commit()
    conn.close()
    report = check_file(made)
    texts = [f for f in report.findings if f.kind == "text"]
    assert len(texts) == 1 and "#12" in texts[0].message  # (its search row disagrees too: also found)
    assert check_file(made, repair=True).ok and check_file(made).findings == []
    with Archive.open(made, read_only=True) as archive:
        body = "\n".join(archive.get(12).body)
    assert "mực nước sông dâng 12 cm" in body


def _corrupt_page_holding(path: Path, marker: bytes) -> int:
    """Overwrite the database page that holds `marker` with junk; returns its page number (1-based)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    offset = data.index(marker)
    page = offset // page_size
    data[page * page_size:(page + 1) * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    return page + 1


def test_a_corrupted_page_in_a_copy_is_named_and_the_readable_rest_salvaged(made, tmp_path, capsys):
    copy = tmp_path / "ban_sao.sqlite"
    shutil.copy(made, copy)
    _corrupt_page_holding(copy, b"60.txt")  # (text and original bytes are stored compressed)
    damaged = copy.read_bytes()
    code = cli.main(["check", "--archive", str(copy), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and not report["ok"]
    assert any(f["kind"] == "integrity" for f in report["findings"])
    code = cli.main(["check", "--repair", "--archive", str(copy), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert copy.read_bytes() == damaged  # the original is kept exactly as it was
    lost = [f["message"] for f in report["findings"] if f["kind"] == "lost"]
    assert any("#60 " in message for message in lost)  # what could not be saved is named
    assert code == 1  # something was lost: the exit code says so
    salvaged = Path(report["salvaged_to"])
    with Archive.open(salvaged, read_only=True) as archive:
        assert 100 <= archive.count() < 120
        assert archive._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = set(archive.ids())
        assert 1 in kept and 120 in kept and 60 not in kept
        assert archive.get(1).title == "Bản tin số 1 về đê điều" and archive.original_bytes(1) == _raw(1)
    assert check_file(salvaged).ok


def test_a_shared_archive_is_checked_and_its_search_index_repaired_in_place(pg_server, capsys):
    url = pg_server.emptied_database()
    with Archive.open(url) as archive:
        # the fifth without original bytes (since schema 8 a removed original leaves its blocks unreadable:
        # they are packed with it as the dictionary)
        ids = [archive.add_article(_article(n), raw=_raw(n) if n < 5 else b"", file_name=f"{n}.txt")
               for n in range(1, 6)]
        archive._conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (ids[2],))
    report = check_file(url)
    assert not report.ok and report.articles == 5
    assert {f.kind for f in report.findings} == {"search-index", "original"}
    assert f"#{ids[2]}" in report.findings[0].message
    assert not check_file(url, repair=True).findings[0].message.startswith("integrity")
    assert [f.kind for f in check_file(url).findings] == ["original"]  # no bytes to bring back
    with Archive.open(url) as archive:
        assert [h.id for h in archive.search("ban tin so 3")][:1] == [ids[2]]
    assert cli.main(["backup", str(pg_server.folder / "copy.sqlite"), "--archive", url]) == 1
    assert "backed up and restored on its server" in capsys.readouterr().err
