"""The real main window under an X server (xcb), for the key probes run by xvfb-run (X11's key bindings differ
from the offscreen platform's)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def real_window() -> Iterator:
    """The window shown and exposed on a small archive of our own; closed afterwards."""
    sys.path.insert(0, str(ROOT))
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from tests.desktop.desk_data import make_archive

    app = QApplication(["probe"])
    folder = Path(tempfile.mkdtemp())
    win = MainWindow(Settings(folder / "s.ini"))
    win.show()
    QTest.qWaitForWindowExposed(win)
    win.open_archive(make_archive(folder / "a.sqlite"))
    try:
        yield win
    finally:
        win.close()
        app.processEvents()


def probe_answer(probe: str) -> str | None:
    """The last line a probe script of this folder prints under xvfb-run; None without xvfb-run."""
    if shutil.which("xvfb-run") is None:
        return None
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(["xvfb-run", "-a", sys.executable, str(Path(__file__).with_name(probe))],
                            capture_output=True, text=True, env=env, timeout=120)
    lines = result.stdout.strip().splitlines()
    return lines[-1] if lines else result.stderr[-2000:]
