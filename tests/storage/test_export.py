"""Metadata and text exports read back by real parsers: csv, openpyxl, json, jsonschema (CSL), rispy."""
from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import jsonschema
import pytest
import rispy
from openpyxl import load_workbook

from storage.archive import Archive
from storage.cli import main as cli_main
from storage.errors import Cancelled, TuLieuError
from storage.export import ExportOptions, export
from storage.export.names import Name, split_authors
from storage.export.records import COLUMNS, LIST_SEPARATOR, PARAGRAPH_SEPARATOR
from storage.progress import CancelToken

from tests.pg_server import BACKENDS, module_location

from .export_fixtures import make_archive

CSL_SCHEMA = Path(__file__).resolve().parent.parent / "data" / "csl" / "csl-data.json"


@pytest.fixture(scope="module", params=BACKENDS)
def archive_path(request, tmp_path_factory) -> Path | str:
    path = module_location(request, tmp_path_factory, "export")
    make_archive(path)
    return path


@pytest.fixture(scope="module")
def stored(archive_path):
    """Every article as the archive returns it (the truth each export is compared with)."""
    with Archive.open(archive_path, create=False, read_only=True) as archive:
        return [archive.get(i) for i in archive.ids(order_by="id", descending=False)]


def run_export(archive_path: Path, out: Path, fmt: str, ids: list[int], **kw):
    with Archive.open(archive_path, create=False, read_only=True) as archive:
        return export(archive, ids, out, fmt, ExportOptions(**kw))


def expected_cells(a) -> dict[str, str]:
    """What every spreadsheet column must hold, built from the stored article's own fields."""
    return {"id": str(a.id), "title": a.title, "published": a.published or "", "date_precision": a.date_precision,
            "outlet": a.outlet or "", "source": a.source or "", "author": a.author or "", "url": a.url or "",
            "lead": a.lead or "", "body": PARAGRAPH_SEPARATOR.join(b.text for b in a.blocks if b.role != "removed"),
            "people": LIST_SEPARATOR.join(e.name for e in a.entities if e.kind == "person"),
            "organizations": LIST_SEPARATOR.join(e.name for e in a.entities if e.kind == "organization"),
            "places": LIST_SEPARATOR.join(e.name for e in a.entities if e.kind == "location"),
            "tags": LIST_SEPARATOR.join(a.tags), "needs_review": LIST_SEPARATOR.join(a.needs_review),
            "origins": LIST_SEPARATOR.join(f"{k}={v}" for k, v in sorted(a.origins.items())),
            "user_edited": LIST_SEPARATOR.join(sorted(a.user_fields)), "file_name": a.file_name,
            "imported_at": a.imported_at, "content_hash": a.content_hash}


def test_csv_has_a_bom_and_gives_back_every_field(archive_path, stored, tmp_path):
    out = tmp_path / "bài.csv"
    result = run_export(archive_path, out, "csv", [a.id for a in stored])
    assert result.articles == len(stored) and result.files == [out]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == COLUMNS
    assert rows == [expected_cells(a) for a in stored]
    assert "author=user" in rows[1]["origins"].split(LIST_SEPARATOR) and rows[1]["user_edited"] == "author"


def test_xlsx_gives_back_every_field_and_keeps_formulas_as_text(archive_path, stored, tmp_path):
    out = tmp_path / "bài.xlsx"
    run_export(archive_path, out, "xlsx", [a.id for a in stored])
    sheet = load_workbook(out).active
    values = [[("" if v is None else str(v)) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert tuple(values[0]) == COLUMNS
    assert [dict(zip(COLUMNS, row)) for row in values[1:]] == [expected_cells(a) for a in stored]
    title_cell = sheet.cell(row=len(stored) + 1, column=COLUMNS.index("title") + 1)
    assert title_cell.value.startswith("=SUM") and title_cell.data_type == "s"


def test_xlsx_titles_columns_as_told_sizes_them_by_content_and_filters_the_header(archive_path, stored, tmp_path):
    from openpyxl.utils import get_column_letter

    out = tmp_path / "tiêu đề.xlsx"
    titles = {"title": "Tiêu đề bài", "id": "Mã"}  # a title per key; keys not given keep their names
    run_export(archive_path, out, "xlsx", [a.id for a in stored], headers=titles)
    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    assert header == [titles.get(name, name) for name in COLUMNS]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(COLUMNS))}{len(stored) + 1}"

    def width(name: str) -> float:
        return sheet.column_dimensions[get_column_letter(COLUMNS.index(name) + 1)].width

    longest_author = max(len(a.author or "") for a in stored)
    assert 10 < longest_author < 58 and width("author") == longest_author + 2  # as wide as its longest value
    assert max(len(a.title) for a in stored) > 58 and width("title") == width("body") == 60  # long text: capped
    assert 8 <= width("id") <= len("Mã") + 8  # a short column stays narrow, with room for the filter button


