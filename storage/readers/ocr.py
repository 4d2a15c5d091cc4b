"""OCR of scanned clippings and image-only PDF pages with Tesseract's Vietnamese model (pytesseract).

pytesseract (the tesseract program) measured as accurate as tesserocr (the library binding) on our
scans and needs no compiled extension; see benchmarks/formats.py for both.
"""
from __future__ import annotations

import io
import logging
import os
import statistics
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from storage.errors import ReadError
from storage.resources import resource_root
from storage.readers.textnorm import normalize_line
from storage.records import RawDocument

log = logging.getLogger(__name__)

MAX_PIXELS = 100_000_000  # an A3 page at 600 dpi is 70 MP; a 30,000 px square (900 MP) is refused unread
LOW_CONFIDENCE = 60  # words Tesseract is less sure of than this are marked for the reader
SURE = 90  # a lone mark ("-", "ˆ") read with less confidence than this is a speckle of the scan
LANGUAGE = "vie"
INSTALL_HINT = "install the tesseract-ocr and tesseract-ocr-vie packages (apt-get install tesseract-ocr tesseract-ocr-vie)"
OCR_TIMEOUT_S = 120  # one page; a pathological image must not hang an import


@dataclass
class OcrResult:
    """Paragraphs read from one image, the mean word confidence (0-100) and the doubtful words."""

    paragraphs: list[str]
    confidence: float
    low_confidence: list[str] = field(default_factory=list)


def _one_thread() -> None:
    """Tesseract's OpenMP threads fight over a small machine's cores (3.5x slower here than one thread,
    benchmarks/formats.py); one thread per page is also kind to the GUI. The user's own setting wins."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _use_bundled() -> None:
    """In the packaged app: the Tesseract bundled beside it when the build included it (build.spec), else
    the system's, run with the system's libraries."""
    import pytesseract

    if not getattr(sys, "frozen", False):
        return
    folder = resource_root() / "tesseract"
    if (folder / "tesseract").is_file():
        pytesseract.pytesseract.tesseract_cmd = str(folder / "tesseract")
        os.environ["TESSDATA_PREFIX"] = str(folder / "tessdata")
    elif "LD_LIBRARY_PATH_ORIG" in os.environ or "LD_LIBRARY_PATH" in os.environ:
        # The system's tesseract must load the system's libraries, not the bundle's (PyInstaller's
        # bootloader points LD_LIBRARY_PATH at the bundle and keeps the user's value in _ORIG).
        original = os.environ.get("LD_LIBRARY_PATH_ORIG")
        if original is None:
            os.environ.pop("LD_LIBRARY_PATH", None)
        else:
            os.environ["LD_LIBRARY_PATH"] = original


def check_tesseract(name: str) -> None:
    """Raise ReadError naming the packages to install when Tesseract or its Vietnamese model is missing."""
    import pytesseract

    _use_bundled()
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise ReadError(name, f"OCR needs Tesseract, which is not installed: {INSTALL_HINT}") from exc
    if LANGUAGE not in languages:
        raise ReadError(name, f"OCR needs Tesseract's Vietnamese model, which is not installed: {INSTALL_HINT}")


def ocr_image(name: str, image) -> OcrResult:  # noqa: ANN001 - a PIL image
    """OCR one page image: paragraphs as Tesseract groups them, lines joined with spaces."""
    import pytesseract

    check_tesseract(name)
    _one_thread()
    try:
        data = pytesseract.image_to_data(image, lang=LANGUAGE, config="--psm 3",
                                         output_type=pytesseract.Output.DICT, timeout=OCR_TIMEOUT_S)
    except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
        raise ReadError(name, f"OCR took longer than {OCR_TIMEOUT_S} s on one page") from exc
    except pytesseract.TesseractError as exc:
        raise ReadError(name, f"OCR failed ({exc})") from exc
    return _collect(data)


def _collect(data: dict[str, list]) -> OcrResult:
    """Tesseract's words by line and block, then paragraphs by the same geometry rules as a PDF page."""
    from storage.readers.pdf_layout import Line, Run, ends_mid_sentence, join_lines, paragraphs

    lines: dict[tuple[int, ...], list[Run]] = {}
    confidences: list[float] = []
    low: list[str] = []
    for k, word in enumerate(data["text"]):
        word = normalize_line(str(word))
        confidence = float(data["conf"][k])
        if not word or confidence < 0 or (confidence < SURE and not _has_letter_or_digit(word)):
            continue  # speckles read as stray marks
        top, left, width, height = (int(data[key][k]) for key in ("top", "left", "width", "height"))
        key = tuple(int(data[name][k]) for name in ("page_num", "block_num", "par_num", "line_num"))
        lines.setdefault(key, []).append(Run(left, -(top + height), left + width, -top, word))
        confidences.append(confidence)
        if confidence < LOW_CONFIDENCE:
            low.append(word)
    blocks: dict[tuple[int, ...], list[Line]] = {}
    for key, runs in lines.items():  # image y grows downwards: negated, so "up" is up as in a PDF
        blocks.setdefault(key[:2], []).append(Line(runs))
    heights = [line.height for block in blocks.values() for line in block]
    body = statistics.median(heights) if heights else 1.0
    pitch = statistics.median(_steps(blocks)) if _steps(blocks) else None
    texts: list[str] = []
    for block in blocks.values():
        for k, para in enumerate(paragraphs([block], body, pitch=pitch, styles=False)):
            text = join_lines(para)
            if k == 0 and texts and ends_mid_sentence(texts[-1]) and text[:1].islower():
                texts[-1] = f"{texts[-1]} {text}"  # Tesseract cut a paragraph into two blocks
            elif text:
                texts.append(text)
    return OcrResult(texts, statistics.fmean(confidences) if confidences else 0.0, low)


