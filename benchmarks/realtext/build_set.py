"""Rebuild the real-text evaluation set from the mirrored source repositories.

usage: python benchmarks/realtext/build_set.py [--mirrors /work/.mirror] [--out benchmarks/realtext/.set] [--show ID]

Reads sources.jsonl (where each article is), labels.jsonl (hand-checked short facts) and entities/<id>.json
(hand-labelled entities). Writes, under --out:
  <id>.txt                      the article as a reader copies it from the article view: title, date line
                                (as the dataset gives it), sapo and body paragraphs, author line; paragraphs
                                separated by a blank line
  gold/tuned.gold.jsonl         gold in the format of shared/corpus/seeds.gold.jsonl
  gold/aside.gold.jsonl
  gold/dev.gold.jsonl           the dev part (entity development; see README)
  gold/biz.gold.jsonl           the biz part (business/economy articles; organisation rules; see README)
  gold/world.gold.jsonl         the world part (defence, border, sea and foreign news; see README)
  gold/society.gold.jsonl       the society part (police, courts, health, education, provinces, sport; see README)
  gold/politics.gold.jsonl      the politics part (Party and State, appointments, receptions, ceremonies; see README)
  gold/econ.gold.jsonl          the econ part (companies, banks, associations, schools, agencies, foreign bodies; see README)
No article text is committed; everything here is rebuilt from the repositories at the recorded commits.
A repository is mirrored with `fetch github:<owner>/<name>`, giving <mirrors>/<owner>+<name>/repo
(a bare git directory, or a work tree with .git inside).
"""
import argparse
import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def nfc(s):
    return unicodedata.normalize("NFC", s)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def git_dir(mirrors: Path, repo: str) -> Path:
    base = mirrors / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def read_blob(mirrors: Path, repo: str, commit: str, path: str) -> str:
    out = subprocess.run(["git", "--git-dir", str(git_dir(mirrors, repo)), "show", f"{commit}:{path}"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


# --- the baomoi crawl glued the article's <p> texts together without a separator ("…vườn cà phêNạn
# nhân…", "…tốt đẹp.Thủ tướng…"). Paragraph breaks are restored where a word-initial capital follows a
# lowercase letter, digit or sentence-closing mark with no space; camel-case names are kept whole.
CAMEL_KEEP = ("Vn", "Mc", "Mac", "Mobi", "Vina", "Vietin", "Petro", "Tien", "Phong", "Sai", "Viet", "i", "e",
              "Tech", "Sea", "Ocean", "Lien", "Info", "Net", "Hoa", "Bao", "Pv", "Mega", "Sun", "Vin", "Eco",
              "Jet", "You", "Face", "Linked", "Power", "Star", "Gold", "Capita", "Công", "Brah", "Shin",
              "LienViet", "LienVietPost", "Pos", "Asia")
CLOSERS = set('.!?…”)')
ABBREV = {"Tp", "Th", "ThS", "Ths", "Q", "P", "H", "TX", "TT", "X"}


def split_glued(text: str) -> list[str]:
    cuts = []
    for i in range(1, len(text) - 1):
        a, b, c = text[i - 1], text[i], text[i + 1]
        if not b.isupper():
            continue
        if a in ".!?…" and (c.islower() or c == " "):
            j = i - 1
            while j > 0 and not text[j - 1].isspace():
                j -= 1
            head = text[j:i - 1]
            if a == "." and (head.isupper() and len(head) <= 4 or head in ABBREV):
                continue  # "P.Hội Hợp", "TP.Vĩnh Yên", "H.Vĩnh Tường": an abbreviated unit, no break
            cuts.append(i)  # "…gây ra.Ở cấp độ…": a one-letter word after a full stop
            continue
        if not c.islower() or not (a.islower() or a.isdigit() or a in CLOSERS):
            continue
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        left = re.split(r"[.!?…”)]", text[j:i])[-1]  # the word's own letters ("thiết.Mobi|Fone" → "Mobi")
        if a.islower() and left.strip('("“') in CAMEL_KEEP:
            continue
        if a.islower() and left[:1].isupper() and len(left) <= 2:
            continue  # short capitalised head of a camel-case name ("Mc", "Vn")
        cuts.append(i)
    parts, last = [], 0
    for i in cuts:
        parts.append(text[last:i]); last = i
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


def parse_baomoi(raw: str, breaks=()) -> dict:
    lines = [nfc(l.strip()) for l in raw.replace("\r", "").split("\n") if l.strip()]
    title, sapo = lines[0], lines[1]
    date_line, category, tags, outlet = lines[-4:]
    body_lines = lines[2:-4]
    if body_lines and body_lines[0].startswith(sapo):
        body_lines[0] = body_lines[0][len(sapo):]  # the crawl repeats the sapo at the body's start
    paras = []
    for l in body_lines:
        for br in breaks:  # paragraph breaks restored by hand where no rule finds them ("TG&VN|Tại")
            left, right = br.split("|")
            l = l.replace(left + right, left + "\n" + right)
        for piece in l.split("\n"):
            paras.extend(split_glued(piece))
    return {"title": title, "date_line": date_line, "sapo": sapo, "paras": paras, "byline_field": None,
            "dataset_outlet": outlet, "category": category}


def parse_newsplease(raw: str, breaks=()) -> dict:
    d = json.loads(raw)
    text = [nfc(p.strip()) for p in (d.get("text") or "").split("\n") if p.strip()]
    sapo = nfc((d.get("description") or "").strip())
    if sapo.endswith(" - VnExpress"):
        sapo = sapo[: -len(" - VnExpress")]  # the meta description's site suffix, not on the page
    if sapo and text and (text[0] == sapo or text[0].startswith(sapo)):
        sapo = ""  # news-please repeats the description as the first paragraph
    return {"title": nfc(d["title"].strip()), "date_line": d.get("date_publish"), "sapo": sapo,
            "paras": text, "byline_field": ", ".join(d.get("authors") or []) or None,
            "dataset_outlet": d.get("source_domain"), "category": None}


PARSERS = {"baomoi-txt": parse_baomoi, "newsplease-json": parse_newsplease}


def assemble(src: dict, parsed: dict, lab: dict) -> tuple[str, dict]:
    """The .txt text and the gold record of one article."""
    paras = list(parsed["paras"])
    for junk in lab.get("drop", []):  # crawler/page furniture glued into the body (hand-listed)
        paras = [p.replace(junk, "").strip() for p in paras]
        paras = [p for p in paras if p]
    byline = lab.get("byline")  # exact trailing text of the body that is the byline (hand-checked)
    if byline:
        last = paras[-1]
        if not last.endswith(byline):
            raise ValueError(f"{src['id']}: byline {byline!r} not at the body's end: {last[-80:]!r}")
        rest = last[: len(last) - len(byline)].strip()
        paras[-1:] = [rest] if rest else []
    body = ([parsed["sapo"]] if parsed["sapo"] else []) + paras
    if lab.get("byline_para"):  # a byline standing as its own paragraph inside the body: kept in the text
        body = [p for p in body if p != lab["byline_para"]]
    # photo captions and inline boxes (marked by hand; stored as the SHA-1 of the paragraph, first 16 hex
    # digits, so that no caption text is committed) go to `optional`
    marked = set(lab.get("optional_sha1", []))
    optional = [p for p in body if sha1(p) in marked]
    if len({sha1(p) for p in optional}) != len(marked):
        raise ValueError(f"{src['id']}: {len(marked) - len({sha1(p) for p in optional})} optional paragraph(s) not found")
    body = [p for p in body if p not in optional]
    author_line = byline or (parsed["byline_field"] if lab.get("byline_field_is_author") else None)
    lines = [parsed["title"]]
    if parsed["date_line"]:
        lines.append(parsed["date_line"])
    lines += ([parsed["sapo"]] if parsed["sapo"] else []) + paras
    if author_line:
        lines.append(author_line)
    txt = "\n\n".join(lines) + "\n"
    ents_path = HERE / "entities" / f"{src['id']}.json"
    ents = json.loads(ents_path.read_text(encoding="utf-8")) if ents_path.exists() else None
    gold = {"file": f"{src['id']}.txt", "title": lab["title"], "published": lab.get("published"),
            "date": lab.get("date"), "date_basis": lab.get("date_basis", "explicit"),
            "outlet": src["outlet"], "outlet_domain": src["domain"], "source": lab.get("source"),
            "author": lab.get("author"), "body": body, "optional": optional,
            "people": (ents or {}).get("people", []), "organizations": (ents or {}).get("organizations", []),
            "locations": (ents or {}).get("locations", [])}
    if ents is None:
        raise ValueError(f"{src['id']}: no entities/{src['id']}.json")
    return txt, gold


def load_jsonl(p: Path) -> list[dict]:
    return [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()] if p.exists() else []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default=str(HERE / ".set"))
    ap.add_argument("--show", help="print one article's parsed parts (for hand checking)")
    args = ap.parse_args()
    mirrors, out = Path(args.mirrors), Path(args.out)
    sources = load_jsonl(HERE / "sources.jsonl")
    labels = {r["id"]: r for r in load_jsonl(HERE / "labels.jsonl")}
    if args.show:
        src = next(s for s in sources if s["id"] == args.show)
        p = PARSERS[src["format"]](read_blob(mirrors, src["repo"], src["commit"], src["path"]),
                                   labels.get(args.show, {}).get("breaks", ()))
        print(json.dumps(p, ensure_ascii=False, indent=1))
        return
    (out / "gold").mkdir(parents=True, exist_ok=True)
    golds = {"tuned": [], "aside": [], "dev": [], "biz": [], "world": [], "society": [], "politics": [], "econ": []}
    problems = 0
    for src in sources:
        lab = labels.get(src["id"])
        if lab is None:
            print(f"{src['id']}: no labels yet", file=sys.stderr); problems += 1
            continue
        parsed = PARSERS[src["format"]](read_blob(mirrors, src["repo"], src["commit"], src["path"]),
                                        lab.get("breaks", ()))
        try:
            txt, gold = assemble(src, parsed, lab)
        except ValueError as e:
            print(e, file=sys.stderr); problems += 1
            continue
        (out / gold["file"]).write_text(txt, encoding="utf-8")
        golds[src["split"]].append(gold)
    for split, rows in golds.items():
        with open(out / "gold" / f"{split}.gold.jsonl", "w", encoding="utf-8") as f:
            for g in rows:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        print(f"{split}: {len(rows)} articles, {len({g['outlet'] for g in rows})} outlets")
    print(f"written to {out}; {problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
