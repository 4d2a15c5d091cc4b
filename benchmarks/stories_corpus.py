"""Republishing corpus generator: base articles, their republished versions, and hard negatives.

Usage: .venv/bin/python benchmarks/stories_corpus.py OUT_DIR [--bases 200] [--negatives 1000] [--seed 12]
Writes OUT_DIR/NNNNN.txt page dumps and OUT_DIR/truth.jsonl (one line per page: file, story, original,
origin outlet, whether the page names its source or comes from a wire outlet, the edits applied).
Every text is composed from benchmarks/stories_material.py; nothing comes from the seeds.
Versions carry realistic edits: new title, lead tag "(VOV.VN) -", trimmed ending, a paragraph dropped or
added, paragraphs reordered, diacritics stripped, typos, a "Theo …" line, another outlet's page furniture.
Hard negatives share the story's topic, officials, place, event and often the same quoted statement.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stories_material as M  # noqa: E402

# (display name as the outlet registry spells it, domain, lead prefix, kind of evidence)
ORIGINS = [("TTXVN", "vnanet.vn", "TTXVN -", "wire"), ("TTXVN", "vnanet.vn", "(TTXVN) -", "wire"),
           ("VTV", "vtv.vn", "VTV.vn -", "wire"), ("VOV", "vov.vn", "(VOV) -", "wire"),
           ("Nhân Dân", "nhandan.vn", "NDO -", "national"), ("Quân đội nhân dân", "qdnd.vn", "QĐND -", "national"),
           ("VnExpress", "vnexpress.net", "", "paper"), ("Tuổi Trẻ", "tuoitre.vn", "TTO -", "paper"),
           ("Thanh Niên", "thanhnien.vn", "", "paper"),
           ("Báo Chính phủ", "baochinhphu.vn", "(Chinhphu.vn) -", "national")]
REPUBLISHERS = [("Báo Mới", "baomoi.com", ""), ("Dân trí", "dantri.com.vn", "(Dân trí) -"),
                ("Tiền Phong", "tienphong.vn", "TPO -"), ("Lao Động", "laodong.vn", ""),
                ("Báo Hải Phòng", "baohaiphong.com.vn", ""), ("Báo Đà Nẵng", "baodanang.vn", ""),
                ("Báo Cần Thơ", "baocantho.com.vn", ""), ("Báo Nghệ An", "baonghean.vn", ""),
                ("Báo Quảng Ninh", "baoquangninh.vn", ""), ("Báo Khánh Hòa", "baokhanhhoa.vn", ""),
                ("Báo Lào Cai", "baolaocai.vn", ""), ("Báo Bình Định", "baobinhdinh.vn", ""),
                ("Soha", "soha.vn", ""), ("Znews", "znews.vn", ""), ("Đại Đoàn Kết", "daidoanket.vn", ""),
                ("Hà Nội Mới", "hanoimoi.vn", "(HNM) -"), ("VOV", "vov.vn", "(VOV.VN) -"),
                ("Người Lao Động", "nld.com.vn", "(NLĐO) -")]


@dataclass
class Context:
    """What a story is about: shared by its versions and by its hard negatives."""

    person: str
    rank: str
    title: str
    partner: str
    place: str
    event: str
    field: str
    day: int
    month: int
    year: int
    quote: str


@dataclass
class Page:
    """One page to write: the article as one outlet printed it, with the truth about it."""

    story: int
    outlet: str
    domain: str
    prefix: str
    title: str
    paragraphs: list[str]
    when: tuple[int, int, int, int, int]  # year, month, day, hour, minute
    source_line: str = ""
    author: str = ""
    original: bool = False
    origin: str = ""
    evidence: bool = False
    edits: list[str] = field(default_factory=list)


def person(rng: random.Random) -> str:
    """An invented Vietnamese full name."""
    return f"{rng.choice(M.FAMILY)} {rng.choice(M.MIDDLE)} {rng.choice(M.GIVEN)}"


def context(rng: random.Random) -> Context:
    """A fresh story context with its quoted statement."""
    bits = rng.sample(M.QUOTE_BITS, rng.randint(6, 9))
    quote = ", ".join(bits).capitalize()
    return Context(person(rng), rng.choice(M.RANKS[:5]), rng.choice(M.TITLES), rng.choice(M.PARTNERS),
                   rng.choice(M.PLACES), rng.choice(M.EVENTS), rng.choice(M.FIELDS), rng.randint(1, 28),
                   rng.randint(1, 12), rng.randint(2012, 2025), quote)


def _fill(rng: random.Random, text: str, ctx: Context) -> str:
    """Fill the slots of one phrase from the context and fresh random values."""
    y = rng.randint(2020, 2030)
    values = {"d": f"{ctx.day}/{ctx.month}", "d2": f"{ctx.day + 1}/{ctx.month}", "place": ctx.place,
              "field": rng.choice([ctx.field, rng.choice(M.FIELDS)]), "y": y, "y2": y + rng.randint(1, 5),
              "n": rng.randint(12, 4800), "partner": ctx.partner, "event": ctx.event,
              "credit": rng.choice(["TTXVN", "VGP", "QĐND", "Thanh Hà", "Minh Đức"]),
              "person": f"{ctx.rank.capitalize()} {ctx.person}"}
    return text.format(**values)


def sentence(rng: random.Random, ctx: Context) -> str:
    """One news sentence built from short phrases, so unrelated articles share few word runs."""
    pick = rng.choice
    kind = rng.randrange(6)
    if kind == 0:
        text = f"{pick(M.CONTEXTS)}, {pick(M.NUMBERS)} {pick(M.ACTIVITIES)} {pick(M.AT_PLACE)} {pick(M.TAILS)}"
    elif kind == 1:
        text = f"{pick(M.OUTCOMES)} {pick(M.GOALS)} {pick(M.TAILS)}"
    elif kind == 2:
        who = rng.choice([f"{ctx.rank} {ctx.person}", f"{ctx.title} {ctx.person}", f"đoàn {ctx.partner}"])
        text = f"{who} {pick(M.VERBS)} {pick(M.EVENTS)} {pick(M.ADVERBS)}"
    elif kind == 3:
        text = f"{pick(M.CONTEXTS)}, {pick(M.OUTCOMES)} {pick(M.GOALS)}, đồng thời {pick(M.GOALS)} {pick(M.TAILS)}"
    elif kind == 4:
        text = (f"Tại {pick(M.EVENTS)} lần thứ {rng.randint(2, 19)}, {pick(M.OUTCOMES)} {pick(M.GOALS)} "
                f"{pick(M.ADVERBS)}")
    else:
        text = f"{pick(M.TIME_OPENERS)}, {pick(M.NUMBERS)} {pick(M.ACTIVITIES)} {pick(M.AT_PLACE)}"
    text = _fill(rng, text, ctx)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, ctx: Context) -> str:
    """Two to four sentences."""
    return " ".join(sentence(rng, ctx) for _ in range(rng.randint(2, 4)))


def quote_paragraph(rng: random.Random, ctx: Context) -> str:
    """The official's quoted statement: the part hard negatives copy word for word."""
    return f"{ctx.rank.capitalize()} {ctx.person} {rng.choice(M.QUOTE_OPEN)}: “{ctx.quote}”."


