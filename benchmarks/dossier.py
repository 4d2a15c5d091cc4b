"""Dossier build time and file size for 100 and 1,000 articles of a synthetic archive, PDF and Word.

Usage: .venv/bin/python benchmarks/dossier.py [N ...]   (default: 100 1000; targets: 100 articles < 10 s
         as PDF, 1,000 articles < 6 s as PDF, < 15 s as Word)
       .venv/bin/python benchmarks/dossier.py --against REF [--rounds R] [N ...]   (default: main, 3, 1000)
         the PDF beside the code of git REF, alternated in one run, each build in a fresh process:
         REF without reportlab's C accelerator (rl_accel), this tree with it (when installed) and
         without it; wall and CPU seconds, pages, and whether pdftotext finds the same text.
       .venv/bin/python benchmarks/dossier.py --per-char [--rounds R]
         ms per 1,000 characters for one article of 10k, 100k and 1M characters, in paragraphs of
         news length and as one huge paragraph (net of the same dossier with a 200-character article).
       .venv/bin/python benchmarks/dossier.py --screenshots resources/screenshots
         renders the cover, contents, timeline, index and an article page of a dossier of six
         fictional articles (written for this purpose) to dossier-*.png with pdftoppm, and the cover
         and first article page of the same dossier as Word (LibreOffice -> PDF -> pdftoppm) to
         word-dossier-*.png.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.make_archive import make_archive  # noqa: E402
from storage.archive import Archive  # noqa: E402
from storage.dossier import DossierOptions, build_dossier  # noqa: E402
from storage.dossier.docx_writer import build_word_dossier  # noqa: E402
from storage.dossier.libreoffice import convert_to_pdf  # noqa: E402
from storage.records import Article, Block, Entity  # noqa: E402


def measure(n: int, folder: Path, summaries_only: bool = False) -> tuple[float, int, int]:
    """Seconds, pages and bytes of a dossier of n synthetic articles."""
    path = folder / f"bench-{n}.sqlite"
    if not path.exists():
        make_archive(path, n)
    with Archive.open(path, create=False, read_only=True) as archive:
        ids = archive.ids()[:n]
        out = folder / f"bench-{n}{'-summaries' if summaries_only else ''}.pdf"
        start = time.perf_counter()
        result = build_dossier(archive, ids, out, DossierOptions(title=f"Benchmark {n}", marking="NỘI BỘ",
                                                                 summaries_only=summaries_only))
        return time.perf_counter() - start, result.pages, out.stat().st_size


def measure_word(n: int, folder: Path, fmt: str = "docx") -> tuple[float, int]:
    """Seconds and bytes of a Word (or OpenDocument) dossier of n synthetic articles (full text)."""
    from storage.dossier.odt_writer import build_odt_dossier

    path = folder / f"bench-{n}.sqlite"
    if not path.exists():
        make_archive(path, n)
    with Archive.open(path, create=False, read_only=True) as archive:
        ids = archive.ids()[:n]
        out = folder / f"bench-{n}.{fmt}"
        build = build_word_dossier if fmt == "docx" else build_odt_dossier
        start = time.perf_counter()
        build(archive, ids, out, DossierOptions(title=f"Benchmark {n}", marking="NỘI BỘ"))
        return time.perf_counter() - start, out.stat().st_size


def word_screenshots(archive: Archive, options: DossierOptions, tmp: Path, folder: Path) -> None:
    """The Word dossier's cover and first article page, as LibreOffice prints them."""
    from pypdf import PdfReader

    docx = tmp / "demo.docx"
    build_word_dossier(archive, archive.ids(), docx, options)
    pdf = convert_to_pdf(docx, tmp / "word")
    first = archive.get(archive.ids(order_by="published", descending=False)[0]).title
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]
    article_page = next(i for i, text in enumerate(texts, start=1) if f"1. {first}" in text and i > 2)
    for name, page in (("cover", 1), ("article", article_page)):
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(folder / f"word-dossier-{name}")], check=True)
        print(folder / f"word-dossier-{name}.png")


