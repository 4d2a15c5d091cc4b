"""Confirming a flagged date: it becomes exact (origin user), in one undoable edit."""
from __future__ import annotations

from storage.archive import Archive
from storage.edits import apply
from storage.records import Article, Block
from storage.review import confirm_edit


def test_confirming_an_inferred_date_makes_it_exact_and_undo_puts_it_back(archive_location, tmp_path):
    article = Article(title="Hội đàm cấp cao", published="2013-05-28", date_precision="inferred",
                      blocks=[Block("Ngày 28/5, hai bên đã hội đàm.")], needs_review=["published", "outlet"],
                      origins={"published": "inferred", "date_precision": "inferred"})
    with Archive.open(archive_location) as archive:
        article_id = archive.add_article(article, raw=b"x", file_name="a.txt")
        inverse = apply(archive, confirm_edit(archive.get(article_id), ["published"]))
        stored = archive.get(article_id)
        assert (stored.date_precision, stored.origins["date_precision"]) == ("exact", "user")
        assert stored.needs_review == ["outlet"]
        assert {row.field for row in archive.history(article_id)} >= {"date_precision", "needs_review"}
        apply(archive, inverse)
        stored = archive.get(article_id)
        assert stored.date_precision == "inferred" and stored.needs_review == ["published", "outlet"]
        assert "date_precision" not in stored.user_fields


def test_nothing_flagged_is_an_empty_edit(archive_location, tmp_path):
    with Archive.open(archive_location) as archive:
        article_id = archive.add_article(Article(title="Bài", blocks=[Block("Một câu.")]), raw=b"x", file_name="a")
        assert confirm_edit(archive.get(article_id)).edits == ()


def test_cli_confirm_makes_the_date_exact(archive_location, tmp_path, capsys):
    from storage.cli import main as cli_main

    article = Article(title="Họp báo", published="2013-05-28", date_precision="inferred",
                      blocks=[Block("Ngày 28/5 có họp báo.")], needs_review=["published"])
    with Archive.open(archive_location) as archive:
        article_id = archive.add_article(article, raw=b"x", file_name="c.txt")
    assert cli_main(["confirm", str(article_id), "--archive", str(archive_location)]) == 0
    assert "confirmed: 1 of 1" in capsys.readouterr().out
    with Archive.open(archive_location, read_only=True) as archive:
        stored = archive.get(article_id)
        assert (stored.date_precision, stored.needs_review) == ("exact", [])
