"""Issue #9 regressions in the dossier: long paragraphs and titles, glyphs the font lacks."""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from storage.archive import Archive
from storage.dossier import DossierOptions, build_dossier
from storage.dossier.article import article_section
from storage.dossier.labels import Labels
from storage.dossier.model import make_entries
from storage.dossier import styles
from storage.records import Article, Block

SENTENCE = "Người dân trong xã kể lại từng mùa nước nổi, từng con đê, từng lần sơ tán ban đêm. "


def _paragraph_texts(flowables) -> list[str]:
    """The text of every Paragraph among the flowables (inside KeepTogether too)."""
    out: list[str] = []
    for item in flowables:
        if isinstance(item, Paragraph):
            out.append(item.getPlainText())
        out += _paragraph_texts(getattr(item, "_content", []))
    return out


def test_a_long_paragraph_becomes_bounded_paragraphs_with_every_word(archive_location, tmp_path):
    long_text = SENTENCE * 2500  # ~210,000 characters in one block
    glued = "x" * 50_000  # one "word" with no space at all
    article = Article(title="Một đoạn rất dài", lead=SENTENCE * 200,
                      blocks=[Block(long_text), Block(glued)])
    with Archive.open(archive_location) as archive:
        archive.add_article(article, raw=b"x", file_name="dai.txt")
        stored = archive.get(archive.ids()[0])
    entry = make_entries([stored], "date")[0]
    parts = article_section(entry, Labels("vi"), styles.make_styles(), {}, summaries_only=False,
                            frame_width=400)
    texts = _paragraph_texts(parts)
    assert max(len(t) for t in texts) <= 4000
    joined = " ".join(texts)
    assert joined.count("từng lần sơ tán") == 2500 + 200 and joined.count("x") >= 50_000


def test_a_megabyte_title_builds_a_dossier(archive_location, tmp_path):
    title = "Tiêu đề rất dài " * 65_000  # about 1 MB
    article = Article(title=title, blocks=[Block("Một đoạn thân bài ngắn để có nội dung.")])
    with Archive.open(archive_location) as archive:
        archive.add_article(article, raw=b"x", file_name="t.txt")
        out = tmp_path / "t.pdf"
        result = build_dossier(archive, archive.ids(), out, DossierOptions(title=title))
    assert result.pages >= 1 and out.read_bytes().startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Tiêu đề rất dài" in text and "Một đoạn thân bài ngắn" in text


def test_glyphs_missing_from_the_font_are_named_and_marked(archive_location, tmp_path):
    title = "Báo cáo تقرير 🚀 Hà Nội"
    article = Article(title=title, blocks=[Block("Thân bài có chữ Việt đầy đủ dấu: Nguyễn Thị Ỹ.")])
    with Archive.open(archive_location) as archive:
        archive.add_article(article, raw=b"x", file_name="g.txt")
        out = tmp_path / "g.pdf"
        result = build_dossier(archive, archive.ids(), out, DossierOptions(title=title))
    assert {"ت", "ق", "ر", "ي", "🚀"} <= set(result.missing_glyphs)
    assert "U+1F680" in result.warning and "U+062A" in result.warning
    cover = PdfReader(out).pages[0].extract_text()
    assert "Báo cáo" in cover and "Hà Nội" in cover
    assert "\ufffd" in cover  # a visible mark where the characters could not be drawn


def test_a_dossier_of_plain_vietnamese_has_no_glyph_warning(archive_location, tmp_path):
    article = Article(title="Quốc phòng – an ninh “mới”", blocks=[Block("Đoạn văn đủ dấu: ỹ ỵ ử ẫ đ Đ.")])
    with Archive.open(archive_location) as archive:
        archive.add_article(article, raw=b"x", file_name="v.txt")
        result = build_dossier(archive, archive.ids(), tmp_path / "v.pdf", DossierOptions())
    assert result.missing_glyphs == [] and result.warning == ""
