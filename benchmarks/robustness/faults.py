"""At least 30 fault scenarios against a real archive: wrong output paths, kills, full disks, damage,
locks, odd arguments. Each checks for tracebacks, hangs, lost articles and integrity."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

from harness import ROOT, Tally, cli, integrity_ok, kept, raised, snapshot

Scenario = Callable[[Path, Path, Tally], None]
SCENARIOS: list[tuple[str, Scenario]] = []


def scenario(name: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        SCENARIOS.append((name, fn))
        return fn
    return register


def _run(tally: Tally, name: str, archive: Path, *args: str, before: dict | None = None,
         untouched: list[Path] = (), timeout: float = 90) -> subprocess.CompletedProcess | None:
    """One CLI run; counts a traceback, a hang, lost articles, changed bystander files, damage."""
    saved = [(p, p.read_bytes() if p.is_file() else None) for p in untouched]
    result = cli(*args, "--archive", str(archive), timeout=timeout)
    lost = before is not None and not kept(before, archive)
    lost = lost or any(p.is_file() and p.read_bytes() != data for p, data in saved if data is not None)
    tally.add(name, traceback=raised(result), hang=result is None, lost=lost, damaged=not integrity_ok(archive))
    return result


def _copy(base: Path, work: Path, name: str) -> Path:
    folder = work / name
    folder.mkdir(parents=True)
    target = folder / base.name
    shutil.copy(base, target)
    return target


for suffix in ("", "-wal", "-shm", ".lock"):
    @scenario(f"dossier --out the archive{suffix or ' file'}")
    def _dossier_over_archive(base, work, tally, suffix=suffix):
        archive = _copy(base, work, f"out{suffix or 'main'}")
        _run(tally, f"dossier over archive{suffix}", archive, "dossier", "--all", "--out",
             str(archive) + suffix, "--force", before=snapshot(archive), untouched=[archive])


@scenario("dossier --out through a link to the archive, a FIFO, a folder, a text file")
def _dossier_targets(base, work, tally):
    archive = _copy(base, work, "targets")
    link, fifo, folder, notes = (archive.parent / n for n in ("link.pdf", "fifo.pdf", "dir.pdf", "notes.txt"))
    link.symlink_to(archive)
    os.mkfifo(fifo)
    folder.mkdir()
    notes.write_text("ghi chép", encoding="utf-8")
    for target in (link, fifo, folder, notes):
        _run(tally, f"dossier --out {target.name}", archive, "dossier", "--all", "--out", str(target),
             before=snapshot(archive), untouched=[archive, notes])


@scenario("dossier with a 1 MB title and Arabic/emoji text")
def _dossier_big(base, work, tally):
    archive = _copy(base, work, "big")
    for title in ("Tiêu đề " * 130_000, "تقرير 🚀 báo cáo"):
        _run(tally, "dossier odd title", archive, "dossier", "--all", "--out", str(archive.parent / "b.pdf"),
             "--title", title[:60_000], before=snapshot(archive))  # one argument is at most 128 KB


@scenario("numbers beyond 64 bits, bad UTF-8 edit values, bad edits")
def _odd_arguments(base, work, tally):
    archive = _copy(base, work, "args")
    before = snapshot(archive)
    big = str(2**64)
    for args in (("show", big), ("edit", big, "title", "x"), ("search", "a", "--limit", big), ("list", "--limit", big),
                 ("dossier", "--ids", big, "--out", str(archive.parent / "x.pdf")),
                 ("edit", "1", "author", os.fsdecode(b"T\xe0i")), ("edit", "1", "title", "   "),
                 ("edit", "1", "published", "2019-02-30"), ("edit", "1", "needs_review", "bất kỳ"),
                 ("search", "-- \" ( OR NOT -"), ("show", "-5")):
        _run(tally, " ".join(args)[:40], archive, *args, before=before)


@scenario("list into a closed pipe")
def _broken_pipe(base, work, tally):
    archive = _copy(base, work, "pipe")
    command = f"'{sys.executable}' -m storage.cli list --archive '{archive}' | head -c 10"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=ROOT, timeout=90,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    tally.add("list | head", traceback="Traceback" in result.stderr, damaged=not integrity_ok(archive))


@scenario("SIGKILL and SIGINT during an import")
def _kills(base, work, tally):
    pages = sorted((ROOT / "benchmarks" / "holdout").glob("h*.txt"))
    for sig, delay in ((signal.SIGKILL, 2.5), (signal.SIGKILL, 5.0), (signal.SIGINT, 4.0)):
        archive = _copy(base, work, f"kill{sig}{delay}")
        before = snapshot(archive)
        proc = subprocess.Popen([sys.executable, "-m", "storage.cli", "import", *map(str, pages), "--archive",
                                 str(archive)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(delay)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=90)
        trace = sig == signal.SIGINT and b"Traceback" in err
        tally.add(f"import killed by {sig.name}", traceback=trace, lost=not kept(before, archive),
                  damaged=not integrity_ok(archive))


@scenario("damaged copies: truncated, a corrupted page, not an archive, a folder")
def _damage(base, work, tally):
    archive = _copy(base, work, "damage")
    half = archive.with_name("nua.sqlite")
    half.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    page = archive.with_name("trang.sqlite")
    data = bytearray(archive.read_bytes())
    data[4096 * 3: 4096 * 4] = b"\xa5" * 4096
    page.write_bytes(bytes(data))
    text = archive.with_name("van_ban.sqlite")
    text.write_text("không phải kho", encoding="utf-8")
    for target in (half, page, text):
        original = target.read_bytes()
        for args in (("list",), ("check",), ("check", "--repair"), ("import", str(archive))):
            result = cli(*args, "--archive", str(target))
            changed = target.read_bytes() != original and args[0] != "import"  # an import may write
            tally.add(f"{args[0]} on {target.name}", traceback=raised(result), hang=result is None, lost=changed)
    result = cli("list", "--archive", str(archive.parent))
    tally.add("archive is a folder", traceback=raised(result), hang=result is None)


@scenario("logical damage repaired by check --repair")
def _repairs(base, work, tally):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from storage.archive.search_index import register_functions

    for sql in ("DELETE FROM articles_fts WHERE rowid = 1",
                "INSERT INTO article_entities(article_id, entity_id, mentions) VALUES (999, 1, 1)",
                "UPDATE articles SET blocks = x'027b' WHERE id = 2"):  # packed blocks that do not unpack
        archive = _copy(base, work, f"repair{abs(hash(sql))}")
        conn = sqlite3.connect(archive)
        register_functions(conn)  # the search index reads the articles through them
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(sql)
        conn.commit()
        conn.close()
        result = _run(tally, f"check --repair: {sql[:30]}", archive, "check", "--repair")
        after = cli("check", "--archive", str(archive))
        tally.add("check after repair", traceback=raised(after), lost=after is None or after.returncode != 0)
        del result


@scenario("a newer schema, a damaged backup, backup and restore")
def _backups(base, work, tally):
    archive = _copy(base, work, "newer")
    conn = sqlite3.connect(archive)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    original = archive.read_bytes()
    for args in (("import", str(base)), ("backup", str(archive.parent / "b.sqlite")), ("restore", str(base)),
                 ("check", "--repair"), ("edit", "1", "title", "x")):
        result = cli(*args, "--archive", str(archive))
        tally.add(f"newer schema: {args[0]}", traceback=raised(result), lost=archive.read_bytes() != original)
    archive = _copy(base, work, "restore")
    fake = archive.with_name("hong.sqlite")
    fake.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    _run(tally, "restore a damaged backup", archive, "restore", str(fake), before=snapshot(archive))
    copy = archive.with_name("sao.sqlite")
    _run(tally, "backup", archive, "backup", str(copy), before=snapshot(archive))
    _run(tally, "restore", archive, "restore", str(copy), before=snapshot(archive))


@scenario("a second importer while the first holds the archive")
def _concurrent(base, work, tally):
    archive = _copy(base, work, "two")
    pages = sorted((ROOT / "benchmarks" / "holdout").glob("h*.txt"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen([sys.executable, "-m", "storage.cli", "import", *map(str, pages[:20]), "--archive",
                              str(archive)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.5)
    second = cli("import", *map(str, pages[20:]), "--archive", str(archive), timeout=180)
    first.communicate(timeout=180)
    tally.add("second importer", traceback=raised(second), hang=second is None,
              lost=second is None or second.returncode not in (0, 1), damaged=not integrity_ok(archive))


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@scenario("a full disk and a read-only medium (root only: a small tmpfs)")
def _media(base, work, tally):
    disk = work / "full_disk"
    if not _mount_tmpfs(disk, "700k"):
        return
    try:
        archive = disk / base.name
        shutil.copy(base, archive)
        pages = sorted((ROOT / "benchmarks" / "holdout").glob("h*.txt"))
        before = snapshot(archive)
        _run(tally, "import onto a full disk", archive, "import", *map(str, pages), "--quiet", before=before)
        filler = disk / "filler"
        with open(filler, "wb") as handle:  # take whatever space is left
            try:
                handle.write(b"\0" * 2_000_000)
            except OSError:
                pass
        before = {i: v for i, v in snapshot(archive).items() if i != 1}  # the edited one may change
        _run(tally, "edit on a full disk", archive, "edit", "1", "title", "Tiêu đề mới khi đĩa đầy", before=before)
        _run(tally, "dossier onto a full disk", archive, "dossier", "--all", "--out", str(disk / "d.pdf"),
             before=snapshot(archive))
        filler.unlink()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
        before = snapshot(archive)
        for args in (("search", "đê"), ("list",), ("edit", "1", "title", "x"), ("import", str(pages[0])),
                     ("check",)):
            _run(tally, f"read-only medium: {args[0]}", archive, *args, before=before)
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
