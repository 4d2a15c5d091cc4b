"""Write sources.jsonl: the selected extracted articles (repository, path, commit, record locator, outlet)
and the outlet split, drawn before anything else with a fixed seed.

usage: python benchmarks/realtext/make_sources.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261207  # the split's seed; changing it changes which outlets are aside

BAOMOI = ("dzungcamlang/crawler_baomoi", "82860ea6c6e36130e83d3282dc60a8f4cda81870")
VFND = ("VFND/VFND-vietnamese-fake-news-datasets", "576f2db8df7c1d2ce37d66badb0f14a43ce83afd")

# outlet key -> (display name, domain, id prefix)
OUTLETS = {
    "TG&VN": ("Thế giới & Việt Nam (TGVN)", "baoquocte.vn", "tgvn"),
    "QĐND": ("Quân đội Nhân dân", "qdnd.vn", "qdnd"),
    "Biên Phòng": ("Biên phòng", "bienphong.com.vn", "bienphong"),
    "Nhân Dân": ("Nhân Dân", "nhandan.vn", "nhandan"),
    "Chính Phủ": ("Báo Chính phủ", "baochinhphu.vn", "chinhphu"),
    "TTXVN": ("TTXVN", "baotintuc.vn", "ttxvn"),
    "VOV": ("VOV", "vov.vn", "vov"),
    "CAND": ("Công an Nhân dân", "cand.com.vn", "cand"),
    "SGGP": ("Sài Gòn Giải Phóng", "sggp.org.vn", "sggp"),
    "Hà Nội Mới": ("Hà Nội Mới", "hanoimoi.vn", "hanoimoi"),
    "Tiền Phong": ("Tiền Phong", "tienphong.vn", "tienphong"),
    "NLĐ": ("Người Lao Động", "nld.com.vn", "nld"),
    "Thanh Niên": ("Thanh Niên", "thanhnien.vn", "thanhnien"),
    "VietnamNet": ("VietNamNet", "vietnamnet.vn", "vietnamnet"),
    "Hải Quan": ("Hải quan", "baohaiquan.vn", "haiquan"),
    "KTĐT": ("Kinh tế & Đô thị", "kinhtedothi.vn", "ktdt"),
    "Lao Động": ("Lao Động", "laodong.vn", "laodong"),
    "PLO": ("Pháp Luật TP.HCM", "plo.vn", "plo"),
    "Giao Thông": ("Giao thông", "baogiaothong.vn", "giaothong"),
    "Công Thương": ("Công Thương", "congthuong.vn", "congthuong"),
    "Kiến Thức": ("Kiến Thức", "kienthuc.net.vn", "kienthuc"),
    "Giáo Dục VN": ("Giáo dục Việt Nam", "giaoduc.net.vn", "giaoducvn"),
    "VTC": ("VTC News", "vtc.vn", "vtc"),
    "TBKTSG": ("Thời báo Kinh tế Sài Gòn", "thesaigontimes.vn", "tbktsg"),
    "Infonet": ("Infonet", "infonet.vn", "infonet"),
    "Đại Đoàn Kết": ("Đại Đoàn Kết", "daidoanket.vn", "daidoanket"),
    "VnExpress": ("VnExpress", "vnexpress.net", "vnexpress"),
    "Dân trí": ("Dân trí", "dantri.com.vn", "dantri"),
    "Zing": ("Zing News", "news.zing.vn", "zing"),
    "Tuổi Trẻ": ("Tuổi Trẻ", "tuoitre.vn", "tuoitre"),
    # outlets of the dev part only (in neither the tuned nor the aside part)
    "ANTĐ": ("An ninh Thủ đô", "anninhthudo.vn", "antd"),
    "ĐS&PL": ("Đời sống & Pháp luật", "doisongphapluat.com", "dspl"),
    "Pháp Luật VN": ("Pháp luật Việt Nam", "baophapluat.vn", "phapluatvn"),
    "PetroTimes": ("PetroTimes", "petrotimes.vn", "petrotimes"),
    "Công Lý": ("Công lý", "congly.vn", "congly"),
    "Tổ Quốc": ("Tổ Quốc", "toquoc.vn", "toquoc"),
    "SGTT": ("Sài Gòn Tiếp Thị", "sgtt.vn", "sgtt"),
    "VnEconomy": ("VnEconomy", "vneconomy.vn", "vneconomy"),
    "Đất Việt": ("Đất Việt", "baodatviet.vn", "datviet"),
    "CA TP.HCM": ("Công an TP.HCM", "congan.com.vn", "cahcm"),
    "Gia Đình VN": ("Gia đình Việt Nam", "giadinhvietnam.com", "giadinhvn"),
    "Dân Việt": ("Dân Việt", "danviet.vn", "danviet"),
    "GD&TĐ": ("Giáo dục & Thời đại", "giaoducthoidai.vn", "gdtd"),
    # outlets of the biz part only
    "Tài Chính": ("Thời báo Tài chính Việt Nam", "thoibaotaichinhvietnam.vn", "taichinh"),
    "DNSG": ("Doanh nhân Sài Gòn", "doanhnhansaigon.vn", "dnsg"),
    "NDH": ("NDH", "ndh.vn", "ndh"),
    "NCĐT": ("Nhịp cầu Đầu tư", "nhipcaudautu.vn", "ncdt"),
    # outlets of the society part only
    "Thể Thao VN": ("Thể thao Việt Nam", "thethaovietnam.vn", "ttvn"),
    "SK&ĐS": ("Sức khỏe & Đời sống", "suckhoedoisong.vn", "skds"),
    "GĐ&XH": ("Gia đình & Xã hội", "giadinh.suckhoedoisong.vn", "gdxh"),
    # outlets of the politics part only
    "Nông Nghiệp": ("Nông nghiệp Việt Nam", "nongnghiep.vn", "nongnghiep"),
}

# Baomoi crawl of May–June 2013 (one article per .txt file; last line = the outlet baomoi credits).
BAOMOI_PICKS = [
    ("TG&VN", "11132999"), ("TG&VN", "11148533"), ("TG&VN", "11154221"),
    ("QĐND", "11141470"), ("QĐND", "11145144"), ("QĐND", "11141782"),
    ("Biên Phòng", "11127942"), ("Biên Phòng", "11153621"),
    ("Nhân Dân", "11116806"), ("Nhân Dân", "11116527"), ("Nhân Dân", "11117004"),
    ("Chính Phủ", "11111178"), ("Chính Phủ", "11112799"), ("Chính Phủ", "11114578"),
    ("TTXVN", "11111416"), ("TTXVN", "11111716"), ("TTXVN", "11112332"),
    ("VOV", "11113299"), ("VOV", "11113074"),
    ("CAND", "11113325"), ("CAND", "11113859"),
    ("SGGP", "11111964"), ("SGGP", "11114371"),
    ("Hà Nội Mới", "11118117"), ("Hà Nội Mới", "11116872"),
    ("Tiền Phong", "11111729"), ("Tiền Phong", "11118267"),
    ("NLĐ", "11112580"), ("NLĐ", "11111227"),
    ("Thanh Niên", "11112702"), ("Thanh Niên", "11111202"),
    ("VietnamNet", "11112341"), ("VietnamNet", "11113153"),
    ("Hải Quan", "11113956"), ("Hải Quan", "11117273"),
    ("KTĐT", "11115861"), ("KTĐT", "11122988"),
    ("Lao Động", "11124195"), ("Lao Động", "11112992"),
    ("PLO", "11119037"), ("PLO", "11117977"),
    ("Giao Thông", "11124009"), ("Giao Thông", "11117024"),
    ("Công Thương", "11113869"), ("Công Thương", "11114463"),
    ("Kiến Thức", "11114096"), ("Kiến Thức", "11112913"),
    ("Giáo Dục VN", "11114497"), ("Giáo Dục VN", "11111541"),
    ("VTC", "11122946"), ("VTC", "11117333"),
    ("TBKTSG", "11113382"), ("TBKTSG", "11114139"),
    ("Infonet", "11115659"), ("Infonet", "11115222"),
    ("Đại Đoàn Kết", "11119639"), ("Đại Đoàn Kết", "11120507"),
    # second round (same outlets only, so the outlet split is unchanged)
    ("Chính Phủ", "11116556"), ("VOV", "11116262"), ("SGGP", "11126277"), ("NLĐ", "11116597"),
    ("TTXVN", "11112944"), ("Nhân Dân", "11117254"),
    ("CAND", "11117272"), ("KTĐT", "11113507"), ("Infonet", "11120514"), ("VTC", "11129214"),
    ("Tiền Phong", "11118418"), ("TBKTSG", "11112608"), ("Đại Đoàn Kết", "11130891"), ("TG&VN", "11147527"),
]
# The dev part (issue #8 step 4): articles for developing the entity rules, picked later from outlets of the
# tuned part or outlets in neither part, never from aside outlets. Kept out of the outlet draw above, so the
# tuned/aside split and every earlier id are unchanged.
DEV_PICKS = [
    ("ANTĐ", "11125094"), ("ANTĐ", "11128617"), ("ĐS&PL", "11145340"), ("Pháp Luật VN", "11142596"),
    ("PetroTimes", "11125369"), ("PetroTimes", "11112901"), ("Công Lý", "11129234"), ("Tổ Quốc", "11147109"),
    ("Tổ Quốc", "11153092"), ("SGTT", "11123709"), ("VnEconomy", "11144930"), ("Đất Việt", "11132927"),
    ("Đất Việt", "11146630"), ("CA TP.HCM", "11150932"), ("Gia Đình VN", "11148563"), ("Dân Việt", "11126780"),
    ("GD&TĐ", "11145923"), ("NLĐ", "11112627"), ("Thanh Niên", "11116173"), ("TTXVN", "11121196"),
    ("TTXVN", "11135116"), ("VOV", "11115602"), ("VOV", "11142941"), ("QĐND", "11149499"),
    ("Hải Quan", "11146605"), ("Chính Phủ", "11118468"), ("Biên Phòng", "11145030"), ("SGGP", "11121906"),
    ("Công Thương", "11148975"), ("Giao Thông", "11143717"), ("Lao Động", "11124069"),
]
# The biz part (issue #8, organisations in business news): business/finance/industry articles of the crawl's
# "Kinh tế" category, for measuring and developing organisation rules; picked like the dev part (never from an
# aside outlet of either set: no Đầu Tư/ĐTCK, CafeF, TBKTSG, KTĐT, …), kept out of the outlet draw.
BIZ_PICKS = [
    ("Hải Quan", "11133298"), ("VnEconomy", "11145726"), ("VnEconomy", "11146891"), ("NDH", "11127511"),
    ("NDH", "11143053"), ("DNSG", "11111501"), ("DNSG", "11118588"), ("Tài Chính", "11146920"),
    ("Tài Chính", "11127209"), ("Tài Chính", "11120037"), ("SGTT", "11130972"), ("NCĐT", "11113177"),
    ("Công Thương", "11121689"), ("Công Thương", "11125288"), ("Thanh Niên", "11134687"), ("Chính Phủ", "11133031"),
    ("Dân Việt", "11116859"), ("Hà Nội Mới", "11134388"), ("TTXVN", "11146619"), ("ANTĐ", "11142510"),
    ("Lao Động", "11154111"), ("Đất Việt", "11152186"),
]
# The world part (issue #8, entities in defence, border, sea and foreign news): articles of the crawl's "Thế giới",
# "Xã hội" and "Pháp luật" categories on wars, summits, navies, the South China Sea, foreign ministries and a few
# on Vietnamese police, border checkpoints and provinces; picked like the dev and biz parts (never from an aside
# outlet of either set: no TG&VN, CAND, VTC, Tiền Phong, Infonet, ...; no title already in the set), kept out of
# the outlet draw. Labelled by hand before the extractor ran on them.
WORLD_PICKS = [
    ("TTXVN", "11111387"), ("VOV", "11111456"), ("ANTĐ", "11111756"), ("Kiến Thức", "11112528"),
    ("TTXVN", "11112577"), ("Đất Việt", "11116026"), ("VOV", "11114455"), ("Đất Việt", "11122627"),
    ("Kiến Thức", "11116954"), ("Nhân Dân", "11117258"), ("NLĐ", "11117288"), ("Thanh Niên", "11117795"),
    ("PLO", "11117836"), ("Hà Nội Mới", "11118409"), ("CA TP.HCM", "11119360"), ("Chính Phủ", "11124528"),
    ("Nhân Dân", "11125920"), ("Lao Động", "11136278"), ("QĐND", "11141853"), ("PetroTimes", "11153650"),
    ("PLO", "11155930"), ("ĐS&PL", "11133437"), ("CA TP.HCM", "11124697"), ("Dân Việt", "11136505"),
    ("NLĐ", "11136507"),
]
# The society part (issue #8, entities in police, courts, health, education, provincial and sport news): articles of
# the crawl's "Pháp luật", "Thể thao", "Giáo dục", "Đời sống" and "Xã hội" categories; picked like the other added
# parts (never from an aside outlet of either set; no title already in the set), kept out of the outlet draw.
# Labelled by hand before the extractor ran on them.
SOCIETY_PICKS = [
    ("ANTĐ", "11112041"), ("Nhân Dân", "11113894"), ("Pháp Luật VN", "11143266"), ("Thanh Niên", "11153835"),
    ("ĐS&PL", "11133752"), ("SGGP", "11146047"), ("TTXVN", "11147180"), ("Lao Động", "11136800"),
    ("CA TP.HCM", "11119148"), ("NLĐ", "11126403"), ("ANTĐ", "11150203"), ("Thể Thao VN", "11127601"),
    ("Thanh Niên", "11155724"), ("GD&TĐ", "11148329"), ("GD&TĐ", "11153166"), ("Lao Động", "11129462"),
    ("PLO", "11155875"), ("Hà Nội Mới", "11150280"), ("TTXVN", "11132096"), ("Kiến Thức", "11120493"),
    ("SK&ĐS", "11113352"), ("NLĐ", "11129002"), ("CA TP.HCM", "11133196"), ("Lao Động", "11143254"),
    ("GĐ&XH", "11153171"),
]
# The politics part (issue #8, entities in Party and State news: receptions, appointments, discipline, anniversaries,
# the Front, the National Assembly, provincial bodies): articles of the crawl's "Xã hội" and "Thế giới" categories;
# picked like the other added parts (never from an aside outlet of either set; no title already in the set), kept out
# of the outlet draw. Labelled by hand before the extractor ran on them.
POLITICS_PICKS = [
    ("Chính Phủ", "11116793"), ("Chính Phủ", "11117648"), ("Chính Phủ", "11124783"), ("TTXVN", "11116636"),
    ("TTXVN", "11133419"), ("TTXVN", "11133320"), ("VOV", "11124734"), ("VOV", "11147524"), ("VOV", "11148116"),
    ("Nhân Dân", "11125997"), ("Nhân Dân", "11133947"), ("Nhân Dân", "11155730"), ("SGGP", "11118663"),
    ("SGGP", "11118403"), ("ANTĐ", "11145756"), ("ANTĐ", "11150464"), ("Lao Động", "11135912"),
    ("SK&ĐS", "11145506"), ("Công Thương", "11124606"), ("QĐND", "11125589"), ("Hải Quan", "11148158"),
    ("Pháp Luật VN", "11143129"), ("Thể Thao VN", "11116698"), ("Nông Nghiệp", "11112630"), ("PLO", "11135058"),
]
# The econ part (issue #8, organisations outside politics: state groups, companies, banks and securities firms,
# associations, universities and schools, agencies and departments, foreign firms and international lenders, courts):
# articles of the crawl's "Kinh tế", "Nhà đất", "Xe cộ", "Giáo dục", "Xã hội" and "Pháp luật" categories; picked like
# the other added parts (never from an aside outlet of either set: no Đầu Tư/ĐTCK, CafeF, TBKTSG, KTĐT, Zing, ...;
# no title already in the set), kept out of the outlet draw. Labelled by hand before the extractor ran on them.
ECON_PICKS = [
    ("TTXVN", "11122961"), ("TTXVN", "11128401"), ("Hải Quan", "11131297"), ("Hải Quan", "11144371"),
    ("Nhân Dân", "11153890"), ("Nhân Dân", "11116491"), ("Hà Nội Mới", "11146442"), ("Thanh Niên", "11134126"),
    ("Thanh Niên", "11153661"), ("VOV", "11145648"), ("VOV", "11113564"), ("NLĐ", "11133332"), ("NLĐ", "11125333"),
    ("PLO", "11142898"), ("PLO", "11135827"), ("Chính Phủ", "11116230"), ("Chính Phủ", "11132152"),
    ("Công Thương", "11120178"), ("Dân Việt", "11120439"), ("Nông Nghiệp", "11136543"), ("Đất Việt", "11142534"),
    ("NDH", "11144998"), ("VnEconomy", "11130892"), ("Tài Chính", "11127222"), ("Pháp Luật VN", "11121982"),
]
# VFND "Real" articles (news-please JSON, 2017–2018), one JSON object per file.
VFND_PICKS = [
    ("Thanh Niên", 7), ("Lao Động", 0),
    ("VnExpress", 79), ("VnExpress", 100), ("VnExpress", 87),
    ("Dân trí", 110), ("Dân trí", 113),
    ("Zing", 5), ("Zing", 6),
    ("Tuổi Trẻ", 104), ("Tuổi Trẻ", 101),
]


REALPAGES_ASIDE = {"Tuổi Trẻ", "VietNamNet", "Dân trí"}  # aside outlets of the page set that appear here


def split_outlets(outlets, seed=SEED):
    """The aside outlets: a third of the outlets (sorted display names), drawn with a fixed seed."""
    names = sorted(set(outlets))
    return set(random.Random(seed).sample(names, round(len(names) / 3)))


def main():
    rows = []
    for key, num in BAOMOI_PICKS:
        rows.append((key, BAOMOI, f"data/{num}.txt", "whole file (lines: title, sapo, body…, date, category, tags, outlet)", "baomoi-txt"))
    for key, num in VFND_PICKS:
        rows.append((key, VFND, f"Dataset/Real/Article_Contents/VFND_Ac_Real_{num}.json", "whole file (one news-please JSON object)", "newsplease-json"))
    # Outlets set aside in benchmarks/realpages stay aside here too (no article of theirs is tuned on anywhere).
    aside = split_outlets(OUTLETS[k][0] for k, *_ in rows) | REALPAGES_ASIDE
    rows = [r + ("",) for r in rows]
    for key, num in DEV_PICKS:
        rows.append((key, BAOMOI, f"data/{num}.txt", "whole file (lines: title, sapo, body…, date, category, tags, outlet)", "baomoi-txt", "dev"))
    for key, num in BIZ_PICKS:
        rows.append((key, BAOMOI, f"data/{num}.txt", "whole file (lines: title, sapo, body…, date, category, tags, outlet)", "baomoi-txt", "biz"))
    for key, num in WORLD_PICKS:
        rows.append((key, BAOMOI, f"data/{num}.txt", "whole file (lines: title, sapo, body…, date, category, tags, outlet)", "baomoi-txt", "world"))
    for key, num in SOCIETY_PICKS:
        rows.append((key, BAOMOI, f"data/{num}.txt", "whole file (lines: title, sapo, body…, date, category, tags, outlet)", "baomoi-txt", "society"))
    for key, num in POLITICS_PICKS:
        rows.append((key, BAOMOI, f"data/{num}.txt", "whole file (lines: title, sapo, body…, date, category, tags, outlet)", "baomoi-txt", "politics"))
    for key, num in ECON_PICKS:
        rows.append((key, BAOMOI, f"data/{num}.txt", "whole file (lines: title, sapo, body…, date, category, tags, outlet)", "baomoi-txt", "econ"))
    count = {}
    out = []
    for key, (repo, commit), path, locator, fmt, split in rows:
        name, domain, prefix = OUTLETS[key]
        count[prefix] = count.get(prefix, 0) + 1
        out.append({"id": f"{prefix}-{count[prefix]:02d}", "repo": repo, "path": path, "commit": commit,
                    "locator": locator, "format": fmt, "outlet": name, "domain": domain,
                    "split": split or ("aside" if name in aside else "tuned")})
    with open(HERE / "sources.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_out = len({r["outlet"] for r in out})
    print(f"{len(out)} articles, {n_out} outlets; aside outlets ({len(aside)}): {sorted(aside)}")
    for s in ("tuned", "aside", "dev", "biz", "world", "society", "politics", "econ"):
        rs = [r for r in out if r["split"] == s]
        print(s, len(rs), "articles,", len({r['outlet'] for r in rs}), "outlets")


if __name__ == "__main__":
    main()