def screenshots(folder: Path) -> None:
    """Render the five showcase pages of the demo dossier into folder/dossier-*.png."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tulieu-shots-") as tmp:
        with Archive.open(Path(tmp) / "demo.sqlite") as archive:
            for article in demo_articles():
                archive.add_article(article, raw=article.title.encode(), file_name=article.file_name)
            options = DossierOptions(title="Phòng chống thiên tai vùng duyên hải", subtitle="Tổng hợp báo chí 2019–2024",
                                     prepared_by="Phòng Tư liệu", marking="NỘI BỘ / INTERNAL",
                                     scope_text="truy vấn: thiên tai ven biển")
            pdf = Path(tmp) / "demo.pdf"
            build_dossier(archive, archive.ids(), pdf, options)
            word_screenshots(archive, options, Path(tmp), folder)
        pages = {"cover": 1, "toc": 2, "timeline": 4, "index": 5, "article": 6}
        for name, page in pages.items():
            subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(folder / f"dossier-{name}")], check=True)
            print(folder / f"dossier-{name}.png")


# Runs in a fresh interpreter whose storage package is the tree under test (argv[1]).
_WORKER = """
import json, sys, time
if sys.argv[6] == "no-accel":
    sys.modules["_rl_accel"] = None  # reportlab then uses its pure-Python versions
sys.path.insert(0, sys.argv[1])
from storage.archive import Archive
from storage.dossier import DossierOptions, build_dossier
with Archive.open(sys.argv[2], create=False, read_only=True) as archive:
    ids = archive.ids()[:int(sys.argv[3])]
    options = DossierOptions(title="Benchmark", marking="NỘI BỘ", summaries_only=sys.argv[5] == "summaries")
    wall, cpu = time.perf_counter(), time.process_time()
    result = build_dossier(archive, ids, sys.argv[4], options)
    print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu, result.pages]))
"""


def _accelerated() -> bool:
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return False
    return True


def _build_in(tree: Path, archive: Path, n: int, out: Path, mode: str, accel: bool) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and pages of one PDF build by the code in tree, in a new process."""
    done = subprocess.run([sys.executable, "-c", _WORKER, str(tree), str(archive), str(n), str(out), mode,
                           "accel" if accel else "no-accel"], cwd=tree, check=True, capture_output=True, text=True)
    wall, cpu, pages = json.loads(done.stdout.splitlines()[-1])
    return wall, cpu, pages


def _same_text(a: Path, b: Path) -> str:
    texts = [subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout
             for p in (a, b)]
    return "same text" if texts[0] == texts[1] else "TEXT DIFFERS"


def against(ref: str, sizes: list[int], rounds: int) -> None:
    """This tree's PDF build beside ref's, alternated: ref, this tree, this tree without rl_accel."""
    here = Path(__file__).resolve().parent.parent
    print(f"load average {os.getloadavg()[0]:.1f}; rl_accel {'installed' if _accelerated() else 'not installed'}")
    with tempfile.TemporaryDirectory(prefix="tulieu-against-") as tmp:
        old = Path(tmp) / "old"
        old.mkdir()
        archive_bytes = subprocess.run(["git", "-C", str(here), "archive", ref], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive_bytes, check=True)
        for n in sizes:
            path = Path(tmp) / f"bench-{n}.sqlite"
            make_archive(path, n)
            for mode in ("full", "summaries"):
                runs = [(f"{ref} (no rl_accel)", old, False), ("this tree", here, True)]
                if _accelerated():
                    runs.append(("this tree, no rl_accel", here, False))
                times: dict[str, list[tuple[float, float, int]]] = {label: [] for label, _, _ in runs}
                for _ in range(rounds):
                    for i, (label, tree, accel) in enumerate(runs):
                        times[label].append(_build_in(tree, path, n, Path(tmp) / f"{i}.pdf", mode, accel))
                for i, (label, _, _) in enumerate(runs):
                    walls, cpus, pages = zip(*times[label])
                    same = "" if i == 0 else ", " + _same_text(Path(tmp) / "0.pdf", Path(tmp) / f"{i}.pdf")
                    print(f"{n:>6} articles {mode:>9} {label:>24}: wall {min(walls):6.2f}–{max(walls):6.2f} s, "
                          f"CPU {min(cpus):6.2f}–{max(cpus):6.2f} s, {pages[0]} pages{same}")
    print(f"load average {os.getloadavg()[0]:.1f}")


