"""With Spanish selected, the translated chart widgets show no English source text."""

import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget, QWidget

from journal_app.core import messages
from journal_app.core.charts_data import DateRange
from journal_app.gui import i18n
from journal_app.gui.charts.session_entries import SessionEntries
from journal_app.gui.charts.theme import LIGHT
from journal_app.gui.charts.trigger_frequency import TriggerFrequencyChart

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests" / "gui"))
from test_i18n import build_qm  # noqa: E402

ALLOWED = {"", "—", "…"}  # plus numbers and dates (below) and the person's own words


def english_sources() -> set[str]:
    root = ET.parse(ROOT / "resources" / "i18n" / "recovery_journal_es.ts").getroot()
    return {(m.findtext("source") or "").replace("&", "") for m in root.iter("message")}


def visible_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text().replace("&", ""))
        texts += [child.accessibleName(), child.toolTip()]
        if isinstance(child, QTableWidget):
            for column in range(child.columnCount()):
                header = child.horizontalHeaderItem(column)
                texts.append(header.text() if header else "")
            for row in range(child.rowCount()):
                for column in range(child.columnCount()):
                    item = child.item(row, column)
                    texts.append(item.data(Qt.ItemDataRole.DisplayRole) if item else "")
    return [str(text) for text in texts]


@pytest.fixture
def spanish(qapp, tmp_path):
    before = QLocale()
    assert i18n.install(qapp, "es", directory=build_qm(tmp_path)) == "es"
    yield
    i18n.install(qapp, "en", directory=build_qm())
    QLocale.setDefault(before)
    messages.set_language("en")
    messages.set_date_formatter(None)


def test_session_entries_in_spanish_show_no_english_source_text(qtbot, may_journal, spanish):
    widget = SessionEntries(LIGHT)
    qtbot.addWidget(widget)
    widget.show_days(may_journal, DateRange(date(2025, 5, 1), date(2025, 5, 10)))
    widget.reveal(len(widget.rows) - 1)  # one shown, the rest hidden
    shown = visible_texts(widget)
    english = english_sources()
    left = [
        text
        for text in shown
        if text not in ALLOWED and not re.fullmatch(r"[\d\s/.,:%-]+", text) and text in english
    ]
    assert left == [], f"still English: {left}"
    assert "Entrada privada" in shown and "Día" in shown
    assert re.match(
        r"\d+ entradas, 1 de ellas es privada\. Las entradas de estos días", widget.summary.text()
    )


def test_the_trigger_frequency_chart_in_spanish_has_spanish_plurals_and_table(qtbot, may_journal, spanish):
    chart = TriggerFrequencyChart(theme=LIGHT)
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show_data(
        may_journal.chart_data(include_private=False), DateRange(date(2025, 5, 1), date(2025, 5, 10))
    )
    chart.show_table(True)
    summary = chart.summary.text()
    assert re.match(r"\d+ detonantes? anotados?\. El más frecuente: .+ \(\d+ entradas?\)\.", summary), summary
    assert "trigger" not in summary and "entries" not in summary
    headers, _rows = chart.table_data()
    assert headers == ["Detonante", "Entradas"]
    english = english_sources()
    left = [text for text in visible_texts(chart) if text in english and text not in ALLOWED]
    assert left == [], f"still English: {left}"
    assert chart.times(1) == "1 entrada" and chart.times(4) == "4 entradas"
