"""Dossier details from issue #10: the contents do not list themselves; file bookkeeping is optional."""
from __future__ import annotations

from storage.archive import Archive
from storage.dossier import DossierOptions, build_dossier
from storage.records import Article, Block

from .test_dossier import page_texts


def _archive(archive_location):
    archive = Archive.open(archive_location)
    article = Article(title="Tàu cứu hộ cập cảng", published="2021-03-04", date_precision="exact",
                      outlet="Báo Hải Phòng", blocks=[Block("Con tàu đã cập cảng an toàn sau ba ngày.")])
    article_id = archive.add_article(article, raw=b"raw", file_name="f3a9c0de11.txt")
    return archive, article_id


def test_contents_do_not_list_themselves_and_file_details_are_off_by_default(archive_location, tmp_path):
    archive, article_id = _archive(archive_location)
    with archive:
        stored = archive.get(article_id)
        plain = build_dossier(archive, [article_id], tmp_path / "plain.pdf", DossierOptions(lang="vi"))
        detailed = build_dossier(archive, [article_id], tmp_path / "full.pdf",
                                 DossierOptions(lang="vi", file_details=True))
    assert " ".join(page_texts(plain.path)).count("Mục lục") == 1  # the heading, not an entry under itself
    plain_page, detailed_page = (next(p for p in page_texts(r.path) if "ba ngày" in p) for r in (plain, detailed))
    for internal in ("f3a9c0de11.txt", stored.content_hash[:12]):  # (the sources list may name the file)
        assert internal not in plain_page
        assert internal in detailed_page


def test_month_and_year_dates_print_only_as_precise_as_known(archive_location, tmp_path):
    with Archive.open(archive_location) as archive:
        ids = [archive.add_article(Article(title=t, published=p, date_precision=q, blocks=[Block(f"Câu riêng {t}.")]),
                                   raw=b"x", file_name=f"{t}.txt")
               for t, p, q in (("Bài tháng", "2011-09", "month"), ("Bài năm", "2011", "year"))]
        result = build_dossier(archive, ids, tmp_path / "d.pdf", DossierOptions(lang="vi"))
    text = " ".join(page_texts(result.path))
    assert "09/2011" in text and "01/09/2011" not in text and "01/01/2011" not in text