def _has_letter_or_digit(word: str) -> bool:
    return any(unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lo", "Nd") for c in word)


def _steps(blocks: dict[tuple[int, ...], list]) -> list[float]:
    """Steps between consecutive lines inside blocks, the paragraph gaps left out (the lower half)."""
    steps = sorted(a.middle - b.middle for block in blocks.values() for a, b in zip(block, block[1:])
                   if a.middle - b.middle > 0)
    return steps[: max(1, len(steps) // 2)] if steps else []


def read_image(path: Path, data: bytes) -> RawDocument:
    """OCR a scanned clipping (.png .jpg .jpeg .tif .tiff); each TIFF frame is a page."""
    name = str(path)
    paragraphs, pages, confidences, low = [], [], [], []
    for number, image in enumerate(_frames(name, data), 1):
        result = ocr_image(name, image)
        paragraphs += result.paragraphs
        pages += [number] * len(result.paragraphs)
        confidences.append(result.confidence)
        low += result.low_confidence
    if not paragraphs:
        raise ReadError(name, "OCR found no text in the image")
    return RawDocument(path=name, text="\n".join(paragraphs), raw=data, encoding="ocr", kind="text",
                       format="image", pages=pages, ocr_confidence=round(statistics.fmean(confidences), 1),
                       low_confidence=low)


def _frames(name: str, data: bytes) -> list:
    """The image's frames, size-checked from the header before any pixel is decoded."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise ReadError(name, f"the image is too large to OCR (the limit is {MAX_PIXELS // 1_000_000} "
                              "megapixels)") from exc
    except (UnidentifiedImageError, OSError) as exc:
        raise ReadError(name, "not a readable image (damaged or not an image file)") from exc
    frames = []
    for frame in ImageSequence.Iterator(image):
        width, height = frame.size
        if width * height > MAX_PIXELS:
            raise ReadError(name, f"the image is too large to OCR ({width:,}×{height:,} pixels; the limit is "
                                  f"{MAX_PIXELS // 1_000_000} megapixels)")
        try:
            frames.append(frame.convert("L"))
        except OSError as exc:
            raise ReadError(name, f"the image is damaged ({exc})") from exc
        if len(frames) >= 50:
            break
    return frames
