"""Write sources.jsonl: the candidate pages (repo, path, commit, outlet) and the outlet split (fixed seed)."""
from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261207  # the split's seed; changing it changes which outlets are aside
MYFEED = ("dungvn3000/myfeed", "linkerz_parser/src/test/resources/")

# (repo, path, commit, outlet display name, domain); pages only, no home/category pages.
CANDIDATES: list[tuple[str, str, str, str, str]] = [
    (MYFEED[0], MYFEED[1] + "24h1.html", "2cc04defff452266925fe7f2db41ebf59330f72b", "24h", "24h.com.vn"),
    (MYFEED[0], MYFEED[1] + "dantri1.html", "846c335d31f09934569d9b4f39b967f0e9838a4e", "Dân trí", "dantri.com.vn"),
    (MYFEED[0], MYFEED[1] + "genk1.html", "846c335d31f09934569d9b4f39b967f0e9838a4e", "GenK", "genk.vn"),
    (MYFEED[0], MYFEED[1] + "ngoisao1.html", "2cc04defff452266925fe7f2db41ebf59330f72b", "Ngôi Sao", "ngoisao.net"),
    (MYFEED[0], MYFEED[1] + "nld1.html", "846c335d31f09934569d9b4f39b967f0e9838a4e", "Người Lao Động", "nld.com.vn"),
    (MYFEED[0], MYFEED[1] + "soha1.html", "846c335d31f09934569d9b4f39b967f0e9838a4e", "Soha", "soha.vn"),
    (MYFEED[0], MYFEED[1] + "teen9x1.html", "846c335d31f09934569d9b4f39b967f0e9838a4e", "Teen9x", "teen9x.net"),
    (MYFEED[0], MYFEED[1] + "thanhnien1.html", "2cc04defff452266925fe7f2db41ebf59330f72b", "Thanh Niên", "thanhnien.com.vn"),
    (MYFEED[0], MYFEED[1] + "vnexpress1.html", "2cc04defff452266925fe7f2db41ebf59330f72b", "VnExpress", "vnexpress.net"),
    (MYFEED[0], MYFEED[1] + "vnexpress2.html", "2cc04defff452266925fe7f2db41ebf59330f72b", "iOne", "ione.vnexpress.net"),
    (MYFEED[0], MYFEED[1] + "vnexpress3.html", "636c978168f354caadf648a1727e71bcf839902b", "VnExpress", "vnexpress.net"),
    (MYFEED[0], MYFEED[1] + "xinh1.html", "846c335d31f09934569d9b4f39b967f0e9838a4e", "Xinhxinh", "xinhxinh.com.vn"),
    (MYFEED[0], MYFEED[1] + "zing1.html", "846c335d31f09934569d9b4f39b967f0e9838a4e", "Zing News", "news.zing.vn"),
    (MYFEED[0], MYFEED[1] + "zing2.html", "55c5e5ea9e3972949b5e68e01afe344b8e7695dc", "Zing News", "news.zing.vn"),
    ("dungvn3000/sonic", "sonic_parser/src/test/resources/vnexpress1.html", "35e91bc48d5b229c7b02fa63d6dcb720df5d6a89",
     "VnExpress", "vnexpress.net"),
    ("flairNLP/fundus", "tests/resources/parser/test_data/vn/VnExpress_2025_10_22.html.gz",
     "fd72deeea7f21f6891af91852594dd4f8c0f3afa", "VnExpress", "vnexpress.net"),
    ("adbar/htmldate", "tests/eval/VnExpress.net-Kinh-doanh.html", "52705a377bfeb280ce2ed2b50c0d84a23ba987c5", "VnExpress", "vnexpress.net"),
]
METH04 = ("meth04/tracking_news-mcp", "a10a806b36ecc1be09ae1a47c0e06f880eed9e77", "tests/fixtures/")
for name, outlet, domain in (("baochinhphu_article", "Báo Chính phủ", "baochinhphu.vn"),
                             ("baodautu_article", "Báo Đầu tư", "baodautu.vn"),
                             ("cafef_article", "CafeF", "cafef.vn"),
                             ("cafef_article_batdongsan", "CafeF", "cafef.vn"),
                             ("dantri_article", "Dân trí", "dantri.com.vn"),
                             ("nld_article", "Người Lao Động", "nld.com.vn"),
                             ("tuoitre_article", "Tuổi Trẻ", "tuoitre.vn"),
                             ("vietnamnet_article", "VietNamNet", "vietnamnet.vn"),
                             ("vnexpress_article", "VnExpress", "vnexpress.net")):
    CANDIDATES.append((METH04[0], f"{METH04[2]}{name}.html", METH04[1], outlet, domain))
