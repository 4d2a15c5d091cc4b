"""Read and extract files ahead of the writer, in worker processes (extraction is pure and CPU-bound).

`prepared_ahead(files, workers)` yields one `Prepared` per file in file order while up to
`workers` processes read and extract the next ones (and, with story detection on, fold, shingle and
sketch the body: the pure part of detection); ingest stores each in order in the one writer, so ids,
duplicates, stories and reports are those of a serial import. Workers start with "spawn" (safe from a
GUI thread) and import the extraction tables once each.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .ingest_prepare import Prepared, for_writer, prepare

log = logging.getLogger(__name__)

MIN_FILES = 16  # below this a pool's start-up (a second or two per worker) costs more than it saves
AHEAD_PER_WORKER = 8  # files in flight per worker: keeps workers busy, bounds memory
# Files per task: a worker prepares a few files in a row, not waiting for the importing process to hand it
# the next one (on a busy machine that process is often descheduled, and the workers stalled with it).
MAX_CHUNK = 4


def default_workers() -> int:
    """Worker processes for an import: one per core; none inside a frozen bundle (no spawn entry)."""
    if getattr(sys, "frozen", False):
        return 1
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _warm() -> None:
    """Worker start-up: load the extraction tables and the NER model before the first file, and
    exit when the importing process is gone (killed: nobody would collect the results)."""
    from .archive.search_index import fts_values  # noqa: F401
    from .extraction import extract  # noqa: F401
    from .extraction.entities import warm_up
    from .stories.detect import fingerprint  # noqa: F401

    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="orphan-watch").start()
    warm_up()
    # The tables live as long as the worker: out of the collector's way, full collections walk only what the
    # files make (they walked the ~100k table objects each time; 0.15 -> 0.06 ms of collection per file).
    gc.freeze()


def _exit_with(parent: int) -> None:
    """Poll for the parent's death (the worker is re-parented) and exit at once."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


class Ahead:
    """The prepared files in file order (an iterator), and the workers for a page's second extraction."""

    def __init__(self, pool: ProcessPoolExecutor, files: list[Path], ahead: int, detect_stories: bool, chunk: int):
        self._pool = pool
        self._results = _in_order(pool, files, ahead, detect_stories, chunk)

    def __iter__(self) -> "Ahead":
        return self

    def __next__(self) -> Prepared:
        return next(self._results)

    def redo(self, path: Path, first_body: list[str], furniture: frozenset[str],
             detect_stories: bool) -> "tuple[Prepared | None, bool]":
        """ingest_furniture.extracted_without run by a worker: the importing process never loads the extractor
        (its tables and model would double its memory for a few pages)."""
        from .ingest_furniture import extracted_without

        try:
            return self._pool.submit(extracted_without, path, first_body, furniture, detect_stories).result()
        except BrokenProcessPool:
            log.warning("an import worker stopped; extracting %s again in this process", path)
            return extracted_without(path, first_body, furniture, detect_stories)


@contextmanager
def prepared_ahead(files: list[Path], workers: int | None = None,
                   detect_stories: bool = False) -> Iterator[Ahead | None]:
    """The files prepared in file order by worker processes (an Ahead), or None when the import is
    too small or one worker is asked for (the caller then prepares each file itself).
    detect_stories: the workers compute each body's story fingerprint too."""
    count = default_workers() if workers is None else workers
    if count <= 1 or len(files) < MIN_FILES:
        yield None
        return
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"), initializer=_warm)
    chunk = max(1, min(MAX_CHUNK, len(files) // (count * 4)))
    try:
        yield Ahead(pool, files, max(2 * count, count * AHEAD_PER_WORKER // chunk), detect_stories, chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # cancel or error: queued files are dropped


def prepare_many(paths: list[Path], detect_stories: bool = False) -> list[Prepared]:
    """prepare() of each path, in order (one worker task), as sent to the writer."""
    return [for_writer(prepare(path, detect_stories)) for path in paths]


def _in_order(pool: ProcessPoolExecutor, files: list[Path], ahead: int,
              detect_stories: bool = False, chunk: int = 1) -> Iterator[Prepared]:
    """Submit files `chunk` per task, `ahead` tasks ahead of the consumer; yield results in file order.
    If a worker dies (killed, out of memory) the remaining files are prepared in this process."""
    pending: deque[tuple[list[Path], Future[list[Prepared]]]] = deque()
    upcoming = (files[i:i + chunk] for i in range(0, len(files), chunk))
    for paths in upcoming:
        pending.append((paths, pool.submit(prepare_many, paths, detect_stories)))
        if len(pending) >= ahead:
            break
    while pending:
        paths, future = pending.popleft()
        try:
            results = future.result()
        except BrokenProcessPool:
            log.warning("an import worker stopped; preparing the remaining files in this process")
            rest = [*paths, *(p for left, _ in pending for p in left), *(p for left in upcoming for p in left)]
            yield from (prepare(p, detect_stories) for p in rest)
            return
        following = next(upcoming, None)
        if following is not None:
            pending.append((following, pool.submit(prepare_many, following, detect_stories)))
        yield from results
