"""The urge log (with the planned response and the urge-surfing timer) and the safety message."""

from datetime import date

from journal_builder import TODAY, check_in, daily, day, use
from PySide6.QtWidgets import QWidget

from journal_app.core.models import EntryKind, UrgeOutcome
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.safety_dialog import SafetyNoticeHook
from journal_app.gui.dialogs.urge_dialog import UrgeDialog


def make_ctx(journal, data_dir=None):
    return AppContext(journal=journal, events=JournalEvents(), data_dir=data_dir)


def make_hook(qtbot, ctx):
    window = QWidget()
    qtbot.addWidget(window)
    hook = SafetyNoticeHook(ctx, window)
    hook.today = lambda: TODAY
    return hook


def close_card(qtbot, hook):
    hook.last_dialog.ok_button.click()
    qtbot.waitUntil(lambda: hook.pending is None)


def test_quick_capture_saves_an_urge(qtbot, journal):
    ctx = make_ctx(journal)
    dialog = UrgeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.intensity.setValue(7)
    dialog.trigger_combo.setEditText("Stress")
    dialog.halt_boxes["halt_tired"].setChecked(True)
    with qtbot.waitSignal(ctx.events.entry_saved):
        dialog.save_button.click()
    saved = journal.get(dialog.saved_entry.id)
    assert saved.kind is EntryKind.CRAVING and saved.craving == 7
    assert saved.triggers == ["Stress"] and saved.halt_tired and saved.outcome is None
    assert saved.warning_signs == []


def test_an_urge_can_carry_warning_signs_the_person_notices(qtbot, journal):
    dialog = UrgeDialog(make_ctx(journal))
    qtbot.addWidget(dialog)
    dialog.signs_shown.setChecked(True)  # unfold
    dialog.signs.boxes["justifying_use"].setChecked(True)
    dialog.save_button.click()
    assert journal.get(dialog.saved_entry.id).warning_signs == ["justifying_use"]


def test_a_planned_trigger_shows_the_plan_at_once(qtbot, journal):
    journal.plan.set_response("Money worries", "Give my card to Sam until Friday.")
    dialog = UrgeDialog(make_ctx(journal))
    qtbot.addWidget(dialog)
    assert dialog.plan_label.isHidden()
    dialog.trigger_combo.setCurrentText("Money worries")
    assert not dialog.plan_label.isHidden()
    assert "Give my card to Sam" in dialog.plan_label.text()
    dialog.trigger_combo.setCurrentText("Boredom")
    assert dialog.plan_label.isHidden()


def test_urge_surfing_rises_peaks_passes_and_records_the_outcome(qtbot, journal):
    dialog = UrgeDialog(make_ctx(journal))
    qtbot.addWidget(dialog)
    dialog.minutes.setValue(15)
    dialog.start_button.click()
    assert dialog.timer.isActive() and "rising" in dialog.phase_label.text()
    dialog.advance(6 * 60)
    assert "as strong as it gets" in dialog.phase_label.text()
    dialog.advance(4 * 60)
    assert "passing" in dialog.phase_label.text()
    dialog.advance(5 * 60)
    assert not dialog.timer.isActive() and "How did it end" in dialog.phase_label.text()
    dialog.passed_button.click()
    saved = journal.get(dialog.saved_entry.id)
    assert saved.outcome is UrgeOutcome.PASSED and saved.duration_minutes == 15


def test_use_after_a_stretch_shows_the_safety_message_once(qtbot, journal):
    journal.insert_many([use(20), *daily(19, 1, lambda n: check_in(n))])
    ctx = make_ctx(journal)
    hook = make_hook(qtbot, ctx)
    entry = journal.save(use(0))
    ctx.events.entry_saved.emit(entry)
    dialog = hook.last_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text_label.text()
    for words in (
        "tolerance",
        "naloxone",
        "Never use alone",
        "not the end",
        "second dose",
        "recovery position",
    ):
        assert words.casefold() in text.casefold()
    close_card(qtbot, hook)
    hook.last_dialog = None
    ctx.events.entry_saved.emit(journal.get(entry.id))  # edited and saved again: not shown twice
    assert hook.last_dialog is None


def test_an_urge_that_ended_in_use_also_brings_the_safety_message(qtbot, journal):
    journal.add_recovery_start("Opioids", day(30))
    ctx = make_ctx(journal)
    hook = make_hook(qtbot, ctx)
    hook.today = date.today  # the urge dialog saves "now"
    dialog = UrgeDialog(ctx, hook.parent_widget)
    qtbot.addWidget(dialog)
    dialog.used_button.click()
    assert hook.last_dialog is not None


