"""Rebuild the real-page corpus from local mirrors: <id>.html (UTF-8), <id>.txt (browser innerText) and the gold files.

usage: python benchmarks/realpages/build_corpus.py [--mirrors /work/.mirror] [--out benchmarks/realpages/.corpus]
                                                   [--only ID ...] [--no-render]
Each repository in sources.jsonl must have been fetched first (its git directory at MIRRORS/<owner>+<name>/repo).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pagetext import as_utf8_html, decode, lines, parse, raw_bytes, sha1  # noqa: E402

CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--blink-settings=imagesEnabled=false",
                "--window-size=1366,2000", "--lang=vi-VN"]
GOLD_KEYS = ("title", "published", "date", "outlet", "outlet_domain", "source", "author")


def load_jsonl(path: Path) -> list[dict]:
    """Rows of a JSON Lines file (none when it is missing)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def browser():
    """Headless Debian chromium through chromedriver, JavaScript off, no network."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.page_load_strategy = "eager"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    return driver


def render(driver, html_path: Path) -> str:
    """What Select All + Copy gives: document.body.innerText of the page loaded from file://."""
    driver.get(html_path.resolve().as_uri())
    return driver.execute_script("return document.body ? document.body.innerText : ''") or ""


def body_of(html: str, locator: dict) -> tuple[list[str], list[str], list[str]]:
    """Body paragraphs, caption lines (optional) and problems, from the committed body locator."""
    found = lines(parse(html), locator["selector"])
    skip, captions = set(locator.get("skip", [])), set(locator.get("captions", []))
    chosen = [(i, t, cap or i in captions) for i, (t, cap) in enumerate(found)
              if locator["start"] <= i < locator["end"]]
    body = [t for i, t, cap in chosen if not cap and i not in skip]
    optional = [t for i, t, cap in chosen if cap]
    problems = []
    if len(body) != locator["count"]:
        problems.append(f"{len(body)} paragraphs, label says {locator['count']}")
    if body and (sha1(body[0]) != locator["first_sha1"] or sha1(body[-1]) != locator["last_sha1"]):
        problems.append("first/last paragraph hash differs")
    return body, optional, problems


def gold_rows(label: dict, html: str, entities_dir: Path) -> tuple[dict, list[str]]:
    """One gold record (file name filled in by the caller) and any locator problems."""
    body, optional, problems = body_of(html, label["body"])
    row = {k: label.get(k) for k in GOLD_KEYS}
    row.update(body=body, optional=optional, people=[], organizations=[], locations=[])
    ent = entities_dir / f"{label['id']}.json"
    if ent.exists():
        row.update({k: v for k, v in json.loads(ent.read_text(encoding="utf-8")).items()
                    if k in ("people", "organizations", "locations")})
    row["entities_labelled"] = ent.exists()
    return row, problems


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--out", type=Path, default=HERE / ".corpus")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--no-render", action="store_true", help="keep existing .txt dumps")
    args = ap.parse_args(argv)
    sources = [s for s in load_jsonl(HERE / "sources.jsonl") if not args.only or s["id"] in args.only]
    args.out.mkdir(parents=True, exist_ok=True)
    driver = None if args.no_render else browser()
    try:
        for src in sources:
            html = as_utf8_html(decode(raw_bytes(args.mirrors, src)))
            html_path = args.out / f"{src['id']}.html"
            html_path.write_text(html, encoding="utf-8")
            if driver is not None:
                (args.out / f"{src['id']}.txt").write_text(render(driver, html_path), encoding="utf-8")
    finally:
        if driver is not None:
            driver.quit()
    labels = {row["id"]: row for row in load_jsonl(HERE / "labels.jsonl")}
    by_split: dict[tuple[str, str], list[dict]] = {}
    bad = 0
    for src in load_jsonl(HERE / "sources.jsonl"):
        label = labels.get(src["id"])
        html_path = args.out / f"{src['id']}.html"
        if label is None or not html_path.exists():
            continue
        row, problems = gold_rows(label, html_path.read_text(encoding="utf-8"), HERE / "entities")
        for problem in problems:
            bad += 1
            print(f"{src['id']}: {problem}", file=sys.stderr)
        for kind, ext in (("dumps", "txt"), ("html", "html")):
            by_split.setdefault((src["split"], kind), []).append({"file": f"{src['id']}.{ext}", **row})
    (args.out / "gold").mkdir(exist_ok=True)
    for (split, kind), rows in sorted(by_split.items()):
        with open(args.out / "gold" / f"{split}.{kind}.gold.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {len(sources)} pages into {args.out}; gold for {sum(len(r) for r in by_split.values()) // 2} "
          f"pages; {bad} locator problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
