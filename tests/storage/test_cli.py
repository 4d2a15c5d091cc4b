"""tulieu-cli import / search / list / show / edit through the real entry point."""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest

from storage import cli
from storage.archive import Archive

from .test_ingest import PROJECT, write_pages
from .cli_runner import cli_runner

MINE = ("import", "search", "list", "show", "edit")


@pytest.fixture()
def run(monkeypatch, capsys, archive_location):
    """Run tulieu-cli in-process on a temp archive (file or database); returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(cli, "COMMANDS", MINE)  # other commands belong to other modules
    return cli_runner(capsys, archive_location)


@pytest.fixture()
def sqlite_run(monkeypatch, capsys, tmp_path):
    """`run` on an SQLite file, for the tests that make SQLite itself fail."""
    monkeypatch.setattr(cli, "COMMANDS", MINE)
    return cli_runner(capsys, tmp_path / "cli.sqlite")


@pytest.fixture()
def imported(run, tmp_path):
    write_pages(tmp_path / "in", 3)
    code, out, err = run("import", str(tmp_path / "in"))
    assert code == 0, err
    return run


def test_import_summary_and_progress(run, tmp_path):
    write_pages(tmp_path / "in", 3)
    code, out, err = run("import", str(tmp_path / "in"))
    assert code == 0 and "imported: 3" in out and "[1/3]" in err
    code, out, _ = run("import", str(tmp_path / "in"))
    assert code == 0 and "duplicates: 3" in out


def test_import_with_a_bad_file_exits_nonzero_and_keeps_the_good(run, tmp_path):
    write_pages(tmp_path / "in", 2)
    bad = tmp_path / "in" / "hong.txt"
    bad.write_bytes(b"")
    code, out, err = run("import", str(tmp_path / "in"))
    assert code == 1 and "imported: 2" in out and "failed: 1" in out
    assert "hong.txt" in err and "Traceback" not in err
    with Archive.open(run.archive, read_only=True) as archive:
        assert archive.count() == 2


def test_search_text_and_json(imported):
    code, out, _ = imported("search", "ha noi", "--json", "--limit", "2")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 2 and {"id", "title", "snippet", "score"} <= set(hits[0])
    code, out, _ = imported("search", "ha noi")
    assert "**Hà** **Nội**" in out
    code, out, _ = imported("search", '"(AND -')
    assert code == 0 and "no matches" in out


def test_list_show_edit(imported):
    code, out, _ = imported("list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 3
    for sort in ("published", "id", "title"):  # --limit: the first rows of the same order
        whole = [r["id"] for r in json.loads(imported("list", "--json", "--sort", sort)[1])]
        assert [r["id"] for r in json.loads(imported("list", "--json", "--sort", sort, "--limit", "2")[1])] == whole[:2]
    article_id = rows[0]["id"]
    code, out, _ = imported("show", str(article_id), "--json")
    shown = json.loads(out)
    assert shown["id"] == article_id and shown["body"]
    code, out, _ = imported("edit", str(article_id), "title", "Tiêu đề mới", "--json")
    assert code == 0 and json.loads(out) == {"id": article_id, "field": "title", "old": shown["title"],
                                             "new": "Tiêu đề mới"}
    code, out, _ = imported("edit", str(article_id), "tags", "giao thông, đô thị")
    with Archive.open(imported.archive, read_only=True) as archive:
        assert archive.get(article_id).tags == ["giao thông", "đô thị"]
        assert [h.field for h in archive.history(article_id)] == ["tags", "title"]
    code, out, _ = imported("show", str(article_id))
    assert "Tiêu đề mới" in out and "giao thông" in out


def test_errors_are_messages_not_tracebacks(run, imported, tmp_path):
    code, _, err = imported("edit", "1", "published", "hôm qua")
    assert code == 1 and "ISO date" in err and "Traceback" not in err
    code, _, err = imported("show", "9999")
    assert code == 1 and "9999" in err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(4096))
    code = cli.main(["list", "--archive", str(junk)])
    assert code == 1


def test_missing_archive(monkeypatch, capsys, tmp_path, archive_location):
    monkeypatch.setattr(cli, "COMMANDS", MINE)
    missing = tmp_path / "none.sqlite"
    if isinstance(archive_location, str):  # a database that was never created, on the same server
        base, _, options = archive_location.partition("?")
        missing = f"{base.rsplit('/', 1)[0]}/no_such_database?{options}"
    code, _, err = cli_runner(capsys, missing)("search", "quoc phong")
    assert code == 1 and "no archive" in err and "Traceback" not in err


def test_archive_given_before_the_command(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(cli, "COMMANDS", MINE)
    write_pages(tmp_path / "in", 2)
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    assert cli.main(["--archive", str(first), "import", "--quiet", str(tmp_path / "in")]) == 0
    assert cli.main(["--archive", str(first), "import", "--quiet", str(tmp_path / "in"),
                     "--archive", str(second)]) == 0  # the command's own option is the nearer, so it wins
    capsys.readouterr()
    with Archive.open(first, read_only=True) as archive:
        assert archive.count() == 2
    with Archive.open(second, read_only=True) as archive:
        assert archive.count() == 2
    assert cli.main(["--archive", str(first), "list"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) >= 2


def test_archive_before_a_command_that_uses_none_is_refused(capsys, tmp_path):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--archive", str(tmp_path / "a.sqlite"), "extract", str(tmp_path / "x.txt")])
    assert stop.value.code == 2 and "does not use an archive" in capsys.readouterr().err


def test_entry_point_runs_as_a_process(tmp_path):
    archive = tmp_path / "p.sqlite"
    Archive.open(archive).close()
    result = subprocess.run([sys.executable, "-m", "storage.cli", "search", "xyz", "--archive", str(archive)],
                            capture_output=True, text=True, cwd=PROJECT, timeout=120)
    if "No module named 'storage.cli.cmd_" in result.stderr:
        pytest.skip("another module's CLI command has not landed yet")
    assert result.returncode == 0 and "no matches" in result.stdout


@pytest.mark.seeds
def test_seeds_search_from_the_cli(run, seed_files):
    assert run("import", *map(str, seed_files))[0] == 0
    assert len(json.loads(run("search", "quoc phong", "--json")[1])) == 5
    exact = {h["id"] for h in json.loads(run("search", "Nguyễn Chí Vịnh", "--json")[1])}
    assert len(exact) == 2
    assert {h["id"] for h in json.loads(run("search", "nguyen chi vinh", "--json")[1])} == exact


def test_search_prefix_option(imported):
    # write_pages bodies say "hợp tác quốc phòng" / "giao thông đường sắt": whole words without --prefix
    assert imported("search", "quoc phon")[1].strip() == "no matches"
    code, out, _ = imported("search", "quoc phon", "--prefix", "--json")
    assert code == 0 and len(json.loads(out)) == 1 and "<b>phòng</b>" in json.loads(out)[0]["snippet"]


# --- bad input, end to end through `tulieu-cli import` ---------------------------------------------------
TONES = "\u0300\u0301\u0303\u0309\u0323"
LEGACY_PAGE = "\n".join([
    "Tỉnh Quảng Ngãi khởi công đường ven biển",
    "Sáng 12/5, Ủy ban nhân dân tỉnh đã khởi công tuyến đường ven biển dài hơn 40 km.",
    "Ông Phạm Đức Lượng cho biết công trình sẽ giúp người dân đi lại thuận tiện hơn.",
    "Dự kiến tuyến đường hoàn thành trong năm tới, góp phần phát triển du lịch địa phương.",
]) + "\n"
WIDE_PAGE = LEGACY_PAGE.replace("Quảng Ngãi", "Bình Định").replace("40 km", "35 km")
PEAK = "PEAK_RSS_KB"
# VmHWM is this process's own peak; ru_maxrss also counts the forking parent (pytest) before exec.
MEASURED = ("import resource, sys; from storage.cli import main; code = main(sys.argv[1:]); "
            "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')] "
            "if sys.platform == 'linux' else []; "
            f"print('{PEAK}', hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
            "file=sys.stderr); sys.exit(code)")


def cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese editors wrote it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return bytes(out)


def bad_folder(folder: Path) -> dict[str, Path]:
    """The issue's bad inputs plus two good files in legacy encodings."""
    folder.mkdir()
    files = {name: folder / name for name in ("empty.txt", "random.txt", "picture.html", "huge.txt",
                                              "legacy.txt", "wide.txt")}
    files["empty.txt"].write_bytes(b"")
    files["random.txt"].write_bytes(random.Random(7).randbytes(6000))
    files["picture.html"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with files["huge.txt"].open("w", encoding="utf-8") as handle:
        line = "Một dòng chữ tiếng Việt rất dài để làm đầy tệp lớn. " * 40 + "\n"
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line)
    files["legacy.txt"].write_bytes(cp1258(LEGACY_PAGE))
    files["wide.txt"].write_bytes(WIDE_PAGE.encode("utf-16"))
    assert b"\xcc" in files["legacy.txt"].read_bytes() or b"\xd2" in files["legacy.txt"].read_bytes()
    return files


