"""Redo the analyst's-desk screenshots (issue #10) in resources/screenshots/: the real window under Xvfb,
in English and Vietnamese, at 1440×900 and 1024×700 — search with highlights, saved searches, bulk edit
of 3 rows, and the empty state of a new archive. Articles are our own holdout pages (benchmarks/holdout), imported
through the real pipeline.

Usage: .venv/bin/python benchmarks/desk_screenshots.py [--out DIR]   (needs xvfb-run)
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"": (1440, 900), "-1024": (1024, 700)}
SCENES = ("search", "saved", "bulk", "empty")


def _wait(app, done, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not done():
        app.processEvents()
        time.sleep(0.02)


def _grab(app, window, path: Path) -> None:
    _wait(app, lambda: False, 1.0)  # fonts and layout settle
    screen = app.primaryScreen()
    screen.grabWindow(0, 0, 0, window.width(), window.height()).save(str(path), "PNG")


def _save_searches(window, lang: str) -> None:
    """A few saved searches of an analyst's week."""
    from storage.archive.records import Filters

    names = {"en": ("South China Sea", "Defence, 2024", "To check"),
             "vi": ("Biển Đông", "Quốc phòng, 2024", "Cần xem lại")}[lang]
    for name, filters in zip(names, (Filters(query="bien dong"), Filters(query="quoc phong", year=2024),
                                     Filters(needs_review=True))):
        window.sidebar.apply_filters_of(filters)
        window.search.set_query(filters.query or "")
        window.saved_searches.save(name)
    window.search.set_query("")
    window.sidebar.clear()


def child(lang: str, suffix: str, out: Path, workdir: Path) -> int:
    """Inside the display: one language and size, every scene."""
    sys.path.insert(0, str(ROOT))
    os.environ["TULIEU_LANG"] = lang
    from PySide6.QtCore import QItemSelectionModel

    from desktop.app import create_app
    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    width, height = SIZES[suffix]
    settings = Settings(workdir / f"settings-{lang}{suffix}.ini")
    app = create_app(["tulieu"], settings)
    window = MainWindow(settings)
    window.setGeometry(0, 0, width, height)
    window.show()
    window.open_archive(workdir / f"empty-{lang}{suffix}.sqlite")
    _grab(app, window, out / f"desk-empty-{lang}{suffix}.png")
    window.open_archive(workdir / f"archive-{lang}{suffix}.sqlite")
    window.import_paths(sorted((ROOT / "benchmarks" / "holdout").glob("*.txt")))
    _wait(app, lambda: not window.imports.busy and window.model.rowCount() > 30, 300)
    window.reload_table()
    _save_searches(window, lang)
    window.search.set_query("bien dong")
    window.table.setFocus()
    _grab(app, window, out / f"desk-search-{lang}{suffix}.png")
    window.saved_searches.apply(window.saved_searches.searches[1].id)
    _grab(app, window, out / f"desk-saved-{lang}{suffix}.png")
    window.search.set_query("")
    window.sidebar.clear()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    window.select_row(1)
    for row in (2, 4):
        window.table.selectionModel().select(window.model.index(row, 0), flags)
    window.bulk.add_tags.setText("quốc phòng, biển đảo")
    window.bulk.add_tags_now()
    window.bulk.remove_tags.setText("")
    _grab(app, window, out / f"desk-bulk-{lang}{suffix}.png")
    window.close()
    return 0


def main() -> int:
    """Run one child per language and size under its own Xvfb screen."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child[0], args.child[1] if args.child[1] != "full" else "", args.out, args.workdir)
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="tulieu-desk-shots-"))
    for suffix, (width, height) in SIZES.items():
        for lang in ("en", "vi"):
            subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24", sys.executable, __file__,
                            "--child", lang, suffix or "full", "--out", str(args.out), "--workdir", str(workdir)],
                           check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
