"""The one Settings dialog: built from the registry, stored where each setting lives, applied live."""

import json

import pytest
from PySide6.QtCore import QSettings

from journal_app.core.settings import SETTINGS, DeviceSettings
from journal_app.gui.dialogs.settings_dialog import shown_in_dialog
from journal_app.gui.security.controller import OLD_AUTO_LOCK_KEY


@pytest.fixture
def dialog(qtbot, window, restore_look):
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def test_every_registered_setting_has_a_named_control(dialog):
    shown = [s for s in SETTINGS if shown_in_dialog(s)]
    assert {"appearance.theme", "appearance.font_points", "crisis.country"} <= {s.key for s in shown}
    assert {"security.auto_lock_minutes", "safety.lost_tolerance_days", "backups.keep_daily"} <= {
        s.key for s in shown
    }
    for spec in shown:
        control = dialog.controls[spec.key]
        assert control.isVisible() and control.accessibleName() == spec.label


def test_the_theme_and_text_size_apply_at_once_and_are_kept_on_the_device(dialog, qapp, data_dir):
    theme = dialog.controls["appearance.theme"]
    theme.setCurrentIndex(theme.findData("dark"))
    assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() < 128
    dialog.controls["appearance.font_points"].setValue(16)
    assert qapp.font().pointSizeF() == 16
    stored = json.loads((data_dir / "device-settings.json").read_text())
    assert stored["appearance.theme"] == "dark" and stored["appearance.font_points"] == 16


def test_text_sizes_nobody_can_read_are_skipped(dialog):
    size = dialog.controls["appearance.font_points"]
    size.setValue(0)
    size.stepUp()
    assert size.value() == 8
    size.stepDown()
    assert size.value() == 0 and size.text() == "Follow the system"


def test_the_overdose_threshold_is_kept_in_the_journal(dialog, journal):
    dialog.controls["safety.lost_tolerance_days"].setValue(12)
    assert journal.lost_tolerance_days() == 12


def test_the_crisis_country_is_chosen_from_the_list_and_kept_on_the_device(qtbot, dialog, data_dir):
    from journal_app.core import crisis

    combo = dialog.controls["crisis.country"]
    combo.setCurrentIndex(combo.findData("GB"))
    assert DeviceSettings.load(data_dir).get("crisis.country") == "GB"
    chosen = crisis.device_crisis(data_dir)
    assert chosen.chosen and chosen.country is not None and chosen.country.code == "GB"


def test_idle_lock_minutes_change_the_running_watcher(dialog, window, data_dir):
    dialog.controls["security.auto_lock_minutes"].setValue(20)
    assert DeviceSettings.load(data_dir).get("security.auto_lock_minutes") == 20
    assert window.security.auto_lock_minutes() == 20


def test_an_idle_lock_value_from_an_older_version_moves_into_the_device_settings(window, data_dir):
    QSettings().setValue(OLD_AUTO_LOCK_KEY, 12.0)
    try:
        assert window.security.auto_lock_minutes() == 12
        assert QSettings().value(OLD_AUTO_LOCK_KEY) is None
        assert DeviceSettings.load(data_dir).get("security.auto_lock_minutes") == 12
    finally:
        QSettings().remove(OLD_AUTO_LOCK_KEY)


def test_backups_kept_follow_the_setting(dialog, data_dir):
    from datetime import datetime, timedelta

    from journal_app.core import backups

    dialog.controls["backups.keep_daily"].setValue(2)
    dialog.controls["backups.keep_weekly"].setValue(0)
    journal = dialog.ctx.journal
    start = datetime(2026, 11, 1, 12)
    for day in range(5):
        backups.take_automatic(journal.db, data_dir, None, now=start + timedelta(days=day))
    assert len(backups.backup_files(data_dir)) == 2  # the default would keep all five


def test_journal_settings_wait_while_locked(qtbot, window, restore_look):
    window.set_journal(None)
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    assert not dialog.controls["safety.lost_tolerance_days"].isEnabled()
    assert dialog.controls["appearance.theme"].isEnabled()


def test_the_language_is_a_choice_kept_on_the_device_and_said_to_apply_at_once(dialog, data_dir):
    language = dialog.controls["appearance.language"]
    assert [language.itemText(i) for i in range(language.count())] == [
        "Follow the system",
        "English",
        "Español",
    ]
    assert language.currentData() == "system" and not dialog.notice.text()
    language.setCurrentIndex(language.findData("es"))
    assert "is now in Español" in dialog.notice.text()
    assert dialog.notice.isVisible() and not dialog.message.text()
    assert DeviceSettings.load(data_dir).get("appearance.language") == "es"
    assert dialog.windowTitle() == "Settings"  # not switched under the person's hands


def _type_into(qtbot, spin, text: str) -> None:
    """What a person does: select what the field shows, type over it, press Enter."""
    from PySide6.QtCore import Qt

    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_a_daily_cost_below_zero_or_absurd_is_refused_in_words_and_the_kept_cost_stays(
    qtbot, dialog, journal
):
    cost = dialog.controls["recovery.daily_cost"]
    _type_into(qtbot, cost, "25")
    assert journal.setting("recovery.daily_cost") == 25 and dialog.message.text() == ""

    _type_into(qtbot, cost, "-5")
    assert "below zero" in dialog.message.text() and "25" in dialog.message.text()
    assert journal.setting("recovery.daily_cost") == 25 and cost.value() == 25

    _type_into(qtbot, cost, "250000000")  # a digit or three too many
    assert "cannot be right" in dialog.message.text()
    assert journal.setting("recovery.daily_cost") == 25 and cost.value() == 25

    _type_into(qtbot, cost, "1500000")  # a day's cost in rupiah is a large number, and a real one
    assert dialog.message.text() == "" and journal.setting("recovery.daily_cost") == 1_500_000


def test_a_daily_cost_of_zero_is_saved_and_says_that_today_shows_no_money(qtbot, dialog, journal):
    cost = dialog.controls["recovery.daily_cost"]
    _type_into(qtbot, cost, "12")
    _type_into(qtbot, cost, "0")
    assert journal.setting("recovery.daily_cost") == 0
    assert "no money regained" in dialog.notice.text() and dialog.message.text() == ""


def test_daily_hours_past_a_whole_day_are_refused(qtbot, dialog, journal):
    hours = dialog.controls["recovery.daily_hours"]
    _type_into(qtbot, hours, "3")
    _type_into(qtbot, hours, "30")
    assert "24" in dialog.message.text() and journal.setting("recovery.daily_hours") == 3
    assert hours.value() == 3
