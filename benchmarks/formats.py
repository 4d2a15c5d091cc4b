"""Document formats: pages/s and peak RSS per format, and the libraries we chose between.

Usage: .venv/bin/python benchmarks/formats.py [--skip-ocr] [--compare]
Each format runs in its own process (so peak RSS is that format's): every test document of the format
(tests/data/formats) read and extracted; text PDFs also as one 300-page PDF joined from them.
--compare also measures pypdf, pdfminer.six and pypdfium2 on the same PDFs (words recovered, pages/s),
and pytesseract against tesserocr (if installed; e.g. pip install --target DIR tesserocr, PYTHONPATH=DIR).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "formats"
SETS = {
    "pdf (text layer)": "pdf/*.pdf",
    "pdf, 300 pages": "BIG",
    "docx": "docx/*.docx",
    "odt": "odt/*.odt",
    "eml": "eml/*.eml",
    "press review docx": "review/diem-bao-*.docx",
    "scan 300 dpi (OCR)": "scan/*_300dpi.png",
    "scan degraded (OCR)": "scan/*_degraded.jpg",
    "image-only pdf (OCR)": "scan/scan_only.pdf",
}


def big_pdf(folder: Path) -> Path:
    """The 30 text PDFs joined ten times over: a 300-page-ish bulletin."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    while len(writer.pages) < 300:
        for path in sorted((DATA / "pdf").glob("*.pdf")):
            writer.append(str(path))
    path = folder / "big.pdf"
    writer.write(path)
    return path


def pages_of(path: Path) -> int:
    """Pages for paged formats, 1 for the others."""
    if path.suffix.lower() == ".pdf":
        from pypdf import PdfReader

        return len(PdfReader(path).pages)
    return 1


def child(name: str) -> None:
    """Measure one format in this process and print one JSON line."""
    from storage.extraction import extract
    from storage.ingest_documents import extract_document
    from storage.readers import read_file

    with tempfile.TemporaryDirectory() as tmp:
        files = [big_pdf(Path(tmp))] if SETS[name] == "BIG" else sorted(DATA.glob(SETS[name]))
        pages = sum(pages_of(f) for f in files)
        extract(read_file(DATA / "docx" / "a01.docx"))  # load the extraction tables and models first
        started = time.perf_counter()
        docs = [read_file(f) for f in files]
        read_s = time.perf_counter() - started
        articles = sum(len(extract_document(d)) for d in docs)
        total_s = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"name": name, "files": len(files), "pages": pages, "articles": articles,
                      "read_pages_s": pages / read_s, "pages_s": pages / total_s, "peak_mb": peak}))


def words(text: str) -> Counter[str]:
    import unicodedata

    return Counter(unicodedata.normalize("NFC", text).split())


def recall(text: str, source: str) -> float:
    got, want = words(text), words(source)
    return sum((got & want).values()) / sum(want.values())


def compare_pdf() -> None:
    """pypdf, pdfminer.six and pypdfium2: words of the source recovered and raw pages/s."""
    articles = {a["slug"]: a for a in json.loads((DATA / "articles.json").read_text(encoding="utf-8"))}
    files = sorted((DATA / "pdf").glob("*.pdf"))

    def with_pypdf(path: Path) -> list[str]:
        from pypdf import PdfReader

        return [page.extract_text() for page in PdfReader(path).pages]

    def with_pdfminer(path: Path) -> list[str]:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer

        return ["\n".join(e.get_text() for e in page if isinstance(e, LTTextContainer))
                for page in extract_pages(path)]

    def with_pypdfium2(path: Path) -> list[str]:
        import pypdfium2 as pdfium

        return [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(path)]

    def ours(path: Path) -> list[str]:
        from storage.readers import read_file

        return [read_file(path).text]

    print("\nPDF libraries on the 30 test PDFs (Chromium, LibreOffice, reportlab):")
    for label, function in (("pypdf", with_pypdf), ("pdfminer.six", with_pdfminer),
                            ("pypdfium2 (raw text)", with_pypdfium2), ("ours: pypdfium2 + layout", ours)):
        try:
            started, pages, scores = time.perf_counter(), 0, []
            for path in files:
                texts = function(path)
                pages += pages_of(path)
                scores.append(recall(" ".join(texts), " ".join(articles[path.stem[-3:]]["paragraphs"])))
            rate = pages / (time.perf_counter() - started)
            print(f"  {label:26} words recovered {sum(scores) / len(scores):.4f}   {rate:7.1f} pages/s")
        except ImportError as error:
            print(f"  {label:26} not installed ({error.name})")


def compare_ocr() -> None:
    """pytesseract (the tesseract program) against tesserocr (the library) on three clean and three degraded scans."""
    from PIL import Image

    articles = {a["slug"]: a for a in json.loads((DATA / "articles.json").read_text(encoding="utf-8"))}
    files = [DATA / "scan" / f"a0{n}_{kind}" for n in (1, 2, 3) for kind in ("300dpi.png", "degraded.jpg")]

    def with_pytesseract(image: Image.Image) -> str:
        import pytesseract

        os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # as storage/readers/ocr.py runs it
        return pytesseract.image_to_string(image, lang="vie")

    def with_tesserocr(image: Image.Image) -> str:
        import tesserocr

        with tesserocr.PyTessBaseAPI(path="/usr/share/tesseract-ocr/5/tessdata", lang="vie") as api:
            api.SetImage(image)
            return api.GetUTF8Text()

    print("\nOCR bindings (3 clean + 3 degraded scans, vie model):")
    for label, function in (("pytesseract", with_pytesseract), ("tesserocr", with_tesserocr)):
        try:
            started, scores = time.perf_counter(), []
            for path in files:
                text = function(Image.open(path).convert("L"))
                scores.append(recall(text, " ".join(articles[path.name[:3]]["paragraphs"])))
            per_page = (time.perf_counter() - started) / len(files)
            print(f"  {label:12} words recovered {sum(scores) / len(scores):.4f}   {per_page:5.2f} s/page")
        except (ImportError, RuntimeError) as error:
            print(f"  {label:12} unavailable ({error})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--skip-ocr", action="store_true")
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    print(f"{'format':22} {'files':>5} {'pages':>5} {'articles':>8} {'read p/s':>9} {'read+extract p/s':>17} "
          f"{'peak RSS':>9}")
    for name in SETS:
        if args.skip_ocr and "OCR" in name:
            continue
        out = subprocess.run([sys.executable, __file__, "--child", name], capture_output=True, text=True,
                             check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['name']:22} {r['files']:5} {r['pages']:5} {r['articles']:8} {r['read_pages_s']:9.1f} "
              f"{r['pages_s']:17.1f} {r['peak_mb']:7.0f} MB")
    if args.compare:
        compare_pdf()
        if not args.skip_ocr:
            compare_ocr()


if __name__ == "__main__":
    main()
