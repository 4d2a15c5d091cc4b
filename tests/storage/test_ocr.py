"""OCR of scanned clippings with the real Tesseract and its Vietnamese model: clean 300 dpi renders
and degraded copies (rotated 1-2 degrees, speckled, JPEG quality 60) made by tests/data/formats/generate.py."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata

import pytest

from storage.errors import ReadError
from storage.extraction import extract
from storage.readers import read_file
from tests.conftest import PROJECT_ROOT
from tests.storage.test_formats import ARTICLES, FORMATS, word_f1

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None,
                                reason="tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")


@pytest.fixture(scope="module")
def scans() -> dict[str, tuple]:
    """Every scan read once: name -> (RawDocument, Article)."""
    out = {}
    for path in sorted((FORMATS / "scan").glob("a*_*")):
        doc = read_file(path)
        out[path.name] = (doc, extract(doc))
    return out


def _scores(scans: dict[str, tuple], kind: str) -> tuple[float, float, float]:
    chosen = {name: value for name, value in scans.items() if kind in name}
    assert len(chosen) >= 10
    f1s, titles, dates = [], [], []
    for name, (_, article) in chosen.items():
        source = ARTICLES[name.split("_")[0]]
        f1s.append(word_f1(" ".join(article.body), " ".join(source["paragraphs"])))
        titles.append(word_f1(article.title, source["title"]) >= 0.9)  # one misread letter may remain
        dates.append((article.published or "")[:10] == source["published"])
    n = len(chosen)
    return sum(f1s) / n, sum(titles) / n, sum(dates) / n


def test_clean_scans_at_300_dpi(scans: dict[str, tuple]) -> None:
    f1, title, date = _scores(scans, "300dpi")
    assert f1 >= 0.93 and title >= 0.9 and date >= 0.9, (f1, title, date)


def test_degraded_scans(scans: dict[str, tuple]) -> None:
    f1, title, date = _scores(scans, "degraded")
    assert f1 >= 0.85 and title >= 0.8 and date >= 0.9, (f1, title, date)


def test_confidence_and_doubtful_words_are_kept(scans: dict[str, tuple]) -> None:
    clean, _ = scans["a01_300dpi.png"]
    assert clean.format == "image" and clean.pages and set(clean.pages) == {1}
    assert 80 <= clean.ocr_confidence <= 100
    degraded = [doc.ocr_confidence for name, (doc, _) in scans.items() if "degraded" in name]
    assert min(degraded) < 100 and all(0 < c <= 100 for c in degraded)
    for doc, _ in scans.values():
        assert doc.text == unicodedata.normalize("NFC", doc.text)


def test_image_only_pdf_is_ocr_d_page_by_page() -> None:
    doc = read_file(FORMATS / "scan" / "scan_only.pdf")
    article = extract(doc)
    assert doc.format == "pdf" and doc.ocr_confidence and doc.ocr_confidence > 80
    assert word_f1(" ".join(article.body), " ".join(ARTICLES["a01"]["paragraphs"])) >= 0.93


def test_without_tesseract_the_reason_names_the_packages(tmp_path) -> None:
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    code = ("import sys\nfrom storage.readers import read_file\nfrom storage.errors import ReadError\n"
            "try:\n    read_file(sys.argv[1])\nexcept ReadError as e:\n    print(e.reason)\n")
    env = {**os.environ, "PATH": str(empty_bin), "PYTHONPATH": str(PROJECT_ROOT)}
    result = subprocess.run([sys.executable, "-c", code, str(FORMATS / "scan" / "a02_300dpi.png")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert "tesseract-ocr" in result.stdout and "tesseract-ocr-vie" in result.stdout, result.stderr


def test_a_30000_pixel_square_image_is_refused_from_its_header() -> None:
    with pytest.raises(ReadError, match="too large to OCR"):
        read_file(FORMATS / "bad" / "huge.png")


def test_a_pdf_whose_fonts_lost_their_unicode_maps_is_read_by_ocr() -> None:
    for path in sorted((FORMATS / "pdf_no_tounicode").glob("*.pdf")):
        doc = read_file(path)
        article = extract(doc)
        source = ARTICLES[path.stem[-3:]]
        assert doc.ocr_confidence is not None, "the junk text layer was not trusted"
        assert word_f1(" ".join(article.body), " ".join(source["paragraphs"])) >= 0.93
        assert word_f1(article.title, source["title"]) >= 0.9
