"""Dossier build time and file size for 100 and 1,000 articles of a synthetic archive, PDF and Word.

Usage: .venv/bin/python benchmarks/dossier.py [N ...]   (default: 100 1000; targets: 100 articles < 10 s
         as PDF, 1,000 articles < 15 s as Word)
       .venv/bin/python benchmarks/dossier.py --screenshots resources/screenshots
         renders the cover, contents, timeline, index and an article page of a dossier of six
         fictional articles (written for this purpose) to dossier-*.png with pdftoppm, and the cover
         and first article page of the same dossier as Word (LibreOffice -> PDF -> pdftoppm) to
         word-dossier-*.png.
"""
from __future__ import annotations

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


def main(argv: list[str]) -> int:
    if argv[:1] == ["--screenshots"]:
        screenshots(Path(argv[1] if len(argv) > 1 else "resources/screenshots"))
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
