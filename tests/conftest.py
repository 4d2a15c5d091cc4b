"""Shared test setup. Qt must see the offscreen platform before it is first imported."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TULIEU_SHARED", PROJECT_ROOT.parent / "shared"))
SEEDS_DIR = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "corpus" / "seeds.gold.jsonl"
TEST_DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-bundle", action="store_true", help="build and run the PyInstaller bundle")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_bundle = pytest.mark.skip(reason="bundle build skipped (pass --run-bundle; .ci/run does)")
    for item in items:
        if "bundle" in item.keywords and not config.getoption("--run-bundle"):
            item.add_marker(skip_bundle)


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    """The five seed page dumps from ../shared; skips clearly when they are absent."""
    files = sorted(SEEDS_DIR.glob("*.txt"))
    if not files:
        pytest.skip(f"seed corpus not found at {SEEDS_DIR} (set TULIEU_SHARED to the shared folder)")
    return files


@pytest.fixture(scope="session")
def seeds_gold() -> list[dict]:
    """Gold labels of the seeds."""
    import json

    if not SEEDS_GOLD.exists():
        pytest.skip(f"seed gold file not found at {SEEDS_GOLD}")
    return [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


# The throwaway PostgreSQL server and the sqlite/postgresql `archive_location` fixture.
from tests.pg_server import archive_location, pg_server, second_archive_location  # noqa: E402,F401
