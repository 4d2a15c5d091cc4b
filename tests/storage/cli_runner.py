"""tulieu-cli run in-process on one archive, for the CLI tests."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from storage import cli


def cli_runner(capsys, archive: Path) -> Callable[..., tuple[int, str, str]]:
    """A function running tulieu-cli with `--archive archive`; returns (exit code, stdout, stderr)."""
    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main([*argv, "--archive", str(archive)])
        out, err = capsys.readouterr()
        return code, out, err

    invoke.archive = archive  # type: ignore[attr-defined]
    return invoke
