"""Render tulieu.svg to the PNG sizes and the .ico next to it (run after editing the SVG).

Usage: .venv/bin/python resources/icons/render_icons.py
"""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn antialiased on a transparent square of `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> None:
    """Write tulieu-<size>.png for every size and tulieu.ico."""
    app = QGuiApplication([])  # noqa: F841 - QPainter needs a GUI application
    svg = HERE / "tulieu.svg"
    for size in SIZES:
        render(svg, size).save(str(HERE / f"tulieu-{size}.png"))
    Image.open(HERE / "tulieu-256.png").save(HERE / "tulieu.ico", sizes=[(s, s) for s in ICO_SIZES])


if __name__ == "__main__":
    main()
