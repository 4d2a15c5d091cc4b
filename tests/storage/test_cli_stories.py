"""tulieu-cli stories, show's versions, import's "joined story #N", search --one-per-story."""
from __future__ import annotations

import json

import pytest

from storage import cli

from .stories_texts import write_story


@pytest.fixture()
def run(capsys, archive_location):
    archive = archive_location

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main([*argv, "--archive", str(archive)])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture()
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    return write_story(folder)


def test_import_reports_joined_story_and_stories_lists_it(run, pages):
    code, out, err = run("import", "--quiet", "--json", str(pages["wire"]), str(pages["retitled"]),
                         str(pages["negative"]))
    assert code == 0, err
    report = json.loads(out)
    wire_id, retitled_id = report["imported"][0][1], report["imported"][1][1]
    assert [row[1] for row in report["joined"]] == [retitled_id]
    story_id = report["joined"][0][2]
    code, out, _ = run("import", "--quiet", str(pages["excerpt"]))
    assert f"joined story #{story_id}" in out
    code, out, _ = run("stories", "--json")
    stories = json.loads(out)
    assert [s["id"] for s in stories] == [story_id]
    assert stories[0]["original_id"] == wire_id and len(stories[0]["versions"]) == 3
    code, out, _ = run("stories")
    assert f"story #{story_id}  3 versions" in out and "also published by:" in out


def test_show_lists_versions(run, pages):
    run("import", "--quiet", str(pages["wire"]), str(pages["retitled"]))
    code, out, _ = run("show", "2")
    assert code == 0 and "story #1: 2 versions" in out
    assert "#1  original" in out and "#2  edited" in out
    code, out, _ = run("show", "1", "--json")
    assert [v["article_id"] for v in json.loads(out)["story"]["versions"]] == [1, 2]


def test_search_one_per_story(run, pages):
    run("import", "--quiet", *map(str, pages.values()))
    code, out, _ = run("search", "cuu nan", "--json")
    every = {hit["id"] for hit in json.loads(out)}
    code, out, _ = run("search", "cuu nan", "--json", "--one-per-story")
    one = {hit["id"] for hit in json.loads(out)}
    assert 1 in one and len(every) >= 4 and one < every and len(every - one) == 3
