"""Lost-tolerance safety: a use after a stretch without use gets the overdose facts, once."""

from journal_builder import check_in, daily, day, urge, use

from journal_app.core.models import UrgeOutcome


def saved(journal, entry):
    return journal.save(entry)


def test_use_after_ten_days_without_use_shows_the_safety_facts(journal):
    journal.insert_many([use(14), *daily(13, 1, lambda n: check_in(n))])
    entry = saved(journal, use(3))
    notice = journal.lost_tolerance_notice(entry)
    assert notice is not None
    assert notice.days_without_use == 10 and notice.since == day(13)
    keys = {item.key for item in notice.advice}
    assert {"naloxone", "never_alone"} <= keys
    assert any(item.key == "lost_tolerance" for item in notice.facts)
    assert {"988", "1-800-662-4357"} <= {n.number for n in notice.crisis_numbers}
    assert "blame" not in notice.heading and "10 days" in notice.heading


def test_shown_once_and_recorded(journal):
    journal.add_recovery_start("Opioids", day(30))
    entry = saved(journal, use(1))
    assert journal.lost_tolerance_notice(entry) is not None
    journal.record_safety_notice(entry.id)
    assert journal.lost_tolerance_notice(entry) is None  # editing the entry later: not again
    count = journal.db.execute(
        "SELECT count(*) FROM safety_notices WHERE entry_id = ?", [entry.id]
    ).fetchone()
    assert count[0] == 1


def test_use_a_few_days_after_the_last_one_shows_nothing(journal):
    journal.insert_many([use(5)])
    assert journal.lost_tolerance_notice(saved(journal, use(2))) is None


def test_the_number_of_days_is_a_setting(journal):
    journal.insert_many([use(6)])
    journal.set_setting("safety.lost_tolerance_days", 3)
    assert journal.lost_tolerance_notice(saved(journal, use(2))) is not None


def test_first_use_after_the_journal_began_counts_the_days_written_without_use(journal):
    journal.insert_many(daily(20, 1, lambda n: check_in(n)))
    notice = journal.lost_tolerance_notice(saved(journal, use(0)))
    assert notice is not None and notice.days_without_use == 20


def test_an_urge_that_ended_in_use_is_a_use(journal):
    journal.add_recovery_start("Opioids", day(30))
    entry = saved(journal, urge(0, 9, outcome=UrgeOutcome.USED))
    assert journal.lost_tolerance_notice(entry) is not None


def test_other_entries_never_show_it(journal):
    journal.add_recovery_start("Opioids", day(30))
    assert journal.lost_tolerance_notice(saved(journal, check_in(0))) is None
    assert journal.lost_tolerance_notice(saved(journal, urge(0, 9, outcome=UrgeOutcome.PASSED))) is None
