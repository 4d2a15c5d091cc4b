"""At least 60 hostile input files, written fresh into a folder (names and text are our own)."""
from __future__ import annotations

import os
import random
from pathlib import Path

PAGE = ("Trang chủ Thời sự\n09:30 | 12/05/2022 GMT+7\nTỉnh ven biển khởi công tuyến đê chắn sóng mới\n"
        "Sáng 12/5, Ủy ban nhân dân tỉnh khởi công tuyến đê chắn sóng dài hơn mười cây số.\n"
        "Ông Lê Văn Khánh cho biết công trình giúp hàng nghìn hộ dân yên tâm sản xuất.\n"
        "Dự kiến tuyến đê hoàn thành trong năm tới.\nThu Hà\n")
MHTML_HEAD = b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'


def _binary_kinds() -> dict[str, bytes]:
    rng = random.Random(9)
    noise = bytes(rng.randrange(256) for _ in range(5000))
    return {
        "anh.txt": b"\x89PNG\r\n\x1a\n" + noise, "anh.html": b"\xff\xd8\xff\xe0" + noise,
        "tai_lieu.txt": b"%PDF-1.7\n" + noise, "nen.html": b"PK\x03\x04" + noise, "gz.txt": b"\x1f\x8b" + noise,
        "sqlite.txt": b"SQLite format 3\x00" + noise, "elf.mhtml": b"\x7fELF" + noise,
        "ngau_nhien_1.txt": noise, "ngau_nhien_2.html": noise[:300], "ngau_nhien_3.mhtml": noise[:50],
        "nul.txt": b"\x00" * 4000, "nul_xen.txt": PAGE.encode().replace(b" ", b"\x00"),
        "dieu_khien.txt": bytes(range(1, 32)) * 100, "webp.txt": b"RIFF\x00\x00\x00\x00WEBP" + noise,
    }


def _text_kinds() -> dict[str, bytes]:
    page = PAGE.encode()
    return {
        "rong.txt": b"", "khoang_trang.txt": b"  \n\t\n  ", "bom.txt": b"\xef\xbb\xbf", "bom16.txt": b"\xff\xfe",
        "mot_dong_dai.txt": b"x" * 6_700_000, "tu_dai.txt": ("đ" * 400_000).encode(),
        "qua_lon.txt": b"a " * (11 * 1024 * 1024), "cat_giua.txt": page[: len(page) // 2 + 1],
        "cat_utf8.txt": page[:7] + "ế".encode()[:1], "utf8_hong.txt": page + b"\xff\xfe\xc3\x28" * 50,
        "utf16_le.txt": PAGE.encode("utf-16-le"), "utf16_cut.txt": PAGE.encode("utf-16")[:-1],
        "utf16_be.txt": PAGE.encode("utf-16-be"), "cp1258.txt": PAGE.encode("cp1258", "replace"),
        "latin1.txt": PAGE.encode("latin-1", "replace"), "nfd.txt": __import__("unicodedata").normalize("NFD", PAGE).encode(),
        "dong_ngan.txt": b"a\n" * 200_000, "mot_chu.txt": b"x", "tieu_de_dai.txt": (("Tiêu đề " * 20000) + "\n" + PAGE).encode(),
        "crlf.txt": PAGE.replace("\n", "\r\n").encode(), "cr.txt": PAGE.replace("\n", "\r").encode(),
        "emoji.txt": ("🚀 تقرير " * 50 + "\n" + PAGE).encode(), "escape.txt": ("\x1b[31m" + PAGE).encode(),
        "so.txt": "\n".join(str(n) for n in range(5000)).encode(), "trung_lap_1.txt": page, "trung_lap_2.txt": page,
        # a line of 150,000 dotted labels (a "host" of them) and 60,000 short lines with no prose: each once cost n²
        "cham_dai.txt": b"a." * 150_000,
        "nhieu_dong.txt": "".join(f"Dòng {n} có chữ Việt.\n" for n in range(60_000)).encode(),
    }


def _html_kinds() -> dict[str, bytes]:
    body = "".join(f"<p>{line}</p>" for line in PAGE.splitlines())
    return {
        "sau.html": ("<html><body>" + "<div>" * 5000 + "Chỉ vài chữ").encode(),
        "sau_dong.html": ("<div>" * 20000 + "</div>" * 20000).encode(), "chi_script.html": b"<script>" + b"x=1;" * 5000,
        "thuc_the.html": ("<p>" + "&agrave;&#x1ea1;&#999999999;&bogus;" * 2000 + "</p>").encode(),
        "charset_sai.html": b'<meta charset="klingon">' + body.encode(),
        "charset_1258.html": b'<meta charset="windows-1258">' + body.encode("cp1258", "replace"),
        "url_hong.html": ('<link rel="canonical" href="http://[x"><meta property="og:url" content="http://a:99999">'
                          + body).encode(),
        "the_mo.html": ("<p>" * 3000 + PAGE).encode(), "cdata.html": b"<![CDATA[" + b"x" * 100000,
        "comment.html": b"<!--" + body.encode(), "binh_thuong.htm": ("<html><body>" + body + "</body></html>").encode(),
        "meta_dai.html": ('<meta name="description" content="' + "mô tả " * 50000 + '">' + body).encode(),
        "svg.html": b"<svg>" + b"<g>" * 10000, "json.html": b'{"a": [' + b"1," * 100000 + b"1]}",
    }


def _mhtml_kinds() -> dict[str, bytes]:
    part = b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    return {
        "mhtml_mo.mhtml": MHTML_HEAD + part + b"<html>", "mhtml_khong_ranh_gioi.mhtml": MHTML_HEAD + b"<p>x</p>",
        "mhtml_b64_hong.mhtml": MHTML_HEAD + b"--b\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!***\r\n--b--",
        "mhtml_qp_hong.mhtml": MHTML_HEAD + b"--b\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ=\r\n--b--",
        "mhtml_rong.mhtml": MHTML_HEAD, "mhtml_khong_dau.mht": b"--b\r\n\r\n" + PAGE.encode(),
        "mhtml_nhieu_phan.mhtml": MHTML_HEAD + (part + b"<p>a</p>\r\n") * 3000 + b"--b--",
        "mhtml_charset_sai.mhtml": MHTML_HEAD + b"--b\r\nContent-Type: text/html; charset=bogus\r\n\r\n<p>"
                                   + PAGE.encode() + b"</p>\r\n--b--",
    }


def make_bad_inputs(folder: Path) -> list[Path]:
    """Write every hostile file (plus a FIFO, a dangling link, a folder named like a file, odd names)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for kinds in (_binary_kinds(), _text_kinds(), _html_kinds(), _mhtml_kinds()):
        for name, data in kinds.items():
            path = folder / name
            path.write_bytes(data)
            paths.append(path)
    odd = folder / os.fsdecode(b"t\xean_l\xe0_latin1.txt")
    odd.write_bytes(PAGE.replace("đê", "kè").encode())
    fifo = folder / "ong_dan.txt"
    os.mkfifo(fifo)
    link = folder / "lien_ket_mat.txt"
    link.symlink_to(folder / "khong_ton_tai.txt")
    fake_dir = folder / "thu_muc.txt"
    fake_dir.mkdir()
    loop = folder / "vong_lap"
    loop.mkdir()
    (loop / "quay_lai").symlink_to(folder)
    return [*paths, odd, fifo, link, fake_dir, loop, Path("/dev/zero"), folder / "khong_co.txt"]
