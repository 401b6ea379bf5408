"""Substance families: free text resolved whatever its case, plural, alias, punctuation or length."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.core import substances


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Heroin", "opioids"),
        ("heroin!!", "opioids"),
        ("Opioid", "opioids"),
        ("OPIOIDS", "opioids"),
        ("fentanyl", "opioids"),
        ("Oxycodone", "opioids"),
        ("hydrocodone", "opioids"),
        ("Morphine", "opioids"),
        ("codeine", "opioids"),
        ("Tramadol", "opioids"),
        ("pills", "opioids"),
        ("dope", "opioids"),
        ("Methadone (not prescribed)", "opioids"),
        ("street buprenorphine", "opioids"),
        ("2 oxy 30s", "opioids"),
        ("beers", "alcohol"),
        ("a glass of wine", "alcohol"),
        ("Xanax bars", "benzodiazepines"),
        ("valium", "benzodiazepines"),
        ("crack cocaine", "stimulants"),
        ("meth", "stimulants"),
        ("Weed", "cannabis"),
        ("ketamine", "other"),
    ],
)
def test_names_resolve_to_their_family(text, family):
    assert substances.known_family(text).key == family


@pytest.mark.parametrize("text", ["", "   ", "???", "zzqx", "x" * 10_000])
def test_empty_odd_and_absurdly_long_text_is_unknown(text):
    assert substances.known_family(text) is None


def test_a_very_long_text_naming_a_substance_still_resolves():
    assert substances.known_family("heroin " + "and then some more " * 500).key == "opioids"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_resolves_or_is_unknown_without_error(text):
    found = substances.known_family(text)
    assert found is None or found.key in {f.key for f in substances.families()}
    assert len(substances.normalise(text)) <= substances.MAX_NAME


def test_an_unknown_name_is_asked_once_and_remembered(journal):
    assert journal.substance_needs_asking("Gabbies")
    journal.remember_substance("Gabbies", "benzodiazepines")
    assert not journal.substance_needs_asking("  gabbies! ")
    assert journal.substance_family("GABBIES").key == "benzodiazepines"


def test_rather_not_say_is_remembered_too(journal):
    journal.remember_substance("my thing", "")
    assert not journal.substance_needs_asking("my thing")
    assert journal.substance_family("my thing") is None  # still unknown: counts for every family


def test_known_names_and_empty_ones_are_never_asked_about(journal):
    assert not journal.substance_needs_asking("Heroin")
    assert not journal.substance_needs_asking("")


def test_an_unknown_family_key_is_refused(journal):
    with pytest.raises(ValueError):
        journal.remember_substance("thing", "not-a-family")


@settings(max_examples=40, deadline=None)
@given(
    starts=st.lists(st.integers(0, 120), min_size=1, max_size=3),
    uses=st.lists(
        st.tuples(st.integers(0, 120), st.sampled_from(["Heroin", "wine", "", "zzqx", "weed"])), max_size=6
    ),
    used_urges=st.lists(st.integers(0, 120), max_size=2),
    end=st.integers(0, 60),
)
def test_the_streak_chart_and_days_without_use_agree(starts, uses, used_urges, end):
    """The chart's last day and the one function always show the same number (everything)."""
    from journal_builder import day, urge, use

    from journal_app.core.charts_data import ChartData, DateRange
    from journal_app.core.journal import Journal
    from journal_app.core.models import UrgeOutcome

    journal = Journal.in_memory()
    try:
        for n in starts:
            journal.db.execute(
                "INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', ?)",
                [day(n).isoformat()],
            )
        journal.insert_many(
            [use(n, name) for n, name in uses] + [urge(n, 8, outcome=UrgeOutcome.USED) for n in used_urges]
        )
        last = day(end)
        counted = substances.days_without_use(journal.db, None, last)
        timeline = ChartData(journal.db).streaks(DateRange(day(end + 10), last))
        value = timeline.streak[-1]
        if counted is None:
            assert value != value  # NaN: no number before a recovery start
        else:
            assert int(value) == counted.days
    finally:
        journal.close()
