"""The prevention plan view: every part saved as the person makes it."""

from datetime import date

from journal_builder import urge
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableWidgetItem

from journal_app.core.plan import SupportContact
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.views.plan_view import PlanView


def make_view(qtbot, journal):
    view = PlanView(AppContext(journal=journal, events=JournalEvents(), data_dir=None))
    qtbot.addWidget(view)
    return view


def test_trigger_with_a_planned_response(qtbot, journal):
    view = make_view(qtbot, journal)
    view.trigger_combo.setEditText("Money worries")
    qtbot.keyClicks(view.response_edit, "Call Sam before going to the bank")
    view.save_response()
    assert journal.plan.response_for("Money worries") == "Call Sam before going to the bank"
    assert view.responses_table.item(0, 0).text() == "Money worries"
    view.responses_table.setCurrentCell(0, 0)
    view._remove(view.responses_table, lambda plan, i: plan.delete_response(i))
    assert journal.plan.responses() == []


def test_support_contacts(qtbot, journal):
    view = make_view(qtbot, journal)
    qtbot.keyClicks(view.contact_name, "Sam")
    qtbot.keyClicks(view.contact_role, "sponsor")
    qtbot.keyClicks(view.contact_phone, "555-0100")
    view.add_contact()
    assert [(c.name, c.role, c.phone) for c in journal.plan.contacts()] == [("Sam", "sponsor", "555-0100")]
    assert view.contacts_table.item(0, 2).text() == "555-0100"
    view.add_contact()  # nothing typed: a calm one-line message, nothing saved
    assert "needs a name" in view.message_label.text()
    assert len(journal.plan.contacts()) == 1


def test_reasons_and_signs_seen_before(qtbot, journal):
    view = make_view(qtbot, journal)
    qtbot.keyClicks(view.reasons.input, "Being there for my kids")
    view.reasons.add_button.click()
    view.past_signs.input.setCurrentText("Pulling away from people")
    view.past_signs.add_button.click()
    assert [i.text for i in journal.plan.reasons()] == ["Being there for my kids"]
    assert [i.text for i in journal.plan.past_signs()] == ["Pulling away from people"]
    view.reasons.list.setCurrentRow(0)
    view.reasons.remove_button.click()
    assert journal.plan.reasons() == []


def test_crisis_numbers_for_another_country(qtbot, journal, data_dir):
    from journal_app.core import crisis

    crisis.choose_country(data_dir, "US")
    journal.data_dir = data_dir  # this device's country gives the built-in numbers
    view = make_view(qtbot, journal)
    assert {"911", "988"} <= {
        view.crisis_table.item(r, 1).text() for r in range(view.crisis_table.rowCount())
    }
    while view.crisis_table.rowCount():
        view.crisis_table.setCurrentCell(0, 0)
        view.remove_crisis_row()
    view.add_crisis_row()
    for column, text in enumerate(("Samaritans", "116 123", "UK")):
        view.crisis_table.setItem(0, column, QTableWidgetItem(text))
    qtbot.keyClicks(view.contact_name, "Sam")
    view.add_contact()  # another change to the plan keeps the unsaved numbers on screen
    assert view.crisis_table.item(0, 1).text() == "116 123"
    view.save_crisis_numbers()
    assert [(n.label, n.number) for n in journal.plan.crisis_numbers()] == [("Samaritans", "116 123")]
    view.crisis_buttons["Use the built-in numbers"].click()
    assert journal.plan.crisis_numbers()[0].number == "911"


def test_locking_clears_the_plan_from_the_screen(qtbot, journal):
    journal.plan.save_contact(SupportContact("Sam"))
    view = make_view(qtbot, journal)
    assert view.contacts_table.rowCount() == 1
    view.ctx.journal = None
    view.set_journal(None)
    assert view.contacts_table.rowCount() == 0 and view.reasons.list.count() == 0


def test_a_contact_can_be_corrected_in_place(qtbot, journal):
    journal.plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    view = make_view(qtbot, journal)
    view.contacts_table.item(0, 2).setText("555-0199")
    assert journal.plan.contacts()[0].phone == "555-0199"


def test_the_safety_message_threshold_is_a_setting(qtbot, journal):
    view = make_view(qtbot, journal)
    assert view.tolerance_days.value() == 7
    view.tolerance_days.setValue(10)
    view.tolerance_days.editingFinished.emit()
    assert journal.lost_tolerance_days() == 10


def edit_cell(qtbot, table, row, column, text):
    """Type into a cell the way a person does: open its editor, replace the text, press Enter."""
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text) if text else editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes its editor on the next turn of the event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=2000)


