"""benchmarks/quality.py's real-page part: skipped with a message when the corpus is not built, scored when it is."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_real_pages_are_skipped_with_a_message_when_not_built(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    quality = load("quality_bench", ROOT / "benchmarks" / "quality.py")
    quality.real_pages(tmp_path / "nowhere", ("tuned",))
    out = capsys.readouterr().out
    assert "corpus not built" in out and str(tmp_path / "nowhere") in out


def test_body_boundaries_compare_first_and_last_paragraphs() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks" / "realpages"))
    score = load("score_realpages_bench", ROOT / "benchmarks" / "realpages" / "score_realpages.py")
    gold = [{"file": "a.txt", "body": ["Đoạn đầu của bài.", "Đoạn giữa.", "Đoạn cuối của bài."]}]
    assert score.boundaries(gold, {"a.txt": {"body": ["Đoạn đầu của bài.", "Đoạn cuối của bài."]}}) == (1.0, 1.0)
    assert score.boundaries(gold, {"a.txt": {"body": ["Menu", "Đoạn cuối của bài.", "Tin liên quan"]}}) == (0.0, 0.0)


def test_body_boundaries_pass_over_the_captions_a_prediction_opens_or_closes_with() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks" / "realpages"))
    score = load("score_realpages_bench", ROOT / "benchmarks" / "realpages" / "score_realpages.py")
    gold = [{"file": "a.txt", "body": ["Đoạn đầu của bài.", "Đoạn cuối của bài."]}]
    ends_with_photos = {"body": ["Đoạn đầu của bài.", "Đoạn cuối của bài.", "Ảnh cầu mới."], "captions": ["Ảnh cầu mới."]}
    assert score.boundaries(gold, {"a.txt": {"file": "a.txt", **ends_with_photos}}) == (1.0, 1.0)
    prose_after = {"body": ["Đoạn đầu của bài.", "Đoạn cuối của bài.", "Một đoạn nữa."], "captions": []}
    assert score.boundaries(gold, {"a.txt": {"file": "a.txt", **prose_after}}) == (1.0, 0.0)


def test_gold_files_follow_the_gold_order(tmp_path: Path) -> None:
    score = load("score_realpages_bench2", ROOT / "benchmarks" / "realpages" / "score_realpages.py")
    gold = tmp_path / "tuned.dumps.gold.jsonl"
    gold.write_text("\n".join(json.dumps({"file": f}) for f in ("b.txt", "a.txt")) + "\n", encoding="utf-8")
    assert score.gold_files(gold, tmp_path) == [tmp_path / "b.txt", tmp_path / "a.txt"]


def test_mirror_git_takes_a_bare_snapshot_or_the_git_folder_inside_one(tmp_path: Path) -> None:
    pagetext = load("pagetext_bench", ROOT / "benchmarks" / "realpages" / "pagetext.py")
    (tmp_path / "a+b" / "repo").mkdir(parents=True)
    (tmp_path / "c+d" / "repo" / ".git").mkdir(parents=True)
    assert pagetext.mirror_git(tmp_path, "a/b") == tmp_path / "a+b" / "repo"
    assert pagetext.mirror_git(tmp_path, "c/d") == tmp_path / "c+d" / "repo" / ".git"
