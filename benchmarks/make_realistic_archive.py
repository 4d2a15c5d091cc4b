"""Build a realistic synthetic archive of N articles: `make_realistic_archive(path, n)`.

Usage: .venv/bin/python benchmarks/make_realistic_archive.py OUT.sqlite [N=100000] [--no-raw]

Unlike make_archive.py (0.4 KiB articles, 2.5k people) the articles here are real length
(body ~3-6 KiB of sentences pooled from the seed, holdout and blind pages), with removed boilerplate
blocks and raw page bytes as the importer stores them; people, organisations and places are drawn
from a Zipf distribution over a large name pool (>= 200k distinct people at 1M articles), outlets
from the real outlet table with a long tail, dates over 20 years, 5% of articles flagged for review.
Rows go in through executemany in batches (packed columns and links as the archive writes them; the
archive's triggers index them).
Prints the rate. Large archives belong under /tmp, never in the repository.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.archive import Archive  # noqa: E402
from storage.archive.codec import body_of, pack_blocks, pack_raw, word_count  # noqa: E402
from storage.archive.search import fts_values  # noqa: E402
from storage.extraction.outlets import load_outlets  # noqa: E402
from storage.records import Block  # noqa: E402

SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))
TEXT_SOURCES = [SHARED / "corpus" / "seeds", ROOT / "benchmarks" / "holdout", *sorted(
    (ROOT / "benchmarks").glob("blind*"))]
SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“])")
FAMILY = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Lương "
          "Tạ Đoàn Cao Lâm Hà Kiều Chu Quách Tô Văn").split()
MIDDLE = ("Văn Thị Minh Đức Thanh Quốc Hữu Ngọc Xuân Thu Công Đình Hồng Kim Trọng Tiến Thế Bảo Gia "
          "Hoài Phương Anh Quang Mạnh Huy Việt Khánh Duy Tuấn Hải").split()
GIVEN = ("An Bình Cường Dũng Giang Hà Hùng Khải Lan Long Mai Nam Phong Quân Sơn Tâm Thảo Trung Tuấn Vinh "
         "Yến Hiếu Hoa Hòa Huệ Khoa Lâm Linh Lộc Lực Nga Nghĩa Ngân Nhung Phúc Quý Quyên Sang Tài Thắng "
         "Thành Thủy Tiến Toàn Trang Trí Tú Tùng Uyên Vân Vũ Xuân Cảnh Chiến Công Đạt Định Đông Hạnh "
         "Hằng Hiền Hưng Kiên Loan Luân Ly Minh Ngọc Nhân Oanh Phát Quang Tín").split()
ORG_HEADS = ["Bộ", "Sở", "Ủy ban", "Tổng cục", "Cục", "Viện", "Hội", "Tập đoàn", "Công ty", "Trường Đại học"]
ORG_TAILS = ["Quốc phòng", "Ngoại giao", "Y tế", "Giáo dục", "Công Thương", "Tài chính", "Nông nghiệp",
             "Giao thông", "Xây dựng", "Khoa học", "Tư pháp", "Nội vụ", "Văn hóa", "Thông tin", "Lao động"]
PLACES = ("Hà Nội|Thành phố Hồ Chí Minh|Đà Nẵng|Huế|Cần Thơ|Hải Phòng|Nha Trang|Vinh|Quy Nhơn|Biển Đông|"
          "Trường Sa|Hoàng Sa|Washington|Bắc Kinh|Moskva|Tokyo|Seoul|Canberra|New Delhi|Jakarta|Manila|"
          "Bangkok|Viêng Chăn|Phnom Penh|Singapore|Kuala Lumpur|Paris|Berlin|London|Kiev").split("|")
BOILERPLATE = ["Trang chủ", "Thời sự", "Quốc tế", "Bình luận", "Chia sẻ", "Theo dõi chúng tôi trên",
               "Tin liên quan", "Đọc thêm", "Xem thêm", "Lượt xem: 1.024", "Bản quyền thuộc về tòa soạn"]
TAGS = ["quân sự", "kinh tế", "xã hội", "ngoại giao", "môi trường", "biển đảo", "an ninh", "công nghệ"]
BATCH = 5000


def load_topics() -> list[list[str]]:
    """Body-like sentences of every page dump we have (seeds, holdout, blind sets), one list per
    page: an article draws from one or two pages, so a word is common in some topics, absent in others."""
    topics: list[list[str]] = []
    for folder in TEXT_SOURCES:
        for path in sorted(folder.glob("*.txt")):
            sentences = []
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if len(line.split()) >= 12:
                    sentences += [s for s in SENTENCE.split(line.strip()) if len(s.split()) >= 6]
            if len(sentences) >= 5:
                topics.append(sentences)
    if not topics:
        sys.exit(f"no page text found under {TEXT_SOURCES[0]} or benchmarks/ (set TULIEU_SHARED)")
    return topics


class Zipf:
    """Ranks 0..size-1 drawn with P(rank) ~ 1/(rank+1)^s (bisection on the cumulative weights)."""

    def __init__(self, size: int, s: float, rng: random.Random) -> None:
        self._cdf = list(accumulate(1.0 / rank ** s for rank in range(1, size + 1)))
        self._ranks = range(size)
        self._rng = random.Random(rng.randrange(2**32))

    def draw(self, count: int) -> list[int]:
        """`count` ranks."""
        return self._rng.choices(self._ranks, cum_weights=self._cdf, k=count)


def person_name(rank: int) -> str:
    """A distinct Vietnamese name for every rank (family, two middles, given: 1.4M combinations)."""
    rank, given = divmod(rank, len(GIVEN))
    rank, middle2 = divmod(rank, len(MIDDLE))
    rank, middle1 = divmod(rank, len(MIDDLE))
    family = FAMILY[rank % len(FAMILY)]
    return f"{family} {MIDDLE[middle1]} {MIDDLE[middle2]} {GIVEN[given]}"


def org_name(rank: int) -> str:
    """A distinct organisation name for every rank."""
    head, tail = ORG_HEADS[rank % len(ORG_HEADS)], ORG_TAILS[(rank // len(ORG_HEADS)) % len(ORG_TAILS)]
    number = rank // (len(ORG_HEADS) * len(ORG_TAILS))
    return f"{head} {tail}" + (f" số {number}" if number else "")


def place_name(rank: int) -> str:
    """Real place names first, then numbered districts for the long tail."""
    return PLACES[rank] if rank < len(PLACES) else f"Quận {rank - len(PLACES) + 1}"


class Generator:
    """Draws whole articles; one instance per archive build (seeded, so runs are reproducible)."""

    def __init__(self, n: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.topics = load_topics()
        self.sentences: list[str] = []  # the current article's pool
        self.outlets = [o.name for o in load_outlets()]
        self.people = Zipf(max(1000, n), 1.0, self.rng)
        self.orgs = Zipf(max(200, n // 20), 1.1, self.rng)
        self.places = Zipf(max(100, n // 50), 1.2, self.rng)
        self.outlet_rank = Zipf(len(self.outlets), 1.1, self.rng)

    def article(self, number: int) -> tuple[dict, list[tuple[str, str]], list[str]]:
        """(articles row, [(name, kind)] in order, tags) for article `number`."""
        rng = self.rng
        self.sentences = [s for t in rng.sample(self.topics, rng.choice((1, 1, 2))) for s in t]
        people = [person_name(r) for r in self.people.draw(rng.choice((0, 1, 2, 2, 3, 4, 6, 9)))]
        orgs = [org_name(r) for r in self.orgs.draw(rng.randint(0, 4))]
        places = [place_name(r) for r in self.places.draw(rng.randint(1, 4))]
        paragraphs = self._paragraphs(people, orgs, places, number)
        title = " ".join(rng.choice(self.sentences).split()[:rng.randint(8, 16)]).rstrip(".,;:")
        blocks = [{"text": t, "role": "removed", "reason": "menu"} for t in rng.sample(BOILERPLATE, 4)]
        blocks += [{"text": title, "role": "removed", "reason": "title"}]
        blocks += [{"text": p, "role": "body", "reason": ""} for p in paragraphs]
        blocks += [{"text": t, "role": "removed", "reason": "related-list"} for t in rng.sample(BOILERPLATE, 3)]
        year = 2006 + min(19, int(rng.triangular(0, 20, 18)))
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        raw = "\n".join(b["text"] for b in blocks).encode("utf-8")
        row = {
            "title": title, "published": published, "date_precision": rng.choice(("exact",) * 8 + ("inferred",)),
            "outlet": self.outlets[self.outlet_rank.draw(1)[0]], "lead": paragraphs[0],
            "origins": '{"title":"heading","published":"byline"}', "words": word_count("\n".join(paragraphs)),
            "blocks": [Block(**b) for b in blocks],  # packed with the raw bytes the archive keeps (Writer)
            "file_name": f"page_{number:07d}.txt", "content_hash": f"synthetic-{number}",
            "imported_at": f"{published}T08:00:00+00:00", "user_fields": "[]", "raw": raw,
            "needs_review": '["published"]' if rng.random() < 0.05 else "[]",
        }
        entities = [(n, "person") for n in dict.fromkeys(people)]
        entities += [(n, "organization") for n in dict.fromkeys(orgs)]
        entities += [(n, "location") for n in dict.fromkeys(places)]
        return row, entities, rng.sample(TAGS, rng.choice((0, 1, 1, 2)))

    def _paragraphs(self, people: list[str], orgs: list[str], places: list[str], number: int) -> list[str]:
        """8-22 paragraphs of 1-4 pooled sentences; the entities are named in the text."""
        rng = self.rng
        paragraphs = [" ".join(rng.choices(self.sentences, k=rng.randint(1, 4))) for _ in range(rng.randint(8, 22))]
        for name in people:
            i = rng.randrange(len(paragraphs))
            paragraphs[i] = f"Ông {name} cho biết: {paragraphs[i]}"
        for name in orgs + places:
            i = rng.randrange(len(paragraphs))
            paragraphs[i] = f"{paragraphs[i]} (theo {name})"
        paragraphs[-1] += f" Bài số {number}."
        return paragraphs


class Writer:
    """Batches rows, FTS values and links; ids of entities and tags kept in memory."""

    def __init__(self, archive: Archive) -> None:
        self.conn = archive._conn
        self.entity_ids = {(name, kind): i
                           for i, name, kind in self.conn.execute("SELECT id, name, kind FROM entities")}
        self.tag_ids = {name: i for i, name in self.conn.execute("SELECT id, name FROM tag_names")}
        self.rows: list[tuple] = []
        self.links: list[tuple] = []
        self.tags: list[tuple] = []
        self.fts: list[tuple] = []

    def add(self, article_id: int, row: dict, entities: list[tuple[str, str]], tags: list[str]) -> None:
        """Queue one article (its blocks and raw bytes packed as the archive stores them)."""
        if not self.conn.sql.indexed_by_triggers:
            self.fts.append((article_id, *fts_values(row["title"], row["lead"], body_of(row["blocks"]))))
        row = {**row, "blocks": pack_blocks(row["blocks"], row["raw"]), "raw": pack_raw(row["raw"])}
        self.rows.append((article_id, *row.values()))
        for position, key in enumerate(entities):
            if key not in self.entity_ids:
                self.entity_ids[key] = self.conn.execute("INSERT INTO entities(name, kind) VALUES (?, ?)",
                                                         key).lastrowid
            self.links.append((article_id, self.entity_ids[key], position))
        for tag in tags:
            if tag not in self.tag_ids:
                self.tag_ids[tag] = self.conn.execute("INSERT INTO tag_names(name) VALUES (?)", (tag,)).lastrowid
            self.tags.append((article_id, self.tag_ids[tag]))

    def flush(self, columns: list[str]) -> None:
        """Write the queued batch (inside the caller's transaction)."""
        marks = ",".join("?" * (len(columns) + 1))
        self.conn.executemany(f"INSERT INTO articles(id, {', '.join(columns)}) VALUES ({marks})", self.rows)
        self.conn.sql.index_rows(self.conn, self.fts)  # PostgreSQL's index rows (SQLite's triggers index)
        self.conn.executemany("INSERT INTO article_entities(article_id, entity_id, position) VALUES (?, ?, ?)",
                              self.links)
        self.conn.executemany("INSERT INTO article_tags(article_id, tag_id) VALUES (?, ?)", self.tags)
        self.rows, self.fts, self.links, self.tags = [], [], [], []


def make_realistic_archive(path: str | Path, n: int, seed: int = 7, raw: bool = True,
                           report=lambda done, n: None) -> Path:
    """Create (or extend) an archive at path with n realistic articles; returns the path."""
    generator = Generator(n, seed)
    with Archive.open(path) as archive:
        writer = Writer(archive)
        start = archive._conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0] + 1
        columns: list[str] = []
        for batch_start in range(start, start + n, BATCH):
            with archive._write():  # one transaction per batch: the WAL stays small
                for article_id in range(batch_start, min(start + n, batch_start + BATCH)):
                    row, entities, tags = generator.article(article_id)
                    row["raw"] = row["raw"] if raw else b""
                    columns = list(row)
                    writer.add(article_id, row, entities, tags)
                writer.flush(columns)
            report(batch_start + BATCH - start, n)
        archive._conn.execute("ANALYZE")
    return Path(path)


