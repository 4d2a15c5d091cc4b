"""Bulk edits and typed dates through the core and the CLI, on real archives."""
from __future__ import annotations

import json

import pytest

from storage.archive import Archive
from storage.archive.records import Filters
from storage.bulk import bulk_edit, parse_ids
from storage.edits import tag_change
from storage.cli import main as cli_main
from storage.date_entry import DateEntryError, parse_typed_date, shown_date
from storage.edits import apply
from storage.errors import TuLieuError
from storage.records import Article, Block


def _archive(archive_location, n: int = 6):
    archive = Archive.open(archive_location)
    ids = [archive.add_article(Article(title=f"Bài viết số {i} về đê điều", tags=["thời sự"] if i % 2 else [],
                                       blocks=[Block(f"Đoạn văn riêng của bài số {i}.")]),
                               raw=b"x", file_name=f"{i}.txt") for i in range(n)]
    return archive, ids


@pytest.mark.parametrize("text, iso, precision", [
    ("28/05/2013", "2013-05-28", "exact"), ("8.5.2013 14h30", "2013-05-08T14:30", "exact"),
    ("2013-05-28", "2013-05-28", "exact"), ("09/2011", "2011-09", "month"), ("9.2011", "2011-09", "month"),
    ("tháng 9/2011", "2011-09", "month"), ("Tháng 9 năm 2011", "2011-09", "month"), ("2011-09", "2011-09", "month"),
    ("2011", "2011", "year"), ("năm 2011", "2011", "year"), ("", None, "unknown")])
def test_typed_dates_keep_their_precision(text, iso, precision):
    typed = parse_typed_date(text)
    assert (typed.iso, typed.precision) == (iso, precision)


@pytest.mark.parametrize("text, reason", [("31/02/2011", "no day 31"), ("13/2011", "month 13"),
                                          ("hôm qua", "not a date"), ("25:00 1/1/2011", "not a date")])
def test_bad_typed_dates_say_why(text, reason):
    with pytest.raises(DateEntryError, match=reason):
        parse_typed_date(text)


def test_shown_date_follows_precision():
    assert [shown_date("2011-09", "month"), shown_date("2011", "year"), shown_date("2013-05-28", "inferred")] \
        == ["09/2011", "2011", "28/05/2013 ?"]


def test_ids_and_tag_specs():
    assert parse_ids("3,5,9-12, 5") == [3, 5, 9, 10, 11, 12]
    with pytest.raises(TuLieuError, match="x"):
        parse_ids("3,x")
    assert tag_change(["a", "b"], "+quốc phòng, -a") == ["b", "quốc phòng"]
    assert tag_change(["a"], "c, d") == ["c", "d"]


def test_bulk_tag_is_one_undoable_edit_with_a_history_row_per_changed_article(archive_location, tmp_path):
    archive, ids = _archive(archive_location)
    with archive:
        edit = bulk_edit(archive, ids[:4], "tags", "+quốc phòng, -thời sự")
        inverse = apply(archive, edit)
        for article_id in ids[:4]:
            assert archive.get(article_id).tags == ["quốc phòng"]
            assert archive.history(article_id)[0].field == "tags"
        assert archive.get(ids[5]).tags == ["thời sự"] and archive.history(ids[5]) == []
        apply(archive, inverse)
        assert [archive.get(i).tags for i in ids[:4]] == [[], ["thời sự"], [], ["thời sự"]]


def test_bulk_edit_of_a_missing_article_changes_nothing(archive_location, tmp_path):
    archive, ids = _archive(archive_location)
    with archive:
        with pytest.raises(TuLieuError):
            apply(archive, bulk_edit(archive, [ids[0], 999], "outlet", "Báo Nhân Dân"))
        assert archive.get(ids[0]).outlet is None


def test_cli_edits_ranges_and_queries_in_one_go(archive_location, tmp_path, capsys):
    archive, ids = _archive(archive_location)
    archive.close()
    path = str(archive_location)
    spec = f"{ids[0]},{ids[2]}-{ids[3]}"
    assert cli_main(["edit", spec, "tags", "+quốc phòng", "--archive", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changed"] == [ids[0], ids[2], ids[3]]
    assert cli_main(["edit", "-", "published", "tháng 9/2011", "--query", "de dieu", "--archive", path]) == 0
    assert "6 of 6" in capsys.readouterr().out
    with Archive.open(path, read_only=True) as opened:
        assert opened.get(ids[3]).tags == ["quốc phòng", "thời sự"] and opened.get(ids[2]).tags == ["quốc phòng"]
        assert {(opened.get(i).published, opened.get(i).date_precision) for i in ids} == {("2011-09", "month")}
        assert opened.facets(Filters())["precision"] == [("month", 6)]
        assert opened.count(Filters(date_precision="month")) == 6
    assert cli_main(["edit", str(ids[1]), "published", "31/02/2011", "--archive", path]) == 1
    assert "no day 31" in capsys.readouterr().err
