"""The prevention plan: responses to triggers, contacts, reasons, past signs, crisis numbers."""

import pytest

from journal_app.core.errors import JournalError
from journal_app.core.plan import CrisisNumber, Plan, PlanItem, SupportContact


def test_planned_response_for_a_trigger(journal):
    plan = journal.plan
    plan.set_response("Money worries", "Give my card to Sam until Friday.")
    plan.set_response("Money worries", "Call Sam before going to the bank.")  # replaces the first
    plan.set_response("My brother's birthday", "Leave by nine.")  # a trigger of the person's own
    assert plan.response_for("money  worries") == "Call Sam before going to the bank."
    assert [r.trigger for r in plan.responses()] == ["Money worries", "My brother's birthday"]
    assert "My brother's birthday" in journal.trigger_names()
    plan.delete_response(plan.responses()[0].id)
    assert plan.response_for("Money worries") is None


def test_support_contacts_in_order(journal):
    plan = journal.plan
    sam = plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    plan.save_contact(SupportContact("Dr Lee", "counsellor", "555-0199"))
    sam.phone = "555-0101"
    plan.save_contact(sam)
    assert [(c.name, c.phone) for c in plan.contacts()] == [("Sam", "555-0101"), ("Dr Lee", "555-0199")]
    plan.delete_contact(sam.id)
    assert [c.name for c in plan.contacts()] == ["Dr Lee"]
    with pytest.raises(JournalError, match="needs a name"):
        plan.save_contact(SupportContact("  "))


def test_reasons_and_past_signs(journal):
    plan = journal.plan
    plan.save_item(PlanItem("reason", "Being there for my kids"))
    past = plan.save_item(PlanItem("past_sign", "I stop answering my phone"))
    assert [i.text for i in plan.reasons()] == ["Being there for my kids"]
    past.text = "I stop answering my phone and skip meals"
    plan.save_item(past)
    assert [i.text for i in plan.past_signs()] == ["I stop answering my phone and skip meals"]
    plan.delete_item(past.id)
    assert plan.past_signs() == []


def test_crisis_numbers_start_built_in_and_can_be_changed_for_another_country(journal):
    plan = Plan(journal.db, "US")
    assert {"988", "1-800-662-4357"} <= {n.number for n in plan.crisis_numbers()}
    plan.replace_crisis_numbers(
        [CrisisNumber("Samaritans", "116 123", "UK"), CrisisNumber("Emergency", "999", "UK")]
    )
    assert [n.number for n in plan.crisis_numbers()] == ["116 123", "999"]
    plan.replace_crisis_numbers([])
    assert "988" in {n.number for n in plan.crisis_numbers()}
    with pytest.raises(JournalError):
        plan.replace_crisis_numbers([CrisisNumber("No number", "")])
    assert "988" in {n.number for n in plan.crisis_numbers()}  # nothing half-saved


def test_settings_round_trip(journal):
    assert journal.setting("missing", 5) == 5
    journal.set_setting("insights.snoozed", {"isolation": "2025-07-01"})
    assert journal.setting("insights.snoozed") == {"isolation": "2025-07-01"}