def main() -> None:
    """Command line: build the archive, print its rate and shape."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="an archive file, or a postgresql:// URL of an empty database")
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    parser.add_argument("--no-raw", action="store_true", help="leave the raw page bytes out (smaller file)")
    args = parser.parse_args()
    started = time.perf_counter()

    def report(done: int, n: int) -> None:
        if done % 50_000 < BATCH:
            elapsed = time.perf_counter() - started
            print(f"  {min(done, n):>9,} articles  {elapsed:7.1f} s  {min(done, n) / elapsed:6.0f}/s", flush=True)

    make_realistic_archive(args.out, args.n, raw=not args.no_raw, report=report)
    elapsed = time.perf_counter() - started
    with Archive.open(args.out, read_only=True) as archive:
        conn = archive._conn
        kinds = dict(conn.execute("SELECT kind, count(*) FROM entities GROUP BY kind").fetchall())
        words = conn.execute("SELECT avg(words) FROM articles").fetchone()[0]
        size = (conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] if archive.shared
                else Path(args.out).stat().st_size)
    print(f"{args.out}: {args.n:,} articles in {elapsed:.1f} s ({args.n / elapsed:.0f}/s), "
          f"{size / 1e6:,.0f} MB; mean body {float(words):.0f} words; entities {kinds}")


if __name__ == "__main__":
    main()
