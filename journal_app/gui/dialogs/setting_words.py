"""The Settings dialog's words for the registry in ``core/settings.py``, in the language shown.

The registry (core: no Qt) names each setting, its group, help, units and choices in
English. Here each of those words is a literal, so ``pyside6-lupdate`` puts it in the
GUI catalogue (context "Setting"), and :func:`shown` gives it in the language in use.
A new ``Setting`` line needs its words here too: ``tests/gui/dialogs/test_settings_words.py``
names any that are missing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.languages import LANGUAGES

WORDS = (
    QT_TRANSLATE_NOOP("Setting", "General"),
    QT_TRANSLATE_NOOP("Setting", "Safety"),
    QT_TRANSLATE_NOOP("Setting", "Country for crisis numbers"),
    QT_TRANSLATE_NOOP(
        "Setting", "Get help shows the emergency and crisis numbers for this country, also while locked."
    ),
    QT_TRANSLATE_NOOP("Setting", "Appearance"),
    QT_TRANSLATE_NOOP("Setting", "Theme"),
    QT_TRANSLATE_NOOP("Setting", "Follow the system"),
    QT_TRANSLATE_NOOP("Setting", "Light"),
    QT_TRANSLATE_NOOP("Setting", "Dark"),
    QT_TRANSLATE_NOOP("Setting", "High contrast"),
    QT_TRANSLATE_NOOP("Setting", "Text size"),
    QT_TRANSLATE_NOOP("Setting", "Every view and dialog is laid out to fit from 8 to 24 points."),
    QT_TRANSLATE_NOOP("Setting", "pt"),
    QT_TRANSLATE_NOOP("Setting", "Language"),
    QT_TRANSLATE_NOOP("Setting", "A new language is used from the next time you open the app."),
    QT_TRANSLATE_NOOP("Setting", "Privacy"),
    QT_TRANSLATE_NOOP("Setting", "Lock the journal after this many minutes without use"),
    QT_TRANSLATE_NOOP("Setting", "Only an encrypted journal can lock. 0 means never."),
    QT_TRANSLATE_NOOP("Setting", "The default (5 minutes)"),
    QT_TRANSLATE_NOOP("Setting", "min"),
    QT_TRANSLATE_NOOP("Setting", "Backups"),
    QT_TRANSLATE_NOOP("Setting", "Automatic backups to keep, one a day"),
    QT_TRANSLATE_NOOP(
        "Setting", "A backup is taken once a day and when the app closes; older ones are removed."
    ),
    QT_TRANSLATE_NOOP("Setting", "Weekly backups to keep besides"),
    QT_TRANSLATE_NOOP("Setting", "Reminders"),
    QT_TRANSLATE_NOOP("Setting", "Evening review (a time, or empty)"),
    QT_TRANSLATE_NOOP("Setting", "What a check-in reminder says"),
    QT_TRANSLATE_NOOP("Setting", "Reminders never show anything you wrote in the journal."),
    QT_TRANSLATE_NOOP("Setting", "Quiet hours start"),
    QT_TRANSLATE_NOOP("Setting", "Quiet hours end"),
    QT_TRANSLATE_NOOP("Setting", "Snooze for (minutes)"),
    QT_TRANSLATE_NOOP("Setting", "Start-up"),
    QT_TRANSLATE_NOOP("Setting", "Show an icon in the system tray"),
    QT_TRANSLATE_NOOP("Setting", "Start when I log in"),
    QT_TRANSLATE_NOOP("Setting", "Start minimised to the tray"),
    QT_TRANSLATE_NOOP("Setting", "Hide everything (shortcut)"),
    QT_TRANSLATE_NOOP(
        "Setting", "Hides every window, locks an encrypted journal and clears what the app copied."
    ),
    QT_TRANSLATE_NOOP("Setting", "Show the overdose safety facts after this many days without use"),
    QT_TRANSLATE_NOOP(
        "Setting", "After a break, tolerance drops quickly; a use after this many days brings up the facts."
    ),
    QT_TRANSLATE_NOOP("Setting", "days"),
    QT_TRANSLATE_NOOP("Setting", "Report"),
    QT_TRANSLATE_NOOP("Setting", "Put questionnaire scores in the PDF report"),
    QT_TRANSLATE_NOOP(
        "Setting", "Your PHQ-9, GAD-7 and BAM scores over time, for your clinician. Off unless you choose."
    ),
    QT_TRANSLATE_NOOP("Setting", "Recovery"),
    QT_TRANSLATE_NOOP("Setting", "What using cost on a typical day (0: not shown)"),
    QT_TRANSLATE_NOOP("Setting", "Today shows the money regained since your recovery start."),
    QT_TRANSLATE_NOOP("Setting", "Hours a typical day of using took (0: not shown)"),
    QT_TRANSLATE_NOOP("Setting", "Currency sign for the cost (e.g. €, $)"),
)


def shown(text: str) -> str:
    """A registry word in the language in use (a language's own name stays as it is)."""
    if not text or text in LANGUAGES.values():
        return text
    return QCoreApplication.translate("Setting", text)


def suffix(text: str) -> str:
    """A unit after a number (" min"), translated with its leading space kept."""
    word = text.strip()
    return text.replace(word, shown(word)) if word else text