# Third search (branch corpus3, 2026-12-07). GoOse's extractor test page (giaitri.vnexpress.net, May 2014).
CANDIDATES.append(("advancedlogic/GoOse", "sites/vnexpress.net.html", "f74864adeb3668c3702c4ecafce0cd1b584d6859",
                   "VnExpress", "vnexpress.net"))
# An ad-format preview tool's host pages: mobile article pages of 2013-2016 saved whole, each under up to four
# ad formats (the same article repeated; only the ad script's address differs). One copy per article.
DEMO = ("truongleeuet/demomobiles", "54493bde5435650e1979377412ac48159cb0dfd9", "public/site/")
for fmt, name, outlet, domain in (("bigArticle", "afamily", "Afamily", "afamily.vn"),
                                  ("inpage", "afamily", "Afamily", "afamily.vn"),
                                  ("bigArticle", "cafef", "CafeF", "cafef.vn"),
                                  ("inpage", "cafef", "CafeBiz", "cafebiz.vn"),  # named cafef.html, but a CafeBiz page
                                  ("bigArticle", "dantri", "Dân trí", "dantri.com.vn"),
                                  ("medium", "dantri", "Dân trí", "dantri.com.vn"),
                                  ("inpage", "dantri", "Dân trí", "dantri.com.vn"),
                                  ("popup", "dantri", "Dân trí", "dantri.com.vn"),
                                  ("bigArticle", "gdn", "Gia đình & Xã hội", "giadinh.net.vn"),
                                  ("inpage", "gdn", "Gia đình & Xã hội", "giadinh.net.vn"),
                                  ("bigArticle", "kenh14", "Kenh14", "kenh14.vn"),
                                  ("inpage", "kenh14", "Kenh14", "kenh14.vn")):
    CANDIDATES.append((DEMO[0], f"{DEMO[2]}page_{fmt}/{name}.html", DEMO[1], outlet, domain))
