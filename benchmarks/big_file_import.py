"""One big file imported: a text dump and an HTML page of about 12 MB each, written from our own paragraphs
(five sentences repeated with a running number, so no two paragraphs are the same).

Usage: .venv/bin/python benchmarks/big_file_import.py [--mb 12] [--other /path/to/checkout]
Prints, for each file, the wall and CPU seconds of `tulieu-cli import` in a child process (and the other
checkout's, given --other), with the load average: the machine may be shared. A step that grows faster than
the file shows as a time that more than doubles when --mb doubles.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = (
    "Sáng ngày {n}, Ủy ban nhân dân tỉnh Bình Thuận tổ chức hội nghị tổng kết công tác phòng chống thiên tai "
    "năm qua và triển khai nhiệm vụ cho mùa mưa bão sắp tới.",
    "Ông Nguyễn Văn An, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết trong năm đã có {n} hộ dân "
    "được hỗ trợ di dời khỏi vùng sạt lở ven sông.",
    "Theo báo cáo, lượng mưa trung bình tăng khoảng {n} phần trăm so với cùng kỳ, khiến nhiều tuyến đường liên "
    "xã bị ngập sâu trong nhiều ngày liền.",
    "Các đại biểu đề nghị tăng cường kiểm tra hệ thống đê điều, chuẩn bị sẵn lương thực, thuốc men và phương "
    "tiện cứu hộ tại những địa bàn xung yếu.",
    "Phát biểu kết luận, Chủ tịch tỉnh yêu cầu các địa phương không được chủ quan, phải cập nhật phương án ứng "
    "phó theo từng cấp độ rủi ro, lần thứ {n}.",
)
TITLE = "Tỉnh chủ động ứng phó mùa mưa bão"


def paragraphs(size: int) -> list[str]:
    """Numbered paragraphs adding up to about `size` bytes of UTF-8."""
    out, total, n = [], 0, 0
    while total < size:
        text = PARAGRAPHS[n % len(PARAGRAPHS)].format(n=n)
        out.append(text)
        total += len(text.encode()) + 2
        n += 1
    return out


def write_files(folder: Path, size: int) -> list[Path]:
    """The text dump and the HTML page."""
    body = paragraphs(size)
    dump = folder / "dump.txt"
    dump.write_text(TITLE + "\n\n" + "\n\n".join(body), encoding="utf-8")
    page = folder / "page.html"
    page.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
                    f"<article><h1>{TITLE}</h1>" + "\n".join(f"<p>{p}</p>" for p in body)
                    + "</article></body></html>", encoding="utf-8")
    return [dump, page]


def import_once(checkout: Path, path: Path, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `tulieu-cli import` of `path` into a fresh archive."""
    archive = folder / f"{checkout.name}-{path.stem}.sqlite"
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "storage.cli", "--archive", str(archive), "import", str(path)],
                   cwd=checkout, env=env, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return time.monotonic() - started, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=12.0, help="size of each file in MB")
    parser.add_argument("--other", type=Path, help="another checkout to time beside this one")
    args = parser.parse_args()
    checkouts = [ROOT, *([args.other.resolve()] if args.other else [])]
    with tempfile.TemporaryDirectory(prefix="tulieu-bigfile-") as tmp:
        folder = Path(tmp)
        for path in write_files(folder, int(args.mb * 1024 * 1024)):
            for checkout in checkouts:
                wall, cpu = import_once(checkout, path, folder)
                print(f"{path.name} {path.stat().st_size / 1e6:.1f} MB  {checkout}: wall {wall:.1f} s, "
                      f"CPU {cpu:.1f} s, load {os.getloadavg()[0]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
