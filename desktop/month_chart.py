"""Articles per month as bars: the entity page's timeline."""
from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def monthly_series(months: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Months ("YYYY-MM", count) with empty months filled in; per year when the span passes 6 years."""
    if not months:
        return []
    counts = dict(months)
    first, last = months[0][0], months[-1][0]
    y0, m0, y1, m1 = int(first[:4]), int(first[5:7]), int(last[:4]), int(last[5:7])
    if (y1 - y0) * 12 + m1 - m0 > 72:
        years: dict[str, int] = {}
        for month, count in months:
            years[month[:4]] = years.get(month[:4], 0) + count
        return [(str(y), years.get(str(y), 0)) for y in range(y0, y1 + 1)]
    series = []
    year, month = y0, m0
    while (year, month) <= (y1, m1):
        key = f"{year:04d}-{month:02d}"
        series.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


class MonthChart(QWidget):
    """Bars of articles per month, painted directly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[str, int]] = []
        self.setMinimumHeight(90)

    def set_months(self, months: list[tuple[str, int]]) -> None:
        """Show these (month, count) pairs, oldest first."""
        self.series = monthly_series(months)
        self.setToolTip("\n".join(f"{m}: {c}" for m, c in self.series if c))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        """Draw one bar per period, with the first and last period and the peak labelled."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        if not self.series:
            if self.isEnabled():
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated articles"))
            return
        peak = max(c for _, c in self.series) or 1
        left, top, width, height = 6.0, 16.0, self.width() - 12.0, self.height() - 34.0
        step = width / len(self.series)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#4a7fb5"))
        for i, (_, count) in enumerate(self.series):
            bar = height * count / peak
            painter.drawRect(QRectF(left + i * step + step * 0.1, top + height - bar, max(step * 0.8, 1.0), bar))
        painter.setPen(QColor("#555"))
        peak_text = self.tr("max %1").replace("%1", str(peak))
        painter.drawText(QRectF(left, 0, width, 14), Qt.AlignmentFlag.AlignRight, peak_text)
        bottom = QRectF(left, top + height + 2, width, 16)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, self.series[0][0])
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, self.series[-1][0])