# A Go crawler's parser test pages (March 2019) and a news bot's mock VnExpress page (September 2025).
CANDIDATES += [
    ("hiepndd/crawler-golang", "crawler/data/thesaigontimes.html", "6d8c31d7fa12892e57280a5f3325fe4ebea48db1",
     "Kinh tế Sài Gòn", "thesaigontimes.vn"),
    ("hiepndd/crawler-golang", "crawler/data/vietnamnet.html", "6d8c31d7fa12892e57280a5f3325fe4ebea48db1",
     "VietNamNet", "vietnamnet.vn"),
    ("pngocthach/discord-news-bot", "src/mocks/data/vnexpress.html", "488a752ceb2bf3479a1c0e80b905bbd24cc3e1da",
     "VnExpress", "vnexpress.net"),
]
# Fourth search (branch corpus4, 2026-12-07): a crawler's parser test pages, Pháp Luật TP.HCM (plo.vn), October 2025
# (its other fixtures, for Kenh14, Người Lao Động, Thanh Niên and Znews, are hand-made stubs of 1-3 KB).
CANDIDATES += [
    ("vpeopleonatank/crawl_news_site", f"tests/fixtures/{name}.html", "df70418105897d647991da3633a3942c88e5f6a2",
     "Pháp Luật TP.HCM", "plo.vn") for name in ("plo_chinh_tri", "plo_phap_luat")
]
# Fifth search (branch corpus5, 2026-12-08): a trading app's crawler kept 30 VnExpress business pages of June-July
# 2025 as fetched (raw responses, backend/crawler-service/data/vnexpress/, commit bc0cd2a; deleted in the next commit);
# its two topic pages (ha-noi-26482, tp-ho-chi-minh-26483) are listing pages and are left out.
INTELLITRADE = ("NguyenTed/IntelliTrade", "bc0cd2a055853aa31ba441e1ebb7ae340cd8131a", "backend/crawler-service/data/vnexpress/")
for name in (
        "10-cong-ty-chung-khoan-lon-nam-gan-70-thi-phan-moi-gioi-4910322",
        "bau-duc-hoang-anh-gia-lai-co-the-lai-2-500-ty-nam-nay-4909068",
        "chung-khoan-hom-nay-2-7-co-phieu-chung-khoan-day-song-4909278",
        "chung-khoan-hom-nay-26-6-khoi-ngoai-xa-co-phieu-bluechip-4906684",
        "chung-khoan-hom-nay-27-6-vn-index-leo-dinh-voi-thanh-khoan-thap-4907191",
        "chung-khoan-hom-nay-3-7-vn-index-dut-mach-tang-4909737",
        "chung-khoan-hom-nay-4-7-co-phieu-fpt-dan-dat-thi-truong-4910247",
        "chung-khoan-tang-gan-9-nua-dau-nam-4908285",
        "chung-khoan-tang-manh-ba-phien-lien-tiep-4911651",
        "chung-khoan-tien-phong-co-chu-tich-moi-4907176",
        "chung-khoan-tiep-tuc-pha-dinh-3-nam-4905688",
        "chung-khoan-viet-nam-ky-vong-duoc-nang-hang-vao-thang-9-4909354",
        "co-dong-chua-dong-y-cho-ricons-niem-yet-4905296",
        "co-hoi-nao-cho-nha-dau-tu-khi-chung-khoan-len-cao-nhat-3-nam-4905710",
        "co-phieu-hoa-phat-hut-tien-4906165",
        "de-xuat-nop-thue-ngay-khi-nhan-co-tuc-bang-chung-khoan-4908211",
        "dnse-bo-nhiem-tong-giam-doc-moi-4908853",
        "dnse-nam-giu-gan-18-thi-phan-phai-sinh-4911266",
        "dragon-capital-quy-mo-tao-duong-tat-den-tich-san-ben-vung-4908921",
        "hai-tan-binh-chuan-bi-niem-yet-co-phieu-tren-hose-4908762",
        "loat-lanh-dao-hoang-anh-gia-lai-gom-co-phieu-hag-4906183",
        "luu-y-chon-thoi-diem-giao-dich-phai-sinh-4905388",
        "nha-dau-tu-chung-khoan-nen-lam-gi-khi-thay-dark-cloud-cover-4905137",
        "nha-dau-tu-ngoai-ban-rong-1-5-ty-usd-nua-dau-nam-4910161",
        "thu-tuong-de-nghi-san-chung-khoan-lon-nhat-chau-a-hop-tac-voi-viet-nam-4906613",
        "vi-sao-hieu-suat-cac-quy-mo-chenh-lech-lon-4910228",
        "vn-index-tang-3-phien-lien-tiep-4908811",
        "vn-index-tang-manh-nho-co-phieu-ho-vingroup-4905192",
        "vn-index-vuot-1-400-diem-4911180",
        "von-hoa-doanh-nghiep-ho-vingroup-tang-hon-400-000-ty-dong-nua-dau-nam-4908268",
):
    CANDIDATES.append((INTELLITRADE[0], f"{INTELLITRADE[2]}{name}.html", INTELLITRADE[1], "VnExpress", "vnexpress.net"))
