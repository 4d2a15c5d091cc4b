"""The core never imports Qt or the GUI: the import-linter contract in pyproject.toml holds."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


def _lint_imports() -> str:
    beside = Path(sys.executable).with_name("lint-imports")
    found = str(beside) if beside.exists() else shutil.which("lint-imports")
    if not found:
        pytest.skip("lint-imports is not installed (pip install import-linter)")
    return found


def test_storage_never_imports_qt_or_desktop():
    config = (PROJECT / "pyproject.toml").read_text(encoding="utf-8")
    assert "include_external_packages = true" in config, (
        "pyproject.toml [tool.importlinter] needs include_external_packages = true "
        "(import-linter refuses external forbidden modules such as PySide6 without it)")
    result = subprocess.run([_lint_imports(), "--no-cache"], cwd=PROJECT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout
