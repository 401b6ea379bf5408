"""Built-in triggers and coping strategies read in the language shown, and are kept by their English name."""

from spanish_walk import back_to_english, use_language

from journal_app.core.models import CopingUse
from journal_app.gui.widgets.pickers import CopingPicker, TriggerPicker


def test_a_built_in_trigger_shows_in_spanish_and_is_kept_in_english(qtbot):
    use_language("es")
    try:
        picker = TriggerPicker()
        qtbot.addWidget(picker)
        picker.set_choices(["Stress", "Rent is due"])
        shown = [picker.list.item(row).text() for row in range(picker.list.count())]
        assert shown == ["Estrés", "Rent is due"]  # the person's own name stays as they wrote it
        picker.add_and_check("estrés")  # typed in Spanish: the same trigger, not a new one
        assert picker.chosen() == ["Stress"] and picker.list.count() == 2
        picker.set_chosen(["Stress", "Rent is due"])
        assert picker.chosen() == ["Stress", "Rent is due"]
    finally:
        back_to_english()


def test_a_built_in_coping_strategy_shows_in_spanish_and_is_kept_in_english(qtbot):
    use_language("es")
    try:
        picker = CopingPicker()
        qtbot.addWidget(picker)
        picker.set_choices(["Called or texted someone supportive", "My own walk"])
        shown = [picker.tree.topLevelItem(row).text(0) for row in range(picker.tree.topLevelItemCount())]
        assert shown == ["Llamé o escribí a alguien que me apoya", "My own walk"]
        picker.set_use(CopingUse("Called or texted someone supportive", True))
        assert picker.chosen() == [CopingUse("Called or texted someone supportive", True)]
    finally:
        back_to_english()
