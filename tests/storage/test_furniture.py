"""Per-outlet furniture: lines repeated across an outlet's pages are removed from its next page."""
from __future__ import annotations

from storage.extraction import extract, learn_furniture
from storage.extraction.furniture import mark_furniture
from storage.extraction.linefeatures import norm_key
from storage.records import RawDocument

MENU = "Nông thôn mới"
PROMO = "Đặt mua báo in hằng tuần để đọc thêm nhiều phóng sự hay về đời sống ở các làng quê trên cả nước."
DATE = "Thứ ba, 14/5/2024, 08:15 (GMT+7)"


def page(title: str, *body: str) -> list[str]:
    return [MENU, DATE, title, *body, PROMO]


PAGES = [
    page("Mùa gặt sớm ở cánh đồng ven đê", "Nông dân xã ven đê thu hoạch lúa sớm hơn mọi năm chừng một tuần lễ."),
    page("Chợ phiên vùng cao đông vui ngày cuối tuần", "Từ sáng sớm, bà con các bản đã gùi hàng xuống chợ phiên."),
    page("Hợp tác xã mở xưởng sấy nông sản", "Xưởng sấy giúp nông dân giữ được giá khi vào vụ thu hoạch rộ."),
]
NEW = page("Làng nghề đan lát giữ nghề qua bốn thế hệ",
           "Ở làng đan lát ven sông, hơn năm mươi hộ vẫn sống bằng nghề đan giỏ tre truyền thống của cha ông.",
           "Sản phẩm của làng nay đã theo các thương lái đi khắp các tỉnh phía Bắc và cả ra nước ngoài.")


def test_lines_on_several_pages_are_furniture_and_their_own_lines_are_not() -> None:
    furniture = learn_furniture(PAGES)
    assert {norm_key(MENU), norm_key(PROMO), norm_key(DATE)} <= furniture
    assert norm_key(PAGES[0][2]) not in furniture and norm_key(PAGES[0][3]) not in furniture


def test_one_other_page_is_not_enough() -> None:
    assert learn_furniture(PAGES[:1]) == frozenset()


def test_mark_furniture_keeps_other_reasons() -> None:
    lines = [MENU, "1,234 lượt xem", NEW[3]]
    marked = mark_furniture(lines, [None, "view-counter", None], learn_furniture(PAGES))
    assert marked == ["furniture", "view-counter", None]


def test_the_outlets_promo_line_leaves_the_body_once_learnt() -> None:
    text = "\n".join(NEW)
    doc = RawDocument(path="dan-lat.txt", text=text, raw=text.encode(), encoding="utf-8", kind="text")
    assert PROMO in extract(doc).body  # prose-shaped: alone, the page cannot tell it from the article
    article = extract(doc, learn_furniture(PAGES))
    assert PROMO not in article.body and article.body == NEW[3:5]
    assert article.title == NEW[2]


def test_known_lines_that_are_much_of_the_body_are_a_copy_not_furniture() -> None:
    from storage.extraction.furniture import removable
    from storage.records import Block

    blocks = [Block(NEW[3], "body"), Block(NEW[4], "body"), Block(PROMO, "body")]
    assert removable(blocks, frozenset({norm_key(PROMO)})) == frozenset()  # a third of a short body
    long_body = [Block(NEW[3] * 4, "body"), Block(NEW[4] * 4, "body"), Block(PROMO, "body")]
    assert removable(long_body, frozenset({norm_key(PROMO)})) == {norm_key(PROMO)}


def test_a_second_extraction_that_loses_other_lines_is_refused() -> None:
    from storage.extraction.furniture import keeps_the_rest

    furniture = frozenset({norm_key(PROMO)})
    assert keeps_the_rest([NEW[3], NEW[4], PROMO], [NEW[3], NEW[4]], furniture)
    assert not keeps_the_rest([NEW[3], NEW[4], PROMO], [NEW[4]], furniture)
