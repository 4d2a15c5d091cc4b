"""Build the PyInstaller bundle and print its figures: build time, size, frozen launch-to-window.

Usage: .venv/bin/python benchmarks/bundle.py [--dist DIR] [--no-build] [--screenshot PNG] [FILE...]
The helpers are shared with tests/test_bundle.py. Launch timing runs under a private Xvfb
(1440x900) and watches the screen from a separate Qt process, so it measures what a user sees:
from exec() of dist/TuLieu/TuLieu to the first painted window.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SCREEN = "1440x900x24"

# Runs in its own process on the Xvfb display: waits for a start time on stdin, then reports
# when the screen first shows something other than the black root; after "shoot" on stdin,
# waits for the picture to be still for SETTLE seconds and saves it, cropped to the window.
GRABBER = r"""
import hashlib, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "xcb"
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
screen = app.primaryScreen()
def grab():
    return screen.grabWindow(0).toImage()
def painted(img):
    return any(img.pixel(x, y) & 0xFFFFFF for x in range(0, img.width(), 12) for y in range(0, img.height(), 12))
print("ready", flush=True)
t0 = float(sys.stdin.readline())
deadline = t0 + float(sys.argv[2])
while not painted(grab()):
    if time.time() > deadline:
        print("timeout", flush=True); sys.exit(1)
    time.sleep(0.02)
print("window %.3f" % (time.time() - t0), flush=True)
sys.stdin.readline()  # the caller says when the app has done its work
settle, last, still_since = float(sys.argv[3]), None, time.time()
while time.time() < deadline:
    img = grab()
    digest = hashlib.sha1(bytes(img.constBits())).hexdigest()
    if digest != last:
        last, still_since = digest, time.time()
    elif time.time() - still_since >= settle:
        break
    time.sleep(0.2)
