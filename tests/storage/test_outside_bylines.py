"""Saved pages that print the byline outside their article element."""
from __future__ import annotations

from storage.extraction import extract
from storage.records import RawDocument

TITLE = "Làng gốm ven sông giữ nghề giữa thời máy móc"
P1 = ("Ở làng gốm ven sông, hơn ba mươi hộ vẫn nặn tay từng chiếc bình, dù máy ép đã có mặt ở nhiều lò nung "
      "trong vùng từ vài năm nay.")
P2 = ("Các nghệ nhân lớn tuổi mở lớp dạy miễn phí cho thanh niên trong làng vào mỗi tối thứ bảy, để nghề cũ "
      "không mất đi theo thời gian.")
RELATED = "Chợ phiên vùng cao đông vui ngày cuối tuần"


def html_doc(lines: list[str]) -> RawDocument:
    text = "\n".join(lines)
    return RawDocument(path="gom.html", text=text, raw=text.encode(), encoding="utf-8", kind="html",
                       meta={"title": TITLE, "h1": TITLE}, paragraphs=[P1, P2])


def test_a_signature_under_the_article_element_is_the_author() -> None:
    article = extract(html_doc(["Trang chủ", TITLE, "14/05/2024 08:30", P1, P2, "Tin, ảnh: Khánh Linh",
                                "Tin liên quan", RELATED]))
    assert article.author == "Khánh Linh" and article.body == [P1, P2]


def test_a_one_word_signature_right_under_the_last_paragraph() -> None:
    article = extract(html_doc([TITLE, "14/05/2024 08:30", P1, P2, "Khánh", "Tin liên quan", RELATED]))
    assert article.author == "Khánh"


def test_a_name_between_the_headline_and_the_first_paragraph() -> None:
    article = extract(html_doc([TITLE, "Khánh Linh", "14/05/2024 08:30", P1, P2, "Tin liên quan", RELATED]))
    assert article.author == "Khánh Linh"


def test_a_related_headline_after_the_article_is_no_author() -> None:
    article = extract(html_doc([TITLE, "14/05/2024 08:30", P1, P2, RELATED]))
    assert article.author is None


def test_a_tagged_sapo_opening_the_article_element_stays_above_a_subheading() -> None:
    sapo = "(VOV) - Làng gốm ven sông vừa đón đoàn khách đầu tiên của mùa lễ hội, mở đầu một năm nhiều đổi mới"
    sub = "Ba cách giữ nghề của người làng gốm ven sông"
    text = "\n".join([TITLE, "14/05/2024 08:30", sapo, sub, P1, P2])
    doc = RawDocument(path="gom.html", text=text, raw=text.encode(), encoding="utf-8", kind="html",
                      meta={"title": TITLE, "h1": TITLE}, paragraphs=[sapo, sub, P1, P2])
    assert extract(doc).body == [sapo, sub, P1, P2]


def test_an_article_element_ending_with_its_one_word_signature_and_a_teaser() -> None:
    text = "\n".join([TITLE, "14/05/2024 08:30", P1, P2, "Khánh", "Tin liên quan", RELATED])
    doc = RawDocument(path="gom.html", text=text, raw=text.encode(), encoding="utf-8", kind="html",
                      meta={"title": TITLE, "h1": TITLE}, paragraphs=[P1, P2, "Khánh", RELATED])
    article = extract(doc)
    assert article.author == "Khánh" and "Khánh" not in article.body


def test_a_signature_under_a_linked_headline_printed_again_in_the_list_below() -> None:
    linked = "Nghệ nhân làng gốm kể chuyện giữ lửa lò nung qua ba thế hệ"
    article = extract(html_doc([TITLE, "14/05/2024 08:30", P1, P2, linked, "KHÁNH LINH", "Tin liên quan", linked,
                                RELATED]))
    assert article.author == "Khánh Linh" and article.body == [P1, P2]


def test_a_linked_headline_printed_once_still_stops_the_search() -> None:
    linked = "Nghệ nhân làng gốm kể chuyện giữ lửa lò nung qua ba thế hệ"
    article = extract(html_doc([TITLE, "14/05/2024 08:30", P1, P2, linked, "KHÁNH LINH", "Tin liên quan", RELATED]))
    assert article.author is None


def test_article_paragraphs_the_page_text_leaves_out_keep_the_page_order() -> None:
    # The article element holds a box the page text does not show (more than five short lines); the last paragraph
    # is still matched in place, so the signature under it is found.
    box = [f"Mục {n} của hộp thông tin" for n in range(1, 8)]
    text = "\n".join([TITLE, "14/05/2024 08:30", P1, P2, "Khánh Linh", "Tin liên quan", RELATED])
    doc = RawDocument(path="gom.html", text=text, raw=text.encode(), encoding="utf-8", kind="html",
                      meta={"title": TITLE, "h1": TITLE}, paragraphs=[P1, *box, P2])
    article = extract(doc)
    assert article.author == "Khánh Linh"
    assert [b.text for b in article.blocks if b.role == "body"][-1] == P2
