"""A simple mood-and-craving chart drawn with QPainter from the core's day points.

Used when no richer chart is available (see ``sections.chart_hook``). Days
without a value leave a gap in the line rather than a made-up one.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from ..core.messages import _, format_date
from ..core.transfer.report_data import DayPoint

MOOD_COLOUR = QColor("#2a7ab0")
CRAVING_COLOUR = QColor("#c0612b")


def _path(points: list[tuple[int, float | None]], x_of, y_of) -> QPainterPath:
    path, drawing = QPainterPath(), False
    for index, value in points:
        if value is None:
            drawing = False
            continue
        point = QPointF(x_of(index), y_of(value))
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            path.addEllipse(point, 1.5, 1.5)
            path.moveTo(point)
            drawing = True
    return path


def draw_mood_craving(days: list[DayPoint], width: int = 1800, height: int = 700) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(max(12, height // 22))
        painter.setFont(font)
        left, right, top, bottom = width * 0.06, width * 0.98, height * 0.12, height * 0.86
        plot = QRectF(left, top, right - left, bottom - top)
        painter.setPen(QPen(QColor("#999999"), 1))
        for value in (0, 5, 10):
            y = bottom - (bottom - top) * value / 10
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.drawText(
                QRectF(0, y - 20, left - 8, 40),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        if days:
            span = max((days[-1].day - days[0].day).days, 1)

            def x_of(offset: int) -> float:
                return left + plot.width() * offset / span

            def y_of(value: float) -> float:
                return bottom - plot.height() * value / 10

            for colour, pick in ((MOOD_COLOUR, "mood"), (CRAVING_COLOUR, "craving")):
                points = [((d.day - days[0].day).days, getattr(d, pick)) for d in days]
                painter.setPen(QPen(colour, max(2, width // 600)))
                painter.drawPath(_path(points, x_of, y_of))
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(left, bottom + 6, plot.width() / 2, height - bottom),
                Qt.AlignmentFlag.AlignLeft,
                format_date(days[0].day, "long"),
            )
            painter.drawText(
                QRectF(left + plot.width() / 2, bottom + 6, plot.width() / 2, height - bottom),
                Qt.AlignmentFlag.AlignRight,
                format_date(days[-1].day, "long"),
            )
        for i, (colour, label) in enumerate(
            (
                (MOOD_COLOUR, _("Mood (average of the day, 1–10)")),
                (CRAVING_COLOUR, _("Craving (strongest of the day, 0–10)")),
            )
        ):
            x = left + i * plot.width() / 2
            painter.fillRect(QRectF(x, top * 0.3, 30, 12), colour)
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(x + 40, 0, plot.width() / 2 - 40, top * 0.8), Qt.AlignmentFlag.AlignVCenter, label
            )
    finally:
        painter.end()
    return image
