"""A shared archive under a team's load: 4 importers, 20 searching readers and 2 editors against one
local PostgreSQL (a throwaway server, started like the tests start theirs), for N minutes.

Usage: .venv/bin/python benchmarks/shared_archive.py [--minutes 5] [--seed 300] [--think 0.5]
Each role runs in its own process (importers, readers, editors), each worker on its own connection
as its own database user: importers and editors are granted tulieu_editor, readers tulieu_reader.
Importers store generated Vietnamese articles (the store step of an import: article, entities,
tags, story detection, one transaction each); readers search (as-you-type prefix, phrases, OR,
-word) with a random think time averaging --think seconds; the editors edit the titles and authors of
the same 20 articles, so they collide. At the end it checks, on a fresh connection:
  - every article an importer was told was stored is there, and nothing else (counts and ids);
  - every edit an editor was told was stored has its history row under that editor's user, each
    field's history chains (each row's old value is the previous row's new one) and ends at the
    field's current value: no lost or half-applied edit;
and prints search p95/median under load beside the floor: the same queries by one reader alone on
the same archive after the load stopped. Prints the load average at start and end.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage.archive import Archive, team  # noqa: E402
from storage.edits import SetField, apply  # noqa: E402
from storage.errors import TuLieuError  # noqa: E402
from storage.records import Article, Block, Entity  # noqa: E402
from tests.pg_server import Server, find_binaries  # noqa: E402
from tests.storage.team_fixtures import as_user  # noqa: E402

IMPORTERS, READERS, EDITORS, HOT = 4, 20, 2, 20
QUERIES = ["quoc phong", "Biển Đông", "hợp tác", "duong", "hai quan", "bo truong quoc phong", '"Bộ Quốc phòng"',
           "Hà Nội OR Đà Nẵng", "tàu -cá", "kinh te", "Nguyễn Văn", "nong d", "thu hoach lua", "đối thoại"]
TOPICS = ["quốc phòng", "Biển Đông", "hợp tác kinh tế", "hải quân", "nông nghiệp", "đường sắt", "tàu cá",
          "ngoại giao", "giáo dục", "y tế"]
PLACES = ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nghệ An", "Khánh Hòa", "Quảng Ninh"]
PEOPLE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Võ Thanh Hà", "Đặng Hữu Long"]


def make_article(worker: str, n: int) -> Article:
    """A distinct generated news article (own words), with entities and tags that others share."""
    rnd = random.Random(f"{worker}-{n}")
    topic, place, person = rnd.choice(TOPICS), rnd.choice(PLACES), rnd.choice(PEOPLE)
    paragraphs = [f"Sáng {1 + n % 28}/{1 + n % 12}, đoàn công tác về {topic} đã làm việc tại {place}, "
                  f"bản tin {worker} số {n}.",
                  f"Ông {person} cho biết Bộ Quốc phòng và các ngành sẽ tiếp tục đối thoại về {topic}.",
                  f"Theo kế hoạch, {rnd.randint(10, 900)} cán bộ tham gia chương trình trên tuyến đường ven biển."]
    return Article(title=f"{topic.capitalize()}: đoàn công tác làm việc tại {place} ({worker}-{n})",
                   published=f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", date_precision="exact",
                   outlet=rnd.choice(["Báo Mẫu", "Tin Vùng Biển", "Quân Đội Mẫu"]), lead=paragraphs[0],
                   blocks=[Block(p) for p in paragraphs],
                   entities=[Entity(person, "person"), Entity(place, "location")], tags=[topic])


def importer(url: str, name: str, until: float, out) -> None:
    from storage.stories.detect import add_article

    stored, failed = [], 0
    with Archive.open(as_user(url, name)) as archive:
        n = 0
        while time.time() < until:
            try:
                article_id, _story = add_article(archive, make_article(name, n), raw=b"", file_name=f"{name}-{n}.txt")
                stored.append(article_id)
            except TuLieuError:
                failed += 1
            n += 1
    out.put(("import", name, stored, failed))


def reader(url: str, name: str, until: float, think: float, out) -> None:
    rnd = random.Random(name)
    times = []
    with Archive.open(as_user(url, "reader")) as archive:
        while time.time() < until:
            query = rnd.choice(QUERIES)
            start = time.perf_counter()
            archive.search(query, limit=20)
            times.append(time.perf_counter() - start)
            time.sleep(rnd.uniform(0, 2 * think))
    out.put(("search", name, times, 0))


def editor(url: str, name: str, until: float, out) -> None:
    rnd = random.Random(name)
    done, failed, n = [], 0, 0
    with Archive.open(as_user(url, name)) as archive:
        while time.time() < until:
            article_id, field = rnd.randint(1, HOT), rnd.choice(["title", "author"])
            value = f"{'Tiêu đề' if field == 'title' else 'Tác giả'} của {name} lần {n}"
            try:
                apply(archive, SetField(article_id, field, value))
                done.append((article_id, field, value))
            except TuLieuError:
                failed += 1
            n += 1
            time.sleep(rnd.uniform(0, 0.1))
    out.put(("edit", name, done, failed))


def _group(target, count: int, prefix: str, url: str, until: float, out, *extra) -> None:
    """One process running `count` workers on threads."""
    import threading

    threads = [threading.Thread(target=target, args=(url, f"{prefix}{k}", until, *extra, out)) for k in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def prepare(server: Server, seed: int) -> str:
    """A migrated archive with the team roles, its users, and `seed` articles (ids 1..seed)."""
    server.admin("CREATE DATABASE shared_bench")
    url = server.url("shared_bench")
    with Archive.open(url) as archive:
        team.setup(archive)
        for k in range(IMPORTERS):
            team.grant(archive, f"imp{k}", "editor")
        for k in range(EDITORS):
            team.grant(archive, f"ed{k}", "editor")
        team.grant(archive, "reader", "reader")
        for n in range(seed):
            archive.add_article(make_article("seed", n), raw=b"", file_name=f"seed-{n}.txt")
    return url


def check(url: str, seed: int, results: list) -> tuple[int, int]:
    """(lost articles, lost or broken edits), read on a fresh connection."""
    imported = {i for kind, _n, ids, _f in results if kind == "import" for i in ids}
    lost_edits = 0
    with Archive.open(url, read_only=True) as archive:
        ids = set(archive.ids(None))
        lost_articles = len(imported - ids) + len(ids - imported - set(range(1, seed + 1)))
        history = {}
        for article_id in range(1, HOT + 1):
            rows = list(reversed(archive.history(article_id)))  # oldest first
            for field in ("title", "author"):
                chain = [r for r in rows if r.field == field]
                history[(article_id, field)] = chain
                for before, after in zip(chain, chain[1:]):
                    lost_edits += before.new != after.old
                if chain:
                    lost_edits += getattr(archive.get(article_id), field) != chain[-1].new
        recorded = {(a, f, r.new, r.user) for (a, f), chain in history.items() for r in chain}
        for kind, name, done, _f in results:
            if kind == "edit":
                lost_edits += sum((a, f, v, name) not in recorded for a, f, v in done)
                lost_edits += sum(1 for (_a, _f2), c in history.items() for r in c if r.user == name) != len(done)
    return lost_articles, lost_edits


def floor(url: str, rounds: int) -> list[float]:
    """Search times of one reader alone on the same archive (no other load)."""
    times = []
    with Archive.open(as_user(url, "reader")) as archive:
        for _ in range(rounds):
            for query in QUERIES:
                start = time.perf_counter()
                archive.search(query, limit=20)
                times.append(time.perf_counter() - start)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=300, help="articles stored before the load starts")
    parser.add_argument("--think", type=float, default=0.5, help="a reader's mean pause between searches (s)")
    args = parser.parse_args()
    binaries = find_binaries()
    if binaries is None:
        sys.exit("no PostgreSQL binaries (install the Debian 'postgresql' package)")
    server = Server(binaries).start()
    try:
        url = prepare(server, args.seed)
        print(f"load average at start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
        until = time.time() + args.minutes * 60
        ctx = mp.get_context("fork")
        out = ctx.Queue()
        groups = [ctx.Process(target=_group, args=(importer, IMPORTERS, "imp", url, until, out)),
                  ctx.Process(target=_group, args=(reader, READERS, "r", url, until, out, args.think)),
                  ctx.Process(target=_group, args=(editor, EDITORS, "ed", url, until, out))]
        for process in groups:
            process.start()
        results = [out.get() for _ in range(IMPORTERS + READERS + EDITORS)]
        for process in groups:
            process.join()
        load_end = os.getloadavg()[0]
        searches = [t for kind, _n, times, _f in results if kind == "search" for t in times]
        imported = sum(len(ids) for kind, _n, ids, _f in results if kind == "import")
        edits = sum(len(done) for kind, _n, done, _f in results if kind == "edit")
        failures = {kind: sum(f for k, _n, _v, f in results if k == kind) for kind in ("import", "edit")}
        lost_articles, lost_edits = check(url, args.seed, results)
        alone = floor(url, 5)
        minutes = args.minutes
        print(f"{minutes:g} min, {IMPORTERS} importers + {READERS} readers (think {args.think} s) + {EDITORS} editors")
        print(f"imported {imported} articles ({imported / (minutes * 60):.1f}/s), {failures['import']} failed; "
              f"{edits} edits ({edits / (minutes * 60):.1f}/s) on {HOT} shared articles, {failures['edit']} failed")
        print(f"searches under load: {len(searches)}, median {pct(searches, 0.5):.1f} ms, p95 {pct(searches, 0.95):.1f} ms")
        print(f"floor, one reader alone after the load: median {pct(alone, 0.5):.1f} ms, p95 {pct(alone, 0.95):.1f} ms")
        print(f"lost articles: {lost_articles}; lost or broken edits: {lost_edits}")
        print(f"load average at end: {load_end:.1f}")
        return 1 if lost_articles or lost_edits else 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
