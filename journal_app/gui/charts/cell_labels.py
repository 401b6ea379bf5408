"""Many short labels (numbers in heat-map cells, figures at bar ends) drawn by one item.

A pyqtgraph TextItem costs about a fifth of a millisecond to make and asks
for a second paint after its first; a week of hours has 168 cells. This item
holds them all and draws them in one pass, at a fixed size in pixels,
centred on their point or starting just after it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont


class CellLabels(pg.GraphicsObject):
    def __init__(
        self,
        labels: list[tuple[float, float, str, str]],
        font: QFont,
        bounds: QRectF,
        *,
        centred: bool = True,
    ):
        """``labels``: (x, y, text, colour), x and y in data units: the centre of the text, or
        (``centred=False``) the point its left edge starts just after, vertically centred."""
        super().__init__()
        self.labels = labels
        self.font = font
        self.bounds = bounds
        self.centred = centred

    def texts(self) -> list[str]:
        return [text for _x, _y, text, _colour in self.labels]

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(self, painter, *_args) -> None:
        # an exporter drawing a bigger picture says how much bigger (pyqtgraph's export mode)
        raw = getattr(
            self, "_exportOpts", None
        )  # pyqtgraph's own attribute: False, or a dict while exporting
        options = raw if isinstance(raw, dict) else {}
        scale = float(options.get("resolutionScale", 1.0))
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        font = QFont(self.font)
        font.setPointSizeF(self.font.pointSizeF() * scale)
        painter.setFont(font)
        if self.centred:
            box, align = QRectF(-40, -20, 80, 40), Qt.AlignmentFlag.AlignCenter
        else:
            box, align = QRectF(6, -20, 600, 40), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        box = QRectF(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale)
        for x, y, text, colour in self.labels:
            point = transform.map(QPointF(x, y))
            painter.setPen(QColor(colour))
            painter.drawText(box.translated(point), align, text)
        painter.restore()
