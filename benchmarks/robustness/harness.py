"""The hostile-set harness: run tulieu-cli in a subprocess with a hang timeout and tally what went wrong."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HANG_S = 90.0


@dataclass
class Tally:
    """Runs and the four kinds of failure the issue counts (each must stay 0)."""

    runs: int = 0
    tracebacks: int = 0
    hangs: int = 0
    data_loss: int = 0
    integrity: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, *, traceback: bool = False, hang: bool = False, lost: bool = False,
            damaged: bool = False) -> None:
        """Count one run and say what went wrong with it, if anything."""
        self.runs += 1
        for flag, attr in ((traceback, "tracebacks"), (hang, "hangs"), (lost, "data_loss"), (damaged, "integrity")):
            if flag:
                setattr(self, attr, getattr(self, attr) + 1)
                self.notes.append(f"{attr}: {name}")


def cli(*args: str, timeout: float = HANG_S, env: dict | None = None) -> subprocess.CompletedProcess | None:
    """tulieu-cli ARGS in a fresh process; None when it had to be killed (a hang)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "storage.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=full_env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None
    return subprocess.CompletedProcess(proc.args, proc.returncode, out.decode("utf-8", "replace"),
                                       err.decode("utf-8", "replace"))


def raised(result: subprocess.CompletedProcess | None) -> bool:
    """A traceback on stderr, or an exit code that is neither success, failure, usage nor Ctrl-C."""
    if result is None:
        return False
    return "Traceback" in result.stderr or result.returncode not in (0, 1, 2, 130)


def integrity_ok(path: Path) -> bool:
    """PRAGMA integrity_check of an archive file (a missing file counts as fine: nothing to damage)."""
    if not path.exists():
        return True
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def snapshot(path: Path) -> dict[int, tuple]:
    """id -> (content hash, raw bytes, title) of every article: what must never be lost."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0]: tuple(r[1:]) for r in conn.execute("SELECT id, content_hash, raw, title FROM articles")}
    finally:
        conn.close()


def kept(before: dict[int, tuple], path: Path) -> bool:
    """Every article of `before` is still there, unchanged, and no stored article has an empty body."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from storage.archive.codec import stored_body  # the body is unpacked from the stored blocks

    try:
        after = snapshot(path)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            empty = sum(not stored_body(b, r).strip() for b, r in conn.execute("SELECT blocks, raw FROM articles"))
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return empty == 0 and all(after.get(i) == v for i, v in before.items())
