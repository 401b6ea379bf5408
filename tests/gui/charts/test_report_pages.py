"""The PDF report for 90 days of a realistic journal: each chart with its caption, the first one on
page 1, and the pages filled rather than one half-empty page per chart (issue 11's 20 pages)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QTextDocument

from journal_app.core.charts_data import DateRange
from journal_app.core.transfer.options import ExportOptions
from journal_app.gui.charts.report_images import chart_images
from journal_app.report import pdf

END = date(2026, 11, 20)
DAYS = 90


@pytest.fixture(scope="module")
def ninety_days(tmp_path_factory, qapp):
    from journal_app.core.journal import Journal

    journal = Journal.open(tmp_path_factory.mktemp("ninety"))
    journal.add_demo(DAYS, end=END)
    start = END - timedelta(days=DAYS - 1)
    pictures = chart_images(journal, DateRange(start, END), include_private=False)
    yield journal, ExportOptions(date_from=start, date_to=END), pictures
    journal.close()


_KEPT: list[
    object
] = []  # the writers the documents are laid out for (used by the layout while a test reads it)


def _laid_out(journal, options, pictures) -> QTextDocument:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf.pdf_writer(buffer)
    doc = pdf.laid_out(journal.db, options, writer, pictures=pictures)
    _KEPT.extend((buffer, writer, doc))
    return doc


def _blocks(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        yield block, doc.documentLayout().blockBoundingRect(block)
        block = block.next()


def _page(doc: QTextDocument, y: float) -> int:
    return int(y // doc.pageSize().height()) + 1


def test_the_charts_come_first_with_their_captions_and_fill_the_pages(ninety_days):
    journal, options, pictures = ninety_days
    assert len(pictures) >= 8  # the dashboard's charts, drawn as the export dialog draws them
    doc = _laid_out(journal, options, pictures)
    blocks = list(_blocks(doc))
    captions = [caption for caption, _image in pictures]
    for number, caption in enumerate(captions):
        block, rect = next((b, r) for b, r in blocks if b.text().startswith(caption))
        assert "\ufffc" in block.text(), f"{caption!r} is not right above its chart"
        first, last = _page(doc, rect.top()), _page(doc, rect.bottom() - 1)
        assert first == last, f"{caption!r} is on page {first}, its chart on page {last}"
        if number == 0:
            assert first == 1, "the first chart's caption is pushed off page 1"
    chart_pages = {_page(doc, r.top()) for b, r in blocks if "\ufffc" in b.text()}
    assert max(chart_pages) <= 3  # nine charts, two to a row, three rows a page
    height = doc.pageSize().height()
    filled = [0.0] * doc.pageCount()
    for _block, rect in blocks:
        page = _page(doc, rect.top())
        filled[page - 1] = max(filled[page - 1], rect.bottom() - (page - 1) * height)
    for page, bottom in enumerate(filled[:-1], start=1):
        assert bottom > 0.6 * height, f"page {page} is only {bottom / height:.0%} filled"


def test_the_written_pdf_has_as_many_pages_as_laid_out(ninety_days, tmp_path):
    journal, options, pictures = ninety_days
    path = tmp_path / "ninety-days.pdf"
    count = pdf.write_report(journal.db, path, options, pictures=pictures)
    pages = len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))
    assert count > 100
    assert pages == _laid_out(journal, options, pictures).pageCount()
    # the summary, the charts on two pages, then the entries at about a dozen to a page
    assert pages <= 3 + count // 10
