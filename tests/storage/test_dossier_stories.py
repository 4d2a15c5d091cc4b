"""Dossier one per story: the original printed once with "Also published by" and what versions changed."""
from __future__ import annotations

import re
import unicodedata

from pypdf import PdfReader

from storage.archive import Archive
from storage.cli import main as cli_main
from storage.dossier import DossierOptions, build_dossier
from storage.ingest import ingest

from .stories_texts import LEAD, TITLE, write_story


def _text(path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_a_story_prints_once_with_also_published_by(archive_location, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    pages = write_story(folder)
    with Archive.open(archive_location) as archive:
        report = ingest(archive, list(pages.values()))
        ids = [article_id for _, article_id in report.imported]
        outlets = {archive.get(i).outlet for i in ids[1:4]}
        every = build_dossier(archive, ids, tmp_path / "every.pdf", DossierOptions(lang="en"))
        once = build_dossier(archive, ids, tmp_path / "once.pdf", DossierOptions(lang="en", one_per_story=True))
    assert every.articles == 5 and once.articles == 2
    text = _text(once.path)
    assert text.count("Also published by:") == 1
    note = text.split("Also published by:")[1][:300]
    assert all(outlet in note for outlet in outlets)
    assert "Other title:" in text and "bước tiến mới" in text  # the retitled version's title, marks intact
    lead_words = " ".join(LEAD.split()[:8])
    assert text.count(lead_words) < _text(every.path).count(lead_words)
    assert len(re.findall(re.escape(TITLE), text)) >= 1


def test_cli_dossier_one_per_story(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    pages = write_story(folder)
    archive = str(tmp_path / "cli.sqlite")
    assert cli_main(["import", "--quiet", *map(str, pages.values()), "--archive", archive]) == 0
    out = tmp_path / "d.pdf"
    assert cli_main(["dossier", "--all", "--one-per-story", "--lang", "en", "--out", str(out),
                     "--archive", archive]) == 0
    assert _text(out).count("Also published by:") == 1
