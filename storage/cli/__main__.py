"""`python -m storage.cli`: the same as tulieu-cli."""
import sys

from . import main

sys.exit(main())
