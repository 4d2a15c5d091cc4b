"""Entity highlighting in the text view: first-letter case, longest match, the seed article's gold names."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from desktop.article_view import KIND_COLOURS, ArticleView, find_mentions
from storage.archive import Archive
from storage.ingest import ingest
from storage.records import Article, Block, Entity


def spans_text(text: str, names: list[str]) -> list[str]:
    return [text[s:e] for s, e in find_mentions(text, names)]


def test_a_name_matches_with_its_first_letter_capitalised():
    text = "Tàu cá neo tại Vịnh Hạ Long từ sáng; vịnh Hạ Long lặng gió."
    assert spans_text(text, ["vịnh Hạ Long"]) == ["Vịnh Hạ Long", "vịnh Hạ Long"]
    assert spans_text(text, ["Vịnh Hạ Long"]) == ["Vịnh Hạ Long", "vịnh Hạ Long"]


def test_a_one_word_name_keeps_its_case():
    assert spans_text("Đoàn nghệ sĩ Mỹ bàn về thẩm mỹ học.", ["Mỹ"]) == ["Mỹ"]


def test_the_longest_overlapping_name_wins():
    text = "Đại diện Sở Y tế Hà Nội và Bệnh viện Bạch Mai họp tại Hà Nội."
    names = ["Hà Nội", "Sở Y tế Hà Nội", "Y tế", "Bạch Mai", "Bệnh viện Bạch Mai"]
    assert spans_text(text, names) == ["Sở Y tế Hà Nội", "Bệnh viện Bạch Mai", "Hà Nội"]
    # a shorter name starting earlier does not cut a longer one that overlaps it
    assert spans_text("Ngân hàng Nhà nước Việt Nam", ["Ngân hàng", "hàng Nhà nước Việt Nam"]) == \
        ["hàng Nhà nước Việt Nam"]


def highlighted(view: ArticleView) -> list[tuple[int, int, str]]:
    """(start, end, colour) of every run drawn with an entity background, in document positions."""
    runs = []
    colours = set(KIND_COLOURS.values())
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            colour = frag.charFormat().background().color().name()
            if frag.charFormat().background().style() != 0 and colour in colours:
                runs.append((frag.position(), frag.position() + frag.length(), colour))
            it += 1
        block = block.next()
    return runs


def test_capitalised_mention_in_the_view_is_highlighted_as_its_entity(qtbot, tmp_path: Path):
    archive = Archive.open(tmp_path / "a.tulieu")
    stored = archive.add_article(Article(title="Thử", blocks=[Block("Bão đổ bộ vào Vịnh Bắc Bộ chiều qua.")],
                                         entities=[Entity("vịnh Bắc Bộ", "location")]), raw=b"x", file_name="x.txt")
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(archive.get(stored))
    archive.close()
    doc = view.document()
    found = doc.find("Vịnh Bắc Bộ")
    cursor = QTextCursor(doc)
    cursor.setPosition(found.selectionStart() + 1)
    assert cursor.charFormat().background().color().name() == KIND_COLOURS["location"]


@pytest.mark.seeds
def test_every_gold_name_of_the_seed_article_is_highlighted(qtbot, tmp_path: Path, seed_files, seeds_gold):
    gold = next(g for g in seeds_gold if g["file"].startswith("004_"))
    path = next(p for p in seed_files if p.name == gold["file"])
    archive = Archive.open(tmp_path / "a.tulieu")
    ingest(archive, [path])
    article = archive.get(archive.ids()[0])
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(article)
    text = view.toPlainText()
    runs = highlighted(view)
    missing = []
    for name in (*gold["people"], *gold["organizations"], *gold["locations"]):
        name = unicodedata.normalize("NFC", name)
        for start, end in find_mentions(text, [name]):  # each place the text names it
            if not any(s <= start and end <= e for s, e, _c in runs) and start > len(article.title):
                missing.append((name, text[max(0, start - 20):end + 5]))
    archive.close()
    assert not missing, missing


def test_names_are_found_where_their_regex_finds_them():
    """find_mentions looks names up with str.find; each name must match exactly where the regex
    definition (mention_pattern) matches it, on random text with word edges of every kind."""
    import random

    from desktop.article_view import mention_key, mention_pattern

    rng = random.Random(14)
    pieces = ["Hà", "hà", "Nội", "nội", "Đà", "đà", "Nẵng", "sông", "Sông", "Hồng", "A", "a", "x", "_", "2",
              " ", " ", " ", ", ", ".", "-", "(", ")"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        names = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(3)]
        names = [n for n in names if n.strip()]
        for name in names:
            pattern = mention_pattern([mention_key(name)])
            expected = [m.span() for m in pattern.finditer(text)] if pattern else []
            found = find_mentions(text, [name])
            # one name alone: its regex's matches, all of them (non-overlapping by construction)
            assert found == expected, (text, name)
