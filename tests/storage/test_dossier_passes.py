"""The first layout pass already has the final shape (TOC filled, index refs sized): two passes, right pages."""
# SQLite only: page layout passes; the archive reads run on both backends elsewhere.
from __future__ import annotations

import logging
import re

from benchmarks.make_archive import make_archive
from storage.archive import Archive
from storage.dossier import DossierOptions, build_dossier

from .test_dossier import norm, outline, page_lines


def test_a_long_dossier_settles_in_two_passes_with_true_page_numbers(tmp_path, caplog):
    make_archive(tmp_path / "a.sqlite", 150)
    with Archive.open(tmp_path / "a.sqlite", read_only=True) as archive, caplog.at_level(logging.INFO):
        result = build_dossier(archive, archive.ids(), tmp_path / "d.pdf", DossierOptions(title="Hai lượt"))
    passes = [int(m.group(1)) for m in (re.search(r"(\d+) passes", r.getMessage()) for r in caplog.records) if m]
    assert passes == [2] and result.articles == 150
    entries = outline(result.path)
    toc_pages = [page for _, title, page in entries if title in ("Mục lục",)]
    articles = [(title, page) for level, title, page in entries if level == 1]
    assert len(articles) == 150 and articles[-1][1] > 99  # page numbers of two and three digits
    toc = " ".join(page_lines(result.path, p) for p in range(toc_pages[0], articles[0][1]))
    for title, page in articles[::10] + articles[-3:]:
        found = re.search(re.escape(norm(title)) + r"[ .]*?(\d+)(?: |$)", toc)
        assert found and int(found.group(1)) == page, title
