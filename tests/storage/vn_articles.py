"""Small Vietnamese Article fixtures written for the archive tests (not taken from any seed)."""
from __future__ import annotations

from storage.records import Article, Block, Entity


def article(title: str, paragraphs: list[str], *, lead: str | None = None, published: str | None = None,
            outlet: str | None = None, url: str | None = None, entities: list[Entity] | None = None,
            tags: list[str] | None = None, needs_review: list[str] | None = None) -> Article:
    """An Article with body blocks from paragraphs."""
    return Article(title=title, published=published, date_precision="exact" if published else "unknown",
                   outlet=outlet, url=url, lead=lead, blocks=[Block(p) for p in paragraphs],
                   entities=list(entities or []), tags=list(tags or []), needs_review=list(needs_review or []),
                   origins={"title": "page-text"} if title else {})


def defence() -> Article:
    """Defence cooperation, names a general; has 'quốc phòng' and 'đường'."""
    return article(
        "Hợp tác quốc phòng giữa hai nước bước sang giai đoạn mới",
        ["Đoàn công tác đã đi bằng đường bộ tới thành phố cảng.",
         "Thượng tướng Trần Văn Khải khẳng định quan hệ hòa bình là nền tảng.",
         "Ông Khải cho biết hai bên sẽ trao đổi sĩ quan trẻ."],
        lead="Sáng 5/3, hai đoàn quốc phòng gặp nhau tại Hà Nội.",
        published="2021-03-05", outlet="Báo Mẫu", url="https://baomau.vn/quoc-phong/hop-tac-123.html",
        entities=[Entity("Trần Văn Khải", "person", ["ông Khải"], "Thượng tướng", 2),
                  Entity("Hà Nội", "location")],
        tags=["quân sự"], needs_review=["published"])


def market() -> Article:
    """A market story: 'bán', 'bạn', 'ban', 'thuỷ sản' (tone on the second vowel)."""
    return article(
        "Chợ cá ven biển tấp nập ngày cuối tuần",
        ["Người dân mang thuỷ sản ra chợ bán từ sáng sớm.",
         "Một người bạn của tôi kể rằng giá tôm đã tăng."],
        published="2022-07-10", outlet="Tin Vùng Biển", url="http://tinvungbien.vn/cho-ca.html",
        entities=[Entity("Khánh Hòa", "location")])


def committee() -> Article:
    """A committee meeting: 'ban' without marks, 'hoà' with the mark on the second vowel."""
    return article(
        "Ban chỉ đạo họp bàn kế hoạch năm mới",
        ["Ban chỉ đạo thống nhất giữ hoà khí trong tập thể.",
         "Cuộc họp kết thúc lúc 11 giờ."],
        published="2020-01-15", outlet="Báo Mẫu", url="https://baomau.vn/xa-hoi/ban-chi-dao.html",
        entities=[Entity("Ban chỉ đạo", "organization")])


def name_scattered() -> Article:
    """The words of a person's name, scattered but never together (phrase search must skip it)."""
    return article(
        "Nhà nghiên cứu Nguyễn Thị Lan ra mắt tạp chí",
        ["Tạp chí văn hóa có bài của Lan về văn học Trần.",
         "Buổi ra mắt có khách từ vịnh Hạ Long và Khải Định."],
        published="2023-05-20", outlet="Văn Hóa Nay", url="https://vanhoanay.vn/tap-chi.html",
        entities=[Entity("Nguyễn Thị Lan", "person")])


ALL = (defence, market, committee, name_scattered)


def portrait() -> Article:
    """Not in ALL: a made-up official's full name, and "Hoàng" (starts like "hoà")."""
    return article(
        "Ông Nguyễn Chí Vượng nhận nhiệm vụ mới",
        ["Ông Nguyễn Chí Vượng từng công tác tại tỉnh Lâm Đồng.",
         "Người kế nhiệm là ông Lê Hoàng Sơn."],
        published="2024-02-01", outlet="Tin Vùng Biển", url="http://tinvungbien.vn/nhan-su.html",
        entities=[Entity("Nguyễn Chí Vượng", "person"), Entity("Lê Hoàng Sơn", "person")])
