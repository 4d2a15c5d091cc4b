"""Score the extractor on the rendered kind probes (dumps and HTML).

usage: python benchmarks/probes/score.py [--dir OUT] [-v] [names...]   (render first with render.py)"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

from benchmarks.realpages.score_realpages import _own_paragraphs, key, same_paragraph
from storage.cli.cmd_extract import article_json
from storage.extraction import extract
from storage.readers import read_file

FIELDS = ("title", "author", "date", "start", "end")
SITE_RE = re.compile(r"og:site_name' content='([^']*)'")


def site_name(page: Path) -> str | None:
    """The outlet a probe page is published by (its og:site_name; the same name its frame prints): outlets
    no table holds, so the score says how the extractor names an outlet it does not know."""
    found = SITE_RE.search(page.with_suffix(".html").read_text(encoding="utf-8"))
    return html.unescape(found.group(1)) if found else None


def check(path: Path, gold: dict) -> tuple[dict[str, bool], dict, object]:
    article = extract(read_file(path))
    pred = article_json(path, article)
    body = _own_paragraphs(pred)
    res = {
        "title": key(pred.get("title")) == key(gold["title"]),
        "author": key(pred.get("author")) == key(gold["author"]) if gold["author"] else not pred.get("author"),
        "date": str(pred.get("published") or pred.get("date") or "")[:10] == gold["date"],
        "start": bool(body) and same_paragraph(body[0], gold["start"]),
        "end": bool(body) and same_paragraph(body[-1], gold["end"]),
        "outlet": (pred.get("outlet") or "").casefold() == (site_name(path) or "").casefold(),
    }
    return res, pred, article


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/tulieu_probes"))
    ap.add_argument("-v", action="store_true", help="print the blocks of failing pages")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in (args.dir / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    for kind in ("txt", "html"):
        totals = {f: 0 for f in (*FIELDS, "outlet")}
        wrong = pages = 0
        for gold in rows:
            if args.names and gold["name"] not in args.names:
                continue
            pages += 1
            res, pred, article = check(args.dir / f"{gold['name']}.{kind}", gold)
            fails = [f for f in FIELDS if not res[f]]
            for f in (*FIELDS, "outlet"):
                totals[f] += res[f]
            wrong += len(fails)
            if fails:
                body = _own_paragraphs(pred)
                print(f"{kind:4} {gold['name']:22} FAIL {','.join(fails):24} title={pred.get('title')!r} "
                      f"author={pred.get('author')!r} date={pred.get('date')!r}\n"
                      f"{'':28}start={(body[0] if body else None)!r:.90}\n{'':28}end={(body[-1] if body else None)!r:.90}")
                if args.v:
                    for block in article.blocks:
                        print("      ", block.role[:5].ljust(5), (block.reason or "")[:14].ljust(14), block.text[:90])
        print(f"SUMMARY {'dumps' if kind == 'txt' else 'html'} pages={pages} "
              + " ".join(f"{f}={totals[f]}/{pages}" for f in FIELDS) + f" wrong_fields={wrong}"
              + f" outlet={totals['outlet']}/{pages}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
