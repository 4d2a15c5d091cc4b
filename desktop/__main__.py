"""`tulieu`: start the GUI; file or folder paths on the command line are imported."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Command-line options of the GUI."""
    parser = argparse.ArgumentParser(prog="tulieu", description="Tư Liệu — Vietnamese news archive")
    parser.add_argument("paths", nargs="*", help="article files or folders to import")
    parser.add_argument("--archive", help="open this archive instead of the last one")
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language for this run")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--smoke" in argv:
        from desktop.smoke import main as smoke_main

        return smoke_main(argv)
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.lang:
        import os

        os.environ["TULIEU_LANG"] = args.lang
    from desktop.app import create_app
    from desktop.settings import Settings, default_archive_path

    settings = Settings()
    app = create_app([sys.argv[0], *argv], settings)
    from desktop.main_window import MainWindow

    _log_to_file(default_archive_path().parent / "tulieu.log")
    window = MainWindow(settings)
    window.show()
    from desktop.startup import open_first_archive

    open_first_archive(window, args.archive, settings.last_archive(), default_archive_path())
    if args.paths and window.archive is not None:
        window.import_paths([Path(p).resolve() for p in args.paths])
    return app.exec()


def _log_to_file(path: Path) -> None:
    """Also log to a small rotating file next to the default archive (errors point users to it)."""
    from logging.handlers import RotatingFileHandler

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write the log file %s: %s", path, exc)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


if __name__ == "__main__":
    sys.exit(main())
