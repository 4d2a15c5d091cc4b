"""tulieu-cli: every feature of the core, scriptable. One module per command (cmd_*.py)."""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from ..errors import TuLieuError
from ..paths import default_archive_path

COMMANDS = ("extract", "import", "search", "list", "show", "edit", "dossier", "stories")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(prog="tulieu-cli", description="Tư Liệu — Vietnamese news archive")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f".cmd_{name}", __name__)
        module.register(sub)
    return parser


def add_archive_option(parser: argparse.ArgumentParser) -> None:
    """The --archive option every archive command takes."""
    parser.add_argument("--archive", default=str(default_archive_path()),
                        help="archive file (default: %(default)s)")


def main(argv: list[str] | None = None) -> int:
    """Entry point of tulieu-cli; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.handler(args) or 0)
    except TuLieuError as error:
        print(f"tulieu-cli: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tulieu-cli: interrupted", file=sys.stderr)
        return 130

