"""OpenDocument dossiers from a real archive, read back with odfpy and converted by LibreOffice headless."""
# SQLite only: the OpenDocument writer; the archive reads run on both backends elsewhere.
from __future__ import annotations

import re
import unicodedata

import pytest
from odf import teletype
from odf.opendocument import load
from odf.text import H, P, TableOfContent
from pypdf import PdfReader

from storage.archive import Archive
from storage.cli import main as cli_main
from storage.dossier import DossierOptions
from storage.dossier.labels import Labels
from storage.dossier.libreoffice import convert_to_pdf, soffice
from storage.dossier.odt_writer import build_odt_dossier
from storage.errors import Cancelled
from storage.progress import CancelToken

from .export_fixtures import make_archive
from .test_docx_dossier import kept_paragraphs, norm

OPTIONS = DossierOptions(title="Hồ sơ nghề cá", marking="MẬT / CONFIDENTIAL", prepared_by="Phòng Tư liệu")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odt")
    make_archive(folder / "archive.sqlite")
    with Archive.open(folder / "archive.sqlite", create=False, read_only=True) as archive:
        ids = archive.ids(order_by="id", descending=False)
        result = build_odt_dossier(archive, ids, folder / "hồ sơ.odt", OPTIONS)
        stored = [archive.get(i) for i in ids]
    ordered = sorted(stored, key=lambda a: (a.published is None, a.published or "", a.id))
    return ordered, result.path


def styled(document, kind) -> list[tuple[str, str]]:
    return [(str(e.getAttribute("stylename")), teletype.extractText(e)) for e in document.getElementsByType(kind)]


def test_titles_paragraphs_and_headings_come_back_nfc_exact(built):
    articles, path = built
    document = load(str(path))
    headings = styled(document, H)
    paragraphs = styled(document, P)
    assert all(unicodedata.is_normalized("NFC", text) for _, text in headings + paragraphs)
    labels = Labels("vi")
    assert [t for s, t in headings if s == "Heading_20_1"] == [labels[k] for k in
                                                                ("overview", "timeline", "index", "articles",
                                                                 "sources")]
    titles = [t for s, t in headings if s in ("Heading_20_2", "ArticleBreak")]
    assert titles == [f"{n}. {a.title}" for n, a in enumerate(articles, start=1)]
    texts = {(("Standard" if s == "Standard" else s), t) for s, t in paragraphs}
    for article in articles:
        for style, text in kept_paragraphs(article):
            assert ({"Normal": "Standard"}.get(style, style), text) in texts, text
    assert len(document.getElementsByType(TableOfContent)) == 1
    assert ("Title", OPTIONS.title) in texts


@pytest.mark.skipif(soffice() is None,
                    reason="LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")
def test_libreoffice_prints_it_with_page_numbers_in_contents_and_footer(built, tmp_path):
    articles, path = built
    reader = PdfReader(convert_to_pdf(path, tmp_path))
    pages = [norm(page.extract_text()) for page in reader.pages]
    text = " ".join(pages)
    for article in articles:
        for _, paragraph in kept_paragraphs(article):
            assert norm(paragraph) in text, paragraph
    starts = {n: next(i for i, page in enumerate(pages, start=1) if page.startswith(f"{OPTIONS.title} "
                                                                               f"{OPTIONS.marking}") and
                      f"{n}. {norm(a.title)}" in page and i > 2)
              for n, a in enumerate(articles, start=1)}
    # The contents list each article with the page it starts on (bookmark references LibreOffice fills in).
    for n, a in enumerate(articles, start=1):
        assert re.search(rf"{n}\. {re.escape(norm(a.title))} ?\.+ ?{starts[n]}\b", pages[1]), (n, starts[n])
    assert f"Trang 2 / {len(pages)}" in pages[1] and OPTIONS.marking in pages[0]


def test_cancel_and_cli(built, tmp_path, capsys):
    articles, path = built
    token = CancelToken()
    with Archive.open(path.parent / "archive.sqlite", create=False, read_only=True) as archive:
        def progress(done, total, message):
            if done > total // 2:
                token.cancel()
        with pytest.raises(Cancelled):
            build_odt_dossier(archive, [a.id for a in articles], tmp_path / "c.odt", OPTIONS, progress=progress,
                              cancel=token)
    assert not list(tmp_path.iterdir())
    out = tmp_path / "cli.odt"
    assert cli_main(["export", "-f", "odt", "--all", "--out", str(out), "--lang", "en",
                     "--archive", str(path.parent / "archive.sqlite")]) == 0
    headings = [t for s, t in styled(load(str(out)), H) if s == "Heading_20_1"]
    assert headings[0] == "Overview"