# A fake-news dataset's raw material (VFND/VFND-vietnamese-fake-news-datasets, GetData/Articles/, commit 09a26d4, 2018):
# a Zing News page (July 2018) and a VnExpress page (2018) saved whole; its two other pages, from binhluan.biz and
# ipick.vn (a fake-news site and an aggregator, not news outlets), are left out.
VFND = ("VFND/VFND-vietnamese-fake-news-datasets", "09a26d4b0c14fac7266410755215d4c9f89d679e", "GetData/Articles/")
CANDIDATES += [
    (VFND[0], VFND[2] + "Real/001.html", VFND[1], "Zing News", "news.zing.vn"),
    (VFND[0], VFND[2] + "Fake/010.html", VFND[1], "VnExpress", "vnexpress.net"),
]
# Not used: JayBMF/eNewsWebApp's 24 Dân trí pages (2022) are article bodies re-hosted in a student's own page
# shell (own menu, no date, no byline); they are not whole pages as a reader saw them.
# Second search (branch corpus2, 2026-12-07): nothing further usable. Looked at and rejected: the test and
# evaluation data of trafilatura, htmldate (tests/eval, tests/cache, tests/test_set, all history), fundus (one
# VN page, already used), newspaper4k, newspaper3k, goose3, news-please, extractus/article-extractor
# (test-data/vnn-article.html is invented filler text), go-trafilatura, scrapinghub's benchmark, WCXB
# (Murrough-Foley and tiptopjaw web-content-extraction-benchmark: no Vietnamese page), leogao2/htmltotext-
# benchmark (no vi/); PyPI sdists of newsfx, serperior, vnewsapi (no saved pages); root-level
# <outlet>.html files found by exact path (homepages, category pages, student clones: son601008/Scrapy,
# hmanh99/News-Analysis debug_*.html, dmt041104111003/baovietnamnet.com.vn, tranglu/lop_2, Bill-GD/WebCourse,
# young146/daily-news-gravity, McSinyx/spider-venom); fixtures under 3 KB (khangnh22ds/vn-news-summarizer,
# ben2xx4, chuotnhat001, tlong-ds, vlh11098/tintuc); myfeed's tinhte1.html (a forum thread, not an outlet).
# Cuki2910/crawl_chiYen holds three whole 2026 pages (Thanh Niên, VietNamNet, VnExpress; ~770 KB each) but no
# snapshot can be fetched here; hieunguyen1053/vi-news-crawler's compress/*.zip are over the snapshot size limit.
# Fourth search (branch corpus4): twan507/dulieuchungkhoan.vn keeps eight article pages captured 2026-09-05
# (backend/tests/etl/fixtures/news/article-*.html: CafeF, Vietstock, VnEconomy, VietnamBiz, BNews, Người Quan Sát,
# Báo Chính phủ, Tinnhanhchungkhoan) and SanS-91/real-estate 43 fixtures (those checked are stubs); no snapshot of
# either can be fetched here. 35 other Vietnamese crawler repositories fetched and scanned hold no saved page.


def split_outlets(outlets: list[str], seed: int = SEED) -> set[str]:
    """The aside outlets: those already recorded aside keep their side; a third of the new ones (seeded) join."""
    recorded = {}
    if (HERE / "sources.jsonl").exists():
        for line in (HERE / "sources.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            recorded[row["outlet"]] = row["split"]
    new = sorted(set(outlets) - set(recorded))
    drawn = set(random.Random(seed).sample(new, k=round(len(new) / 3)))
    return {o for o, side in recorded.items() if side == "aside"} | drawn


def main() -> None:
    """Number the pages per outlet and write sources.jsonl."""
    aside = split_outlets([c[3] for c in CANDIDATES])
    rows, seen = [], {}
    for repo, path, commit, outlet, domain in CANDIDATES:
        labels = domain.replace("www.", "").split(".")
        slug = labels[1] if labels[0] == "news" else labels[0]
        seen[slug] = seen.get(slug, 0) + 1
        rows.append({"id": f"{slug}-{seen[slug]:02d}", "repo": repo, "path": path, "commit": commit,
                     "outlet": outlet, "domain": domain, "split": "aside" if outlet in aside else "tuned"})
    with open(HERE / "sources.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} pages, {len({r['outlet'] for r in rows})} outlets; aside outlets: {sorted(aside)}")


if __name__ == "__main__":
    main()
