"""The person's prevention plan: planned responses to triggers, support contacts,
reasons for recovery, warning signs seen before, and crisis numbers.

Every write is one transaction. Crisis numbers start as the built-in ones
for the device's country (``core/crisis.py``) until the person saves their own list.
"""

from __future__ import annotations

import dataclasses

from . import db as dbmod
from .crisis import CrisisNumber, numbers_for
from .db import Database
from .entries import ensure_named
from .errors import JournalError
from .messages import _

SECTIONS = ("reason", "past_sign")


@dataclasses.dataclass(slots=True)
class PlannedResponse:
    trigger: str
    response: str
    id: int | None = None


@dataclasses.dataclass(slots=True)
class SupportContact:
    name: str
    role: str = ""
    phone: str = ""
    id: int | None = None


@dataclasses.dataclass(slots=True)
class PlanItem:
    section: str  # "reason" or "past_sign"
    text: str
    id: int | None = None


def _clean(text: str) -> str:
    return " ".join(text.split())


class Plan:
    """The prevention plan of one journal."""

    def __init__(self, db: Database, country: str = ""):
        self.db = db
        self.country = (
            country  # the device's crisis country: its numbers stand in until the person saves their own
        )

    # triggers -> planned responses ---------------------------------------
    def responses(self) -> list[PlannedResponse]:
        return [
            PlannedResponse(trigger, response, row_id)
            for row_id, trigger, response in self.db.execute(
                "SELECT p.id, t.name, p.response FROM plan_responses p "
                "JOIN triggers t ON t.id = p.trigger_id ORDER BY t.name COLLATE NOCASE"
            )
        ]

    def response_for(self, trigger: str) -> str | None:
        row = self.db.execute(
            "SELECT p.response FROM plan_responses p JOIN triggers t ON t.id = p.trigger_id WHERE t.name = ?",
            [_clean(trigger)],
        ).fetchone()
        return row[0] if row else None

    def set_response(self, trigger: str, response: str) -> PlannedResponse:
        """Plan what to do when ``trigger`` comes up (replaces an earlier plan for it)."""
        trigger, response = _clean(trigger), response.strip()
        if not trigger or not response:
            raise JournalError(_("A planned response needs a trigger and something to do."))
        with dbmod.write(self.db):
            trigger_id = ensure_named(self.db, "triggers", trigger)
            self.db.execute(
                "INSERT INTO plan_responses (trigger_id, response) VALUES (?, ?) "
                "ON CONFLICT (trigger_id) DO UPDATE SET response = excluded.response",
                [trigger_id, response],
            )
            row_id = self.db.execute(
                "SELECT id FROM plan_responses WHERE trigger_id = ?", [trigger_id]
            ).fetchone()[0]
        return PlannedResponse(trigger, response, row_id)

    def delete_response(self, response_id: int) -> None:
        with dbmod.write(self.db):
            self.db.execute("DELETE FROM plan_responses WHERE id = ?", [response_id])

    # support contacts ----------------------------------------------------
    def contacts(self) -> list[SupportContact]:
        return [
            SupportContact(name, role, phone, row_id)
            for row_id, name, role, phone in self.db.execute(
                "SELECT id, name, role, phone FROM support_contacts ORDER BY position, id"
            )
        ]

    def save_contact(self, contact: SupportContact) -> SupportContact:
        contact.name, contact.role, contact.phone = (
            _clean(contact.name),
            _clean(contact.role),
            _clean(contact.phone),
        )
        if not contact.name:
            raise JournalError(_("A support contact needs a name."))
        with dbmod.write(self.db):
            if contact.id is None:
                position = self.db.execute(
                    "SELECT coalesce(max(position), 0) + 1 FROM support_contacts"
                ).fetchone()[0]
                contact.id = self.db.execute(
                    "INSERT INTO support_contacts (name, role, phone, position) VALUES (?, ?, ?, ?)",
                    [contact.name, contact.role, contact.phone, position],
                ).lastrowid
            else:
                self.db.execute(
                    "UPDATE support_contacts SET name = ?, role = ?, phone = ? WHERE id = ?",
                    [contact.name, contact.role, contact.phone, contact.id],
                )
        return contact

    def delete_contact(self, contact_id: int) -> None:
        with dbmod.write(self.db):
            self.db.execute("DELETE FROM support_contacts WHERE id = ?", [contact_id])

    # reasons and past warning signs -------------------------------------
    def items(self, section: str) -> list[PlanItem]:
        return [
            PlanItem(section, text, row_id)
            for row_id, text in self.db.execute(
                "SELECT id, text FROM plan_items WHERE section = ? ORDER BY position, id", [section]
            )
        ]

    def reasons(self) -> list[PlanItem]:
        return self.items("reason")

    def past_signs(self) -> list[PlanItem]:
        return self.items("past_sign")

    def save_item(self, item: PlanItem) -> PlanItem:
        if item.section not in SECTIONS:
            raise JournalError(_("Unknown part of the plan: {section}.").format(section=item.section))
        item.text = item.text.strip()
        if not item.text:
            raise JournalError(_("Write something first; an empty line is not saved."))
        with dbmod.write(self.db):
            if item.id is None:
                position = self.db.execute(
                    "SELECT coalesce(max(position), 0) + 1 FROM plan_items WHERE section = ?", [item.section]
                ).fetchone()[0]
                item.id = self.db.execute(
                    "INSERT INTO plan_items (section, text, position) VALUES (?, ?, ?)",
                    [item.section, item.text, position],
                ).lastrowid
            else:
                self.db.execute("UPDATE plan_items SET text = ? WHERE id = ?", [item.text, item.id])
        return item

    def delete_item(self, item_id: int) -> None:
        with dbmod.write(self.db):
            self.db.execute("DELETE FROM plan_items WHERE id = ?", [item_id])

    # crisis numbers -------------------------------------------------------
    def crisis_numbers(self) -> list[CrisisNumber]:
        """The person's own crisis numbers, or their country's built-in ones while they have none."""
        return self.own_crisis_numbers() or default_crisis_numbers(self.country)

    def own_crisis_numbers(self) -> list[CrisisNumber]:
        return [
            CrisisNumber(label, number, country, row_id)
            for row_id, label, number, country in self.db.execute(
                "SELECT id, label, number, country FROM crisis_numbers ORDER BY position, id"
            )
        ]

    def replace_crisis_numbers(self, numbers: list[CrisisNumber]) -> list[CrisisNumber]:
        """Save the whole list at once (an empty list brings back the built-in numbers)."""
        clean = [CrisisNumber(_clean(n.label), _clean(n.number), _clean(n.country)) for n in numbers]
        for number in clean:
            if not number.label or not number.number:
                raise JournalError(_("Each crisis number needs a name and a number."))
        with dbmod.write(self.db):
            self.db.execute("DELETE FROM crisis_numbers")
            for position, number in enumerate(clean):
                number.id = self.db.execute(
                    "INSERT INTO crisis_numbers (label, number, country, position) VALUES (?, ?, ?, ?)",
                    [number.label, number.number, number.country, position],
                ).lastrowid
        return self.crisis_numbers()


def default_crisis_numbers(country: str = "") -> list[CrisisNumber]:
    """The built-in numbers for ``country`` (emergency and sourced helplines); none for no country."""
    return numbers_for(country) if country else []


__all__ = ["CrisisNumber", "Plan", "PlanItem", "PlannedResponse", "SupportContact", "default_crisis_numbers"]
