"""What a realistic synthetic article is made of: page sentences, Zipf-drawn names, outlets, dates.

`Draws(n).article(number, rng)` gives one `Article` (blocks, entities, tags, review flags) and its raw
page bytes; benchmarks/make_realistic_archive.py turns them into archive rows. Every draw takes the rng
it is given, so a batch drawn from its own seed is the same in any process.
"""
from __future__ import annotations

import os
import random
import re
import sys
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.extraction.outlets import load_outlets  # noqa: E402
from storage.records import Article, Block, Entity  # noqa: E402

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

    def __init__(self, size: int, s: float) -> None:
        self._cdf = list(accumulate(1.0 / rank ** s for rank in range(1, size + 1)))
        self._ranks = range(size)

    def draw(self, rng: random.Random, count: int) -> list[int]:
        """`count` ranks."""
        return rng.choices(self._ranks, cum_weights=self._cdf, k=count)


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


class Draws:
    """The pools an archive of n articles draws from (topics, outlets, Zipf name ranks)."""

    def __init__(self, n: int) -> None:
        self.topics = load_topics()
        self.outlets = [o.name for o in load_outlets()]
        self.people = Zipf(max(1000, n), 1.0)
        self.orgs = Zipf(max(200, n // 20), 1.1)
        self.places = Zipf(max(100, n // 50), 1.2)
        self.outlet_rank = Zipf(len(self.outlets), 1.1)

    def article(self, number: int, rng: random.Random) -> tuple[Article, bytes]:
        """Article `number` (entities named in its text, in order) and its raw page bytes."""
        sentences = [s for t in rng.sample(self.topics, rng.choice((1, 1, 2))) for s in t]
        people = [person_name(r) for r in self.people.draw(rng, rng.choice((0, 1, 2, 2, 3, 4, 6, 9)))]
        orgs = [org_name(r) for r in self.orgs.draw(rng, rng.randint(0, 4))]
        places = [place_name(r) for r in self.places.draw(rng, rng.randint(1, 4))]
        paragraphs = _paragraphs(rng, sentences, people, orgs, places, number)
        title = " ".join(rng.choice(sentences).split()[:rng.randint(8, 16)]).rstrip(".,;:")
        blocks = [Block(t, "removed", "menu") for t in rng.sample(BOILERPLATE, 4)]
        blocks += [Block(title, "removed", "title")]
        blocks += [Block(p, "body", "") for p in paragraphs]
        blocks += [Block(t, "removed", "related-list") for t in rng.sample(BOILERPLATE, 3)]
        year = 2006 + min(19, int(rng.triangular(0, 20, 18)))
        entities = [Entity(n, "person") for n in dict.fromkeys(people)]
        entities += [Entity(n, "organization") for n in dict.fromkeys(orgs)]
        entities += [Entity(n, "location") for n in dict.fromkeys(places)]
        article = Article(
            title=title, published=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            date_precision=rng.choice(("exact",) * 8 + ("inferred",)),
            outlet=self.outlets[self.outlet_rank.draw(rng, 1)[0]], lead=paragraphs[0], blocks=blocks,
            entities=entities, tags=rng.sample(TAGS, rng.choice((0, 1, 1, 2))),
            needs_review=["published"] if rng.random() < 0.05 else [],
            origins={"title": "heading", "published": "byline"}, file_name=f"page_{number:07d}.txt")
        return article, "\n".join(b.text for b in blocks).encode("utf-8")


def _paragraphs(rng: random.Random, sentences: list[str], people: list[str], orgs: list[str],
                places: list[str], number: int) -> list[str]:
    """8-22 paragraphs of 1-4 pooled sentences; the entities are named in the text."""
    paragraphs = [" ".join(rng.choices(sentences, k=rng.randint(1, 4))) for _ in range(rng.randint(8, 22))]
    for name in people:
        i = rng.randrange(len(paragraphs))
        paragraphs[i] = f"Ông {name} cho biết: {paragraphs[i]}"
    for name in orgs + places:
        i = rng.randrange(len(paragraphs))
        paragraphs[i] = f"{paragraphs[i]} (theo {name})"
    paragraphs[-1] += f" Bài số {number}."
    return paragraphs
