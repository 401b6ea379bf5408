"""The lapse review dialog: offered after a use entry, saved as a note, "next time" into the plan."""

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from journal_app.core import lapse
from journal_app.core.models import Entry, EntryKind, now_local
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.lapse_review import LapseReviewDialog, LapseReviewOffer


def a_use(journal):
    return journal.save(
        Entry(
            kind=EntryKind.USE,
            occurred_at=now_local() - timedelta(hours=3),
            substance="heroin",
            lead_up="A fight at home",
        )
    )


def test_a_review_becomes_a_plan_item_in_one_click_and_a_note(qtbot, journal, data_dir):
    ctx = AppContext(journal, JournalEvents(), data_dir)
    dialog = LapseReviewDialog(ctx, a_use(journal))
    qtbot.addWidget(dialog)
    assert "A fight at home" in dialog.fields["situation"].toPlainText()  # their own words carried over
    dialog.set_answer("trigger", "Arguments")
    dialog.set_answer("next_time", "Walk round the block and call Sam")
    dialog.plan_button.click()
    assert journal.plan.response_for("Arguments") == "Walk round the block and call Sam"
    assert "Added to your prevention plan" in dialog.message.text()
    dialog.save_button.click()
    notes = [journal.get(r.id) for r in journal.rows() if journal.get(r.id).kind is EntryKind.NOTE]
    assert len(notes) == 1 and lapse.TAG in notes[0].tags


def test_the_review_is_offered_after_a_use_and_can_be_closed(qtbot, journal, data_dir):
    ctx = AppContext(journal, JournalEvents(), data_dir)
    window = QWidget()
    qtbot.addWidget(window)
    offer = LapseReviewOffer(ctx, window)
    ctx.events.entry_saved.emit(a_use(journal))
    qtbot.waitUntil(lambda: offer.dialog is not None and offer.dialog.isVisible())
    assert "trap" in offer.dialog.findChildren(type(offer.dialog.message))[0].text()
    before = journal.count()
    offer.dialog.close_button.click()  # "Not now": nothing saved, nothing asked
    assert journal.count() == before and not offer.dialog.isVisible()


def test_no_offer_after_a_check_in(qtbot, journal, data_dir):
    ctx = AppContext(journal, JournalEvents(), data_dir)
    window = QWidget()
    qtbot.addWidget(window)
    offer = LapseReviewOffer(ctx, window)
    ctx.events.entry_saved.emit(journal.save(Entry(kind=EntryKind.CHECK_IN, mood=6)))
    qtbot.wait(50)
    assert offer.dialog is None


def test_editing_an_old_use_entry_offers_nothing_again(qtbot, journal, data_dir):
    ctx = AppContext(journal, JournalEvents(), data_dir)
    window = QWidget()
    qtbot.addWidget(window)
    offer = LapseReviewOffer(ctx, window)
    used = a_use(journal)
    used.lead_up = "A fight at home, and no sleep"
    ctx.events.entry_saved.emit(journal.save(used, now=now_local() + timedelta(seconds=5)))
    qtbot.wait(50)
    assert offer.dialog is None
