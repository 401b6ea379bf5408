"""Fixtures for the chart widget tests: a hand-built May 2025 journal and a context."""

from datetime import datetime

import pytest
from chart_helpers import FakeContext, fill_may


@pytest.fixture
def may_journal(journal):
    return fill_may(journal)


@pytest.fixture
def ctx(may_journal):
    return FakeContext(may_journal)


@pytest.fixture
def shown_window(qtbot, monkeypatch):
    """Show a window on 10 May 2025 (the day "today" means in these tests)."""
    monkeypatch.setattr(
        "journal_app.core.charts_data.ranges.now_local", lambda: datetime(2025, 5, 10, 20, 0).astimezone()
    )

    def show(window):
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        return window

    return show
