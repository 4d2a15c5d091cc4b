"""Silver labels from each page's own HTML, merged with the hand-check fixes; writes labels.jsonl (no body text).

usage: python benchmarks/realpages/silver_labels.py [--corpus DIR]      (after build_corpus.py)
       python benchmarks/realpages/silver_labels.py --show ID [SELECTOR] (numbered lines, for checking by hand)
"""
from __future__ import annotations

import argparse
import html as htmllib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pagetext import lines, norm, parse, sha1  # noqa: E402

# The article container(s) per layout: the headline's sapo/lead plus the body, in page order.
CONTAINERS: dict[str, str] = {
    "24h-01": "div.baiviet-head-noidung, div.text-conent",
    "baochinhphu": "h2.detail-sapo, div.detail-content",
    "baodautu": "div.sapo_detail, #content_detail_news",
    "cafef": "h2.sapo, div.detail-content",
    "dantri-01": "#ctl00_IDContent_ctl00_divContent",
    "dantri-02": "[data-slot=sapo], #desktop-in-article",
    "genk-01": "div.news-show",
    "ione-01": "div.dtContent",
    "ngoisao-01": "div.detailCT",
    "nld-01": "div.box10",
    "nld-02": "h2.detail-sapo, div.detail-content",
    "soha-01": "h2.description, #newscontent",
    "teen9x-01": "div.postcontainer",
    "thanhnien-01": "div.article-content03",
    "tuoitre": "h2.detail-sapo, div.detail-content",
    "vietnamnet": "h2.content-detail-sapo, #maincontent",
    "vnexpress-01": "div.cxtLeft",
    "vnexpress-02": "div.cxtLeft",
    "vnexpress-03": "div.cxtLeft",
    "vnexpress": "p.description, article.fck_detail",
    "xinhxinh-01": "div.detail",
    "zing": "div.newsdetail_wrapper",
    # Third batch (2013-2016 layouts; the mobile pages of the ad-preview tool).
    "vnexpress-07": "div.short_intro, div.fck_detail p",
    "afamily": "h2.post-sapo, #detailmain",
    "kenh14": "h2.post-sapo, #detailmain",
    "giadinh-01": "div.detail > h3, div.detail > div.content",
    "giadinh-02": "div.detail_w h2.sapo, div.detail_w div.content",
    "cafef-03": "#a1",
    "cafebiz": "#newsContent",
    "dantri-03": "div.detail_w h2.sapo, div.detail_w div.content",
    "dantri-04": "#content > div.content",
    "dantri-05": "#content > div.content",
    "dantri-06": "div.detail_w h2.sapo, div.detail_w div.content",
    "thesaigontimes-01": "#ctl00_mobile_newsdetail_lblContentHtml",
    "vietnamnet-02": "#ArticleContent",
    # Fourth search (2025 layout of plo.vn).
    "plo": "div.article__sapo, div.article__body",
    # Fifth search (2018 layouts of a fake-news dataset's raw pages; 2025 VnExpress pages fall back to "vnexpress").
    "vnexpress-39": "h2.description, article.content_detail",
    "zing-03": "p.the-article-summary, div.the-article-body",
}
SUFFIX = re.compile(r"\s*[-|–:]\s*(VnExpress.*|Báo Dân trí|Dân trí|Tuổi Trẻ Online|Thanh Niên Online|Zing News.*|"
                    r"GenK\.vn|Soha\.vn|Tin tức 24h|iOne.*|Xinhxinh.*|Teen9x.*|Ngôi sao.*)$", re.I)
OUTLET_WORDS = re.compile(r"vnexpress|dân trí|dantri|vccorp|channelvn|genk|soha|zing|xinhxinh|24h|báo|online|"
                          r"\.vn|\.net|\.com", re.I)


def container_for(page_id: str) -> str:
    """The committed container selector for a page (by id, then by outlet prefix)."""
    return CONTAINERS.get(page_id) or CONTAINERS[page_id.rsplit("-", 1)[0]]


