"""Document formats (PDF, Word, OpenDocument, e-mail): real files made by Chromium, LibreOffice,
reportlab, python-docx and the stdlib (tests/data/formats/generate.py) through the real pipeline."""
from __future__ import annotations

import json
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from storage.errors import ReadError
from storage.extraction import extract
from storage.readers import SUPPORTED_EXTENSIONS, read_file
from tests.conftest import TEST_DATA

FORMATS = TEST_DATA / "formats"
ARTICLES = {a["slug"]: a for a in json.loads((FORMATS / "articles.json").read_text(encoding="utf-8"))}


def word_f1(got: str, want: str) -> float:
    """Bag-of-words F1 between two texts."""
    a, b = Counter(got.split()), Counter(want.split())
    common = sum((a & b).values())
    return 2 * common / (sum(a.values()) + sum(b.values()))


def score(pattern: str) -> tuple[float, float, float, list[str]]:
    """Mean body word-F1, title and date accuracy over the files matching pattern; the failures."""
    files = sorted(FORMATS.glob(pattern))
    assert len(files) >= 10, f"too few {pattern} documents"
    f1s, titles, dates, bad = [], 0, 0, []
    for path in files:
        source = ARTICLES[path.stem.split("_")[-1]]
        article = extract(read_file(path))
        body = " ".join(article.body)
        assert body == unicodedata.normalize("NFC", body) and article.title == unicodedata.normalize(
            "NFC", article.title)
        f1s.append(word_f1(body, " ".join(source["paragraphs"])))
        titles += article.title == source["title"]
        dates += (article.published or "")[:10] == source["published"]
        if f1s[-1] < 0.97 or article.title != source["title"]:
            bad.append(f"{path.name}: F1 {f1s[-1]:.3f}, title {article.title!r}")
    n = len(files)
    return sum(f1s) / n, titles / n, dates / n, bad


@pytest.mark.parametrize("pattern", ["pdf/chromium_*.pdf", "pdf/lo_*.pdf", "pdf/rl_*.pdf", "docx/*.docx",
                                     "odt/*.odt", "eml/*.eml"])
def test_format_acceptance(pattern: str) -> None:
    f1, title, date, bad = score(pattern)
    assert f1 >= 0.97 and title >= 0.9 and date >= 0.9, (f1, title, date, bad)


def test_every_document_extension_is_registered() -> None:
    assert {".pdf", ".docx", ".odt", ".eml", ".png", ".jpg", ".jpeg", ".tif", ".tiff"} <= SUPPORTED_EXTENSIONS


def test_pdf_keeps_page_numbers_and_joins_a_paragraph_cut_by_the_page_break() -> None:
    doc = read_file(FORMATS / "pdf" / "rl_a06.pdf")
    lines = doc.text.split("\n")
    assert doc.format == "pdf" and doc.pages and len(doc.pages) == len(lines)
    assert max(doc.pages) >= 2, "the small-page PDF runs over several pages"
    assert doc.pages == sorted(doc.pages)
    for paragraph in ARTICLES["a06"]["paragraphs"]:
        assert paragraph in lines, paragraph  # whole, even when the page broke inside it
    assert not any(line.startswith("Trang ") or "Bản tin điện tử" in line for line in lines)  # running heads


def test_pdf_metadata_are_candidates() -> None:
    doc = read_file(FORMATS / "pdf" / "rl_a02.pdf")
    assert doc.meta["title"] == ARTICLES["a02"]["title"] and doc.meta["author"] == ARTICLES["a02"]["author"]
    assert len(doc.meta["created"]) == 10


def test_two_column_pdf_reads_left_column_first() -> None:
    lines = read_file(FORMATS / "pdf" / "chromium_a02.pdf").text.split("\n")
    paragraphs = ARTICLES["a02"]["paragraphs"]
    assert [lines.index(p) for p in paragraphs] == sorted(lines.index(p) for p in paragraphs)


def test_docx_headings_tables_and_properties() -> None:
    doc = read_file(FORMATS / "docx" / "a03.docx")  # its last paragraph sits in a table cell
    lines = doc.text.split("\n")
    assert doc.headings == [0] and lines[0] == ARTICLES["a03"]["title"]
    assert ARTICLES["a03"]["paragraphs"][-1] in lines
    assert doc.meta["author"] == ARTICLES["a03"]["author"]


def test_eml_sender_and_date_are_candidates() -> None:
    doc = read_file(FORMATS / "eml" / "a01.eml")
    assert doc.format == "eml" and doc.meta["sender"] == "Bản tin Báo Biên Cương"
    assert doc.meta["created"] == "2023-04-03" and doc.meta["mail_subject"] == ARTICLES["a01"]["title"]


@pytest.mark.parametrize(("name", "reason"), [
    ("encrypted.pdf", "encrypted"),
    ("zero-pages.pdf", "no pages"),
    ("corrupt.docx", "damaged or incomplete"),
    ("zip-bomb.docx", "zip bomb"),
    ("huge.png", "too large"),
])
def test_bad_input_fails_with_a_clear_reason_in_bounded_time(name: str, reason: str) -> None:
    path = FORMATS / "bad" / name
    started = time.monotonic()
    with pytest.raises(ReadError) as caught:
        read_file(path)
    assert reason in caught.value.reason and str(path) in str(caught.value)
    assert time.monotonic() - started < 20  # generous: a bound, not a benchmark


def test_a_20000_page_pdf_is_refused_before_its_pages_are_read(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(20_000):
        writer.add_blank_page(width=200, height=200)
    path = tmp_path / "many.pdf"
    writer.write(path)
    with pytest.raises(ReadError, match="20,000 pages"):
        read_file(path)


def test_renamed_file_gets_a_reason_naming_the_format(tmp_path: Path) -> None:
    path = tmp_path / "not-really.pdf"
    path.write_text("Chỉ là văn bản thường, không phải PDF.", encoding="utf-8")
    with pytest.raises(ReadError, match="not a readable PDF"):
        read_file(path)


def test_a_pdf_over_20_mb_is_read_and_one_over_100_mb_refused_unread(tmp_path: Path) -> None:
    import os

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(FORMATS / "pdf" / "rl_a01.pdf"))
    writer.add_attachment("ban-in.bin", os.urandom(25 * 1024 * 1024))  # what makes e-paper PDFs big
    big = tmp_path / "bao-in.pdf"
    writer.write(big)
    assert big.stat().st_size > 25 * 1024 * 1024
    assert ARTICLES["a01"]["paragraphs"][0] in read_file(big).text.split("\n")
    huge = tmp_path / "qua-lon.pdf"
    with huge.open("wb") as handle:  # sparse: no 101 MB written to disk
        handle.truncate(101 * 1024 * 1024)
    with pytest.raises(ReadError, match="limit is 100 MB"):
        read_file(huge)
