"""Real file-system faults for tests: a small tmpfs (disk full) that can be made read-only; skips without root."""
from __future__ import annotations

import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


@contextmanager
def small_tmpfs(where: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `where` for the block; skips the test when mounting is not allowed."""
    where.mkdir(parents=True, exist_ok=True)
    try:
        result = _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where))
    except (OSError, subprocess.SubprocessError) as error:
        pytest.skip(f"cannot mount a tmpfs for the fault test ({error})")
    if result.returncode:
        pytest.skip(f"cannot mount a tmpfs for the fault test (needs root: {result.stderr.strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=30)


def make_read_only(where: Path) -> None:
    """Remount the tmpfs at `where` read-only."""
    result = _mount("-o", "remount,ro", str(where))
    if result.returncode:
        pytest.skip(f"cannot remount read-only: {result.stderr.strip()}")
