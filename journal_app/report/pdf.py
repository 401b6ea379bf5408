"""Writes the report as a PDF: QTextDocument laid out on QPdfWriter pages, with page numbers.

QtGui only: it needs a QGuiApplication (offscreen is fine), which the CLI
creates lazily with :func:`ensure_gui_application`; the app already has one.
"""

from __future__ import annotations

import os
from datetime import datetime
from html import escape
from pathlib import Path
from typing import cast

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from .. import APP_NAME
from ..core.db import Database
from ..core.errors import JournalError
from ..core.messages import _, format_date
from ..core.models import now_local
from ..core.transfer import report_data
from ..core.transfer.exporting import check_target, write_atomically
from ..core.transfer.options import ExportOptions, Progress
from ..core.transfer.records import count_records
from . import sections

RESOLUTION = 150  # dots per inch of the layout; text and lines stay vector graphics
FOOTER = RESOLUTION * 0.35  # the page number's room at the foot of each page
STYLE = """
h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14px; }
td.label { color: #444; padding-right: 12px; } p.entry { margin-top: 8px; margin-bottom: 2px; }
p.words { margin-left: 16px; color: #222; margin-top: 0; }
"""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one for command-line PDFs."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(
            ["recovery-journal", "-platform", os.environ.get("QT_QPA_PLATFORM", "offscreen")]
        )
    return cast(QGuiApplication, app)  # the app and the CLI make only QGuiApplications


def _range_text(data: report_data.ReportData) -> str:
    if not data.first or not data.last:
        return _("No entries in the chosen range")
    return _("{first} – {last}").format(
        first=format_date(data.first, "full"), last=format_date(data.last, "full")
    )


def build_document(
    db: Database,
    options: ExportOptions,
    page_width: float,
    *,
    now: datetime | None = None,
    pictures=None,
) -> QTextDocument:
    """The whole report as a document; ``page_width`` is in CSS pixels (96 per inch), for images."""
    data = report_data.build(db, options)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    parts = [
        "<h1>"
        + escape(_("{app} report").format(app=APP_NAME))
        + f"</h1><p><b>{escape(_range_text(data))}</b><br>"
        + escape(_("Made {day}.").format(day=format_date((now or now_local()).date(), "full")))
        + " "
        + (
            _("Private entries are included.")
            if options.include_private
            else _("Private entries are not included.")
        )
        + "</p>"
    ]
    for section in sections.build_sections(db, options, data, pictures):
        for name, image in section.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        parts.append(
            f"<h2>{escape(section.title)}</h2>"
            + section.html.replace("{page_width}", str(int(page_width))).replace(
                "{half_width}", str(int(page_width / 2 - 12))
            )
        )
    doc.setHtml("".join(parts))
    return doc


def write_report(
    db: Database,
    path: Path | str,
    options: ExportOptions = ExportOptions(),
    *,
    progress: Progress | None = None,
    overwrite: bool = False,
    now: datetime | None = None,
    pictures=None,
) -> int:
    """Write the PDF to ``path``; return how many entries it covers.

    ``pictures`` are charts drawn beforehand on the GUI thread (widgets cannot be
    made on a worker); without them the report draws a simple chart itself."""
    if QGuiApplication.instance() is None:
        raise JournalError(_("Drawing a PDF needs the app's graphics set up first."))
    path = Path(path)
    check_target(db, path, overwrite=overwrite)
    count = count_records(db, options)
    if progress:
        progress(0, 3)
    buffer = QBuffer()  # drawn in memory, then written with every write checked (QPdfWriter does not say)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)
    doc = laid_out(db, options, writer, now=now, pictures=pictures)
    if progress:
        progress(1, 3)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    _paint(doc, writer, area.width(), area.height(), FOOTER, progress)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    write_atomically(path, iter([bytes(buffer.data().data())]))
    return count


def pdf_writer(device: QIODevice) -> QPdfWriter:
    """A writer for A4 portrait pages with the report's margins and resolution."""
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{APP_NAME} report")
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def laid_out(
    db: Database,
    options: ExportOptions,
    writer: QPdfWriter,
    *,
    now: datetime | None = None,
    pictures=None,
) -> QTextDocument:
    """The report as ``writer`` prints it: split into its pages (``doc.pageCount()``), the
    footer's room kept free at the foot of each."""
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    doc = build_document(db, options, area.width() * 0.96 * 96 / RESOLUTION, now=now, pictures=pictures)
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setPageSize(QSizeF(area.width(), area.height() - FOOTER))
    keep_charts_whole(doc)
    return doc


def _splits(doc: QTextDocument, table: QTextTable) -> bool:
    """Whether a cell of ``table`` holding a picture starts on one page and ends on the next."""
    layout, height = doc.documentLayout(), doc.pageSize().height()
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block = cell.firstCursorPosition().block()
            while block.isValid() and block.position() <= cell.lastPosition():
                rect = layout.blockBoundingRect(block)
                if OBJECT in block.text() and int(rect.top() // height) != int((rect.bottom() - 1) // height):
                    return True
                block = block.next()
    return False


OBJECT = "\ufffc"  # where an image sits in a block's text


def keep_charts_whole(doc: QTextDocument) -> None:
    """A row of charts that would be split by a page (the caption at the foot of one page, its
    chart on the next) starts the next page instead."""
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and _splits(doc, frame):
            table_format = frame.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFormat(table_format)
            doc.markContentsDirty(0, doc.characterCount())  # lay it all out again: later rows move down


def page_label(page: int, pages: int) -> str:
    return _("Page {page} of {pages}").format(page=page, pages=pages)


def _paint(
    doc: QTextDocument,
    writer: QPdfWriter,
    width: float,
    height: float,
    footer: float,
    progress: Progress | None,
) -> None:
    body = height - footer
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body)
            doc.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
            painter.drawText(
                QRectF(0, body, width, footer), Qt.AlignmentFlag.AlignCenter, page_label(page + 1, pages)
            )
            if progress:
                progress(1 + page + 1, 1 + pages)
    finally:
        painter.end()
