"""Write the kind probes as HTML and render each with headless chromium into a Select-All text dump.

usage: python benchmarks/probes/render.py [OUT]   (default /tmp/tulieu_probes); needs chromium + chromedriver."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from benchmarks.probes.kinds import PROBES
from benchmarks.realpages.build_corpus import browser, render


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "/tmp/tulieu_probes")
    out.mkdir(parents=True, exist_ok=True)
    driver = browser()
    rows = []
    try:
        for probe in PROBES:
            page = out / f"{probe.name}.html"
            page.write_text(probe.html, encoding="utf-8")
            (out / f"{probe.name}.txt").write_text(render(driver, page), encoding="utf-8")
            rows.append({k: v for k, v in asdict(probe).items() if k != "html"})
    finally:
        driver.quit()
    (out / "expected.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                        encoding="utf-8")
    print(f"{len(rows)} probes written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
