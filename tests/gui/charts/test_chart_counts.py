"""Counts in the charts' hover text and summaries are grouped as the language writes numbers:
"11.087 días" in Spanish, "11,087 days" in English. Qt's plain ``%n`` writes 11087 in every
language; the charts use ``%Ln`` (and ``table.cell`` for a count filled in by name)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QLocale
from spanish_walk import back_to_english, use_language

from journal_app.core.charts_data import DateRange
from journal_app.core.models import Entry, EntryKind
from journal_app.gui.charts.hour_heatmap import HourWeekdayChart
from journal_app.gui.charts.mood_craving import MoodCravingChart
from journal_app.gui.charts.streak import StreakChart
from journal_app.gui.charts.theme import LIGHT
from journal_app.gui.charts.timeline import DAY

START, END = date(1995, 1, 1), date(2025, 5, 10)  # a recovery start 30 years back: over 10,000 days
LONG = DateRange(START, END)
URGES = 10_000
LOCALES = {
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.Spain),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}
WORDS = {  # the words around the count, so the sentence is known to be the translated one
    "es": {"streak": "días sin consumo", "days": "días tienen entradas", "urges": "impulsos"},
    "en": {"streak": "days without use", "days": "days have entries", "urges": "urges"},
}


def grouped(n: int, language: str) -> str:
    return f"{n:,}".replace(",", "." if language == "es" else ",")


@pytest.fixture(params=["es", "en"])
def language(request):
    before = QLocale()
    use_language(request.param)
    QLocale.setDefault(LOCALES[request.param])
    yield request.param
    back_to_english(before)


@pytest.fixture
def long_journal(journal):
    journal.add_recovery_start("Opioids", START)
    journal.save(Entry(EntryKind.CHECK_IN, occurred_at=datetime(2025, 5, 9, 9, 0).astimezone(), mood=6))
    return journal


@pytest.fixture
def urges_journal(journal):
    evening = datetime(2025, 5, 6, 21, 0).astimezone()
    journal.insert_many(  # ten thousand urges in one hour of one evening (a test's extreme, not a life)
        [
            Entry(EntryKind.CRAVING, occurred_at=evening + timedelta(seconds=i % 3000), craving=5)
            for i in range(URGES)
        ]
    )
    return journal


def _chart(qtbot, kind, journal, rng):
    chart = kind(theme=LIGHT)
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show_data(journal.chart_data(include_private=False), rng)
    return chart


def test_day_counts_over_ten_thousand_are_grouped_in_hover_and_summary(qtbot, long_journal, language):
    words = WORDS[language]
    streak = _chart(qtbot, StreakChart, long_journal, LONG)
    days = int(streak.timeline.streak[-1])
    assert days >= 10_000
    hover = streak.describe_at(float(streak.timeline.days[-1]) * DAY, 1.0)
    assert f"{grouped(days, language)} {words['streak']}" in hover, hover
    assert str(days) not in hover and str(days) not in streak.summary.text(), streak.summary.text()
    assert f"{grouped(days, language)} {words['streak']}" in streak.summary.text()

    mood = _chart(qtbot, MoodCravingChart, long_journal, LONG)
    total = len(mood.series.days)
    assert total == (END - START).days + 1
    assert f"{grouped(total, language)} {words['days']}" in mood.summary.text(), mood.summary.text()


def test_ten_thousand_urges_in_one_hour_are_grouped_in_the_heat_map(qtbot, urges_journal, language):
    words = WORDS[language]
    heat = _chart(qtbot, HourWeekdayChart, urges_journal, DateRange(date(2025, 5, 1), END))
    hovers = [heat.describe_at(hour + 0.5, row + 0.5) or "" for row in range(7) for hour in range(24)]
    (busiest,) = [text for text in hovers if grouped(URGES, language) in text]
    assert f"{grouped(URGES, language)} {words['urges']}" in busiest, busiest
    assert not any(str(URGES) in text for text in hovers), [t for t in hovers if str(URGES) in t]
    summary = heat.summary.text()
    assert summary.count(grouped(URGES, language)) == 2 and str(URGES) not in summary, summary
    assert np.sum(heat.grid.counts) == URGES