def test_jsonl_holds_every_field_block_entity_and_origin(archive_path, stored, tmp_path):
    out = tmp_path / "bài.jsonl"
    run_export(archive_path, out, "jsonl", [a.id for a in stored])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(stored)
    assert "Thủy sản" in lines[-1]  # written as is, not \u-escaped
    for line, a in zip(lines, stored):
        record = json.loads(line)
        for name in ("id", "title", "published", "date_precision", "outlet", "source", "author", "url", "lead",
                     "tags", "needs_review", "origins", "file_name", "imported_at", "content_hash"):
            assert record[name] == getattr(a, name), name
        assert record["user_edited"] == sorted(a.user_fields)
        assert record["blocks"] == [{"text": b.text, "role": b.role, "reason": b.reason} for b in a.blocks]
        assert [(e["name"], e["kind"], e["role"], e["mentions"], e["id"]) for e in record["entities"]] == \
            [(e.name, e.kind, e.role, e.mentions, a.id_of(e)) for e in a.entities]
    removed = json.loads(lines[-1])["blocks"][3]
    assert removed == {"text": "1,393 lượt xem", "role": "removed", "reason": "view-counter"}


def test_csl_json_validates_against_the_csl_schema(archive_path, stored, tmp_path):
    out = tmp_path / "bài.json"
    run_export(archive_path, out, "csljson", [a.id for a in stored])
    items = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(items, json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))
    by_title = {item["title"]: item for item in items}
    assert set(by_title) == {a.title for a in stored}
    tricky = by_title[stored[-1].title]
    assert tricky["type"] == "article-newspaper" and tricky["container-title"] == "Tin Vùng Biển"
    assert tricky["issued"]["date-parts"] == [[2020, 10, 5]] and tricky["issued"]["circa"] is True
    assert tricky["URL"] == "https://tinvungbien.vn/thuy-san.html?a=1&b=2"
    assert tricky["author"] == [{"family": "Nguyễn", "given": "Chí Vịnh", "static-ordering": True},
                                {"literal": "Mark T. Esper"}]
    defence = by_title[stored[0].title]
    assert defence["issued"]["date-parts"] == [[2021, 3, 5]] and "circa" not in defence["issued"]
    assert by_title[stored[1].title]["author"] == [{"family": "Trần", "given": "Thị Mai", "static-ordering": True}]


def test_ris_parsed_by_rispy_gives_back_title_date_outlet_url_authors(archive_path, stored, tmp_path):
    out = tmp_path / "bài.ris"
    run_export(archive_path, out, "ris", [a.id for a in stored])
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("TY  - NEWS")
    entries = rispy.loads(text)
    assert len(entries) == len(stored)
    for entry, a in zip(entries, stored):
        assert entry["type_of_reference"] == "NEWS"
        assert entry["title"] == " ".join(a.title.split())
        assert entry["secondary_title"] == a.outlet
        assert entry["urls"] == [a.url]
        assert entry["year"] == a.published[:4]
        assert entry["date"].startswith(a.published[:10].replace("-", "/"))
    assert entries[-1]["authors"] == ["Nguyễn, Chí Vịnh", "Mark T. Esper"]
    assert entries[-1]["date"] == "2020/10/05/inferred"
    assert entries[-1]["keywords"] == stored[-1].tags and set(stored[-1].tags) == {"thủy sản", "biển"}