def test_bad_inputs_each_fail_alone_with_one_line_in_bounded_memory(tmp_path):
    files = bad_folder(tmp_path / "in")
    archive = tmp_path / "bad.sqlite"
    result = subprocess.run([sys.executable, "-c", MEASURED, "import", "--archive", str(archive),
                             *map(str, files.values())], capture_output=True, text=True, cwd=PROJECT,
                            timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "imported: 2, duplicates: 0, failed: 4" in result.stdout
    failures = [line for line in result.stderr.splitlines() if line.startswith("tulieu-cli: failed:")]
    reasons = {Path(line.split(": ")[2]).name: line for line in failures}
    assert set(reasons) == {"empty.txt", "random.txt", "picture.html", "huge.txt"}
    assert "empty" in reasons["empty.txt"] and "PNG" in reasons["picture.html"]
    assert "binary" in reasons["random.txt"] and "too large" in reasons["huge.txt"]
    peak_mb = int(result.stderr.split(PEAK)[1].split()[0]) / 1024
    assert peak_mb < 300, f"import peaked at {peak_mb:.0f} MB"
    with Archive.open(archive, read_only=True) as opened:
        assert opened._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {opened.get(i).file_name: opened.get(i) for i in opened.ids()}
    assert stored["legacy.txt"].title == "Tỉnh Quảng Ngãi khởi công đường ven biển"
    assert "Ông Phạm Đức Lượng cho biết công trình" in "\n".join(stored["legacy.txt"].body)
    assert stored["wide.txt"].title == "Tỉnh Bình Định khởi công đường ven biển"
    assert all(unicodedata.is_normalized("NFC", p) for s in stored.values() for p in s.body)


def _run_as_nobody(argv: list[str]) -> subprocess.CompletedProcess:
    """Run tulieu-cli as an unprivileged user (root reads any file whatever its permissions)."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv (util-linux) is missing: cannot make a file unreadable")
    command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "storage.cli"]
    return subprocess.run([*command, *argv], capture_output=True, text=True, cwd=PROJECT, timeout=120)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX permissions")
def test_unreadable_file_is_reported_and_the_rest_imported(tmp_path):
    # pytest's tmp_path is private to its owner: use a folder an unprivileged user can enter.
    folder = Path(tempfile.mkdtemp(prefix="tulieu-perm-"))
    try:
        folder.chmod(0o777)
        write_pages(folder, 2)
        locked = folder / "locked.txt"
        locked.write_text(LEGACY_PAGE, encoding="utf-8")
        locked.chmod(0)
        argv = ["import", "--archive", str(folder / "p.sqlite"), str(folder)]
        if os.geteuid() == 0:
            result = _run_as_nobody(argv)
        else:
            result = subprocess.run([sys.executable, "-m", "storage.cli", *argv], capture_output=True,
                                    text=True, cwd=PROJECT, timeout=120)
        cannot_run = ("Permission denied", "No module named", "failed to execute")
        if "imported:" not in result.stdout and any(text in result.stderr for text in cannot_run):
            pytest.skip(f"the unprivileged user cannot run python or the project here: {result.stderr[-200:]}")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "imported: 2" in result.stdout
        assert f"tulieu-cli: failed: {locked}: permission denied" in result.stderr
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_disk_full_import_prints_what_was_kept_and_one_line(sqlite_run, tmp_path, monkeypatch):
    run = sqlite_run
    write_pages(tmp_path / "in", 30)
    assert run("import", str(tmp_path / "in" / "bai_0000.txt"))[0] == 0
    real_open = Archive.open.__func__

    def full_archive(cls, *args, **kwargs):  # the real archive, only not allowed to grow any more
        opened = real_open(cls, *args, **kwargs)
        pages = opened._conn.execute("PRAGMA page_count").fetchone()[0]
        opened._conn.execute(f"PRAGMA max_page_count = {pages}")
        return opened

    monkeypatch.setattr(Archive, "open", classmethod(full_archive))
    code, out, err = run("import", str(tmp_path / "in"))
    assert code == 1 and "Traceback" not in err
    assert out.startswith("imported: ") and "duplicates: 1" in out
    last = err.strip().splitlines()[-1]
    assert last.startswith("tulieu-cli: ") and "full" in last and "import stopped at bai_" in last
    monkeypatch.undo()
    with Archive.open(run.archive, read_only=True) as opened:
        assert opened._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
