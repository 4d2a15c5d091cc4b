"""English counts on the command line: "1 article", "2 articles", never "article(s)"."""
from storage.plural import counted


def test_one_is_singular_and_other_counts_plural():
    assert counted(1, "article") == "1 article"
    assert [counted(n, "article") for n in (0, 2, 26)] == ["0 articles", "2 articles", "26 articles"]


def test_only_the_last_word_of_a_noun_takes_the_plural():
    assert counted(3, "failed import") == "3 failed imports"
    assert counted(2, "entity link") == "2 entity links"
    assert counted(4, "story") == "4 stories"
