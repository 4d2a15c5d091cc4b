"""The list queries the window runs on open and per click, this code beside another checkout's.

Usage: .venv/bin/python benchmarks/queries.py ARCHIVE.sqlite [--old CHECKOUT] [--old-archive OLD.sqlite] [--repeat 5] [--cpu]
(--old-archive: the same articles in the old code's schema, when the two need different files.)
Make the archive with benchmarks/make_realistic_archive.py. For each query prints the median
milliseconds of this code and of the old one (same archive, alternating calls, same run; without
--old, or when the old code cannot open the archive's newer schema, the old column is left out):
date sort both ways (with and without a filter), facets (none, a query, an outlet), the review
queue's "next" (old: the whole ordered id list; new: next_flagged), an entity's id by name (old: the
filter sidebar walked entities(kind); new: entity_id), entities("person") (the entities pane), get()
(selecting an article), rows() (the table) and the id list sorted by word count.
Then the entities pane's pages (entity_list) beside the grouping of every link the old pane ran (its
SQL, run here as the floor it replaces), and the load average.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.search import load_old  # noqa: E402
from storage.archive import Archive  # noqa: E402
from storage.archive.records import Filters  # noqa: E402

OLD_PANE_SQL = ("SELECT e.id, e.name, e.kind, count(*) AS n FROM article_entities l JOIN entities e ON e.id = l.entity_id "
                "WHERE e.kind = 'person' GROUP BY l.entity_id ORDER BY n DESC, e.name COLLATE vi")


CLOCK = time.perf_counter  # --cpu: time.thread_time

def median_ms(call: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = CLOCK()
        call()
        times.append(CLOCK() - start)
    return statistics.median(times) * 1000


def old_next(archive, current: int) -> int | None:
    """The review queue's "next" as the old GUI computed it: two whole id lists."""
    queue = set(archive.ids(Filters(needs_review=True), order_by="published", descending=True))
    order = archive.ids(None, order_by="published", descending=True)
    start = order.index(current) + 1 if current in order else 0
    return next((i for i in order[start:] + order[:start] if i in queue), None)


def old_entity_id(archive, name: str, kind: str) -> int | None:
    """The filter sidebar's old look-up: every entity of the kind."""
    return next((row.id for row in archive.entities(kind) if row.name == name), None)


def cases(new: Archive, old, outlet: str, person: tuple[str, int],
          current: int) -> list[tuple[str, Callable, Callable]]:
    """(label, new call, old call) pairs answering the same question."""
    out = []
    for label, flt in (("", None), (f" outlet={outlet}", Filters(outlet=outlet))):
        for descending in (True, False):
            name = f"ids by date {'newest' if descending else 'oldest'} first{label}"
            out.append((name, lambda f=flt, d=descending: new.ids(f, "published", d),
                        lambda f=flt, d=descending: old.ids(f, "published", d)))
    for label, flt in (("facets()", None), ("facets(query='quoc phong')", Filters(query="quoc phong")),
                       (f"facets(outlet={outlet})", Filters(outlet=outlet))):
        out.append((label, lambda f=flt: new.facets(f), lambda f=flt: old.facets(f)))
    out.append(("review queue next", lambda: new.next_flagged(current), lambda: old_next(old, current)))
    out.append(("entity id by name", lambda: new.entity_id(person[0], "person"),
                lambda: old_entity_id(old, person[0], "person")))
    out.append(('entities("person")', lambda: new.entities("person"), lambda: old.entities("person")))
    sample = new.ids(None)[::max(1, new.count() // 50)][:50]
    out.append(("select: get() x 50", lambda: [new.get(i) for i in sample], lambda: [old.get(i) for i in sample]))
    out.append(("table rows() x 200", lambda: new.rows(sample * 4), lambda: old.rows(sample * 4)))
    out.append(('ids sorted by words', lambda: new.ids(None, "words"), lambda: old.ids(None, "words")))
    return out


def pane_cases(new: Archive, person: str) -> list[tuple[str, Callable]]:
    """The entities pane's queries at this code (one page each)."""
    rare = new.entity_list("person", reverse=True, limit=1)[0].name  # named once: the whole kind is scanned
    return [("entity_list(person) first page", lambda: new.entity_list("person")),
            ("entity_list(person) page 50", lambda: new.entity_list("person", offset=50 * 200)),
            (f"entity_list(contains={person.split()[0]!r})", lambda: new.entity_list("person", contains=person.split()[0])),
            (f"entity_list(contains={rare!r})", lambda: new.entity_list("person", contains=rare)),
            ("entity_list(person, by_name) first page", lambda: new.entity_list("person", by_name=True)),
            ("top_entities(person) (unfiltered facet)", lambda: new.top_entities("person")),
            ("merge_candidates", lambda: new.merge_candidates(new.entity_id(person, "person")))]


def main() -> None:
    """Print each query's median, new beside old, then the pane's pages beside the old pane's grouping."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--old", type=Path)
    parser.add_argument("--old-archive", type=Path, help="the archive the old code opens (default: ARCHIVE)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cpu", action="store_true", help="time this thread's CPU, not the wall clock")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.thread_time if args.cpu else time.perf_counter
    old = None
    if args.old:
        try:
            old = load_old(args.old).open(args.old_archive or args.archive, create=False, read_only=True)
        except Exception as error:  # noqa: BLE001 (the old code's own error classes)
            print(f"old code cannot open the archive: {error}")
    with Archive.open(args.archive, create=False, read_only=True) as new:
        outlet = new.facets(Filters(year=2020))["outlet"][5][0]
        people = new.entity_list("person", limit=2000)
        person = (people[len(people) // 2].name, people[len(people) // 2].id)
        current = new.ids(None)[len(people) // 3]
        assert new.entity_id(person[0], "person") == person[1]
        print(f"{args.archive} ({new.count():,} articles), median of {args.repeat}, "
              f"load average {os.getloadavg()[0]:.1f}")
        for label, new_call, old_call in cases(new, old or new, outlet, person, current):
            fresh = median_ms(new_call, args.repeat)
            before = median_ms(old_call, args.repeat) if old is not None else None
            versus = f"   old {before:8.1f} ms   ({before / max(fresh, 1e-3):5.1f}x)" if before is not None else ""
            print(f"  {label:<44} new {fresh:8.1f} ms{versus}")
        floor = median_ms(lambda: new._conn.execute(OLD_PANE_SQL).fetchall(), args.repeat)
        print(f"  the old pane's grouping of every person link (floor it replaces): {floor:8.1f} ms")
        for label, call in pane_cases(new, person[0]):
            print(f"  {label:<44} new {median_ms(call, args.repeat):8.1f} ms")
        print(f"load average {os.getloadavg()[0]:.1f}")
    if old is not None:
        old.close()


if __name__ == "__main__":
    main()