def lead(rng: random.Random, ctx: Context) -> str:
    """The opening paragraph."""
    opener = _fill(rng, rng.choice(M.TIME_OPENERS), ctx)
    at = _fill(rng, rng.choice(M.AT_PLACE), ctx)
    return (f"{opener}, {at}, {ctx.rank} {ctx.person}, {ctx.title}, {rng.choice(M.VERBS)} "
            f"{ctx.event} với đoàn đại biểu {ctx.partner} {rng.choice(M.ADVERBS)}.")


def body(rng: random.Random, ctx: Context, quote: bool = True) -> list[str]:
    """Lead, five to nine paragraphs, the quote somewhere in the middle, maybe a caption."""
    paragraphs = [lead(rng, ctx)] + [paragraph(rng, ctx) for _ in range(rng.randint(5, 9))]
    if quote:
        paragraphs.insert(rng.randint(2, len(paragraphs) - 1), quote_paragraph(rng, ctx))
    if rng.random() < 0.6:
        paragraphs.insert(rng.randint(1, 3), _fill(rng, rng.choice(M.CAPTIONS), ctx))
    return paragraphs


def title(rng: random.Random, ctx: Context, patterns: list[str]) -> str:
    """A headline from the context."""
    values = {"partner": ctx.partner, "event": ctx.event, "place": ctx.place, "field": ctx.field,
              "goal": _fill(rng, rng.choice(M.GOALS), ctx), "verb": rng.choice(M.VERBS),
              "person_short": f"{ctx.rank.capitalize()} {ctx.person}"}
    text = rng.choice(patterns).format(**values)
    return text[0].upper() + text[1:]


