"""Lost-tolerance safety: a use after a stretch without use gets the overdose facts, once."""

from journal_builder import TODAY, check_in, daily, day, urge, use

from journal_app.core.models import UrgeOutcome
from journal_app.core.settings import DeviceSettings


def saved(journal, entry):
    return journal.save(entry)


def notice(journal, entry):
    return journal.lost_tolerance_notice(entry, TODAY)


def test_use_after_ten_days_without_use_shows_the_safety_facts(journal):
    journal.insert_many([use(11), *daily(10, 1, lambda n: check_in(n))])
    entry = saved(journal, use(0))
    card = notice(journal, entry)
    assert card is not None
    assert card.days_without_use == 10 and card.since == day(10)
    keys = {item.key for item in card.advice}
    assert {"overdose_signs", "overdose_response", "naloxone", "no_safe_amount", "never_alone"} <= keys
    assert any(item.key == "lost_tolerance" for item in card.facts)
    assert "blame" not in card.heading and "10 days" in card.heading


def test_shown_once_and_recorded(journal):
    journal.add_recovery_start("Opioids", day(30))
    entry = saved(journal, use(1))
    assert notice(journal, entry) is not None
    journal.record_safety_notice(entry.id)
    assert notice(journal, entry) is None  # editing the entry later: not again
    count = journal.db.execute(
        "SELECT count(*) FROM safety_notices WHERE entry_id = ?", [entry.id]
    ).fetchone()
    assert count[0] == 1


def test_use_a_few_days_after_the_last_one_shows_nothing(journal):
    journal.insert_many([use(5)])
    assert notice(journal, saved(journal, use(2))) is None


def test_the_number_of_days_is_a_setting(journal):
    journal.insert_many([use(6)])
    journal.set_setting("safety.lost_tolerance_days", 3)
    assert notice(journal, saved(journal, use(2))) is not None


def test_first_use_after_the_journal_began_counts_the_days_written_without_use(journal):
    journal.insert_many(daily(20, 1, lambda n: check_in(n)))
    card = notice(journal, saved(journal, use(0)))
    assert card is not None and card.days_without_use == 20


def test_an_urge_that_ended_in_use_is_a_use(journal):
    journal.add_recovery_start("Opioids", day(30))
    entry = saved(journal, urge(0, 9, outcome=UrgeOutcome.USED))
    assert notice(journal, entry) is not None


def test_other_entries_never_show_it(journal):
    journal.add_recovery_start("Opioids", day(30))
    assert notice(journal, saved(journal, check_in(0))) is None
    assert notice(journal, saved(journal, urge(0, 9, outcome=UrgeOutcome.PASSED))) is None


# -- substance families (issue 10) -----------------------------------------------------------


def test_a_recovery_start_for_opioids_and_a_use_of_heroin_shows_the_card(journal):
    journal.add_recovery_start("Opioids", day(30))
    card = notice(journal, saved(journal, use(0, "Heroin")))
    assert card is not None and card.kind == "lost_tolerance" and card.days_without_use == 30


def test_opioid_fentanyl_and_pills_are_all_opioids_for_the_card(journal):
    journal.add_recovery_start("opioids", day(30))
    for days_ago, name in ((0, "Opioid"), (0, "FENTANYL!"), (0, "pills")):
        other = journal.save(use(days_ago, name))
        assert journal.substance_family(name).key == "opioids"
        journal.delete(other.id)
    assert notice(journal, saved(journal, use(0, "Fentanyl"))) is not None


def test_a_use_of_another_family_does_not_shorten_the_opioid_stretch(journal):
    journal.add_recovery_start("Opioids", day(30))
    journal.insert_many([use(2, "Cannabis")])
    card = notice(journal, saved(journal, use(0, "heroin")))
    assert card is not None and card.days_without_use == 30


def test_the_first_entry_is_a_use_after_a_recorded_recovery_start(journal):
    journal.add_recovery_start("Opioids", day(10))
    assert journal.count() == 0
    assert notice(journal, saved(journal, use(0, "oxycodone"))) is not None


def test_a_sedative_or_an_unknown_substance_shows_the_overdose_card(journal):
    journal.add_recovery_start("Opioids", day(30))
    assert notice(journal, saved(journal, use(0, "Xanax"))).kind == "lost_tolerance"
    journal2_entry = saved(journal, use(0, "zzqx powder"))
    assert journal.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    # a second use the same day: not again (the first one brought the card)
    assert notice(journal, journal2_entry) is None


def test_an_unknown_substance_alone_brings_the_overdose_card(journal):
    journal.insert_many(daily(20, 1, lambda n: check_in(n)))
    card = notice(journal, saved(journal, use(0, "something new")))
    assert card is not None and card.kind == "lost_tolerance"


def test_not_again_for_a_second_use_the_same_day(journal):
    journal.add_recovery_start("Opioids", day(30))
    first = saved(journal, use(0, "heroin"))
    assert notice(journal, first) is not None
    journal.record_safety_notice(first.id)
    assert notice(journal, saved(journal, use(0, "fentanyl"))) is None


def test_not_for_a_use_back_dated_more_than_two_days(journal):
    journal.add_recovery_start("Opioids", day(60))
    assert notice(journal, saved(journal, use(3, "heroin"))) is None
    assert notice(journal, saved(journal, use(2, "heroin"))) is None  # a use the day before now counts
    journal2 = saved(journal, use(2, "morphine"))
    assert notice(journal, journal2) is None


def test_a_use_two_days_ago_still_shows_the_card(journal):
    journal.add_recovery_start("Opioids", day(60))
    assert notice(journal, saved(journal, use(2, "heroin"))) is not None


def test_an_alcohol_only_use_gets_the_alcohol_card_without_naloxone(journal):
    journal.add_recovery_start("Alcohol", day(20))
    card = notice(journal, saved(journal, use(0, "Beers")))
    assert card is not None and card.kind == "alcohol"
    text = " ".join(item.text for item in (*card.facts, *card.advice)).casefold()
    assert "naloxone" not in text
    assert "opioids" in text and "benzodiazepines" in text


def test_stimulants_and_cannabis_bring_no_overdose_card(journal):
    journal.add_recovery_start("Cannabis", day(20))
    assert notice(journal, saved(journal, use(0, "weed"))) is None


def test_the_threshold_setting_is_kept_between_3_and_30(journal):
    journal.add_recovery_start("Opioids", day(5))
    journal.set_setting("safety.lost_tolerance_days", 1)  # out of range: the default 7 stands
    assert journal.lost_tolerance_days() == 7
    assert notice(journal, saved(journal, use(0, "heroin"))) is None
    journal.set_setting("safety.lost_tolerance_days", 30)
    assert journal.lost_tolerance_days() == 30


def test_the_card_carries_the_countrys_numbers(data_dir):
    from journal_app.core.journal import Journal

    DeviceSettings.load(data_dir).set("crisis.country", "GB")
    journal = Journal.open(data_dir)
    try:
        journal.add_recovery_start("Opioids", day(30))
        card = notice(journal, saved(journal, use(0, "heroin")))
        numbers = {n.number for n in card.crisis_numbers}
        assert {"999", "116 123"} <= numbers and "911" not in numbers and "988" not in numbers
    finally:
        journal.close()
