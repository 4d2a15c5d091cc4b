"""Pages laid out once (replay.py): what later passes draw from the first pass's record is the page a
fresh layout would give, and page numbers stay right when the index needs a third pass."""
from __future__ import annotations

import logging
import re
import subprocess

import pytest
from pypdf import PdfReader

import storage.dossier as dossier
from benchmarks.make_archive import make_archive
from storage.archive import Archive
from storage.dossier import DossierOptions, build_dossier
from storage.dossier.replay import Recorder

from .test_dossier import norm, outline, page_lines


def _pages_as_images(pdf, folder) -> list[bytes]:
    subprocess.run(["pdftoppm", "-r", "30", str(pdf), str(folder / "p")], check=True)
    return [p.read_bytes() for p in sorted(folder.glob("p-*.ppm"))]


def _links(pdf) -> list[list[str]]:
    """Each page's link annotations: target page or URI, and rectangle."""
    reader = PdfReader(pdf)
    numbers = {page.indirect_reference.idnum: i + 1 for i, page in enumerate(reader.pages)}
    pages = []
    for page in reader.pages:
        found = []
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            dest = annot.get("/Dest")
            target = f"page {numbers[dest[0].idnum]}" if dest else annot.get("/A", {}).get("/URI")
            found.append(f"{target} {[round(float(v), 1) for v in annot['/Rect']]}")
        pages.append(found)
    return pages


@pytest.mark.parametrize("summaries_only", [False, True])
def test_replayed_pages_are_the_pages_a_fresh_layout_draws(tmp_path, monkeypatch, summaries_only):
    make_archive(tmp_path / "a.sqlite", 60)
    options = DossierOptions(title="Phát lại", marking="NỘI BỘ", summaries_only=summaries_only)
    with Archive.open(tmp_path / "a.sqlite", read_only=True) as archive:
        replayed = build_dossier(archive, archive.ids(), tmp_path / "replayed.pdf", options)
        with monkeypatch.context() as m:  # every pass lays out every page, as reportlab does
            m.setattr(Recorder, "story", lambda self, flowables, doc: flowables)
            fresh = build_dossier(archive, archive.ids(), tmp_path / "fresh.pdf", options)
    assert replayed.pages == fresh.pages > 5
    (tmp_path / "r").mkdir(), (tmp_path / "f").mkdir()
    assert _pages_as_images(replayed.path, tmp_path / "r") == _pages_as_images(fresh.path, tmp_path / "f")
    assert outline(replayed.path) == outline(fresh.path)
    assert _links(replayed.path) == _links(fresh.path)
    texts = [page.extract_text() for page in PdfReader(replayed.path).pages]
    assert texts == [page.extract_text() for page in PdfReader(fresh.path).pages]


def test_a_third_pass_draws_the_recorded_pages_with_the_final_numbers(tmp_path, monkeypatch, caplog):
    # First-pass guesses of sixteen digits: the index's page references shrink in the second pass, the
    # pages after it move up, so the recorded contents and article pages are drawn in two more passes,
    # each with that pass's numbers.
    monkeypatch.setattr(dossier, "_page_guesses", lambda entries, summaries_only: {e.key: 10**15 for e in entries})
    make_archive(tmp_path / "a.sqlite", 150)
    with Archive.open(tmp_path / "a.sqlite", read_only=True) as archive, caplog.at_level(logging.INFO):
        result = build_dossier(archive, archive.ids(), tmp_path / "d.pdf", DossierOptions(title="Ba lượt"))
    passes = [int(m.group(1)) for m in (re.search(r"(\d+) passes", r.getMessage()) for r in caplog.records) if m]
    assert passes and passes[0] >= 3
    entries = outline(result.path)
    articles = [(title, page) for level, title, page in entries if level == 1]
    assert len(articles) == 150 and articles[-1][1] > 99
    toc_page = next(page for _, title, page in entries if title == "Mục lục")
    toc = " ".join(page_lines(result.path, p) for p in range(toc_page, articles[0][1]))
    for title, page in articles[::7] + articles[-3:]:
        found = re.search(re.escape(norm(title)) + r"[ .]*?(\d+)(?: |$)", toc)
        assert found and int(found.group(1)) == page, title
    index_page = next(page for _, title, page in entries if title.startswith("Chỉ mục"))
    index = " ".join(page_lines(result.path, p) for p in range(index_page, articles[0][1]))
    refs = re.findall(r"\[(\d+)\] tr\. (\d+)", index)
    assert len(refs) > 100 and all(articles[int(number) - 1][1] == int(page) for number, page in refs)
