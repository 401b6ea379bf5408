"""A scatter item for points that all look the same.

pyqtgraph's ScatterPlotItem looks up each point's symbol in its atlas one by
one, in Python; with ten years of daily points that is most of a redraw.
When every point shares one style, one look-up serves them all.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg


class UniformScatter(pg.ScatterPlotItem):
    def updateSpots(self, dataSet=None) -> None:
        data = self.data if dataSet is None else dataSet
        if not (self.opts["pxMode"] and self.opts["useCache"] and len(data)):
            super().updateSpots(dataSet)
            return
        missing = data["sourceRect"]["w"] == 0
        if np.any(missing):
            style = next(
                zip(*self._style(["symbol", "size", "pen", "brush"], data=data, idx=np.s_[:1]), strict=True)
            )
            data["sourceRect"][missing] = self.fragmentAtlas[[style]][0]
            self._maybeRebuildAtlas()
        self._updateMaxSpotSizes(data=data)
        self.invalidate()
