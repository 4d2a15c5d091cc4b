"""Readers: text encodings, bad input, folder expansion, HTML metadata and text, MHTML."""
from __future__ import annotations

import os
import random
import unicodedata
from pathlib import Path

import pytest

from storage.errors import ReadError, UnsupportedFile
from storage.readers import SUPPORTED_EXTENSIONS, iter_paths, read_file

SAMPLE = (
    "Sáng nay, Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác phòng chống thiên tai.\n"
    "Theo báo cáo, mưa lũ kéo dài đã gây thiệt hại cho người dân ở các huyện ven biển.\n"
    "Đại diện Bộ Nông nghiệp đề nghị địa phương khẩn trương hỗ trợ các hộ gia đình khó khăn."
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Encode as Windows does for Vietnamese: base letter from the code page, tone as a combining mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return out


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_error(path: Path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_file(path)
    assert path.name in str(info.value), "the message must name the file"
    return info.value


# --- encodings -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("utf-16"), "utf-16"),  # native order with BOM
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),  # no BOM: found from the NUL pattern
    ],
)
def test_unicode_encodings_decode_exactly(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = read_file(write(tmp_path, "tin.txt", data))
    assert doc.text == SAMPLE
    assert doc.encoding == encoding
    assert doc.kind == "text" and doc.raw == data and doc.meta == {} and doc.paragraphs is None


def test_windows_1258_gives_precomposed_vietnamese(tmp_path: Path) -> None:
    data = encode_cp1258(SAMPLE)
    assert b"\xf2" in data and b"\xd2" in data, "the sample must use cp1258's combining tone marks"
    doc = read_file(write(tmp_path, "cu.txt", data))
    assert doc.text == SAMPLE
    assert doc.encoding == "windows-1258"
    assert not any(unicodedata.combining(ch) for ch in doc.text)


@pytest.mark.parametrize(
    "line",
    ["Hà Nội mùa thu đẹp lắm.", "Quốc hội thông qua luật", "Lễ hội hoa xuân thu hút du khách",
     "Chiều nay trời mưa"],
)
def test_windows_1258_short_lines(tmp_path: Path, line: str) -> None:
    # short texts are where generic detectors guess another code page
    assert read_file(write(tmp_path, "ngan.txt", encode_cp1258(line))).text == line


def test_vni_legacy_encoding(tmp_path: Path) -> None:
    # VNI Windows: a base letter followed by a diacritic byte
    data = "Ngöôøi daân Vieät Nam ñöôïc hoã trôï\r\nLeã hoäi hoa xuaân".encode("cp1252")
    doc = read_file(write(tmp_path, "vni.txt", data))
    assert doc.text == "Người dân Việt Nam được hỗ trợ\nLễ hội hoa xuân"
    assert doc.encoding == "vni"


def test_tcvn3_legacy_encoding(tmp_path: Path) -> None:
    # TCVN3 (ABC): one byte per letter; U+00AD (soft hyphen byte) is "ư"
    data = "Ng\xadêi d©n ViÖt Nam ®\xadîc hç trî".encode("cp1252")
    doc = read_file(write(tmp_path, "abc.txt", data))
    assert doc.text == "Người dân Việt Nam được hỗ trợ"
    assert doc.encoding == "tcvn3"


def test_nfd_becomes_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", SAMPLE)
    assert nfd != SAMPLE
    doc = read_file(write(tmp_path, "nfd.txt", nfd.encode("utf-8")))
    assert doc.text == SAMPLE


def test_line_endings_controls_and_blank_lines(tmp_path: Path) -> None:
    data = ("  Dòng một \r\nDòng\u00a0hai\x00\rDòng\tba\x07\n\n\n\nDòng\u200b bốn\u2028Dòng năm\n\n").encode("utf-8")
    doc = read_file(write(tmp_path, "dong.txt", data))
    assert doc.text == "Dòng một\nDòng hai\nDòng ba\n\nDòng bốn\nDòng năm"


# --- bad input -------------------------------------------------------------------------------------

def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in read_error(write(tmp_path, "rong.txt", b"")).reason


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert "empty" in read_error(write(tmp_path, "trang.txt", b" \r\n\t\n")).reason


def test_random_bytes_named_txt(tmp_path: Path) -> None:
    junk = random.Random(7).randbytes(8192)
    assert "binary" in read_error(write(tmp_path, "rac.txt", junk)).reason


def test_high_byte_junk_named_txt(tmp_path: Path) -> None:
    rng = random.Random(11)  # no control bytes at all: only the decoders can tell it is not text
    junk = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    assert "cannot decode" in read_error(write(tmp_path, "rac2.txt", junk)).reason


def test_utf8_with_one_broken_byte_is_still_utf8(tmp_path: Path) -> None:
    data = (SAMPLE + " ạ").encode("utf-8")[:-1]  # cut inside the last letter's bytes
    doc = read_file(write(tmp_path, "cut.txt", data))
    assert doc.encoding == "utf-8"
    assert doc.text == SAMPLE + " \ufffd"


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("anh.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG"),
        ("anh.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "JPEG"),
        ("tai-lieu.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        ("van-ban.htm", b"PK\x03\x04\x14\x00\x06\x00" + bytes(64), "ZIP"),
    ],
)
def test_binary_formats_under_text_names(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    assert kind in read_error(write(tmp_path, name, data)).reason


def test_missing_file(tmp_path: Path) -> None:
    assert "not found" in read_error(tmp_path / "khong-co.txt").reason
    assert "not found" in read_error(tmp_path / "khong-co.docx").reason


def test_unsupported_extension(tmp_path: Path) -> None:
    path = write(tmp_path, "bao-cao.xlsx", b"whatever")
    with pytest.raises(UnsupportedFile) as info:
        read_file(path)
    assert "bao-cao.xlsx" in str(info.value) and ".xlsx" in info.value.reason


def test_folder_named_like_a_file(tmp_path: Path) -> None:
    (tmp_path / "thu-muc.txt").mkdir()
    assert "folder" in read_error(tmp_path / "thu-muc.txt").reason


def test_too_large_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lon.txt"
    with path.open("wb") as handle:  # sparse: no 20 MB written to disk
        handle.truncate(20 * 1024 * 1024 + 1)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened although stat() already shows it is too large")

    monkeypatch.setattr(Path, "open", no_open)
    assert "too large" in read_error(path).reason


def test_exactly_20_mb_limit_is_allowed(tmp_path: Path) -> None:
    line = "Tin tức trong ngày về kinh tế và xã hội.\n".encode()
    path = write(tmp_path, "vua.txt", line * (20 * 1024 * 1024 // len(line)))
    assert read_file(path).text.startswith("Tin tức")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_permission_denied_real(tmp_path: Path) -> None:
    path = write(tmp_path, "khoa.txt", SAMPLE.encode())
    path.chmod(0)
    try:
        assert "permission denied" in read_error(path).reason
    finally:
        path.chmod(0o644)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "khoa.txt", SAMPLE.encode())

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # the OS refusal, as a non-root user would get it
    assert read_error(path).reason == "permission denied"


# --- folders ---------------------------------------------------------------------------------------

def test_iter_paths_expands_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "kho"
    for rel in ("b.txt", "A.html", ".an.txt", ".git/x.txt", "con/c.mht", "con/d.xlsx", "con/e.MHTML",
                "z/f.htm"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x")
    explicit = write(tmp_path, "le.xlsx", b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([root, explicit])]
    assert found == ["kho/A.html", "kho/b.txt", "kho/con/c.mht", "kho/con/e.MHTML", "kho/z/f.htm", "le.xlsx"]


def test_supported_extensions() -> None:
    assert SUPPORTED_EXTENSIONS == frozenset({".txt", ".html", ".htm", ".mhtml", ".mht", ".pdf", ".docx", ".odt",
                                              ".eml", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})


@pytest.mark.seeds
def test_seed_dumps_read_as_nfc_utf8(seed_files: list[Path]) -> None:
    for path in seed_files:
        doc = read_file(path)
        assert doc.encoding == "utf-8" and doc.kind == "text"
        assert doc.text == unicodedata.normalize("NFC", doc.text)
        assert len(doc.text.splitlines()) > 10
        assert doc.raw == path.read_bytes()


# --- HTML ------------------------------------------------------------------------------------------

DATA = Path(__file__).resolve().parent.parent / "data" / "readers"
NEWS_BODY = [
    "Sáng 15/3, thành phố Hà Nội khởi công tuyến đường dài 12 km chạy dọc bờ sông, nối hai quận phía bắc "
    "với trung tâm.",
    "Theo Sở Giao thông vận tải, tuyến đường có tổng vốn đầu tư gần 3.000 tỷ đồng, được chia thành ba gói thầu "
    "và dự kiến hoàn thành trong hai năm.",
    "Các đại biểu thực hiện nghi thức khởi công dự án. (Ảnh: Minh Đức)",
    "Phát biểu tại buổi lễ, Phó Chủ tịch UBND thành phố yêu cầu các nhà thầu bảo đảm chất lượng, an toàn lao "
    "động và hạn chế ảnh hưởng tới đời sống người dân.",
    "Người dân sống gần công trường cho biết họ mong dự án sớm hoàn thành để việc đi lại thuận tiện hơn – nhất "
    "là vào giờ cao điểm buổi sáng.",
    "Lê Thu Hà",
]


def test_html_news_page_metadata() -> None:
    doc = read_file(DATA / "news_article.html")
    assert doc.kind == "html" and doc.encoding == "utf-8"
    assert doc.meta == {
        "title": "Hà Nội khởi công tuyến đường ven sông mới | Báo Tin Sáng",
        "h1": "Hà Nội khởi công tuyến đường ven sông mới",
        "headline": "Hà Nội khởi công tuyến đường ven sông mới",
        "site_name": "Báo Tin Sáng",
        "published": "2024-03-15T08:30:00+07:00",
        "modified": "2024-03-15T10:05:00+07:00",
        "url": "https://www.tinsang.example.vn/xa-hoi/ha-noi-khoi-cong-tuyen-duong-ven-song-123.html",
        "author": "Lê Thu Hà",
        "description": "Dự án dài 12 km được kỳ vọng giảm ùn tắc cho khu vực phía bắc thủ đô.",
        "section": "Xã hội",
        "keywords": "giao thông, Hà Nội, hạ tầng",
        "lang": "vi",
        "sapo": "Sáng 15/3, thành phố Hà Nội khởi công tuyến đường dài 12 km chạy dọc bờ sông, nối hai quận "
                "phía bắc với trung tâm.",
        "byline": "Lê Thu Hà",
    }


def test_html_news_page_paragraphs_and_visible_text() -> None:
    doc = read_file(DATA / "news_article.html")
    assert doc.paragraphs == NEWS_BODY  # no related list, share bar, date bar or hidden text
    lines = doc.text.splitlines()
    for line in NEWS_BODY + ["Trang chủ", "Tin liên quan", "Đọc nhiều", "Thứ sáu, 15/03/2024, 08:30 (GMT+7)"]:
        assert line in lines  # the whole visible page, for the cleaner
    assert lines.index("Tin liên quan") < lines.index(NEWS_BODY[4]) < lines.index("Đọc nhiều")
    assert not any("dataLayer" in line or "Đừng hiện" in line or "Nội dung ẩn" in line or "font-family" in line
                   for line in lines)


def test_html_declared_windows_1258_entities_and_table_layout() -> None:
    doc = read_file(DATA / "legacy_1258.htm")
    assert doc.encoding == "cp1258"
    assert doc.meta["published"] == "2023-02-07"  # itemprop, date only
    assert doc.meta["author"] == "Trần Văn Khoa"
    assert doc.meta["h1"] == "Nông dân miền Tây thu hoạch lúa sớm tránh hạn mặn"
    assert doc.paragraphs is not None
    assert doc.paragraphs[1] == ("Những ngày đầu tháng hai, trên các cánh đồng ở huyện ven biển, máy gặt hoạt động "
                                 "liên tục từ sáng sớm đến chiều tối.")  # written with &agrave; etc.
    assert "Năng suất ước đạt gần bảy tấn mỗi héc-ta, giá bán tại ruộng cũng khá ổn định." in doc.paragraphs
    assert "Máy gặt làm việc trên cánh đồng ven biển." in doc.paragraphs  # table caption
    assert doc.paragraphs[-1] == "Trần Văn Khoa"
    assert not any("chuyên mục" in p or "Giá phân bón" in p for p in doc.paragraphs)
    assert not any(unicodedata.combining(ch) for ch in doc.text)


def test_html_without_article_container_uses_main_text_extraction() -> None:
    doc = read_file(DATA / "plain_layout.html")
    assert doc.meta["published"] == "2022-01-20T07:45:00+07:00"
    assert doc.paragraphs is not None
    assert doc.paragraphs[0].startswith("Hội chợ năm nay quy tụ hơn 80 nhà xuất bản")
    assert "Bạn đọc chọn sách tại một gian hàng trong ngày khai mạc." in doc.paragraphs
    assert not any("Bài viết khác" in p or "Xem nhiều nhất" in p or "Thư viện tỉnh" in p for p in doc.paragraphs)


@pytest.mark.parametrize("name", ["news_article.html", "legacy_1258.htm", "plain_layout.html"])
def test_html_paragraphs_are_lines_of_the_page_text(name: str) -> None:
    doc = read_file(DATA / name)
    lines = doc.text.splitlines()
    assert doc.paragraphs and all(p in lines for p in doc.paragraphs)
    positions = [lines.index(p) for p in doc.paragraphs]
    assert positions == sorted(positions), "paragraphs keep the page order"


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_html_charset_declarations(tmp_path: Path) -> None:
    body = "<p>Thủ tướng chỉ đạo các bộ ngành khẩn trương vào cuộc.</p>"
    meta = read_file(write(tmp_path, "a.html", encode_cp1258(page('<meta charset="windows-1258">', body))))
    equiv = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', body)
    http_equiv = read_file(write(tmp_path, "b.htm", encode_cp1258(equiv)))
    bom = read_file(write(tmp_path, "c.html", b"\xef\xbb\xbf" + page("", body).encode("utf-8")))
    lying = read_file(write(tmp_path, "d.html", page('<meta charset="iso-8859-1">', body).encode("utf-8")))
    undeclared = read_file(write(tmp_path, "e.html", encode_cp1258(page("", body))))
    for doc in (meta, http_equiv, bom, lying, undeclared):
        assert doc.text == "Thủ tướng chỉ đạo các bộ ngành khẩn trương vào cuộc.", doc.path
    assert meta.encoding == http_equiv.encoding == "cp1258" and lying.encoding == "utf-8"


def test_html_vni_font_page_declared_western(tmp_path: Path) -> None:
    html = page('<meta charset="iso-8859-1">', "<p>Ngöôøi daân Vieät Nam ñöôïc hoã trôï</p>")
    doc = read_file(write(tmp_path, "vni.htm", html.encode("cp1252")))
    assert doc.text == "Người dân Việt Nam được hỗ trợ" and doc.encoding == "vni"
    english = read_file(write(tmp_path, "en.htm", page('<meta charset="iso-8859-1">', "<p>Café déjà vu</p>")
                              .encode("latin-1")))
    assert english.text == "Café déjà vu"


def test_html_entities_and_nfd(tmp_path: Path) -> None:
    body = "<p>H&agrave; N&#7897;i &amp; TP.HCM&nbsp;&#x111;&#x1ea1;t k&#7927; l&#7909;c</p>" + \
        unicodedata.normalize("NFD", "<p>Người dân phấn khởi</p>")
    doc = read_file(write(tmp_path, "ent.html", page("", body).encode("ascii", "xmlcharrefreplace")))
    assert doc.text.splitlines() == ["Hà Nội & TP.HCM đạt kỷ lục", "Người dân phấn khởi"]


def test_html_json_ld_fills_what_meta_tags_lack(tmp_path: Path) -> None:
    ld = ('{"@context":"https://schema.org","@type":["NewsArticle"],"headline":"Tiêu đề bài",'
          '"datePublished":"2021-06-01T14:20:00Z","dateModified":"2021-06-02T09:00:00+07:00",'
          '"author":[{"@type":"Person","name":"Ngọc Lan"},{"@type":"Person","name":"Bảo Anh"}],'
          '"publisher":{"@type":"Organization","name":"Tạp chí Mẫu"},"articleSection":"Thế giới",'
          '"keywords":["ASEAN","ngoại giao"],"mainEntityOfPage":{"@id":"https://example.vn/bai.html"}}')
    head = ('<script type="application/ld+json">{not json</script>'
            f'<script type="application/ld+json">{ld}</script>')
    doc = read_file(write(tmp_path, "ld.html", page(head, "<h1>Tiêu đề bài</h1><p>Nội dung.</p>").encode()))
    assert doc.meta["published"] == "2021-06-01T14:20:00+00:00"
    assert doc.meta["modified"] == "2021-06-02T09:00:00+07:00"
    assert doc.meta["author"] == "Ngọc Lan, Bảo Anh"
    assert doc.meta["site_name"] == "Tạp chí Mẫu"
    assert doc.meta["section"] == "Thế giới"
    assert doc.meta["keywords"] == "ASEAN, ngoại giao"
    assert doc.meta["url"] == "https://example.vn/bai.html"


def test_html_dates_day_first_and_unparseable_values_skipped(tmp_path: Path) -> None:
    head = ('<meta property="article:published_time" content="không rõ">'
            '<meta name="pubdate" content="15/03/2024 08:30">'
            '<meta name="last-modified" content="16/03/2024">'
            '<svg><title>biểu tượng</title></svg><title>Tiêu đề thật</title>')
    doc = read_file(write(tmp_path, "ngay.html", page(head, "<p>Nội dung.</p>").encode()))
    assert doc.meta["published"] == "2024-03-15T08:30:00"
    assert doc.meta["modified"] == "2024-03-16"
    assert doc.meta["title"] == "Tiêu đề thật"


def test_html_h1_prefers_the_headline_over_a_logo(tmp_path: Path) -> None:
    body = ('<h1 class="logo"><a href="/">Báo Mẫu</a></h1><article><h1>Mở rộng quốc lộ qua ba tỉnh miền Trung</h1>'
            '<p>' + "Nội dung bài viết về dự án giao thông quan trọng. " * 3 + '</p></article>')
    doc = read_file(write(tmp_path, "h1.html", page("", body).encode()))
    assert doc.meta["h1"] == "Mở rộng quốc lộ qua ba tỉnh miền Trung"


def test_broken_html_does_not_crash(tmp_path: Path) -> None:
    broken = ("<html><head><title>Lỗi <b>thẻ</title><body><p>Đoạn một <div>lồng <span>sai</p></div>"
              "</td></tr><<<>>> <p>Đoạn hai &notanentity; &#99999999; <script>var x = '</p>"
              + "<div>" * 3000 + "Sâu" + "</div>" * 10)
    doc = read_file(write(tmp_path, "hong.html", broken.encode()))
    lines = doc.text.splitlines()
    assert lines[:2] == ["Đoạn một", "lồng sai"]
    assert any(line.startswith("Đoạn hai") for line in lines)


def test_html_with_no_visible_text(tmp_path: Path) -> None:
    path = write(tmp_path, "trong.html", page("<title>Chỉ có tiêu đề</title>", "<script>x=1</script>").encode())
    assert "no visible text" in read_error(path).reason


# --- MHTML -----------------------------------------------------------------------------------------

def build_mhtml(html: str, charset: str, encoding: str, *, snapshot: str | None, part_location: str) -> bytes:
    """An MHTML file as browsers save it: multipart/related, the page first, then a resource."""
    from email.charset import BASE64, QP, Charset
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.nonmultipart import MIMENonMultipart

    message = MIMEMultipart("related", type="text/html")
    if snapshot:
        message["Snapshot-Content-Location"] = snapshot
    message["Subject"] = "=?utf-8?Q?Trang_l=C6=B0u?="
    cs = Charset(charset)
    cs.body_encoding = QP if encoding == "quoted-printable" else BASE64
    part = MIMENonMultipart("text", "html")
    part.set_payload(encode_cp1258(html) if charset == "windows-1258" else html.encode(charset), cs)
    part["Content-Location"] = part_location
    message.attach(part)
    image = MIMEApplication(b"\x89PNG\r\n\x1a\n" + bytes(32), "octet-stream")
    image.replace_header("Content-Type", "image/png")
    image["Content-Location"] = "https://example.vn/anh.png"
    message.attach(image)
    return message.as_bytes()


MHTML_PAGE = page(
    "<title>Đà Nẵng đón tàu du lịch quốc tế</title><meta property='og:site_name' content='Báo Biển Xanh'>",
    "<nav>Trang chủ</nav><article><h1>Đà Nẵng đón tàu du lịch quốc tế</h1>"
    "<p>Sáng 2/4, cảng biển thành phố đón chuyến tàu chở hơn hai nghìn du khách, mở đầu mùa du lịch biển năm nay.</p>"
    "<figure><img src='https://example.vn/anh.png'><figcaption>Du khách rời tàu tại cảng.</figcaption></figure>"
    "<p>Sở Du lịch cho biết từ nay đến cuối năm sẽ có thêm nhiều chuyến tàu quốc tế ghé thăm các cảng miền Trung.</p>"
    "</article>",
)


def test_mhtml_quoted_printable_round_trip(tmp_path: Path) -> None:
    data = build_mhtml(MHTML_PAGE, "utf-8", "quoted-printable", snapshot="https://m.example.vn/du-lich/tau.html",
                       part_location="https://m.example.vn/du-lich/tau.html")
    assert b"quoted-printable" in data
    doc = read_file(write(tmp_path, "trang.mhtml", data))
    assert doc.kind == "html" and doc.raw == data and doc.encoding == "utf-8"
    assert doc.meta["url"] == "https://m.example.vn/du-lich/tau.html"
    assert doc.meta["title"] == doc.meta["h1"] == "Đà Nẵng đón tàu du lịch quốc tế"
    assert doc.meta["site_name"] == "Báo Biển Xanh"
    assert doc.paragraphs is not None and doc.paragraphs[1] == "Du khách rời tàu tại cảng."
    assert doc.text.splitlines()[0] == "Trang chủ"


def test_mhtml_base64_legacy_charset_and_part_location(tmp_path: Path) -> None:
    data = build_mhtml(MHTML_PAGE, "windows-1258", "base64", snapshot=None,
                       part_location="https://example.vn/du-lich/tau.html")
    assert b"Content-Transfer-Encoding: base64" in data
    doc = read_file(write(tmp_path, "trang.mht", data))
    assert doc.encoding == "cp1258"
    assert doc.meta["url"] == "https://example.vn/du-lich/tau.html"
    assert "Sáng 2/4, cảng biển thành phố đón chuyến tàu" in doc.text


def test_mhtml_without_html_part(tmp_path: Path) -> None:
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    message = MIMEMultipart("related")
    message.attach(MIMEText("chỉ là chữ", "plain", "utf-8"))
    path = write(tmp_path, "rong.mhtml", message.as_bytes())
    assert "no HTML part" in read_error(path).reason


def test_plain_html_saved_as_mht(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path, "trang.mht", MHTML_PAGE.encode("utf-8")))
    assert doc.kind == "html" and doc.meta["site_name"] == "Báo Biển Xanh"


def test_json_ld_organisation_author_is_not_an_author(tmp_path):
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tàu cá về bến an toàn",'
          ' "author": [{"@type": "NewsMediaOrganization", "name": "Báo Mẫu"},'
          ' {"@type": "Person", "name": "Lê Thu Hà"}]}')
    page = tmp_path / "org_author.html"
    page.write_text(f'<html><head><script type="application/ld+json">{ld}</script></head>'
                    '<body><article><h1>Tàu cá về bến an toàn</h1><p>Sáng nay các tàu cá đã về bến.</p>'
                    '</article></body></html>', encoding="utf-8")
    assert read_file(page).meta.get("author") == "Lê Thu Hà"
    only_org = ld.replace(', {"@type": "Person", "name": "Lê Thu Hà"}', "")
    page.write_text(f'<html><head><script type="application/ld+json">{only_org}</script></head>'
                    '<body><article><p>Sáng nay các tàu cá đã về bến.</p></article></body></html>',
                    encoding="utf-8")
    assert "author" not in read_file(page).meta
