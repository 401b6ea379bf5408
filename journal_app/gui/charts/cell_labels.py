"""Many short labels (numbers in heat-map cells) drawn by one item.

A pyqtgraph TextItem per cell costs about a fifth of a millisecond to make;
a week of hours has 168 cells. This item holds them all and draws them in
one pass, at a fixed size in pixels, centred on their cells.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont


class CellLabels(pg.GraphicsObject):
    def __init__(self, labels: list[tuple[float, float, str, str]], font: QFont, bounds: QRectF):
        """``labels``: (x, y, text, colour) with x, y the centre of the cell in data units."""
        super().__init__()
        self.labels = labels
        self.font = font
        self.bounds = bounds

    def texts(self) -> list[str]:
        return [text for _x, _y, text, _colour in self.labels]

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self.bounds

    def paint(self, painter, *_args) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        box = QRectF(-40, -20, 80, 40)
        for x, y, text, colour in self.labels:
            centre = transform.map(QPointF(x, y))
            painter.setPen(QColor(colour))
            painter.drawText(box.translated(centre), Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