def test_a_planned_response_can_be_changed_in_its_row(qtbot, journal):
    journal.plan.set_response("Money worries", "Call Sam before going to the bank")
    journal.plan.set_response("Payday", "Pay the rent first")
    view = make_view(qtbot, journal)
    view.show()
    qtbot.waitExposed(view)
    assert view.responses_table.item(0, 0).text() == "Money worries"
    assert not view.responses_table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable  # the trigger stays
    edit_cell(qtbot, view.responses_table, 0, 1, "Give my card to Sam until Friday")
    assert journal.plan.response_for("Money worries") == "Give my card to Sam until Friday"
    assert journal.plan.response_for("Payday") == "Pay the rent first"
    assert len(journal.plan.responses()) == 2
    assert view.responses_table.item(0, 1).text() == "Give my card to Sam until Friday"
    assert view.message_label.text() == ""


def test_an_empty_response_keeps_the_old_one(qtbot, journal):
    journal.plan.set_response("Money worries", "Call Sam before going to the bank")
    view = make_view(qtbot, journal)
    view.show()
    qtbot.waitExposed(view)
    edit_cell(qtbot, view.responses_table, 0, 1, "")
    assert journal.plan.response_for("Money worries") == "Call Sam before going to the bank"
    assert view.responses_table.item(0, 1).text() == "Call Sam before going to the bank"
    assert "stays as it was" in view.message_label.text()
    view.responses_table.item(0, 1).setText("   ")  # spaces only: the same
    assert journal.plan.response_for("Money worries") == "Call Sam before going to the bank"


def test_an_own_trigger_can_be_marked_as_money(qtbot, journal):
    journal.insert_many([urge(n, 5, triggers=["Rent is due"]) for n in (30, 4, 3, 1)])
    view = make_view(qtbot, journal)
    kinds = view.trigger_kinds
    assert kinds.names() == ["Rent is due"]
    box = kinds.kind_box("Rent is due")
    assert box.currentText() == "(none)"
    assert [box.itemText(i) for i in range(box.count())] == [
        "(none)",
        "Places or things from using",
        "People from using",
        "Money worries, debt or borrowing",
        "Cash on hand or payday",
    ]
    assert "money_problems" not in [r.key for r in journal.warning_signs(date(2025, 6, 30))]
    box.setCurrentIndex(box.findText("Money worries, debt or borrowing"))
    assert journal.own_triggers()[0].category == "money"
    assert "money_problems" in [r.key for r in journal.warning_signs(date(2025, 6, 30))]
    box.setCurrentIndex(box.findText("(none)"))
    assert journal.own_triggers()[0].category == ""


def test_triggers_named_in_the_plan_join_my_own_triggers(qtbot, journal):
    view = make_view(qtbot, journal)
    assert view.trigger_kinds.names() == []  # built-in triggers keep their own kinds
    view.trigger_combo.setEditText("Seeing Jay")
    qtbot.keyClicks(view.response_edit, "Text Sam and walk the other way")
    view.save_response()
    box = view.trigger_kinds.kind_box("Seeing Jay")
    box.setCurrentIndex(box.findData("old_people"))
    assert journal.own_triggers()[0].category == "old_people"
    view.ctx.journal = None
    view.set_journal(None)  # locking clears them from the screen
    assert view.trigger_kinds.names() == []


def test_a_kind_that_cannot_be_saved_is_put_back(qtbot, journal, monkeypatch):
    from journal_app.core.errors import JournalError

    journal.insert_many([urge(1, 5, triggers=["Rent is due"])])
    view = make_view(qtbot, journal)
    box = view.trigger_kinds.kind_box("Rent is due")

    def refuse(*_args):
        raise JournalError("The journal could not save that just now.")

    monkeypatch.setattr(journal, "set_trigger_category", refuse)
    box.setCurrentIndex(box.findText("Money"))
    assert box.currentText() == "(none)"
    assert "could not save" in view.message_label.text()


def test_no_own_triggers_yet_says_so_instead_of_an_empty_table(qtbot, journal):
    from journal_app.core.models import Entry, EntryKind

    view = make_view(qtbot, journal)
    kinds = view.trigger_kinds
    assert not kinds.empty_label.isHidden() and kinds.grid_box.isHidden()
    journal.save(Entry(kind=EntryKind.CRAVING, craving=4, triggers=["Rent is due"]))
    view.set_journal(journal)
    assert kinds.empty_label.isHidden() and not kinds.grid_box.isHidden()
    assert kinds.kind_box("Rent is due") is not None
