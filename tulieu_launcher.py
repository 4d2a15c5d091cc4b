"""Entry script of the PyInstaller bundle (build.spec): the GUI, or `--smoke FILE...`."""
from __future__ import annotations

import logging
import sys


def run() -> int:
    """Dispatch on argv; the smoke test skips the GUI's start-up (settings, last archive)."""
    if "--smoke" in sys.argv[1:]:
        from desktop.smoke import main as smoke

        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        return smoke(sys.argv[1:])
    from desktop.__main__ import main

    return int(main() or 0)


if __name__ == "__main__":
    sys.exit(run())