def _sentences() -> list[str]:
    """Sentences of news prose (the demo articles' leads and paragraphs)."""
    found = []
    for article in demo_articles():
        for block in article.blocks:
            found += [s.strip() + "." for s in block.text.split(". ") if s.strip()]
    return found


def _long_article(chars: int, one_paragraph: bool, seed: int = 7) -> Article:
    """An article of about `chars` characters: paragraphs of 2-6 sentences, or one paragraph."""
    rng, pool = random.Random(seed), _sentences()
    paragraphs, total = [], 0
    while total < chars:
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 6)))
        paragraphs.append(text)
        total += len(text) + 1
    body = [" ".join(paragraphs)[:chars]] if one_paragraph else paragraphs
    return Article(title=f"Một bài dài {chars:,} ký tự", published="2024-05-01", date_precision="exact",
                   outlet="Báo Mẫu", lead="", blocks=[Block(text) for text in body], entities=[], tags=[],
                   file_name="dai.txt")


def _one_article_seconds(article: Article, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of a PDF dossier of this one article."""
    path = folder / "one.sqlite"
    path.unlink(missing_ok=True)
    with Archive.open(path) as archive:
        archive.add_article(article, raw=b"x", file_name=article.file_name)
        wall, cpu = time.perf_counter(), time.process_time()
        build_dossier(archive, archive.ids(), folder / "one.pdf", DossierOptions(title="Một bài"))
        return time.perf_counter() - wall, time.process_time() - cpu


def per_char(rounds: int) -> None:
    """ms per 1,000 characters for one article of 10k, 100k, 1M characters (median of rounds)."""
    print(f"load average {os.getloadavg()[0]:.1f}; rl_accel {'installed' if _accelerated() else 'not installed'}")
    with tempfile.TemporaryDirectory(prefix="tulieu-perchar-") as tmp:
        folder = Path(tmp)
        _one_article_seconds(_long_article(2000, False), folder)  # warm up: fonts, imports
        base_chars = 200
        base = statistics.median(_one_article_seconds(_long_article(base_chars, False), folder)[1]
                                 for _ in range(rounds))
        print(f"fixed cost (a {base_chars}-character article): {base * 1000:.0f} ms CPU")
        for one_paragraph in (False, True):
            rates = []
            for chars in (10_000, 100_000, 1_000_000):
                article = _long_article(chars, one_paragraph)
                runs = [_one_article_seconds(article, folder) for _ in range(rounds if chars < 1_000_000 else 1)]
                wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
                rate = (cpu - base) * 1e6 / (chars - base_chars)
                rates.append(rate)
                kind = "one paragraph" if one_paragraph else "paragraphs"
                print(f"{chars:>9,} chars {kind:>13}: {rate:6.2f} ms CPU per 1,000 chars "
                      f"(raw: {cpu:6.2f} s CPU, {wall:6.2f} s wall)")
            print(f"{'':>9}       {'':>13}  highest / lowest: {max(rates) / min(rates):.2f}×")
    print(f"load average {os.getloadavg()[0]:.1f}")


def _option(argv: list[str], name: str, default: str) -> tuple[str, list[str]]:
    if name not in argv:
        return default, argv
    i = argv.index(name)
    return argv[i + 1], argv[:i] + argv[i + 2:]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--screenshots"]:
        screenshots(Path(argv[1] if len(argv) > 1 else "resources/screenshots"))
        return 0
    rounds, argv = _option(argv, "--rounds", "3")
    if argv[:1] == ["--per-char"]:
        per_char(int(rounds))
        return 0
    if "--against" in argv:
        ref, argv = _option(argv, "--against", "main")
        against(ref, [int(a) for a in argv] or [1000], int(rounds))
        return 0
    sizes = [int(a) for a in argv] or [100, 1000]
    with tempfile.TemporaryDirectory(prefix="tulieu-bench-") as tmp:
        for n in sizes:
            for summaries in (False, True):
                seconds, pages, size = measure(n, Path(tmp), summaries)
                mode = "summaries" if summaries else "full"
                flag = "" if n != 100 or seconds < 10 else "  (over the 10 s target)"
                print(f"{n:>6} articles {mode:>9}: {seconds:6.2f} s, {pages:5d} pages, {size / 1e6:6.2f} MB{flag}")
            for fmt in ("docx", "odt"):
                seconds, size = measure_word(n, Path(tmp), fmt)
                flag = "" if n != 1000 or seconds < 15 else "  (over the 15 s target)"
                print(f"{n:>6} articles {fmt:>9}: {seconds:6.2f} s, {size / 1e6:6.2f} MB{flag}")
    return 0




def _a(title, published, precision, outlet, lead, body, entities, *, author=None, source=None, url=None,
       caption=None, tags=(), file_name="") -> Article:
    blocks = [Block(lead), *(Block(p) for p in body)]
    if caption:
        blocks.insert(2, Block(caption, role="caption"))
    return Article(title=title, published=published, date_precision=precision, outlet=outlet, source=source,
                   author=author, url=url, lead=lead, blocks=blocks, entities=entities, tags=list(tags),
                   file_name=file_name)


def demo_articles() -> list[Article]:
    """Six fictional articles on coastal disaster preparedness, 2019–2024."""
    P, O, L = "person", "organization", "location"
    return [
        _a("Các tỉnh duyên hải miền Trung diễn tập ứng phó bão mạnh", "2019-06-12T09:15:00+07:00", "exact",
           "Báo Mẫu", "Sáng 12/6, bốn tỉnh duyên hải miền Trung đồng loạt diễn tập sơ tán dân trước một cơn bão giả định.",
           ["Hơn ba nghìn người dân ở các xã ven biển tham gia buổi diễn tập, cùng lực lượng cứu hộ và y tế địa phương.",
            "Ông Trần Minh Khải, Trưởng ban Chỉ huy phòng chống thiên tai tỉnh, cho biết các điểm trú ẩn mới đã sẵn sàng trước mùa mưa bão.",
            "Theo kế hoạch, kết quả diễn tập sẽ được tổng hợp để sửa đổi phương án sơ tán của từng huyện."],
           [Entity("Trần Minh Khải", P, role="Trưởng ban Chỉ huy phòng chống thiên tai tỉnh"),
            Entity("Ban Chỉ huy phòng chống thiên tai", O), Entity("Quảng Ngãi", L), Entity("miền Trung", L)],
           author="Lê Thu Hà", url="https://baomau.example.vn/xa-hoi/dien-tap-ung-pho-bao-2019.html",
           caption="Lực lượng cứu hộ đưa người dân lên xuồng trong buổi diễn tập. Ảnh: Báo Mẫu",
           tags=["thiên tai", "diễn tập"], file_name="dien-tap-bao.html"),
        _a("Nhật Bản hỗ trợ hệ thống cảnh báo sớm cho vùng ven biển", "2020-10-05", "inferred", "Tin Vùng Biển",
           "Ngày 5/10, dự án lắp đặt trạm cảnh báo sớm do Cơ quan Hợp tác Quốc tế Nhật Bản tài trợ chính thức khởi động.",
           ["Dự án gồm 40 trạm đo mưa và mực nước tự động, truyền số liệu về trung tâm điều hành mỗi mười phút.",
            "Bà Phạm Ngọc Lan, Phó Giám đốc Sở Tài nguyên và Môi trường, nói hệ thống sẽ giúp người dân có thêm vài giờ để chuẩn bị."],
           [Entity("Phạm Ngọc Lan", P, role="Phó Giám đốc Sở Tài nguyên và Môi trường"),
            Entity("Cơ quan Hợp tác Quốc tế Nhật Bản", O), Entity("Sở Tài nguyên và Môi trường", O),
            Entity("Nhật Bản", L), Entity("Quảng Ngãi", L)], tags=["cảnh báo sớm"], file_name="canh-bao-som.txt"),
        _a("Ngân hàng Phát triển châu Á cam kết vốn cho đê biển thế hệ mới", "2021-03-22T15:40:00+07:00", "exact",
           None, "Chiều 22/3, Ngân hàng Phát triển châu Á công bố khoản vay ưu đãi cho chương trình nâng cấp đê biển.",
           ["Khoản vay sẽ được giải ngân trong năm năm, ưu tiên các đoạn đê bị sạt lở nặng nhất.",
            "Ông Đỗ Quốc Bình, đại diện Bộ Nông nghiệp, cho rằng thiết kế mới tính đến mực nước biển dâng trong nửa thế kỷ tới."],
           [Entity("Đỗ Quốc Bình", P, role="đại diện Bộ Nông nghiệp"), Entity("Ngân hàng Phát triển châu Á", O),
            Entity("Bộ Nông nghiệp", O), Entity("Việt Nam", L)], source="Thông tấn Mẫu", file_name="de-bien.txt"),
        _a("Làng chài học cách sống chung với triều cường", "2022-11-18", "inferred", "Đời Sống Mới",
           "Ngày 18/11, nhiều hộ dân ở một làng chài ven biển đã nâng nền nhà và chuyển lưới cụ lên cao trước đợt triều cường.",
           ["Trưởng thôn Hồ Văn Tâm kể rằng mỗi năm nước lại vào sâu hơn trong làng, có lúc ngập đến đầu gối.",
            "Chính quyền xã hỗ trợ vật liệu để các gia đình khó khăn gia cố nhà trước mùa gió chướng.",
            "Ông Trần Minh Khải đề nghị đưa làng vào danh sách ưu tiên của chương trình nhà an toàn."],
           [Entity("Hồ Văn Tâm", P, role="Trưởng thôn"), Entity("Trần Minh Khải", P), Entity("Bến Tre", L)],
           author="Ngô Thanh Vinh", tags=["triều cường", "sinh kế"], file_name="lang-chai.html"),
        _a("Hội nghị khu vực bàn về bảo hiểm rủi ro thiên tai", "2023-08-09T08:00:00+07:00", "exact", "Kinh Tế Sáng",
           "Sáng 9/8, đại biểu từ mười nước Đông Nam Á thảo luận về các gói bảo hiểm rủi ro thiên tai cho nông dân và ngư dân.",
           ["Các chuyên gia cho rằng phí bảo hiểm chỉ hợp lý khi có số liệu thời tiết đủ dài và đáng tin cậy.",
            "Bà Phạm Ngọc Lan giới thiệu mạng lưới trạm đo của tỉnh như một nguồn số liệu có thể dùng chung."],
           [Entity("Phạm Ngọc Lan", P, role="Phó Giám đốc Sở Tài nguyên và Môi trường"), Entity("ASEAN", O),
            Entity("Đông Nam Á", L), Entity("Đà Nẵng", L)],
           url="https://kinhtesang.example.vn/hoi-nghi-bao-hiem-thien-tai.html", file_name="bao-hiem.html"),
        _a("Rừng ngập mặn được phục hồi trên 500 héc-ta bãi bồi", "2024-04-27", "inferred", "Tin Vùng Biển",
           "Ngày 27/4, các tình nguyện viên hoàn thành đợt trồng rừng ngập mặn cuối cùng của chương trình ba năm.",
           ["Rừng mới giúp giảm sóng đánh vào chân đê và tạo nơi sinh sống cho tôm cá.",
            "Ông Đỗ Quốc Bình cho biết mô hình sẽ được nhân rộng sang các tỉnh ven biển phía Nam."],
           [Entity("Đỗ Quốc Bình", P, role="đại diện Bộ Nông nghiệp"), Entity("Cà Mau", L)],
           tags=["rừng ngập mặn", "môi trường"], file_name="rung-ngap-man.txt"),
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
