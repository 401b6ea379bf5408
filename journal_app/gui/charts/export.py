"""Saving a chart as a picture: PNG for sharing, SVG for printing at any size.

PNG goes through pyqtgraph's ImageExporter. SVG is drawn with Qt's own
QSvgGenerator: pyqtgraph's SVGExporter cannot read the path data newer Qt
versions write (pyqtgraph issue #3485), and Qt's output keeps text as text
and carries the chart's title and description for screen readers.
"""

from __future__ import annotations

from pathlib import Path

from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ...core.errors import JournalError

FORMATS = {".png": "PNG picture (*.png)", ".svg": "SVG drawing (*.svg)"}  # English; format_filters()


def format_filters() -> dict[str, str]:
    """The file dialog's filters in the language shown."""
    return {
        ".png": QCoreApplication.translate("export", "PNG picture (*.png)"),
        ".svg": QCoreApplication.translate("export", "SVG drawing (*.svg)"),
    }


PNG_WIDTH = 1600


def _png_exporter(plot_item) -> ImageExporter:
    exporter = ImageExporter(plot_item)
    if exporter.parameters()["width"] < PNG_WIDTH:  # a sharp picture, in the chart's own proportions
        exporter.parameters()["width"] = PNG_WIDTH
    return exporter


def _write_png(plot_item, target: Path) -> None:
    _png_exporter(plot_item).export(str(target))


def chart_image(plot_item) -> QImage:
    """The chart as a picture in memory, as sharp as a PNG export."""
    return _png_exporter(plot_item).export(toBytes=True)


def _write_svg(plot_item, target: Path, title: str, description: str, background: str) -> None:
    source = plot_item.sceneBoundingRect()
    box = QRectF(0, 0, source.width(), source.height())
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setSize(box.size().toSize())
    generator.setViewBox(box)
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    try:
        painter.fillRect(box, QColor(background))
        plot_item.scene().render(painter, box, source)
    finally:
        painter.end()


def export_chart(
    plot_item, path: Path | str, *, title: str = "", description: str = "", background: str = "#FFFFFF"
) -> Path:
    """Write ``plot_item`` (a pyqtgraph PlotItem) to ``path``; the suffix picks the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise JournalError(
            QCoreApplication.translate("export", "Charts can be saved as .png or .svg; pick one of those.")
        )
    partial = path.with_name(path.name + ".partial" + suffix)
    try:
        if suffix == ".png":
            _write_png(plot_item, partial)
        else:
            _write_svg(plot_item, partial, title, description, background)
        if not partial.exists() or partial.stat().st_size == 0:
            raise JournalError(
                QCoreApplication.translate("export", "The chart could not be written to {path}.").format(
                    path=path
                )
            )
        partial.replace(path)
    except OSError as exc:
        raise JournalError(
            QCoreApplication.translate("export", "The chart could not be saved to {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return path
