"""The page an article was read from, as an image: a PDF page rendered, or the scan itself."""
from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING

from .errors import TuLieuError

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)

MAX_SIDE = 2400  # pixels: enough to read a clipping beside its text, small enough to show at once


def page_image(archive: "Archive", article_id: int, page: int | None = None, *, dpi: int = 110) -> bytes:
    """PNG bytes of the article's page (its first page unless `page`); raises TuLieuError when it has none."""
    link = archive.source_of(article_id)
    if link is None or link.format not in ("pdf", "image"):
        raise TuLieuError(f"article {article_id} has no page image (it was not imported from a PDF or a scan)")
    data = archive.document_bytes(link.document_id) or archive.original_bytes(article_id)
    number = page or link.first_page or 1
    image = _render_pdf(data, number, dpi) if link.format == "pdf" else _frame(data, number)
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _render_pdf(data: bytes, number: int, dpi: int):  # noqa: ANN202 - a PIL image
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if not 1 <= number <= len(pdf):
            raise TuLieuError(f"the PDF has no page {number}")
        return pdf[number - 1].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()


def _frame(data: bytes, number: int):  # noqa: ANN202 - a PIL image
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    try:
        image.seek(number - 1)
    except EOFError as exc:
        raise TuLieuError(f"the image has no page {number}") from exc
    return image.convert("RGB")