def test_a_use_soon_after_another_gets_a_kind_word_not_the_dialog(qtbot, journal):
    journal.insert_many([use(3)])
    ctx = make_ctx(journal)
    hook = make_hook(qtbot, ctx)
    with qtbot.waitSignal(hook.message) as said:
        ctx.events.entry_saved.emit(journal.save(use(1)))
    assert hook.last_dialog is None
    assert "not the end of recovery" in said.args[0]


def test_the_card_counts_as_shown_only_when_closed(qtbot, journal):
    journal.add_recovery_start("Opioids", day(30))
    ctx = make_ctx(journal)
    hook = make_hook(qtbot, ctx)
    entry = journal.save(use(0, "Heroin"))
    ctx.events.entry_saved.emit(entry)
    assert hook.last_dialog.isVisible()
    assert journal.lost_tolerance_notice(entry, TODAY) is not None  # open, not yet counted
    close_card(qtbot, hook)
    assert journal.lost_tolerance_notice(entry, TODAY) is None


def test_the_card_shows_the_devices_country_numbers(qtbot, journal, data_dir):
    from journal_app.core import crisis

    crisis.choose_country(data_dir, "GB")
    journal.data_dir = data_dir  # the in-memory journal reads this device's settings
    journal.add_recovery_start("Opioids", day(30))
    ctx = make_ctx(journal, data_dir)
    hook = make_hook(qtbot, ctx)
    ctx.events.entry_saved.emit(journal.save(use(0, "fentanyl")))
    text = hook.last_dialog.text_label.text()
    assert "999" in text and "116 123" in text and "911" not in text


def test_an_alcohol_use_gets_the_alcohol_card(qtbot, journal):
    journal.add_recovery_start("Alcohol", day(30))
    ctx = make_ctx(journal)
    hook = make_hook(qtbot, ctx)
    ctx.events.entry_saved.emit(journal.save(use(0, "wine")))
    text = hook.last_dialog.text_label.text()
    assert "naloxone" not in text.casefold() and "opioids" in text and "benzodiazepines" in text


def test_an_unknown_substance_is_asked_about_once_after_the_card(qtbot, journal):
    journal.add_recovery_start("Opioids", day(30))
    ctx = make_ctx(journal)
    hook = make_hook(qtbot, ctx)
    ctx.events.entry_saved.emit(journal.save(use(0, "Gabbies")))
    assert hook.last_dialog.isVisible() and hook.question is None  # the card first (unknown: overdose card)
    close_card(qtbot, hook)
    qtbot.waitUntil(lambda: hook.question is not None and hook.question.isVisible())
    hook.question.choices["benzodiazepines"].setChecked(True)
    hook.question.save_button.click()
    qtbot.waitUntil(lambda: not journal.substance_needs_asking("Gabbies"))
    assert journal.substance_family("gabbies").key == "benzodiazepines"
    hook.question = None
    ctx.events.entry_saved.emit(journal.save(use(0, "gabbies")))
    assert hook.question is None  # asked once


def test_a_known_substance_is_never_asked_about(qtbot, journal):
    journal.insert_many([use(1, "heroin")])
    ctx = make_ctx(journal)
    hook = make_hook(qtbot, ctx)
    ctx.events.entry_saved.emit(journal.save(use(0, "Heroin")))
    assert hook.question is None and hook.last_dialog is None


def test_in_spanish_a_built_in_trigger_is_shown_in_spanish_and_kept_as_named(qtbot, journal):
    """The urge log's trigger list in the language shown ("Estrés"); the journal keeps "Stress",
    and the plan made for "Stress" appears when "Estrés" is chosen."""
    from spanish_walk import back_to_english, use_language

    journal.plan.set_response("Stress", "Call Sam, then walk round the block.")
    use_language("es")
    try:
        ctx = make_ctx(journal)
        dialog = UrgeDialog(ctx)
        qtbot.addWidget(dialog)
        shown = [dialog.trigger_combo.itemText(i) for i in range(dialog.trigger_combo.count())]
        assert "Estrés" in shown and "Stress" not in shown
        dialog.trigger_combo.setCurrentText("Estrés")
        assert dialog.plan_label.isVisibleTo(dialog) and "Call Sam" in dialog.plan_label.text()
        with qtbot.waitSignal(ctx.events.entry_saved):
            dialog.save_button.click()
        assert journal.get(dialog.saved_entry.id).triggers == ["Stress"]
    finally:
        back_to_english()