def meta(root, *names: str) -> str | None:
    """First non-empty meta content among property/name/itemprop names."""
    for name in names:
        for el in root.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]'):
            if norm(el.get("content") or ""):
                return norm(el.get("content"))
    return None


def json_ld(root) -> list[dict]:
    """Every JSON-LD object on the page (lists flattened, @graph opened)."""
    out: list[dict] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                out.append(item)
                stack.extend(item.get("@graph", []))
    return out


def silver(page_id: str, html: str, src: dict) -> dict:
    """Labels derived from the HTML alone (checked and fixed by hand afterwards)."""
    root = parse(html)
    ld = json_ld(root)
    h1 = [norm(e.text_content()) for e in root.iter("h1") if norm(e.text_content())]
    title = meta(root, "og:title") or (h1[-1] if h1 else "")
    title = SUFFIX.sub("", title)
    published = meta(root, "article:published_time", "pubdate", "datePublished") or next(
        (str(o["datePublished"]) for o in ld if o.get("datePublished")), None)
    date = re.search(r"\d{4}-\d{2}-\d{2}", published or "")
    author = None
    for obj in ld:
        people = obj.get("author")
        people = people if isinstance(people, list) else [people]
        names = [p.get("name") for p in people if isinstance(p, dict) and p.get("name")]
        if names and not OUTLET_WORDS.search(names[0]):
            author = norm(htmllib.unescape(names[0]))
    if author is None:
        candidate = meta(root, "author", "article:author")
        author = candidate if candidate and not OUTLET_WORDS.search(candidate) else None
    body = [t for t, cap in lines(root, container_for(page_id))]
    return {"id": page_id, "title": title, "published": published, "date": date.group(0) if date else None,
            "outlet": src["outlet"], "outlet_domain": src["domain"], "source": None, "author": author,
            "body": {"selector": container_for(page_id), "start": 0, "end": len(body), "skip": []}}


def finish(label: dict, html: str) -> dict:
    """Count and hash the located body paragraphs (the committed locator)."""
    found = lines(parse(html), label["body"]["selector"])
    loc = label["body"]
    dropped = set(loc.get("skip", [])) | set(loc.get("captions", []))
    body = [t for i, (t, cap) in enumerate(found) if loc["start"] <= i < loc["end"] and not cap and i not in dropped]
    loc.update(count=len(body), first_sha1=sha1(body[0]) if body else "", last_sha1=sha1(body[-1]) if body else "")
    return label


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / ".corpus")
    ap.add_argument("--show", nargs="+", metavar=("ID", "SELECTOR"))
    args = ap.parse_args(argv)
    if args.show:
        html = (args.corpus / f"{args.show[0]}.html").read_text(encoding="utf-8")
        selector = args.show[1] if len(args.show) > 1 else container_for(args.show[0])
        for i, (text, cap) in enumerate(lines(parse(html), selector)):
            print(f"{i:3d}{'c' if cap else ' '} {text[:150]}")
        return 0
    fixes = json.loads((HERE / "hand_fixes.json").read_text(encoding="utf-8"))
    sources = [json.loads(l) for l in (HERE / "sources.jsonl").read_text(encoding="utf-8").splitlines() if l]
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as out:
        for src in sources:
            html = (args.corpus / f"{src['id']}.html").read_text(encoding="utf-8")
            label = silver(src["id"], html, src)
            fix = fixes.get(src["id"], {})
            for key, value in fix.items():
                if key == "body":
                    label["body"].update(value)
                elif key != "note":
                    label[key] = value
            label = finish(label, html)
            label.update(people=[], organizations=[], locations=[], entities_labelled=False,
                         checked=src["id"] in fixes, fixed=fix.get("note", ""))
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(f"labels for {len(sources)} pages; hand-checked {sum(s['id'] in fixes for s in sources)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
