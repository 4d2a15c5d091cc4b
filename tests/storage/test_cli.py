"""tulieu-cli import / search / list / show / edit through the real entry point."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from storage import cli
from storage.archive import Archive

from .test_ingest import PROJECT, write_pages

MINE = ("import", "search", "list", "show", "edit")


@pytest.fixture()
def run(monkeypatch, capsys, tmp_path):
    """Run tulieu-cli in-process on a temp archive; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(cli, "COMMANDS", MINE)  # other commands belong to other modules
    archive = tmp_path / "cli.sqlite"

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main([*argv, "--archive", str(archive)])
        out, err = capsys.readouterr()
        return code, out, err

    invoke.archive = archive
    return invoke


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


def test_missing_archive(run):
    code, _, err = run("search", "quoc phong")
    assert code == 1 and "no archive" in err


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
