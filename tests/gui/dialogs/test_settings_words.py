"""Every word the Settings dialog shows from the registry has its place in the GUI catalogue."""

from journal_app.core.languages import LANGUAGES
from journal_app.core.settings import SETTINGS
from journal_app.gui.dialogs.setting_words import WORDS, suffix
from journal_app.gui.dialogs.settings_dialog import shown_in_dialog


def test_a_new_setting_line_needs_its_words_in_setting_words():
    missing = sorted(
        {
            word
            for spec in SETTINGS
            if shown_in_dialog(spec)
            for word in (
                spec.group,
                spec.label,
                spec.help,
                spec.special,
                spec.suffix.strip(),
                *spec.choice_labels,
            )
            if word and word not in LANGUAGES.values() and word not in WORDS
        }
    )
    assert missing == [], "add these to journal_app/gui/dialogs/setting_words.py, then `make translations`"


def test_a_unit_keeps_its_space():
    assert suffix(" min") == " min" and suffix("") == ""
