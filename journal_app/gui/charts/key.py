"""A chart's key: a row of its own between the title and the plot, never over the figures.

It is as wide as the plot and wraps onto more lines when its words need more room (a large
text size, a narrow window), so it is neither cut off nor drawn over the data.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsTextItem

MARGIN = 4  # pixels before the first word


class ChartKey(pg.GraphicsWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.textItem = QGraphicsTextItem(self)
        self.textItem.setPos(MARGIN, 0)
        self.setMinimumWidth(0)
        self.setPreferredWidth(0)  # the plot decides the width; the key follows it
        self.clear()

    def set_key(self, html: str, font: QFont) -> None:
        self.textItem.setFont(font)
        self.textItem.setHtml(html)
        self.setVisible(True)
        self._fit(self.size().width())

    def clear(self) -> None:
        self.textItem.setHtml("")
        self.setVisible(False)
        self._set_height(0)

    def _set_height(self, height: float) -> None:
        if self.maximumHeight() != height or self.minimumHeight() != height:
            self.setMinimumHeight(height)
            self.setPreferredHeight(height)
            self.setMaximumHeight(height)

    def _fit(self, width: float) -> None:
        text = self.textItem
        text.setTextWidth(-1)
        room = width - 2 * MARGIN
        if room > 0 and text.boundingRect().width() > room:
            text.setTextWidth(room)
        self._set_height(text.boundingRect().height() if self.isVisible() else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._fit(event.newSize().width())
