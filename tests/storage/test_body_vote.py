"""trafilatura as a vote between the article element and the whole page when they disagree."""
from __future__ import annotations

from storage.extraction import extract
from storage.extraction.body_vote import agreement, trafilatura_text, vote
from storage.records import Block, RawDocument

TITLE = "Làng gốm ven sông giữ nghề giữa thời máy móc"
BODY = [
    "Ở làng gốm ven sông, hơn ba mươi hộ vẫn nặn tay từng chiếc bình, dù máy ép đã có mặt ở nhiều lò nung "
    "trong vùng từ vài năm nay.",
    "Các nghệ nhân lớn tuổi mở lớp dạy miễn phí cho thanh niên trong làng vào mỗi tối thứ bảy, để nghề cũ "
    "không mất đi theo thời gian.",
    "Người làng mong chính quyền sớm làm con đường bê tông dẫn vào lò, để xe chở khách du lịch đi lại dễ hơn "
    "trong mùa mưa.",
]
SIDEBAR = [
    "Chợ phiên vùng cao đông vui ngày cuối tuần, khi bà con các bản gùi hàng xuống chợ từ lúc trời còn tối.",
    "Hợp tác xã mở xưởng sấy nông sản, giúp nông dân giữ được giá khi vào vụ thu hoạch rộ của năm nay.",
    "Mùa gặt sớm ở cánh đồng ven đê, khi nông dân xuống đồng từ lúc trời chưa sáng hẳn để kịp nắng.",
    "Người trẻ về quê mở homestay trên đồi chè và đã đón những đoàn khách đầu tiên trong năm nay.",
]


def page_html() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    side = "".join(f"<li><a href='/x'>{p}</a></li>" for p in SIDEBAR)
    return (f"<html><head><title>{TITLE}</title></head><body><nav><a href='/'>Trang chủ</a></nav>"
            f"<article><h1>{TITLE}</h1><p>14/05/2024 08:30</p>{paragraphs}</article>"
            f"<aside><h3>Đọc nhiều</h3><ul>{side}</ul></aside></body></html>")


def test_trafilatura_reads_the_article() -> None:
    html = page_html()
    doc = RawDocument(path="gom.html", text="", raw=html.encode(), encoding="utf-8", kind="html")
    text = trafilatura_text(doc)
    assert text is not None and BODY[0] in text and not any(s in text for s in SIDEBAR)


def test_agreement_and_abstention() -> None:
    article = [Block(p) for p in BODY]
    sidebar = [Block(p) for p in SIDEBAR]
    assert agreement(article, BODY) > 0.99 and agreement(sidebar, BODY) < 0.5
    assert vote(sidebar, article, BODY) == "whole"
    assert vote(article, article, BODY) is None  # no difference, no vote
    assert vote(sidebar, article, None) is None


def test_a_mis_detected_article_element_loses_the_vote() -> None:
    html = page_html()
    lines = ["Trang chủ", "Tin nổi bật", *SIDEBAR, TITLE, "14/05/2024 08:30", *BODY]
    doc = RawDocument(path="gom.html", text="\n".join(lines), raw=html.encode(), encoding="utf-8", kind="html",
                      meta={"title": TITLE}, paragraphs=SIDEBAR)  # as if the reader took the box for the article
    assert extract(doc).body == BODY
