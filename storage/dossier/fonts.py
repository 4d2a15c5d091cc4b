"""The dossier's font family (Noto Serif, full Vietnamese coverage), registered once with reportlab."""
from __future__ import annotations

import logging
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import TuLieuError
from ..resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "TuLieuSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

# reportlab font name -> file under resources/fonts/
_FILES = {
    REGULAR: "NotoSerif-Regular.ttf",
    BOLD: "NotoSerif-Bold.ttf",
    ITALIC: "NotoSerif-Italic.ttf",
    BOLD_ITALIC: "NotoSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the four styles and the family (idempotent, thread-safe); return the family name."""
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise TuLieuError(f"{path}: dossier font missing (reinstall Tư Liệu)")
            # TTF fonts are always embedded as subsets by reportlab.
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        # Paragraph <b>/<i> markup looks fonts up by (family, bold, italic).
        for name, bold, italic in ((REGULAR, 0, 0), (BOLD, 1, 0), (ITALIC, 0, 1), (BOLD_ITALIC, 1, 1)):
            addMapping(FAMILY, bold, italic, name)
        _registered = True
        log.debug("registered dossier fonts from %s", resource_path("fonts"))
    return FAMILY
