"""Own small articles (written for these tests) and a window showing them, for the desk tests."""
from __future__ import annotations

from pathlib import Path

from storage.archive import Archive
from storage.records import Article, Block, Entity

# (title, published, precision, outlet, organisations, tags, needs_review)
ROWS = [
    ("Việt Nam đăng cai hội thảo về an ninh biển", "2019-11-08", "exact", "Báo Thời Đại",
     ["Bộ Quốc phòng", "ASEAN"], ["biển"], []),
    ("Đối thoại chính sách thường niên giữa hai bộ", "2013-05-28", "inferred", "Quân đội nhân dân",
     ["Bộ Quốc phòng Việt Nam", "Liên Hợp Quốc"], [], ["published"]),
    ("Ăn Tết sớm cùng bộ đội nơi đảo xa", "2020-01-20", "exact", "Báo Biên phòng",
     ["Hải quân"], ["tết"], []),
    ("An toàn giao thông đường thủy mùa mưa", None, "unknown", "Báo Giao thông", [], [], ["published"]),
    ("Bảo tàng mở cửa đón khách dịp lễ", "2021-04-30", "exact", "Báo Thời Đại", ["ASEAN"], [], []),
]


def make_article(n: int, row: tuple) -> Article:
    """An Article with two short body paragraphs of our own."""
    title, published, precision, outlet, orgs, tags, review = row
    body = [f"Đoạn mở đầu số {n}: {title.lower()} được nhiều người quan tâm.",
            f"Ông Lê Văn Minh cho biết kế hoạch số {n} sẽ được triển khai trong thời gian tới."]
    entities = [Entity("Lê Văn Minh", "person")] + [Entity(o, "organization") for o in orgs]
    return Article(title=title, published=published, date_precision=precision, outlet=outlet,
                   blocks=[Block(p) for p in body], entities=entities, tags=list(tags),
                   needs_review=list(review), origins={"published": "inferred" if precision == "inferred" else
                                                       "page-text"})


def make_archive(path: Path, rows: list[tuple] | None = None) -> Path:
    """Write an archive at `path` with our own articles; returns the path."""
    with Archive.open(path) as archive:
        for n, row in enumerate(rows or ROWS):
            archive.add_article(make_article(n, row), raw=f"tệp {n}".encode(), file_name=f"bai_{n}.txt")
    return path