xs = [x for x in range(img.width()) if img.pixel(x, img.height() // 2) & 0xFFFFFF]
ys = [y for y in range(img.height()) if img.pixel(img.width() // 2, y) & 0xFFFFFF]
if xs and ys:  # crop the black root around the window (there is no window manager)
    img = img.copy(xs[0], ys[0], xs[-1] - xs[0] + 1, ys[-1] - ys[0] + 1)
img.save(sys.argv[1])
print("saved", flush=True)
"""


def build_bundle(distpath: Path, workpath: Path) -> float:
    """Run PyInstaller on build.spec; returns the wall-clock seconds. Raises with its log tail."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(distpath), "--workpath", str(workpath), str(ROOT / "build.spec")]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"pyinstaller failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return time.perf_counter() - start


def tree_size(path: Path) -> int:
    """Bytes of every regular file under path (symlinks not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def frozen_env(home: Path, *, offscreen: bool) -> dict[str, str]:
    """Environment for the frozen app with its settings and archive kept inside home."""
    env = dict(os.environ)
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    env.pop("QT_QPA_PLATFORM", None)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_smoke(exe: Path, files: list[Path], env: dict[str, str], timeout: float = 300,
              options: tuple[str, ...] = ()) -> tuple[dict, int, float]:
    """Run `exe --smoke [OPTIONS] FILE...`; returns its JSON summary, exit code and seconds taken."""
    start = time.perf_counter()
    done = subprocess.run([str(exe), "--smoke", *options, *map(str, files)], env=env, capture_output=True,
                          text=True, timeout=timeout)
    seconds = time.perf_counter() - start
    try:
        summary = json.loads(done.stdout)
    except json.JSONDecodeError as error:
        raise RuntimeError(f"smoke exited {done.returncode} without a JSON summary ({error})\n"
                           f"stdout:\n{done.stdout[-2000:]}\nstderr:\n{done.stderr[-4000:]}") from error
    summary["stderr"] = done.stderr[-4000:]
    return summary, done.returncode, seconds


@contextmanager
def xvfb() -> Iterator[str]:
    """A private Xvfb server (black root, 1440x900); yields its DISPLAY."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-br",
                               "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def launch_to_window(exe: Path, files: list[Path], env: dict[str, str], screenshot: Path,
                     until=lambda: True, timeout: float = 90, settle: float = 1.5) -> float:
    """Start exe with files on env's DISPLAY; seconds to its first painted window.

    After the window shows, waits until `until()` is true (e.g. the imports are in the archive),
    then for the screen to be still, saves `screenshot` and stops the app.
    """
    grab_env = dict(env, QT_QPA_PLATFORM="xcb")
    grabber = subprocess.Popen([sys.executable, "-c", GRABBER, str(screenshot), str(timeout), str(settle)],
                               env=grab_env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    app = None
    app_log = tempfile.TemporaryFile()  # a file, not a pipe: the app logs freely without blocking
    try:
        if grabber.stdout.readline().strip() != "ready":
            raise RuntimeError("screen grabber did not start")
        start = time.time()
        app = subprocess.Popen([str(exe), *map(str, files)], env=env, stdout=app_log, stderr=app_log)
        grabber.stdin.write(f"{start}\n")
        grabber.stdin.flush()
        answer = grabber.stdout.readline().split()
        if not answer or answer[0] != "window":
            raise RuntimeError(f"no window within {timeout} s; app exit code {app.poll()}\n{_tail(app_log)}")
        try:
            _wait_for(until, start + timeout)
        except TimeoutError as error:
            raise TimeoutError(f"{error}\n{_tail(app_log)}") from error
        grabber.stdin.write("shoot\n")
        grabber.stdin.flush()
        if grabber.stdout.readline().strip() != "saved":
            raise RuntimeError("screenshot not saved")
        return float(answer[1])
    finally:
        for process in (app, grabber):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        app_log.close()


def _tail(log_file, size: int = 4000) -> str:
    log_file.flush()
    log_file.seek(0)
    return log_file.read().decode("utf-8", "replace")[-size:]


def _wait_for(condition, deadline: float) -> None:
    while not condition():
        if time.time() > deadline:
            raise TimeoutError("condition not met before the deadline")
        time.sleep(0.25)


def default_archive(env: dict[str, str]) -> Path:
    """The default archive path the frozen app will use under env's XDG_DATA_HOME."""
    from storage.paths import default_archive_path

    saved = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]
    try:
        return default_archive_path()
    finally:
        if saved is None:
            del os.environ["XDG_DATA_HOME"]
        else:
            os.environ["XDG_DATA_HOME"] = saved


def archive_count(path: Path) -> int:
    """Articles in the archive at path (0 while it does not exist yet or is being created)."""
    import sqlite3

    from storage.archive import Archive
    from storage.errors import ArchiveError

    if not path.exists():
        return 0
    try:
        archive = Archive.open(path, create=False, read_only=True)
    except (ArchiveError, sqlite3.Error):
        return 0
    try:
        return archive.count()
    except sqlite3.Error:
        return 0
    finally:
        archive.close()


def main(argv: list[str] | None = None) -> int:
    """Build (unless --no-build), then print size, smoke time and launch-to-window time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-build", action="store_true", help="measure the existing bundle")
    parser.add_argument("--screenshot", type=Path, default=ROOT / "resources" / "screenshots" / "bundle.png")
    parser.add_argument("files", nargs="*", type=Path, help="files to open (default: the seed corpus)")
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT.parent / "shared" / "corpus" / "seeds").glob("*.txt"))
    if not args.no_build:
        seconds = build_bundle(args.dist, ROOT / "build")
        print(f"build time:        {seconds:6.1f} s")
    bundle = args.dist / "TuLieu"
    print(f"bundle size:       {tree_size(bundle) / 1e6:6.1f} MB  ({bundle})")
    with tempfile.TemporaryDirectory() as home:
        summary, code, seconds = run_smoke(bundle / "TuLieu", files[:1], frozen_env(Path(home), offscreen=True))
        if code != 0:
            raise RuntimeError(f"smoke failed: {summary}")
        print(f"frozen --smoke:    {seconds:6.1f} s  (1 file, dossier {summary['dossier']['pages']} pages)")
    for label, opened in (("empty", []), (f"{len(files)} files", files)):
        with tempfile.TemporaryDirectory() as home, xvfb() as display:
            env = dict(frozen_env(Path(home), offscreen=False), DISPLAY=display)
            archive = default_archive(env)
            seconds = launch_to_window(bundle / "TuLieu", opened, env, args.screenshot,
                                       until=lambda: archive_count(archive) >= len(opened))
            print(f"launch-to-window:  {seconds:6.2f} s  ({label})")
    print(f"screenshot:        {args.screenshot}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
