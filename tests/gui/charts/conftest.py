"""Fixtures for the chart widget tests: a hand-built May 2025 journal and a context."""

import pytest
from chart_helpers import FakeContext, fill_may


@pytest.fixture
def may_journal(journal):
    return fill_may(journal)


@pytest.fixture
def ctx(may_journal):
    return FakeContext(may_journal)
