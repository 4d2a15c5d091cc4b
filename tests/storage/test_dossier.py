"""PDF dossiers built from real archive files: text, contents, outline, fonts, index, options, cancel, CLI."""
# SQLite only: layout and rendering; the archive reads they use run on both backends elsewhere.
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from storage.archive import Archive
from storage.cli import main as cli_main
from storage.dossier import DossierOptions, build_dossier, select_ids
from storage.errors import Cancelled, NotFound, TuLieuError
from storage.progress import CancelToken
from storage.records import Article, Block, Entity

BASE14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


# --- reading the PDF back -------------------------------------------------------------------------------

def norm(text: str) -> str:
    """Collapse whitespace (reportlab wraps lines) without touching any letter."""
    return " ".join(text.split())


def page_texts(path: Path, *, body_only: bool = True) -> list[str]:
    """Each page's text; body_only drops the running header and footer (outside the text frame)."""
    reader = PdfReader(path)
    texts = []
    for page in reader.pages:
        height = float(page.mediabox.height)
        parts: list[str] = []

        def visit(text, cm, tm, font_dict, font_size, parts=parts, height=height):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if not body_only or 2.0 * 72 / 2.54 <= y <= height - 2.0 * 72 / 2.54:
                parts.append(text)
        page.extract_text(visitor_text=visit)
        texts.append(norm("".join(parts)))
    return texts


def page_lines(path: Path, number: int) -> str:
    """One page's text rebuilt line by line from glyph positions (content-stream order can differ)."""
    fragments: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            fragments.append((-round(y), x, text))
    PdfReader(path).pages[number - 1].extract_text(visitor_text=visit)
    return norm(" ".join(text for _, _, text in sorted(fragments)))


def outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) of every outline entry, in order."""
    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))
    walk(reader.outline, 0)
    return found


def article_numbers(path: Path) -> dict[str, tuple[int, int]]:
    """Article title -> (number in the dossier, start page), read from the level-1 outline entries."""
    result = {}
    for level, title, page in outline(path):
        if level == 1:
            number, _, text = title.partition(". ")
            result[text] = (int(number), page)
    return result


# --- fixtures -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_archive(tmp_path_factory, seed_files):
    pytest.importorskip("storage.ingest", reason="storage.ingest (the import pipeline) is not written yet")
    from storage.ingest import ingest

    archive = Archive.open(tmp_path_factory.mktemp("seeds") / "seeds.sqlite")
    report = ingest(archive, seed_files)
    assert not report.failed, report.failed
    yield archive
    archive.close()


@pytest.fixture(scope="module")
def seed_dossier(seed_archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("dossier") / "seeds.pdf"
    options = DossierOptions(title="Hồ sơ quốc phòng", prepared_by="Nhóm thử", scope_text="năm bài mẫu")
    result = build_dossier(seed_archive, seed_archive.ids(), out, options)
    return result


def own_articles() -> list[Article]:
    """Three short articles written for these tests (not taken from any outlet)."""
    return [
        Article(title="Thành phố thử nghiệm xe buýt điện trên tuyến ven sông", published="2021-03-14T08:30:00+07:00",
                date_precision="exact", outlet="Báo Mẫu", author="Lê Thị Hạnh", url="https://baomau.example.vn/a.html",
                lead="Sáng 14/3, thành phố chạy thử hai mươi xe buýt điện dọc bờ sông.",
                blocks=[Block("Sáng 14/3, thành phố chạy thử hai mươi xe buýt điện dọc bờ sông."),
                        Block("Ông Trần Văn Quý, Giám đốc Sở Giao thông, cho biết giá vé giữ nguyên trong năm đầu."),
                        Block("Xe buýt chạy thử qua cầu. Ảnh: minh họa", role="caption"),
                        Block("Kết quả sẽ được báo cáo lên Ủy ban Nhân dân thành phố vào cuối năm."),
                        Block("Tin liên quan", role="removed", reason="related-list")],
                entities=[Entity("Trần Văn Quý", "person", role="Giám đốc Sở Giao thông"),
                          Entity("Sở Giao thông", "organization"), Entity("Đà Nẵng", "location")],
                tags=["giao thông"], file_name="xe-buyt.txt"),
        Article(title="Nông dân đồng bằng chuyển sang giống lúa chịu mặn", published="2023-09-02",
                date_precision="inferred", outlet="Tạp chí Thử",
                lead="Ngày 2/9, nhiều hợp tác xã gieo giống lúa mới chịu được độ mặn cao.",
                blocks=[Block("Ngày 2/9, nhiều hợp tác xã gieo giống lúa mới chịu được độ mặn cao."),
                        Block("Bà Nguyễn Thị Ỹ nói năng suất vụ trước đạt sáu tấn mỗi héc-ta, cao hơn dự kiến.")],
                entities=[Entity("Nguyễn Thị Ỹ", "person", role="Chủ nhiệm hợp tác xã"),
                          Entity("Trần Văn Quý", "person")],
                file_name="lua.html"),
        Article(title="Ảnh hưởng của bão số 5 tới các tỉnh ven biển miền Trung và kế hoạch khắc phục dài hạn "
                      "của chính quyền địa phương trong những tháng tới",
                published=None, date_precision="unknown",
                outlet="Cơ quan Ngôn luận Thử nghiệm Có Tên Rất Dài Của Hội Những Người Viết Tin Địa Phương",
                lead="Cơn bão đã làm đổ nhiều cây xanh và gây mất điện diện rộng.",
                blocks=[Block("Lực lượng cứu hộ đã có mặt tại các xã bị cô lập từ sáng sớm.")],
                file_name="bao.txt"),
    ]


@pytest.fixture()
def own_archive(tmp_path):
    with Archive.open(tmp_path / "own.sqlite") as archive:
        for i, article in enumerate(own_articles()):
            archive.add_article(article, raw=f"tệp {i}".encode(), file_name=article.file_name)
        yield archive


# --- the five seeds -------------------------------------------------------------------------------------

@pytest.mark.seeds
def test_seed_dossier_holds_every_title_and_body_paragraph(seed_archive, seed_dossier):
    text = " ".join(page_texts(seed_dossier.path))
    assert seed_dossier.articles == 5 and seed_dossier.pages == len(PdfReader(seed_dossier.path).pages)
    for article_id in seed_archive.ids():
        article = seed_archive.get(article_id)
        assert norm(article.title) in text
        for block in article.blocks:
            if block.role != "removed":
                assert unicodedata.is_normalized("NFC", block.text)
                assert norm(block.text) in text, block.text[:60]


@pytest.mark.seeds
def test_toc_page_numbers_are_where_articles_start(seed_archive, seed_dossier):
    pages = page_texts(seed_dossier.path)
    entries = outline(seed_dossier.path)
    toc_page = next(page for level, title, page in entries if title == "Mục lục")
    toc = page_lines(seed_dossier.path, toc_page)
    starts = article_numbers(seed_dossier.path)
    assert len(starts) == 5
    for title, (number, start) in starts.items():
        heading = norm(f"{number}. {title}")
        match = re.search(re.escape(heading) + r"[ .]*?(\d+)(?: |$)", toc)
        assert match, f"{heading} not in the table of contents"
        assert int(match.group(1)) == start
        assert heading in pages[start - 1][:400]
        lead = next(seed_archive.get(i).lead for i in seed_archive.ids() if seed_archive.get(i).title == title)
        if lead:  # the heading is never left alone at the foot of a page
            assert norm(lead)[:50] in pages[start - 1]


@pytest.mark.seeds
def test_every_font_is_embedded(seed_dossier):
    reader = PdfReader(seed_dossier.path)
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).lstrip("/")
            seen.add(name)
            assert name.split("+")[-1] not in BASE14
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert any("Bold" in name for name in seen) and any("Regular" in name for name in seen)


@pytest.mark.seeds
def test_outline_has_sections_and_one_entry_per_article(seed_archive, seed_dossier):
    entries = outline(seed_dossier.path)
    top = [title for level, title, _ in entries if level == 0]
    assert top == ["Mục lục", "Tổng quan", "Dòng thời gian", "Chỉ mục nhân vật, tổ chức, địa danh",
                   "Các bài viết", "Nguồn"]
    titles = {seed_archive.get(i).title for i in seed_archive.ids()}
    assert set(article_numbers(seed_dossier.path)) == titles


@pytest.mark.seeds
def test_index_lists_gold_people_with_their_articles(seed_archive, seed_dossier, seeds_gold):
    pages = page_texts(seed_dossier.path)
    entries = outline(seed_dossier.path)
    first = next(page for _, title, page in entries if title.startswith("Chỉ mục"))
    last = next(page for _, title, page in entries if title == "Các bài viết") - 1
    index = " ".join(pages[first - 1:last])
    by_title = article_numbers(seed_dossier.path)
    file_to_number = {}
    for article_id in seed_archive.ids():
        article = seed_archive.get(article_id)
        file_to_number[article.file_name] = by_title[article.title]
    expected: dict[str, set[tuple[int, int]]] = {}
    for gold in seeds_gold:
        for person in gold["people"]:
            expected.setdefault(person, set()).add(file_to_number[gold["file"]])
    for person, refs in expected.items():
        at = index.find(f"{person} — ")
        assert at >= 0, f"{person} missing from the index"
        tail = index[at + len(person) + 3:]
        entry = tail.split(" — ")[0]
        found = {(int(n), int(p)) for n, p in re.findall(r"\[(\d+)\] tr\. (\d+)", entry)}
        assert found == refs, person


@pytest.mark.seeds
def test_summaries_only_prints_leads_and_no_body(seed_archive, tmp_path):
    out = tmp_path / "summaries.pdf"
    result = build_dossier(seed_archive, seed_archive.ids(), out, DossierOptions(summaries_only=True))
    text = " ".join(page_texts(out))
    for article_id in seed_archive.ids():
        article = seed_archive.get(article_id)
        lead = norm(article.lead or "")
        if lead:
            assert lead in text
        for block in article.blocks:
            if block.role == "body" and norm(block.text) != lead and len(block.text) > 30:
                assert norm(block.text) not in text, block.text[:60]
    full = build_dossier(seed_archive, seed_archive.ids(), tmp_path / "full.pdf", DossierOptions())
    assert result.pages < full.pages


# --- options and behaviour on articles written for these tests -----------------------------------------

def test_cover_properties_footer_and_markings(own_archive, tmp_path):
    out = tmp_path / "own.pdf"
    options = DossierOptions(title="Hồ sơ thử", subtitle="Phụ đề", prepared_by="Phòng Tư liệu",
                             marking="NỘI BỘ / INTERNAL", scope_text="truy vấn: xe buýt")
    result = build_dossier(own_archive, own_archive.ids(), out, options)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) and result.articles == 3
    meta = reader.metadata
    assert (meta.title, meta.author, meta.subject) == ("Hồ sơ thử", "Phòng Tư liệu", "truy vấn: xe buýt")
    assert "Trần Văn Quý" in meta["/Keywords"]
    full = page_texts(out, body_only=False)
    cover = full[0]
    for value in ("Hồ sơ thử", "Phụ đề", "Phòng Tư liệu", "NỘI BỘ / INTERNAL", "truy vấn: xe buýt", "14/03/2021 – 02/09/2023"):
        assert value in cover
    assert "Trang" not in cover
    for number, text in enumerate(full[1:], start=2):
        assert f"Trang {number} / {result.pages}" in text
        assert "NỘI BỘ / INTERNAL" in text and "Hồ sơ thử" in text


def test_inferred_and_unknown_dates_are_marked(own_archive, tmp_path):
    out = tmp_path / "own.pdf"
    build_dossier(own_archive, own_archive.ids(), out, DossierOptions())
    text = " ".join(page_texts(out))
    assert "~02/09/2023" in text and "~14/03/2021" not in text
    assert "ngày suy luận" in text and "suy luận)" in text  # legend, and the metadata block's note
    assert "không rõ ngày" in text
    italic = []
    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=lambda t, cm, tm, font, size: italic.append(t) if font and
                          "Italic" in str(font.get("/BaseFont")) and "~02/09/2023" in t else None)
    assert italic, "inferred date not set in italics"


def test_lead_once_captions_italic_removed_blocks_absent(own_archive, tmp_path):
    out = tmp_path / "own.pdf"
    build_dossier(own_archive, own_archive.ids(), out, DossierOptions())
    text = " ".join(page_texts(out))
    assert text.count("thành phố chạy thử hai mươi xe buýt điện dọc bờ sông") == 1
    assert "Xe buýt chạy thử qua cầu. Ảnh: minh họa" in text
    assert "Tin liên quan" not in text
    assert "Giám đốc Sở Giao thông" in text  # the role, in the index
    long_outlet = "Cơ quan Ngôn luận Thử nghiệm Có Tên Rất Dài Của Hội Những Người Viết Tin Địa Phương"
    overview = page_texts(out)[2]
    assert norm(long_outlet) in overview and "kế hoạch khắc phục dài hạn" in overview  # wrapped, not clipped


def test_long_article_flows_over_pages_and_long_urls_wrap(tmp_path):
    paragraphs = [f"Đoạn thứ {i}: người viết ghi lại ý kiến của cư dân về dự án cấp nước, từng khu phố một, "
                  f"kèm những số liệu đo đạc trong tuần thứ {i} của mùa khô." for i in range(1, 61)]
    url = "https://tin.example.vn/" + "-".join(["duong-dan-rat-dai"] * 20) + ".html"
    article = Article(title="Một bài rất dài", published="2024-01-05", date_precision="exact", outlet="Báo Mẫu",
                      url=url, lead="Mở đầu của bài rất dài.", blocks=[Block(p) for p in paragraphs])
    with Archive.open(tmp_path / "long.sqlite") as archive:
        archive.add_article(article, raw=b"long", file_name="dai.txt")
        out = tmp_path / "long.pdf"
        build_dossier(archive, archive.ids(), out, DossierOptions())
    pages = page_texts(out)
    start = article_numbers(out)["Một bài rất dài"][1]
    sources_page = next(page for level, title, page in outline(out) if title == "Nguồn")
    assert sources_page - start >= 2  # the body runs over several pages
    text = " ".join(pages)
    assert all(p in text for p in paragraphs)
    assert url in text.replace(" ", "")  # wrapped across lines, never cut


def test_order_by_outlet_english_letter(own_archive, tmp_path):
    out = tmp_path / "en.pdf"
    result = build_dossier(own_archive, own_archive.ids(), out, DossierOptions(order="outlet", lang="en",
                                                                                    paper="Letter"))
    reader = PdfReader(out)
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (612, 792)
    numbered = sorted(article_numbers(out).items(), key=lambda item: item[1][0])
    by_title = {own_archive.get(i).title: own_archive.get(i).outlet for i in own_archive.ids()}
    long_outlet = by_title[next(t for t in by_title if t.startswith("Ảnh hưởng"))]
    assert [by_title[title] for title, _ in numbered] == ["Báo Mẫu", long_outlet, "Tạp chí Thử"]
    full = page_texts(out, body_only=False)
    assert f"Page 2 of {result.pages}" in full[1]
    assert [t for lvl, t, _ in outline(out) if lvl == 0][:3] == ["Contents", "Overview", "Timeline"]


def test_progress_reaches_the_end(own_archive, tmp_path):
    seen: list[tuple[int, int]] = []
    build_dossier(own_archive, own_archive.ids(), tmp_path / "p.pdf", DossierOptions(),
                  progress=lambda done, total, message: seen.append((done, total)))
    assert seen[0] == (1, 6) and seen[-1] == (6, 6)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)  # never goes backwards
    assert len(seen) >= 6


@pytest.mark.parametrize("cancel_at", [1, 4])  # while loading articles, and while laying them out
def test_cancel_leaves_no_file(own_archive, tmp_path, cancel_at):
    token = CancelToken()
    out = tmp_path / "c.pdf"

    def progress(done, total, message):
        if done >= cancel_at:
            token.cancel()
    with pytest.raises(Cancelled):
        build_dossier(own_archive, own_archive.ids(), out, DossierOptions(), progress=progress, cancel=token)
    assert list(tmp_path.glob("c.pdf*")) == [] and list(tmp_path.glob(".c.pdf*")) == []


def test_select_ids(own_archive):
    ids = own_archive.ids()
    assert sorted(select_ids(own_archive, all=True)) == sorted(ids)
    assert select_ids(own_archive, ids=[ids[1], ids[0], ids[1]]) == [ids[1], ids[0]]
    assert select_ids(own_archive, query="lua chiu man") == [i for i in ids if "lúa" in own_archive.get(i).title]
    with pytest.raises(NotFound):
        select_ids(own_archive, ids=[9999])
    with pytest.raises(ValueError):
        select_ids(own_archive)
    with pytest.raises(TuLieuError, match="no articles"):
        build_dossier(own_archive, [], Path("/tmp/never.pdf"), DossierOptions())


def test_cli_writes_a_dossier(own_archive, tmp_path, capsys):
    path = str(own_archive.path)
    own_archive.close()
    out = tmp_path / "cli.pdf"
    code = cli_main(["dossier", "--query", "xe buyt", "--out", str(out), "--title", "Thử CLI", "--lang", "en",
                     "--summaries-only", "--archive", path])
    assert code == 0 and "1 articles" in capsys.readouterr().out
    assert PdfReader(out).metadata.title == "Thử CLI"
    assert cli_main(["dossier", "--ids", "1,999", "--out", str(out), "--archive", path]) == 1
    assert "999" in capsys.readouterr().err
