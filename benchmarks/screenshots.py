"""Redo resources/screenshots/main-window{,-vi}.png: the real app under Xvfb at 1440×900.

Usage: .venv/bin/python benchmarks/screenshots.py [--seeds DIR] [--out DIR]
Starts Xvfb on :99 (unless DISPLAY is already set by --display), runs the app once per language with the
seeds imported into a throw-away archive and one article open, and captures the screen with
ImageMagick's `import -window root`.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {"en": "main-window.png", "vi": "main-window-vi.png"}


def child(lang: str, seeds: Path, out: Path, workdir: Path) -> int:
    """Inside the display: run the real window, import the seeds, open an article, capture."""
    sys.path.insert(0, str(ROOT))
    os.environ["TULIEU_LANG"] = lang
    from PySide6.QtCore import QCoreApplication

    from desktop.app import create_app
    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    settings = Settings(workdir / f"settings-{lang}.ini")
    app = create_app(["tulieu"], settings)
    window = MainWindow(settings)
    window.setGeometry(0, 0, 1440, 900)
    window.show()
    if not window.open_archive(workdir / f"archive-{lang}.tulieu.sqlite"):
        return 1
    window.import_paths(sorted(seeds.glob("*.txt")))
    _wait(app, lambda: not window.imports.busy and window.model.rowCount() > 0, 120)
    window.reload_table()
    window.select_row(_showcase_row(window))
    window.table.setFocus()
    _wait(app, lambda: False, 1.5)  # let fonts and layout settle
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    window.close()
    QCoreApplication.quit()
    return 0


def _showcase_row(window) -> int:
    """A row whose lead opens its first paragraph behind an outlet prefix (shows it is drawn once), else 1."""
    from desktop.article_view import lead_block_index

    for row in range(window.model.rowCount()):
        article = window.archive.get(window.model.id_at(row))
        index = lead_block_index(article)
        if index is not None and article.blocks[index].text.strip() != (article.lead or "").strip():
            return row
    return min(1, window.model.rowCount() - 1)


def _wait(app, done, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    """Start Xvfb, run one child per language, report the files written."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "corpus" / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--display", default=":99")
    parser.add_argument("--child", nargs=3, metavar=("LANG", "OUT", "WORKDIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        lang, out, workdir = args.child
        return child(lang, args.seeds, Path(out), Path(workdir))
    xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"])
    env = dict(os.environ, DISPLAY=args.display, QT_QPA_PLATFORM="xcb")
    workdir = Path(tempfile.mkdtemp(prefix="tulieu-shots-"))
    try:
        time.sleep(1.0)
        args.out.mkdir(parents=True, exist_ok=True)
        for lang, name in SHOTS.items():
            cmd = [sys.executable, __file__, "--seeds", str(args.seeds), "--child", lang,
                   str(args.out / name), str(workdir)]
            subprocess.run(cmd, env=env, check=True, timeout=300)
            sys.stdout.write(f"wrote {args.out / name}\n")
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
