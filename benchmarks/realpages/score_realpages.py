"""Score the extractor (and trafilatura) on the real-page corpus: shared score.py fields plus body start and end.

usage: python benchmarks/realpages/score_realpages.py [tuned|aside|all] [dumps|html|all] [--corpus DIR] [--no-trafilatura]
       [--furniture] [--sequence] [--detail]
Run build_corpus.py first. Entity scores are left out until a split's pages have entity labels.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from storage.cli.cmd_extract import article_json  # noqa: E402
from storage.extraction import extract, learn_furniture  # noqa: E402
from storage.readers import read_file  # noqa: E402

SHARED = Path(os.environ.get("TULIEU_SHARED", ROOT.parent / "shared"))
ENTITY_KEYS = ("people", "organizations", "locations")


def key(text: str | None) -> str:
    """Paragraph comparison key: NFC, white space collapsed, casefolded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "").replace("\u00a0", " ")).strip().casefold()


def same_paragraph(pred: str | None, gold: str) -> bool:
    """Equal after normalisation, or one contains the other and covers at least 90% of it."""
    p, g = key(pred), key(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    short, long_ = sorted((p, g), key=len)
    return short in long_ and len(short) / len(long_) >= 0.9


def paragraphs(body) -> list[str]:
    """A prediction's body as a list of non-empty paragraphs."""
    if isinstance(body, str):
        body = body.split("\n")
    return [p for p in body or [] if p and p.strip()]


def ours(files: list[Path]) -> list[dict]:
    """The project's extractor, run in-process exactly as benchmarks/quality.py does."""
    return [article_json(path, extract(read_file(path))) for path in files]


def ours_with_furniture(files: list[Path]) -> list[dict]:
    """As an archive holding the part's other pages would run it: each page cleaned with the furniture learnt
    from the other pages of the outlet the extractor found for it (pages of the same part only)."""
    docs = [read_file(path) for path in files]
    outlets = [extract(doc).outlet for doc in docs]
    out = []
    for k, (path, doc) in enumerate(zip(files, docs)):
        others = [d.text.splitlines() for j, d in enumerate(docs) if j != k and outlets[j] and outlets[j] == outlets[k]]
        out.append(article_json(path, extract(doc, learn_furniture(others))))
    return out


def ours_imported(files: list[Path]) -> list[dict]:
    """As an import builds them: the part's pages imported one by one, in order, into a new archive (each page
    cleaned with the furniture the archive has learnt from the earlier pages of its outlet), then read back."""
    from storage.archive import Archive
    from storage.ingest import ingest

    with tempfile.TemporaryDirectory() as folder, Archive.open(Path(folder) / "seq.tulieu") as archive:
        out = []
        for path in files:
            report = ingest(archive, [path], workers=1)
            stored = [archive.get(i) for _, i in report.imported + report.duplicates]
            out.append(article_json(path, stored[0]) if stored else {"file": path.name})
        return out


def trafilatura_preds(files: list[Path]) -> list[dict]:
    """trafilatura 2.x bare_extraction with metadata; a text dump is given as one <p> per line. Entities: ours,
    run on trafilatura's title and body."""
    import trafilatura
    out = []
    for path in files:
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".txt":
            raw = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in raw.splitlines()
                                           if line.strip()) + "</body></html>"
        doc = trafilatura.bare_extraction(raw, with_metadata=True)
        d = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
        body = paragraphs(d.get("text") or "")
        out.append({"file": path.name, "title": d.get("title"), "date": d.get("date"), "author": d.get("author"),
                    "outlet": d.get("sitename"), "body": body, **_entities(d.get("title") or "", body)})
    return out


def _entities(title: str, body: list[str]) -> dict[str, list[str]]:
    """Our entity extractor run on another extractor's title and body (trafilatura finds no entities itself)."""
    from storage.extraction.entities import extract_entities
    found = extract_entities(title, body)
    kinds = {"people": "person", "organizations": "organization", "locations": "location"}
    return {key: [e.name for e in found if e.kind == kind] for key, kind in kinds.items()}


def _own_paragraphs(pred: dict) -> list[str]:
    """The predicted body without the photo captions it opens or closes with: the JSON body carries captions
    in page order, and the gold keeps them apart (optional), so the article's own first and last paragraph
    are compared."""
    body, captions = paragraphs(pred.get("body")), {key(c) for c in pred.get("captions") or []}
    while body and key(body[-1]) in captions:
        body.pop()
    while body and key(body[0]) in captions:
        body.pop(0)
    return body


