"""Build the PyInstaller bundle from build.spec and run the frozen app (slow: --run-bundle)."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from storage.archive.shared import SharedLocation

from benchmarks.bundle import (archive_count, build_bundle, default_archive, frozen_env, launch_to_window,
                               run_smoke, tree_size, xvfb)

pytestmark = pytest.mark.bundle

SIZE_LIMIT_MB = 250


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/TuLieu of a fresh build in a temporary folder (the developer's dist/ is left alone)."""
    work = tmp_path_factory.mktemp("pyinstaller")
    build_bundle(work / "dist", work / "build")
    folder = work / "dist" / "TuLieu"
    assert (folder / "TuLieu").is_file()
    return folder


def _gold_title(seeds_gold: list[dict], path: Path) -> str:
    return next(item["title"] for item in seeds_gold if item["file"] == path.name)


def test_frozen_smoke_imports_a_seed_and_prints_a_dossier(bundle: Path, seed_files: list[Path],
                                                          seeds_gold: list[dict], tmp_path: Path) -> None:
    seed = seed_files[0]
    summary, code, _ = run_smoke(bundle / "TuLieu", [seed], frozen_env(tmp_path, offscreen=True))

    assert code == 0, summary
    assert summary["frozen"] is True
    assert summary["failed"] == []
    [imported] = summary["imported"]
    assert imported["file"] == str(seed)
    assert unicodedata.normalize("NFC", imported["title"]) == imported["title"]
    assert imported["title"] == _gold_title(seeds_gold, seed)
    assert summary["dossier"]["pages"] >= 1
    assert summary["dossier"]["printed_pages"] == summary["dossier"]["pages"]  # QtPdf + QtPrintSupport
    assert summary["qt_platform"] == "offscreen"
    assert "Noto Serif" in summary["fonts"]  # resources/ found through sys._MEIPASS
    assert summary["main_window"] == "MainWindow"
    nlp = summary["underthesea"]  # dictionary and CRF models travel as data files
    assert nlp["word_tokenize"] == ["Bộ trưởng", "Quốc phòng", "thăm", "Hà Nội"]
    assert nlp["viet74k_words"] > 70_000


def test_frozen_smoke_opens_a_shared_archive_on_postgresql(bundle: Path, seed_files: list[Path], pg_server,
                                                          tmp_path: Path) -> None:
    url = pg_server.fresh_database()
    summary, code, _ = run_smoke(bundle / "TuLieu", seed_files[:2], frozen_env(tmp_path, offscreen=True),
                                 options=("--shared", url))
    assert code == 0, summary
    shared = summary["shared"]
    assert shared["libpq"] == "binary"  # psycopg_binary and its libpq travel in the bundle
    assert shared["copied"] and shared["articles"] == 2 and shared["search"] >= 1
    assert shared["title"][0] == SharedLocation.parse(url).database


def test_frozen_smoke_reports_an_unreadable_file(bundle: Path, seed_files: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    summary, code, _ = run_smoke(bundle / "TuLieu", [seed_files[1], empty], frozen_env(tmp_path, offscreen=True))

    assert code == 1
    assert [item["file"] for item in summary["imported"]] == [str(seed_files[1])]
    [failed] = summary["failed"]
    assert failed["file"] == str(empty) and failed["reason"]


def test_bundle_holds_resources_and_leaves_unused_qt_out(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert list((internal / "resources" / "fonts").glob("*.ttf"))
    assert (internal / "resources" / "icons" / "tulieu-256.png").is_file()
    assert not (internal / "resources" / "screenshots").exists()
    assert (internal / "underthesea" / "corpus" / "data" / "Viet74K.txt").is_file()
    qt_libs = {path.name for path in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    assert "libQt6Pdf.so.6" in qt_libs and "libQt6PrintSupport.so.6" in qt_libs
    assert not {name for name in qt_libs if name.startswith(("libQt6WebEngine", "libQt6Quick", "libQt6Qml"))}
    assert tree_size(bundle) < SIZE_LIMIT_MB * 1e6


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb not installed")
def test_frozen_app_shows_its_window_with_the_seeds_imported(bundle: Path, seed_files: list[Path],
                                                             tmp_path: Path) -> None:
    with xvfb() as display:
        env = dict(frozen_env(tmp_path, offscreen=False), DISPLAY=display)
        archive = default_archive(env)
        screenshot = tmp_path / "bundle.png"
        seconds = launch_to_window(bundle / "TuLieu", seed_files, env, screenshot,
                                   until=lambda: archive_count(archive) >= len(seed_files))
    assert seconds < 30
    assert archive_count(archive) == len(seed_files)
    assert screenshot.stat().st_size > 10_000


def test_frozen_smoke_imports_one_file_of_each_document_kind(bundle: Path, tmp_path: Path) -> None:
    data = Path(__file__).resolve().parent / "data" / "formats"
    files = [data / "pdf" / "chromium_a01.pdf", data / "docx" / "a02.docx", data / "odt" / "a03.odt",
             data / "eml" / "a04.eml", data / "scan" / "a05_300dpi.png", data / "review" / "diem-bao-2024-05-03.docx"]
    summary, code, _ = run_smoke(bundle / "TuLieu", files, frozen_env(tmp_path, offscreen=True))
    assert code == 0 and summary["failed"] == [], summary
    assert len(summary["imported"]) == 5 + 10  # the press review gives ten articles
    assert all(unicodedata.normalize("NFC", item["title"]) == item["title"] for item in summary["imported"])