def test_markdown_combined_keeps_every_paragraph_once_and_escapes_markup(archive_path, stored, tmp_path):
    out = tmp_path / "bài.md"
    run_export(archive_path, out, "md", [a.id for a in stored])
    text = out.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert text.count("\n---\n") == len(stored) - 1
    assert "# \\=SUM(A1) Thủy sản" not in text and "# =SUM(A1) Thủy sản: hòa giải" in text
    assert "**Ngày 5/10, ngư dân \\*Khánh Hòa\\* trở về sau chuyến biển dài.**" in text
    assert text.count("trở về sau chuyến biển dài") == 1  # the lead is not repeated as the first paragraph
    assert "*Ngư dân kéo lưới trên boong tàu. Ảnh: Báo Mẫu*" in text
    assert "\\# Không phải tiêu đề" in text and "lượt xem" not in text
    assert "~05/10/2020 (suy luận)" in text


def test_text_one_file_each_in_a_folder(archive_path, stored, tmp_path):
    folder = tmp_path / "bài viết"
    result = run_export(archive_path, folder, "txt", [a.id for a in stored], one_file_each=True)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in result.files) and len(names) == len(stored)
    assert names[0] == "001-hop-tac-quoc-phong-giua-hai-nuoc-buoc-sang-giai-doan-moi.txt"
    first = (folder / names[0]).read_text(encoding="utf-8")
    assert first.startswith(stored[0].title + "\n")
    for block in stored[0].blocks:
        assert block.text in first


def test_cancel_leaves_no_file_and_bad_paths_name_the_file(archive_path, stored, tmp_path):
    token = CancelToken()

    def progress(done, total, message):
        if done == 2:
            token.cancel()
    out = tmp_path / "cancelled.csv"
    with Archive.open(archive_path, create=False, read_only=True) as archive:
        with pytest.raises(Cancelled):
            export(archive, [a.id for a in stored], out, "csv", progress=progress, cancel=token)
        assert not out.exists() and not list(tmp_path.glob(".*part"))
        with pytest.raises(TuLieuError, match="no-such-folder.*cannot write"):
            export(archive, [stored[0].id], tmp_path / "no-such-folder" / "x.csv", "csv")
        with pytest.raises(TuLieuError, match="no articles"):
            export(archive, [], tmp_path / "x.csv", "csv")
        with pytest.raises(ValueError, match="unknown export format"):
            export(archive, [stored[0].id], tmp_path / "x.doc", "doc")


@pytest.mark.parametrize(("byline", "names"), [
    ("Nguyễn Chí Vịnh", [Name("Nguyễn", "Chí Vịnh")]),
    ("Hoàng Nam, Lê Thu Hà", [Name("Hoàng", "Nam"), Name("Lê", "Thu Hà")]),
    ("Minh Anh và Đỗ Quốc Bình", [Name(literal="Minh Anh"), Name("Đỗ", "Quốc Bình")]),
    ("T.H.", [Name(literal="T.H.")]),
    ("Nhóm PV", [Name(literal="Nhóm PV")]),
    ("Cho Chang Rae", [Name(literal="Cho Chang Rae")]),
    ("", []),
])
def test_authors_split_family_given_only_in_vietnamese_order(byline, names):
    assert split_authors(byline) == names


def test_cli_export_query_and_filters(archive_path, stored, tmp_path, capsys):
    out = tmp_path / "q.ris"
    code = cli_main(["export", "--format", "ris", "--query", "quoc phong", "--out", str(out),
                     "--archive", str(archive_path)])
    assert code == 0, capsys.readouterr().err
    titles = [e["title"] for e in rispy.loads(out.read_text(encoding="utf-8-sig"))]
    # Both name "quốc phòng"; a query's matches come oldest first.
    assert titles == [" ".join(stored[-1].title.split()), stored[0].title]
    assert f"{out}: 2 articles" in capsys.readouterr().out
    out2 = tmp_path / "outlet.jsonl"
    assert cli_main(["export", "-f", "jsonl", "--all", "--outlet", "Báo Mẫu", "--out", str(out2),
                     "--archive", str(archive_path)]) == 0
    outlets = {json.loads(line)["outlet"] for line in out2.read_text(encoding="utf-8").splitlines()}
    assert outlets == {"Báo Mẫu"}
    assert cli_main(["export", "-f", "csv", "--query", "khongcogihet", "--out", str(tmp_path / "none.csv"),
                     "--archive", str(archive_path)]) == 1
    assert "nothing exported" in capsys.readouterr().err