def boundaries(gold: list[dict], preds: dict[str, dict]) -> tuple[float, float]:
    """Share of pages whose first (last) predicted paragraph matches the gold first (last) paragraph."""
    start = end = 0
    for g in gold:
        body = _own_paragraphs(preds.get(g["file"], {}))
        start += bool(body) and same_paragraph(body[0], g["body"][0])
        end += bool(body) and same_paragraph(body[-1], g["body"][-1])
    return start / len(gold), end / len(gold)


def score(name: str, gold_path: Path, preds: list[dict], detail: bool) -> dict[str, float]:
    """Run the shared scorer on predictions and add body start/end; prints a SUMMARY line."""
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with_entities = all(g.get("entities_labelled") for g in gold)
    if not with_entities:  # no entity labels yet: keep predicted entities out of sight and out of the score
        preds = [{k: v for k, v in p.items() if k not in ENTITY_KEYS} for p in preds]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for p in preds:
            out.write(json.dumps(p, ensure_ascii=False) + "\n")
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_path), out.name, "--detail"],
                            capture_output=True, text=True, check=True)
    os.unlink(out.name)
    lines = result.stdout.splitlines()
    if not with_entities:
        lines = [ln for ln in lines if not ln.lstrip().startswith(ENTITY_KEYS)]
    if detail:
        print("\n".join(ln for ln in lines if not ln.startswith("SUMMARY")))
    fields = dict(re.findall(r"(\w+)=([\d.]+)", next(ln for ln in lines if ln.startswith("SUMMARY"))))
    fields.update(dict(re.findall(r"(author_acc)=([\d.]+)", result.stdout)))
    start, end = boundaries(gold, {p["file"]: p for p in preds})
    summary = {"title": float(fields["title"]), "date": float(fields["date"]), "outlet": float(fields["outlet"]),
               "author": float(fields["author_acc"]), "body_start": start, "body_end": end,
               "body_F1": float(fields["body_F1"])}
    if with_entities:
        summary.update({k: float(fields[k]) for k in ("people_F1", "orgs_F1", "locs_F1")})
    shown = " ".join(f"{k}={v:.3f}" for k, v in summary.items())
    print(f"SUMMARY {name} pages={len(gold)} {shown}" + ("" if with_entities else " entities=n/a (not labelled)"))
    return summary


def gold_files(gold_path: Path, corpus: Path) -> list[Path]:
    """The corpus files a gold file labels, in its order."""
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [corpus / g["file"] for g in gold]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", nargs="?", default="all", choices=("tuned", "aside", "all"))
    ap.add_argument("kind", nargs="?", default="all", choices=("dumps", "html", "all"))
    ap.add_argument("--corpus", type=Path, default=HERE / ".corpus")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--furniture", action="store_true",
                    help="also score ours with furniture learnt from the part's other pages of the same outlet")
    ap.add_argument("--sequence", action="store_true",
                    help="also score ours as imported into a new archive one page after the other (furniture learnt "
                         "from the earlier pages)")
    ap.add_argument("--detail", action="store_true", help="per-page lines from score.py")
    args = ap.parse_args(argv)
    if not (SHARED / "eval" / "score.py").exists():
        print(f"score.py not found under {SHARED}; set TULIEU_SHARED to the shared folder", file=sys.stderr)
        return 1
    for split in ("tuned", "aside") if args.split == "all" else (args.split,):
        for kind in ("dumps", "html") if args.kind == "all" else (args.kind,):
            gold_path = args.corpus / "gold" / f"{split}.{kind}.gold.jsonl"
            files = gold_files(gold_path, args.corpus)
            score(f"ours {split} {kind}", gold_path, ours(files), args.detail)
            if args.furniture:
                score(f"ours+furniture {split} {kind}", gold_path, ours_with_furniture(files), args.detail)
            if args.sequence:
                score(f"ours imported in sequence {split} {kind}", gold_path, ours_imported(files), args.detail)
            if not args.no_trafilatura:
                score(f"trafilatura {split} {kind}", gold_path, trafilatura_preds(files), args.detail)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
