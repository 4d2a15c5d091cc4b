"""Quality on the five real seed pages, scored with the shared score.py against the gold labels."""
from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

from storage.cli.cmd_extract import article_json
from storage.extraction import extract
from storage.readers import read_file
from tests.conftest import SHARED

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def score() -> ModuleType:
    """The shared scorer, imported from ../shared/eval/score.py."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip(f"scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("tulieu_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def predictions(seed_files) -> dict[str, dict]:
    return {p.name: article_json(p, extract(read_file(p))) for p in seed_files}


def test_every_seed_has_a_prediction(predictions, seeds_gold) -> None:
    assert {g["file"] for g in seeds_gold} <= set(predictions)


def test_body_f1(predictions, seeds_gold, score) -> None:
    f1 = [score.body_scores(g, predictions[g["file"]])[2] for g in seeds_gold]
    assert sum(f1) / len(f1) >= 0.97
    assert min(f1) >= 0.9


def test_titles(predictions, seeds_gold, score) -> None:
    wrong = [g["file"] for g in seeds_gold if score.key(predictions[g["file"]]["title"]) != score.key(g["title"])]
    assert not wrong


def test_dates_including_inferred_years(predictions, seeds_gold, score) -> None:
    wrong = {g["file"]: score.pred_date(predictions[g["file"]]) for g in seeds_gold
             if score.pred_date(predictions[g["file"]]) != g.get("date")}
    assert not wrong
    inferred = [g["file"] for g in seeds_gold if predictions[g["file"]]["date_precision"] == "inferred"]
    assert all("published" in predictions[name]["needs_review"] for name in inferred)


def test_outlets_and_sources(predictions, seeds_gold, score) -> None:
    for gold in seeds_gold:
        pred = predictions[gold["file"]]
        if gold.get("outlet"):
            assert score.key(pred["outlet"]) in score.key(gold["outlet"]) or \
                pred["outlet_domain"] == gold.get("outlet_domain"), gold["file"]
        if gold.get("source"):
            assert score.key(pred["source"]) == score.key(gold["source"]), gold["file"]


def test_authors(predictions, seeds_gold, score) -> None:
    for gold in seeds_gold:
        assert score.key(predictions[gold["file"]]["author"]) == score.key(gold.get("author")), gold["file"]


def test_cli_json_lines_and_bad_file_reported(tmp_path, capsys) -> None:
    """Runs without the seeds: our own fixture plus a missing and an empty file."""
    from pathlib import Path

    from storage.cli import main

    good = Path(__file__).resolve().parent.parent / "data" / "extraction" / "army_style.txt"
    empty = tmp_path / "trong.txt"
    empty.write_bytes(b"")
    code = main(["extract", "--json", str(empty), str(good), str(tmp_path / "khong-co.txt")])
    out, err = capsys.readouterr()
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in rows] == ["army_style.txt"]
    row = rows[0]
    assert set(row) >= {"file", "title", "published", "date_precision", "outlet", "source", "author", "url", "lead",
                        "body", "captions", "people", "organizations", "locations", "needs_review", "origins"}
    assert row["outlet"] == "Quân đội nhân dân" and row["author"] == "Trần Hoài" and row["source"] == "Báo Biên phòng"
    assert row["published"] == "2024-05-16T10:35:00+07:00"
    assert "trong.txt" in err and "khong-co.txt" in err
    assert len(err.strip().splitlines()) == 2


def test_cli_readable_summary(capsys) -> None:
    from pathlib import Path

    from storage.cli import main

    good = Path(__file__).resolve().parent.parent / "data" / "extraction" / "prefix_dantri.txt"
    assert main(["extract", str(good)]) == 0
    out = capsys.readouterr().out
    assert "Nông dân miền Tây trúng mùa lúa thu đông" in out and "Dân trí" in out