def strip_marks(text: str) -> str:
    """Text as an old aggregator prints it: no diacritics at all."""
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def typos(rng: random.Random, paragraphs: list[str], count: int) -> list[str]:
    """A few dropped or doubled letters in random words."""
    out = list(paragraphs)
    for _ in range(count):
        i = rng.randrange(len(out))
        words = out[i].split(" ")
        j = rng.randrange(len(words))
        word = words[j]
        if len(word) > 3:
            k = rng.randrange(1, len(word) - 1)
            words[j] = word[:k] + word[k + 1:] if rng.random() < 0.5 else word[:k] + word[k] + word[k:]
        out[i] = " ".join(words)
    return out


def edit_version(rng: random.Random, ctx: Context, paragraphs: list[str]) -> tuple[list[str], list[str], bool]:
    """A republished body: (paragraphs, edits applied, new title wanted)."""
    out, edits = list(paragraphs), []
    if rng.random() < 0.15:
        return out, ["identical"], False
    if rng.random() < 0.12:
        keep = max(2, int(len(out) * rng.uniform(0.4, 0.6)))
        out, edits = out[:keep], ["excerpt"]
    elif rng.random() < 0.3:
        out, edits = out[:-rng.randint(1, 2)], ["trimmed"]
    if rng.random() < 0.3 and len(out) > 3:
        del out[rng.randrange(1, len(out))]
        edits.append("dropped")
    if rng.random() < 0.3:
        out.insert(rng.randint(1, len(out)), _fill(rng, rng.choice(M.ADDED_PARAGRAPHS), ctx))
        edits.append("added")
    if rng.random() < 0.15 and len(out) > 3:
        i = rng.randrange(1, len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
        edits.append("reordered")
    if rng.random() < 0.3:
        out = typos(rng, out, rng.randint(2, 6))
        edits.append("typos")
    if rng.random() < 0.08:
        out = [strip_marks(p) for p in out]
        edits.append("no-diacritics")
    return out, edits, rng.random() < 0.6


def source_line(rng: random.Random, origin: str) -> str:
    """How a republisher credits the original."""
    return rng.choice([f"Theo {origin}", f"Nguồn: {origin}", f"(Theo {origin})", f"Theo {origin}"])


def _later(rng: random.Random, when: tuple[int, int, int, int, int]) -> tuple[int, int, int, int, int]:
    """A publication time after the original's: same day later, or one or two days on."""
    year, month, day, hour, minute = when
    if rng.random() < 0.5 and hour < 22:
        return year, month, day, rng.randint(hour + 1, 23), rng.randint(0, 59)
    return year, month, min(28, day + rng.randint(1, 2)), rng.randint(6, 22), rng.randint(0, 59)


def story(rng: random.Random, number: int, ctx: Context) -> list[Page]:
    """The original page and one to six republished versions."""
    name, domain, prefix, kind = rng.choice(ORIGINS)
    paragraphs = body(rng, ctx)
    when = (ctx.year, ctx.month, ctx.day, rng.randint(6, 20), rng.randint(0, 59))
    headline = title(rng, ctx, M.TITLE_PATTERNS)
    original = Page(number, name, domain, prefix, headline, paragraphs, when, author=person(rng),
                    original=True, origin=name, evidence=kind == "wire")
    pages = [original]
    for outlet, odomain, oprefix in rng.sample([r for r in REPUBLISHERS if r[0] != name], rng.randint(1, 6)):
        text, edits, retitle = edit_version(rng, ctx, paragraphs)
        credit = source_line(rng, name) if rng.random() < (0.8 if kind == "wire" else 0.5) else ""
        new_title = title(rng, ctx, M.NEW_TITLE_PATTERNS) if retitle else headline
        pages.append(Page(number, outlet, odomain, oprefix, new_title, text, _later(rng, when), credit,
                          author=person(rng) if not credit else "", origin=name,
                          evidence=bool(credit) or kind == "wire", edits=edits + ["credit"] * bool(credit)))
    for page in pages[1:]:
        page.evidence = page.evidence or any(p.source_line for p in pages)
    original.evidence = any(p.evidence for p in pages)
    return pages


def negative(rng: random.Random, number: int, ctx: Context) -> Page:
    """A different article on the same story context: same officials, place, event, often the same quote."""
    name, domain, prefix = rng.choice(REPUBLISHERS + [o[:3] for o in ORIGINS])
    paragraphs = body(rng, ctx, quote=rng.random() < 0.7)
    when = (ctx.year, ctx.month, min(28, ctx.day + rng.randint(0, 3)), rng.randint(6, 22), rng.randint(0, 59))
    return Page(number, name, domain, prefix, title(rng, ctx, M.TITLE_PATTERNS), paragraphs, when,
                author=person(rng), original=True, origin=name, edits=["negative"])


DATE_STYLES = ["{h:02d}:{mi:02d} | {d:02d}/{m:02d}/{y} GMT+7", "Thứ hai, {d}/{m}/{y}, {h:02d}:{mi:02d} (GMT+7)",
               "{d:02d}-{m:02d}-{y} - {h:02d}:{mi:02d}", "Ngày đăng : {h:02d}:{mi:02d}, {d:02d}/{m:02d}/{y}",
               "{d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}"]


def render(page: Page, rng: random.Random) -> str:
    """The page dump a user saves: outlet furniture around the article."""
    style = random.Random(page.outlet)  # an outlet keeps one layout
    year, month, day, hour, minute = page.when
    date = style.choice(DATE_STYLES).format(h=hour, mi=minute, d=day, m=month, y=year)
    paragraphs = list(page.paragraphs)
    if page.prefix:
        paragraphs[0] = f"{page.prefix} {paragraphs[0]}"
    related = [title(rng, context(rng), M.TITLE_PATTERNS) for _ in range(3)]
    lines = [style.choice(M.BOILERPLATE["nav"]), page.title, date, style.choice(M.BOILERPLATE["widgets"]),
             *paragraphs, *( [page.author] if page.author else []), *([page.source_line] if page.source_line else []),
             style.choice(M.BOILERPLATE["related_head"]), *related,
             f"Theo dõi {page.domain} trên Google News"]
    return "\n".join(lines) + "\n"


def generate(bases: int, negatives: int, seed: int) -> list[Page]:
    """All pages: each base story's versions, then the hard negatives, shuffled."""
    rng = random.Random(seed)
    contexts = [context(rng) for _ in range(bases)]
    pages = [p for number, ctx in enumerate(contexts) for p in story(rng, number, ctx)]
    pages += [negative(rng, bases + i, contexts[i % bases]) for i in range(negatives)]
    rng.shuffle(pages)
    return pages


def write(folder: Path, pages: list[Page], seed: int) -> list[dict]:
    """Write the page dumps and truth.jsonl; returns the truth rows."""
    rng = random.Random(seed + 1)
    folder.mkdir(parents=True, exist_ok=True)
    truth = []
    for i, page in enumerate(pages):
        name = f"{i:05d}.txt"
        (folder / name).write_text(render(page, rng), encoding="utf-8")
        truth.append({"file": name, "story": page.story, "outlet": page.outlet, "original": page.original,
                      "origin": page.origin, "evidence": page.evidence, "edits": page.edits})
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in truth)
    return truth


def main() -> None:
    """Write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--bases", type=int, default=200)
    parser.add_argument("--negatives", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    truth = write(args.out, generate(args.bases, args.negatives, args.seed), args.seed)
    print(f"{len(truth)} pages in {args.out}")


if __name__ == "__main__":
    main()
