"""tulieu-cli: every feature of the core, scriptable. One module per command (cmd_*.py)."""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from ..errors import TuLieuError
from ..paths import default_archive_path

COMMANDS = ("extract", "import", "search", "list", "show", "edit", "dossier", "check", "backup", "failed", "export",
            "original", "saved", "confirm",
            "pieces", "page", "stories", "team", "copy")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(prog="tulieu-cli", description="Tư Liệu — Vietnamese news archive")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    # Also before the command (`tulieu-cli --archive A list`), as users of git-style tools type it.
    parser.add_argument("--archive", dest="archive_before_command", metavar="ARCHIVE",
                        help="archive file for the command that follows")
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
            stream.reconfigure(encoding="utf-8", errors="replace")  # odd file names never stop a run
    parser = build_parser()
    args = parser.parse_args(argv)
    _apply_archive_before_command(parser, args, argv if argv is not None else sys.argv[1:])
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
    except BrokenPipeError:  # `tulieu-cli list | head`: the reader left; stop quietly
        _silence_stdout()
        return 0


def _apply_archive_before_command(parser: argparse.ArgumentParser, args: argparse.Namespace,
                                  argv: list[str]) -> None:
    """`--archive` given before the command: the command's own `--archive`, if also given, wins."""
    chosen = args.archive_before_command
    if chosen is None:
        return
    if not hasattr(args, "archive"):
        parser.error(f"the {args.command} command does not use an archive (--archive {chosen})")
    command_at = argv.index(args.command)
    if not any(arg == "--archive" or arg.startswith("--archive=") for arg in argv[command_at + 1:]):
        args.archive = chosen


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def positive_id(text: str) -> int:
    """argparse type: an id that SQLite can hold (1 .. 2**63-1)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"no such id: {text} (ids are whole numbers from 1)")
    return value


def count(text: str) -> int:
    """argparse type: a count (--limit); anything beyond 2**31 means "all"."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    return max(0, min(value, 2**31))

