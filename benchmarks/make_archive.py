"""Build a synthetic archive of N articles fast (for GUI benchmarks): `make_archive(path, n)`.

Usage: .venv/bin/python benchmarks/make_archive.py OUT.sqlite [N=100000]
Rows go in through bulk inserts in one transaction (schema, FTS and entities exactly as the
archive writes them); text is generated from small Vietnamese word lists, not from any corpus.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage.archive import Archive  # noqa: E402
from storage.archive.codec import pack_blocks, word_count  # noqa: E402
from storage.records import Block  # noqa: E402

OUTLETS = ["Báo Mẫu", "Tin Vùng Biển", "Thời Báo Số", "Văn Hóa Nay", "Đời Sống Mới", "Kinh Tế Sáng",
           "Nhịp Cầu", "Tiếng Nói Đồng Bằng"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Khải", "Lan", "Long", "Mai", "Nam",
         "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến"]
PLACES = ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang", "Vinh", "Quy Nhơn"]
ORGS = ["Bộ Quốc phòng", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh", "Hội Nông dân"]
SUBJECTS = ["hợp tác quốc phòng", "giá lúa gạo", "đường sắt tốc độ cao", "bảo vệ rừng", "y tế cơ sở",
            "du lịch biển đảo", "chuyển đổi số", "nước sạch nông thôn", "giáo dục vùng cao", "hòa giải"]
VERBS = ["đẩy mạnh", "bàn về", "khởi động", "tổng kết", "thúc đẩy", "rà soát", "ưu tiên"]
TAGS = ["quân sự", "kinh tế", "xã hội", "ngoại giao", "môi trường"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _article(rng: random.Random, n: int) -> tuple[dict, list[tuple[str, str]], list[str]]:
    subject, place = rng.choice(SUBJECTS), rng.choice(PLACES)
    people = [_person(rng) for _ in range(rng.randint(0, 3))]
    year = rng.randint(2000, 2025)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body = [f"Tại {place}, các bên {rng.choice(VERBS)} {subject} trong năm {year} (bài {n}).",
            *(f"Ông {p} cho biết kế hoạch về {subject} sẽ được triển khai." for p in people),
            f"Nhiều ý kiến đề nghị {rng.choice(VERBS)} {rng.choice(SUBJECTS)} ở {rng.choice(PLACES)}."]
    row = {
        "title": f"{place} {rng.choice(VERBS)} {subject}", "published": published,
        "date_precision": rng.choice(["exact", "exact", "inferred"]), "outlet": rng.choice(OUTLETS),
        "lead": body[0], "origins": "{}", "words": word_count("\n".join(body)), "raw": b"",
        "blocks": pack_blocks([Block(t) for t in body]),
        "file_name": f"synthetic_{n:06d}.txt", "content_hash": f"synthetic-{n}", "imported_at": published,
        "needs_review": '["published"]' if rng.random() < 0.05 else "[]", "user_fields": "[]",
    }
    entities = [(p, "person") for p in dict.fromkeys(people)] + [(place, "location")]
    if rng.random() < 0.5:
        entities.append((rng.choice(ORGS), "organization"))
    tags = rng.sample(TAGS, rng.randint(0, 2))
    return row, entities, tags


def make_archive(path: str | Path, n: int, seed: int = 7) -> Path:
    """Create (or extend) an archive at path with n synthetic articles; returns the path."""
    rng = random.Random(seed)
    with Archive.open(path) as archive:
        db, conn = archive._db, archive._conn
        start = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0] + 1
        entity_ids: dict[tuple[str, str], int] = {
            (name, kind): i for i, name, kind in conn.execute("SELECT id, name, kind FROM entities")}
        tag_ids: dict[str, int] = {}
        with archive._write():
            rows, links, tag_links = [], [], []
            for article_id in range(start, start + n):
                row, entities, tags = _article(rng, article_id)
                rows.append({"id": article_id, **row})
                for position, key in enumerate(entities):
                    if key not in entity_ids:
                        entity_ids[key] = conn.execute("INSERT INTO entities(name, kind) VALUES (?, ?)",
                                                       key).lastrowid
                    links.append((article_id, entity_ids[key], position))
                for tag in tags:
                    if tag not in tag_ids:
                        conn.execute("INSERT OR IGNORE INTO tag_names(name) VALUES (?)", (tag,))
                        tag_ids[tag] = conn.execute("SELECT id FROM tag_names WHERE name = ?", (tag,)).fetchone()[0]
                    tag_links.append((article_id, tag_ids[tag]))
            db["articles"].insert_all(rows, batch_size=2000)  # the archive's triggers index them
            conn.executemany("INSERT INTO article_entities(article_id, entity_id, position) VALUES (?, ?, ?)", links)
            conn.executemany("INSERT INTO article_tags(article_id, tag_id) VALUES (?, ?)", tag_links)
        conn.execute("ANALYZE")
    return Path(path)


def main() -> None:
    """Command line: build the archive and print how long it took."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("synthetic.tulieu.sqlite")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    started = time.perf_counter()
    make_archive(out, n)
    print(f"{out}: {n} articles in {time.perf_counter() - started:.1f} s "
          f"({out.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
