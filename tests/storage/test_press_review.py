"""Press reviews ("điểm báo") split into one article per item, linked to their document, on real .docx
files written by python-docx and re-saved by LibreOffice; imports of every document format."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.ingest import ingest
from storage.press_review import split_items
from storage.readers import read_file
from tests.storage.test_formats import ARTICLES, FORMATS

REVIEW = json.loads((FORMATS / "review.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["diem-bao-2024-05-03.docx", "diem-bao-2024-05-03-libreoffice.docx",
                                  "diem-bao-bold-titles.docx", "diem-bao-bold-titles.pdf"])
# headings and numbers; re-saved by LibreOffice; bold title lines only; that one printed to PDF
def test_the_ten_article_review_becomes_ten_articles_with_titles_sources_and_dates(archive_location, tmp_path: Path,
                                                                                   name: str) -> None:
    with Archive.open(archive_location) as archive:
        report = ingest(archive, [FORMATS / "review" / name])
        assert report.ok and len(report.imported) == 10
        for n, (label, article_id) in enumerate(report.imported, 1):
            item = REVIEW["items"][n - 1]
            stored = archive.get(article_id)
            link = archive.source_of(article_id)
            assert label.endswith(f"{name}#{n}")
            assert stored.title == item["title"] and stored.source == item["source"]
            assert stored.body == item["paragraphs"]
            assert (link.file_name, link.format, link.position, link.article_count) == (name, name.rsplit(".", 1)[1], n, 10)
            stated = re.search(r"(\d\d)/(\d\d)/(\d{4})", item["source_line"])
            if stated:
                day, month, year = stated.groups()
                assert stored.published == f"{year}-{month}-{day}" and stored.date_precision == "exact"
            else:  # no date of its own: the review's date, inferred and flagged
                assert stored.published == "2024-05-03" and stored.date_precision == "inferred"
                assert "published" in stored.needs_review
        document = archive.source_of(report.imported[0][1]).document_id
        assert archive.document_article_ids(document) == [i for _, i in report.imported]
        assert archive.document_bytes(document) == (FORMATS / "review" / name).read_bytes()
        if name.endswith(".pdf"):  # each article knows its pages; the last items run onto page 2
            assert archive.source_of(report.imported[0][1]).first_page == 1
            assert archive.source_of(report.imported[-1][1]).first_page >= 2


def test_a_one_article_docx_stays_one_article(archive_location, tmp_path: Path) -> None:
    assert len(split_items(read_file(FORMATS / "review" / "one-article.docx"))) == 1
    with Archive.open(archive_location) as archive:
        report = ingest(archive, [FORMATS / "review" / "one-article.docx"])
        [(label, article_id)] = report.imported
        stored = archive.get(article_id)
        assert stored.title == ARTICLES["a01"]["title"]
        link = archive.source_of(article_id)
        assert (link.position, link.article_count) == (1, 1)
        assert archive.document_bytes(link.document_id) is None  # the bytes stay on the article
        assert archive.original_bytes(article_id) == (FORMATS / "review" / "one-article.docx").read_bytes()


def test_the_same_review_saved_by_two_programs_is_found_duplicate(archive_location, tmp_path: Path) -> None:
    with Archive.open(archive_location) as archive:
        first = ingest(archive, [FORMATS / "review" / "diem-bao-2024-05-03.docx"])
        again = ingest(archive, [FORMATS / "review" / "diem-bao-2024-05-03-libreoffice.docx"])
        assert len(again.duplicates) == 10 and not again.imported
        assert [i for _, i in again.duplicates] == [i for _, i in first.imported]


def test_pdf_articles_keep_their_pages_and_the_pdf_metadata_as_candidates(archive_location, tmp_path: Path) -> None:
    with Archive.open(archive_location) as archive:
        [(_, article_id)] = ingest(archive, [FORMATS / "pdf" / "rl_a06.pdf"]).imported
        stored = archive.get(article_id)
        link = archive.source_of(article_id)
    assert (link.first_page, link.last_page) == (1, 2)
    assert link.meta["values"]["title"] == ARTICLES["a06"]["title"]
    assert link.meta["origins"]["title"] == "pdf-info"
    kept = [b for b in stored.blocks if b.role != "removed"]
    assert kept[0].page == 1 and kept[-1].page == 2


def test_a_folder_of_every_format_imports_and_bad_files_fail_alone(archive_location, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for source in ["pdf/chromium_a03.pdf", "docx/a04.docx", "odt/a05.odt", "eml/a07.eml", "bad/corrupt.docx",
                   "bad/encrypted.pdf"]:
        (folder / Path(source).name).write_bytes((FORMATS / source).read_bytes())
    with Archive.open(archive_location) as archive:
        report = ingest(archive, [folder])
        titles = sorted(archive.get(i).title for _, i in report.imported)
    assert titles == sorted(ARTICLES[s]["title"] for s in ("a03", "a04", "a05", "a07"))
    assert sorted(Path(p).name for p, _ in report.failed) == ["corrupt.docx", "encrypted.pdf"]


def test_merge_with_next_and_split_here_are_undoable(archive_location, tmp_path: Path) -> None:
    from storage.document_edits import merge_with_next, split_here
    from storage.errors import ArchiveError
    from storage.edits import apply

    with Archive.open(archive_location) as archive:
        ids = [i for _, i in ingest(archive, [FORMATS / "review" / "diem-bao-2024-05-03.docx"]).imported]
        first, second = archive.get(ids[0]), archive.get(ids[1])
        undo_merge = apply(archive, merge_with_next(archive, ids[0]))
        merged = archive.get(ids[0])
        assert merged.body == first.body + [second.title] + second.body
        assert archive.source_of(ids[0]).article_count == 9 and archive.next_in_document(ids[0]) == ids[2]
        assert [h.field for h in archive.history(ids[0])][:1] == ["body"]
        assert archive.search("cảnh sát biển song phương")[0].id == ids[0]  # the index follows
        redo = apply(archive, undo_merge)
        assert archive.get(ids[0]).body == first.body and archive.get(ids[1]).title == second.title
        assert archive.source_of(ids[1]).position == 2 and archive.source_of(ids[1]).article_count == 10

        # Each item has two paragraphs: cutting before the second would leave the new article no text.
        lone = next(i for i, b in enumerate(first.blocks) if b.text == first.body[1])
        with pytest.raises(ArchiveError, match="nothing after paragraph"):
            split_here(archive, ids[0], lone)
        apply(archive, merge_with_next(archive, ids[0]))  # two items' paragraphs in one article again
        merged = archive.get(ids[0])
        cut = next(i for i, b in enumerate(merged.blocks) if b.text == second.title)
        undo_split = apply(archive, split_here(archive, ids[0], cut))
        new_id = archive.next_in_document(ids[0])
        assert new_id not in ids and archive.get(new_id).title == second.title
        assert archive.get(new_id).body == second.body and archive.get(ids[0]).body == first.body
        assert archive.source_of(new_id).position == 2 and archive.source_of(ids[2]).position == 3
        apply(archive, undo_split)
        assert archive.get(ids[0]).body == merged.body and archive.next_in_document(ids[0]) == ids[2]
        assert redo is not None


def test_the_last_article_of_a_document_has_nothing_to_merge_with(archive_location, tmp_path: Path) -> None:
    from storage.document_edits import merge_with_next
    from storage.errors import ArchiveError

    with Archive.open(archive_location) as archive:
        ids = [i for _, i in ingest(archive, [FORMATS / "review" / "diem-bao-2024-05-03.docx"]).imported]
        with pytest.raises(ArchiveError, match="last of its document"):
            merge_with_next(archive, ids[-1])


def test_cli_merge_next_and_split(archive_location, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from storage.cli import main

    archive = str(archive_location)
    assert main(["import", "--archive", archive, str(FORMATS / "review" / "diem-bao-2024-05-03.docx")]) == 0
    assert main(["merge-next", "--archive", archive, "1"]) == 0
    assert "9 articles from diem-bao-2024-05-03.docx" in capsys.readouterr().out
    assert main(["split", "--archive", archive, "1", "3"]) == 0  # 0-1: title and source, 2: first paragraph
    assert "new article #11" in capsys.readouterr().out
    assert main(["merge-next", "--archive", archive, "10"]) == 1
    assert "last of its document" in capsys.readouterr().err


def test_page_image_of_a_pdf_and_of_a_scan_and_none_for_a_word_file(archive_location, tmp_path: Path) -> None:
    import io

    from PIL import Image

    from storage.errors import TuLieuError
    from storage.page_images import page_image

    with Archive.open(archive_location) as archive:
        report = ingest(archive, [FORMATS / "pdf" / "rl_a06.pdf", FORMATS / "docx" / "a01.docx"])
        pdf_id, docx_id = (i for _, i in report.imported)
        first = Image.open(io.BytesIO(page_image(archive, pdf_id)))
        second = Image.open(io.BytesIO(page_image(archive, pdf_id, 2)))
        assert first.height > first.width and first.tobytes() != second.tobytes()
        with pytest.raises(TuLieuError, match="no page 9"):
            page_image(archive, pdf_id, 9)
        with pytest.raises(TuLieuError, match="no page image"):
            page_image(archive, docx_id)


def test_cli_page_writes_the_scan_page(archive_location, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PIL import Image

    from storage.cli import main

    archive, out = str(archive_location), tmp_path / "page.png"
    assert main(["import", "--archive", archive, str(FORMATS / "pdf" / "rl_a02.pdf")]) == 0
    assert main(["page", "--archive", archive, "1", "--out", str(out)]) == 0
    assert Image.open(out).format == "PNG" and "page image written" in capsys.readouterr().out


def test_cli_extract_prints_one_json_object_per_item(capsys: pytest.CaptureFixture[str]) -> None:
    from storage.cli import main

    assert main(["extract", "--json", str(FORMATS / "review" / "diem-bao-2024-05-03-libreoffice.docx")]) == 0
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["title"] for o in objects] == [item["title"] for item in REVIEW["items"]]
    assert [o["source"] for o in objects] == [item["source"] for item in REVIEW["items"]]
