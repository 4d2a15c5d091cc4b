"""Write sources.jsonl: the candidate pages (repo, path, commit, outlet) and the outlet split (fixed seed)."""
from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261207  # the split's seed; changing it changes which outlets are aside
MYFEED = ("dungvn3000/myfeed", "linkerz_parser/src/test/resources/")
JAYBMF = "JayBMF/eNewsWebApp"

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
JAYBMF_PAGES = """\
d563a1863eafa6fdd7eab71f33db12f496de0f22 bat-dong-san/can-ho-chung-cu-di-nguoc-lan-song-cat-lo-20221224095943188
d40b6b7efffc757758bd40650a7e9f4a40524bf6 bat-dong-san/cao-toc-tuyen-quang-phu-tho-dieu-chinh-dau-tu-can-them-hon-4000-ty-dong-20221223180348340
da460acfcfed9deb06aff4c3beab065596415c2a bat-dong-san/dat-nen-giam-gia-hang-loat-chu-nha-dat-trong-pho-van-het-gia-cao-20221223140955840
c0ab9ba7fadba9634e0f2b66ac072777dedc9e20 bat-dong-san/gia-chung-cu-van-neo-cao-nguoi-mua-kho-voi-20221223135201919
51465d03419b56fb1c933a4df4def49f5942e7a6 kinh-doanh/gia-vang-giam-sau-dau-hieu-kha-quan-cua-kinh-te-my-20221224012650880
03443240302014650bb35300aae9919aa7b68c0c kinh-doanh/khach-bat-ngo-bi-rut-tien-khoi-the-tin-dung-chuyen-gia-chi-meo-phong-tranh-20221223123311491
abf76ac1aabd6290f2f9716abe9426e133f8e041 kinh-doanh/nam-khung-khiep-cua-tien-dien-tu-bitcoin-danh-bai-moi-du-doan-20221224084259560
4ba6c38af9c8a9b6d86d38c761a5fcc11db7e371 kinh-doanh/thanh-tra-xang-dau-vach-ra-mot-loat-sai-pham-co-ca-loi-cua-nha-quan-ly-20221224100422289
19a40f646f0f0e20a02c762ba307f93f6f62bf2d kinh-doanh/thu-tuong-chi-dao-bo-cong-thuong-khong-de-thieu-hut-xang-dau-dip-tet-20221224162858354
e45630c680ecfb5bebeabc234beef7ee5586d020 the-gioi/5-vu-khi-dang-chu-y-trong-goi-vien-tro-moi-cua-my-cho-ukraine-20221223144734383
185758f5bb59ef612d23042ac185257d29a8b31f the-gioi/chien-thuat-cua-nga-khi-dua-50-xe-tang-sat-thu-chien-truong-toi-donbass-20221224083224103
1f3b79ced711a67dd1ee21d95450c959d52d0e14 the-gioi/phi-cong-ukraine-noi-co-cach-bat-bai-ten-lua-sieu-vuot-am-sat-thu-cua-nga-20221224161000810
a9ff30f0bb6f886985d603154aa2b285094a4c89 the-gioi/the-tran-giang-co-tren-chien-truong-ukraine-sau-10-thang-xung-dot-khoc-liet-20221223160208680
4c95ddbc3a60b784cfd3090d894bf0d69dcc25b2 the-gioi/trung-quoc-phan-doi-dao-luat-ngan-sach-quoc-phong-moi-cua-my-20221224190411575
7c1ee640f197a878b6164ac250cad50bfb36a345 the-thao/dai-thang-5-0-truoc-lao-malaysia-gui-loi-thach-thuc-toi-viet-nam-20221224192103764
9e13d2c397c820c39cade520ab6000443e438be8 the-thao/dong-thai-bat-ngo-cua-hlv-ten-hag-voi-nha-vo-dich-world-cup-20221224114853215
afc9e435abb01cec6cc39cf0112912b50e816f20 the-thao/khung-thanh-san-my-dinh-duoc-bat-vit-chac-chan-truoc-tran-gap-malaysia-20221224181223256
6de444440b97353e27c294b6e6119c40beb82150 the-thao/quang-hai-chay-dua-voi-thoi-gian-truoc-tran-gap-malaysia-20221224200553135
7c1ee640f197a878b6164ac250cad50bfb36a345 the-thao/top-10-ngoi-sao-tang-gia-manh-nhat-sau-world-cup-2022-20221224195638512
f511e7d0d626015ce3ccdd22169d6614fa281bbf xa-hoi/cuc-hang-khong-tang-cuong-cac-chuyen-bay-tren-ca-nuoc-vao-dip-tet-20221224152117143
38b510d908f93e558018a7487acd7473a56fe7dd xa-hoi/khoi-cong-nha-ga-t3-san-bay-tan-son-nhat-20221224192522724
cc4d3b2c5ab94a3082e63d4a547ece9247cfff9c xa-hoi/khong-khi-nguoi-dan-don-giang-sinh-vui-tuoi-am-ap-tren-khap-ca-nuoc-20221224200034706
071e8fc5be967010a24e37a455318d30c1ec8d93 xa-hoi/khu-vuc-trung-tam-xom-dao-o-tphcm-ket-cung-trong-dem-noel-20221224204141057
64eea9ec74850377f6af85a7c41570b5b6db9076 xa-hoi/truyen-thong-ve-nguoi-tot-viec-tot-la-mot-su-menh-lon-lao-cua-bao-chi-20221224191050762
"""
for line in JAYBMF_PAGES.splitlines():
    commit, stem = line.split()
    CANDIDATES.append((JAYBMF, f"src/main/webapp/Views/{stem}.jsp", commit, "Dân trí", "dantri.com.vn"))


def split_outlets(outlets: list[str], seed: int = SEED) -> set[str]:
    """A third of the outlets (rounded), drawn at random with the fixed seed: the aside part."""
    ordered = sorted(set(outlets))
    return set(random.Random(seed).sample(ordered, k=round(len(ordered) / 3)))


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
