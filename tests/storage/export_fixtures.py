"""A small real archive for the export tests: Vietnamese articles with every field the exports carry."""
from __future__ import annotations

from pathlib import Path

from storage.archive import Archive
from storage.records import Article, Block, Entity

from . import vn_articles


def tricky() -> Article:
    """Two authors, an inferred date, a caption, a removed block, a formula-like title, line breaks, tags."""
    return Article(
        title="=SUM(A1) Thủy sản: hòa giải \"tranh chấp\", quốc phòng & đường biển",
        published="2020-10-05", date_precision="inferred", outlet="Tin Vùng Biển", source="Thông tấn Mẫu",
        author="Nguyễn Chí Vịnh - Mark T. Esper", url="https://tinvungbien.vn/thuy-san.html?a=1&b=2",
        lead="Ngày 5/10, ngư dân *Khánh Hòa* trở về sau chuyến biển dài.",
        blocks=[Block("Ngày 5/10, ngư dân *Khánh Hòa* trở về sau chuyến biển dài."),
                Block("Đoàn tàu gồm 12 chiếc,\nmỗi chiếc chở hàng chục tấn cá."),
                Block("Ngư dân kéo lưới trên boong tàu. Ảnh: Báo Mẫu", role="caption"),
                Block("1,393 lượt xem", role="removed", reason="view-counter"),
                Block("# Không phải tiêu đề: giá cá tăng 10% so với năm ngoái.")],
        entities=[Entity("Nguyễn Chí Vịnh", "person", ["ông Vịnh"], "Thượng tướng", 2),
                  Entity("Hội Nghề cá", "organization"), Entity("Khánh Hòa", "location")],
        tags=["thủy sản", "biển"], needs_review=["published"],
        origins={"title": "page-text", "published": "inferred", "author": "page-text"}, file_name="thuy-san.html")


def articles() -> list[Article]:
    """The export fixtures: four small articles of vn_articles plus the tricky one."""
    return [vn_articles.defence(), vn_articles.market(), vn_articles.committee(), vn_articles.name_scattered(),
            tricky()]


def make_archive(path: Path) -> list[int]:
    """Fill a real archive file with the fixtures (one user edit too); returns the ids in insertion order."""
    with Archive.open(path) as archive:
        ids = [archive.add_article(a, raw=a.title.encode(), file_name=a.file_name or f"{i}.txt")
               for i, a in enumerate(articles())]
        archive.set_field(ids[1], "author", "Trần Thị Mai")  # a user edit: origin "user", field user-edited
    return ids
