"""Insights: signs with evidence that opens entries, snooze and dismiss, a calm empty state, streaks."""

from journal_builder import TODAY, check_in, daily, day, note, use

from journal_app.core.plan import SupportContact
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.views.insights_view import CALM, InsightsView


def make_view(qtbot, journal):
    ctx = AppContext(journal=journal, events=JournalEvents(), data_dir=None)
    view = InsightsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()  # insights are worked out when the view is on screen
    return view


def cravings_rising(journal):
    journal.insert_many(
        daily(34, 7, lambda n: check_in(n, craving=2)) + daily(6, 0, lambda n: check_in(n, craving=8))
    )


def test_calm_empty_state(qtbot, journal):
    journal.insert_many(daily(20, 0, lambda n: check_in(n, craving=2)))
    view = make_view(qtbot, journal)
    assert view.cards == []
    assert not view.empty_label.isHidden() and view.empty_label.text() == CALM


def test_a_sign_with_its_evidence_tips_and_plan(qtbot, journal):
    cravings_rising(journal)
    journal.plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    view = make_view(qtbot, journal)
    (card,) = view.cards
    assert card.accessibleName() == "Cravings getting stronger"
    assert "Cravings getting stronger" in card.heading.text()
    assert view.empty_label.isHidden()
    assert card.evidence.count() == 7
    assert "strongest craving 8 of 10" in card.evidence.item(0).text()
    text = " ".join(label.text() for label in card.findChildren(type(view.empty_label)))
    assert "your usual" in text.casefold() and "Sam (sponsor): 555-0100" in text and "Sources:" in text


def test_evidence_opens_the_entry(qtbot, journal):
    cravings_rising(journal)
    view = make_view(qtbot, journal)
    evidence = view.cards[0].evidence
    with qtbot.waitSignal(view.ctx.events.show_entry_requested) as blocker:
        evidence.itemDoubleClicked.emit(evidence.item(6))
    opened = journal.get(blocker.args[0])
    assert opened.occurred_at.date() == TODAY and opened.craving == 8


def test_snooze_and_dismiss_per_sign(qtbot, journal):
    cravings_rising(journal)
    journal.insert_many([note(1, warning_signs=["secrecy"])])
    view = make_view(qtbot, journal)
    assert [c.result.key for c in view.cards] == ["cravings_rising", "secrecy"]
    view.cards[1].snooze_button.click()
    assert [c.result.key for c in view.cards] == ["cravings_rising"]
    card = view.cards[0]
    card.put_away_days.setCurrentIndex(card.put_away_days.findText("until something new"))
    card.dismiss_button.click()
    assert view.cards == [] and not view.empty_label.isHidden()
    assert "secrecy" in journal.setting("insights.snoozed")
    assert "cravings_rising" in journal.setting("insights.dismissed")


def test_put_away_for_a_chosen_number_of_days(qtbot, journal):
    from datetime import timedelta

    cravings_rising(journal)
    view = make_view(qtbot, journal)
    card = view.cards[0]
    card.put_away_days.setCurrentIndex(card.put_away_days.findData(30))
    card.dismiss_button.click()
    assert view.cards == []
    assert journal.setting("insights.snoozed")["cravings_rising"] == (TODAY + timedelta(days=30)).isoformat()


def test_too_little_history_says_so_instead_of_the_calm_message(qtbot, journal):
    journal.insert_many(daily(3, 0, lambda n: check_in(n, craving=2)))
    view = make_view(qtbot, journal)
    assert view.cards == [] and not view.empty_label.isHidden()
    assert view.empty_label.text() != CALM
    assert view.empty_label.text().startswith("Not enough entries yet to compare")


def test_streak_and_a_lapse_told_kindly(qtbot, journal):
    journal.add_recovery_start("Opioids", day(100))
    journal.insert_many([use(10)])
    view = make_view(qtbot, journal)
    text = view.streaks_label.text()
    assert (
        "Opioids" in text and "<b style='font-size:x-large'>10</b> days in this stretch" in text
    )  # days since the use
    assert "not the end of recovery" in text and "longest 89 days" in text


def test_adding_a_recovery_start(qtbot, journal):
    view = make_view(qtbot, journal)
    qtbot.keyClicks(view.substance_edit, "Opioids")
    view.start_edit.setDate(day(40))
    view.add_start_button.click()
    assert "Opioids" in view.streaks_label.text()
    assert [s.substance for s in journal.streaks(TODAY)] == ["Opioids"]


def test_a_recovery_start_in_the_future_is_refused_in_words_and_nothing_is_saved(qtbot, journal):
    from datetime import date, timedelta

    view = make_view(qtbot, journal)
    qtbot.keyClicks(view.substance_edit, "Opioids")
    view.start_edit.setDate(date.today() + timedelta(days=3))
    view.add_start_button.click()
    assert "a day that has already come" in view.message_label.text()
    assert journal.streaks() == [] and journal.today_streaks() == []


def test_locking_clears_everything_personal(qtbot, journal):
    cravings_rising(journal)
    journal.add_recovery_start("Opioids", day(100))
    view = make_view(qtbot, journal)
    view.ctx.journal = None
    view.set_journal(None)
    assert view.cards == [] and view.streaks_label.text() == ""


def test_on_the_way_to_five_years_the_five_year_fact_is_shown(qtbot, journal):
    journal.add_recovery_start("Opioids", day(400))
    view = make_view(qtbot, journal)
    text = view.streaks_label.text()
    assert "Next: 5 years" in text and "five years" in text and "one in four" not in text
    journal.add_recovery_start("Alcohol", day(1900))
    view.refresh()
    assert "one in four" not in view.streaks_label.text()  # the five-year finding is about opioids


def test_five_years_reached_shows_the_fact_and_its_limits(qtbot, journal):
    journal.add_recovery_start("Heroin", day(1900))
    view = make_view(qtbot, journal)
    assert "one in four" in view.streaks_label.text()


def test_one_day_is_said_in_the_singular_and_the_count_grows_with_the_text_size(qtbot, journal):
    journal.add_recovery_start("Opioids", day(100))
    journal.insert_many([use(1)])
    view = make_view(qtbot, journal)
    text = view.streaks_label.text()
    assert "1</b> day in this stretch" in text and "1</b> days" not in text
    assert "pt'" not in text  # no fixed point size: the large count follows the app's font
