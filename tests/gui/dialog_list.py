"""Every dialog the app has, by name, made on a main window with a journal: the one list the
keyboard, screen-reader and focus tests walk (add a new dialog here)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from journal_app.core.models import EntryKind
from journal_app.gui.main_window import MainWindow


def every_dialog(win: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """Every dialog the app has (and the lock screen), by name, each made when called."""
    from journal_app.core import questionnaires
    from journal_app.core.models import Entry
    from journal_app.core.safety import SafetyNotice
    from journal_app.gui.charts.life_events_dialog import LifeEventsDialog
    from journal_app.gui.dialogs.about_dialog import AboutDialog
    from journal_app.gui.dialogs.crash_dialog import CrashDialog
    from journal_app.gui.dialogs.export_dialog import ExportDialog
    from journal_app.gui.dialogs.get_help import GetHelpDialog
    from journal_app.gui.dialogs.import_dialog import ImportDialog
    from journal_app.gui.dialogs.lapse_review import LapseReviewDialog
    from journal_app.gui.dialogs.questionnaire_dialog import QuestionnaireDialog
    from journal_app.gui.dialogs.safety_dialog import SafetyDialog, SubstanceQuestion
    from journal_app.gui.dialogs.settings_dialog import SettingsDialog
    from journal_app.gui.dialogs.urge_dialog import UrgeDialog
    from journal_app.gui.dialogs.welcome import WelcomeDialog
    from journal_app.gui.security.encryption_dialog import EncryptionDialog
    from journal_app.gui.security.lock_screen import LockScreen
    from journal_app.gui.security.restore_dialog import RestoreDialog

    ctx = win.ctx
    plan = ctx.journal.plan
    use = ctx.journal.save(Entry(kind=EntryKind.USE, substance="heroin", lead_up="A long day"))
    notice = SafetyNotice(1, 30, date(2025, 1, 1), "Please read", (), (), tuple(plan.crisis_numbers()))
    return {
        "Get help": lambda: GetHelpDialog(ctx, win),
        "Log an urge": lambda: UrgeDialog(ctx, win),
        "Export": lambda: ExportDialog(ctx, win),
        "Import": lambda: ImportDialog(ctx, win),
        "Overdose safety": lambda: SafetyDialog(notice, win),
        "Encryption": lambda: EncryptionDialog(ctx.data_dir, lambda: None, lambda _key: None, win),
        "Restore": lambda: RestoreDialog(ctx.data_dir, None, lambda: None, lambda _key: None, win),
        "Life events": lambda: LifeEventsDialog(ctx.journal, win),
        "About": lambda: AboutDialog(win),
        "Something went wrong": lambda: CrashDialog(ctx.data_dir / "logs" / "crash.log", win),
        "Lapse review": lambda: LapseReviewDialog(ctx, use, win),
        "PHQ-9": lambda: QuestionnaireDialog(ctx, questionnaires.PHQ9, win),
        "GAD-7": lambda: QuestionnaireDialog(ctx, questionnaires.GAD7, win),
        "Brief Addiction Monitor": lambda: QuestionnaireDialog(ctx, questionnaires.BAM, win),
        **{
            f"Welcome, step {step + 1}": (lambda step=step: _welcome_at(WelcomeDialog(ctx, win), step))
            for step in range(WELCOME_STEPS)
        },
        "Settings": lambda: SettingsDialog(ctx, win),
        "Which kind of substance": lambda: SubstanceQuestion("kratom tea", win),
        "Lock screen": lambda: LockScreen(ctx.data_dir),
    }


WELCOME_STEPS = 6


def _welcome_at(dialog, step: int):
    for _ in range(step):
        dialog.skip()
    assert dialog.pages.currentIndex() == step
    return dialog


DIALOG_NAMES = [
    "Get help",
    "Log an urge",
    "Export",
    "Import",
    "Overdose safety",
    "Encryption",
    "Restore",
    "Life events",
    "About",
    "Something went wrong",
    "Lapse review",
    "PHQ-9",
    "GAD-7",
    "Brief Addiction Monitor",
    *(f"Welcome, step {step + 1}" for step in range(WELCOME_STEPS)),
    "Settings",
    "Which kind of substance",
    "Lock screen",
]
