"""Triggers of the person's own, and the kind they give them."""

import pytest
from journal_builder import urge

from journal_app.core import catalogue
from journal_app.core.catalogue import OWN_TRIGGER_CATEGORIES, OwnTrigger
from journal_app.core.errors import JournalError


def category_of(journal, name):
    return journal.db.execute("SELECT category FROM triggers WHERE name = ?", [name]).fetchone()[0]


def test_own_triggers_start_without_a_kind_and_can_be_given_one(journal):
    journal.insert_many([urge(3, 5, triggers=["Rent is due", "Stress"])])
    journal.plan.set_response("Seeing Jay", "Text Sam and walk the other way.")
    assert journal.own_triggers() == [OwnTrigger("Rent is due"), OwnTrigger("Seeing Jay")]  # no built-ins
    assert journal.set_trigger_category("rent  is DUE", "money") == OwnTrigger("Rent is due", "money")
    journal.set_trigger_category("Seeing Jay", "old_people")
    assert journal.own_triggers() == [
        OwnTrigger("Rent is due", "money"),
        OwnTrigger("Seeing Jay", "old_people"),
    ]
    journal.set_trigger_category("Rent is due", "")
    assert category_of(journal, "Rent is due") == ""


def test_only_known_kinds(journal):
    journal.insert_many([urge(3, 5, triggers=["Rent is due"])])
    assert set(OWN_TRIGGER_CATEGORIES) == {"", "old_places", "old_people", "money", "cash"}
    for kind in ("emotion", "isolation", "MONEY", "anything"):
        with pytest.raises(JournalError, match="nothing was changed"):
            journal.set_trigger_category("Rent is due", kind)
    assert category_of(journal, "Rent is due") == ""


def test_built_in_triggers_keep_their_kind(journal):
    with pytest.raises(JournalError, match="built-in"):
        journal.set_trigger_category("Money worries", "old_places")
    with pytest.raises(JournalError, match="built-in"):
        journal.set_trigger_category("Stress", "")
    assert category_of(journal, "Money worries") == "money"
    assert all(trigger.name != "Money worries" for trigger in journal.own_triggers())


def test_a_trigger_that_is_not_there_is_not_made_up(journal):
    with pytest.raises(JournalError, match="no trigger called"):
        catalogue.set_trigger_category(journal.db, "Payday", "money")
    assert "Payday" not in journal.trigger_names()
    assert not journal.db.conn.in_transaction  # the write was rolled back and closed
