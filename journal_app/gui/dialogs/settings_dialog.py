"""The one Settings dialog, built from the registry in ``core/settings.py``.

Each :class:`Setting` line becomes one control in its group's section: a
check box for ``bool``, a spin box for numbers (the minimum shows the
setting's ``special`` words), a list for ``str`` with choices, a text field
otherwise. A change is stored at once — device settings in the data folder's
file, journal settings inside the journal — and ``settings_changed`` tells
the window, which applies it live (theme, text size, auto-lock).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import crisis
from ...core.crisis import COUNTRY_SETTING
from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.languages import LANGUAGES, SYSTEM
from ...core.settings import SETTINGS, DeviceSettings, Scope, Setting
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.pickers import narrow_combo
from ..widgets.scroll_page import ScrollPage, clamp_to_screen, keep_on_screen
from ..widgets.text_blocks import wrapped_label
from ..widgets.wrap_check import WrapCheck
from .setting_words import shown, suffix

GROUP_ORDER = ("Appearance", "Safety", "Privacy", "Backups", "General")
FONT_KEY = "appearance.font_points"
LANGUAGE_KEY = "appearance.language"  # read once at start-up: a change waits for the next start
FIRST_FONT_SIZE = 8  # sizes between "follow the system" (0) and this are skipped
# Amounts typed by hand: any number may be typed, and one outside the setting's limits is refused
# in words (a spin box would silently drop a minus sign or a digit too many, or clamp it).
AMOUNT_KEYS = ("recovery.daily_cost", "recovery.daily_hours")
AMOUNT_LIMIT = 10**9  # what the field takes at all; the setting's own limits are far below


def shown_in_dialog(spec: Setting) -> bool:
    """Settings the dialog shows: lists and tables are edited where they live (the plan's numbers)."""
    return spec.in_dialog and spec.type not in (list, dict)


class SettingsDialog(QDialog):
    """Every setting in one place; changes apply as they are made."""

    changed = Signal(str)  # the key of the setting just stored

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.device = DeviceSettings.load(ctx.data_dir) if ctx.data_dir is not None else None
        self.controls: dict[str, QWidget] = {}
        self._loading = True
        scroll = ScrollPage()  # up and down only: a small screen or a large text size scrolls
        body_layout = scroll.body
        groups: dict[str, list[Setting]] = {}
        for spec in SETTINGS:
            if shown_in_dialog(spec):
                groups.setdefault(spec.group, []).append(spec)
        for group in sorted(groups, key=lambda g: GROUP_ORDER.index(g) if g in GROUP_ORDER else 99):
            box = QGroupBox(shown(group))
            rows = QVBoxLayout(box)
            for spec in groups[group]:
                control = self._control_for(spec)
                self.controls[spec.key] = control
                # each setting's words above its field, the whole width (room to read), its hint
                # below; a check box carries its own words, wrapped
                setting = QVBoxLayout()
                setting.setSpacing(2)
                if not isinstance(control, WrapCheck):
                    label = QLabel(shown(spec.label))
                    label.setWordWrap(True)
                    label.setBuddy(control)
                    setting.addWidget(label)
                setting.addWidget(control)
                if spec.help:
                    hint = wrapped_label(shown(spec.help))
                    hint.setEnabled(False)
                    if isinstance(control, WrapCheck):  # under the check box's words
                        hint.setIndent(control.words_indent())
                    setting.addWidget(hint)
                rows.addLayout(setting)
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        self.message = wrapped_label(hide_empty=True)  # no empty lines above the button
        self.message.setProperty("role", "error")
        self.notice = wrapped_label(hide_empty=True)  # what a change does, when it is not at once
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in a field takes its number, and the dialog stays open
        close.setDefault(False)  # to say whether it was kept
        layout = QVBoxLayout(self)
        if self.device is not None and self.device.problem:
            layout.addWidget(wrapped_label(self.device.problem))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        keyboard.prepare(self)  # the scroll area is no Tab stop; "Follow the system" is said, not 0
        # as large as the text size asks, as far as the screen and the window allow; the groups scroll
        chars, lines = self.fontMetrics().averageCharWidth(), self.fontMetrics().lineSpacing()
        clamp_to_screen(self, max(560, 50 * chars), max(520, 30 * lines))
        keep_on_screen(self)
        self._loading = False

    # -- controls -------------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        spec = next(s for s in SETTINGS if s.key == key)
        if spec.scope is Scope.DEVICE:
            return self.device.get(key) if self.device is not None else spec.default
        journal = self.ctx.journal
        return journal.setting(key) if journal is not None else spec.default

    def _control_for(self, spec: Setting) -> QWidget:
        value = self.value(spec.key)
        control: QWidget
        if spec.type is bool:
            control = WrapCheck(shown(spec.label), checked=bool(value))
            control.toggled.connect(lambda checked, s=spec: self.store(s, checked))
        elif spec.type in (int, float):
            control = QSpinBox() if spec.type is int else QDoubleSpinBox(decimals=1)
            control.setRange(
                int(spec.minimum if spec.minimum is not None else -(10**6)),
                int(spec.maximum if spec.maximum is not None else 10**6),
            )
            control.setSuffix(suffix(spec.suffix))
            control.setSpecialValueText(shown(spec.special))
            control.setValue(value)
            control.valueChanged.connect(lambda number, s=spec, c=control: self._number_changed(s, c, number))
            if spec.key in AMOUNT_KEYS:
                control.setRange(-AMOUNT_LIMIT, AMOUNT_LIMIT)
                control.setKeyboardTracking(False)  # taken on Enter or leaving the field, not per digit
        elif spec.key == COUNTRY_SETTING:  # the countries issue 10's table knows, by name
            control = narrow_combo()
            control.addItem(self.tr("Not chosen (the system's region is used)"), "")
            for place in crisis.countries():
                control.addItem(f"{place.label} ({place.code})", place.code)
            control.setCurrentIndex(max(0, control.findData(value)))
            control.currentIndexChanged.connect(lambda _i, s=spec, c=control: self.store(s, c.currentData()))
        elif spec.choices:
            control = narrow_combo()
            labels = spec.choice_labels or spec.choices
            for label, choice in zip(labels, spec.choices, strict=True):
                control.addItem(shown(label), choice)
            control.setCurrentIndex(max(0, control.findData(value)))
            control.currentIndexChanged.connect(lambda _i, s=spec, c=control: self.store(s, c.currentData()))
        else:
            control = QLineEdit(str(value))
            control.editingFinished.connect(lambda s=spec, c=control: self.store(s, c.text().strip()))
        control.setAccessibleName(shown(spec.label))
        if spec.help:
            control.setAccessibleDescription(shown(spec.help))
        if spec.scope is Scope.JOURNAL and self.ctx.journal is None:
            control.setEnabled(False)
            control.setToolTip(self.tr("Unlock your journal to change this."))
        return control

    def _number_changed(self, spec: Setting, control: QSpinBox | QDoubleSpinBox, number: float) -> None:
        if (
            spec.key in AMOUNT_KEYS
            and isinstance(control, QDoubleSpinBox)
            and not self._amount_kept(spec, control, number)
        ):
            return
        if spec.key == FONT_KEY and 0 < number < FIRST_FONT_SIZE:  # 0 then 8: no sizes nobody can read
            control.setValue(FIRST_FONT_SIZE if number == 1 else 0)
            return
        self.store(spec, number)

    def _amount_kept(self, spec: Setting, control: QDoubleSpinBox, number: float) -> bool:
        """A daily cost or daily hours within the setting's limits is kept (0 says what it means);
        anything else is refused in words and the field shows the stored number again."""
        if spec.accepts(number):
            self.notice.setText(self._zero_words(spec.key) if number == 0 else "")
            return True
        kept = self.value(spec.key)
        control.blockSignals(True)
        control.setValue(kept)
        control.blockSignals(False)
        typed, kept_text = control.textFromValue(number), control.textFromValue(kept)
        most = control.textFromValue(spec.maximum if spec.maximum is not None else AMOUNT_LIMIT)
        if spec.key == "recovery.daily_hours":
            refusal = (
                self.tr("Hours cannot be below zero, so {typed} was not saved; it stays {kept}.")
                if number < 0
                else self.tr("A day has {most} hours, so {typed} was not saved; it stays {kept}.")
            )
        else:
            refusal = (
                self.tr("A daily cost cannot be below zero, so {typed} was not saved; it stays {kept}.")
                if number < 0
                else self.tr(
                    "{typed} a day is more than {most}, which cannot be right, so it was not saved; "
                    "it stays {kept}. Check for a digit too many."
                )
            )
        self.message.setText(refusal.format(typed=typed, kept=kept_text, most=most))
        return False

    def _zero_words(self, key: str) -> str:
        if key == "recovery.daily_hours":
            return self.tr("Saved. With 0 hours, Today shows no time regained.")
        return self.tr("Saved. With a cost of 0, Today shows no money regained.")

    # -- storing --------------------------------------------------------------------------------
    def store(self, spec: Setting, value: Any) -> None:
        """Keep ``value`` where the setting lives and say so; a failure is said in words."""
        if self._loading:
            return
        try:
            if spec.scope is Scope.DEVICE:
                if self.device is None:
                    return
                self.device.set(spec.key, value)
            else:
                journal = self.ctx.journal
                if journal is None:
                    return
                journal.set_setting(spec.key, spec.coerce(value))
        except OSError as exc:
            self.message.setText(
                self.tr("“{setting}” could not be saved: {reason}.").format(
                    setting=shown(spec.label), reason=exc.strerror or exc
                )
            )
            return
        except (JournalError, DatabaseError) as exc:
            self.message.setText(
                self.tr("“{setting}” could not be saved: {reason}").format(
                    setting=shown(spec.label), reason=exc
                )
            )
            return
        self.message.clear()
        if spec.key == LANGUAGE_KEY:
            self.notice.setText(restart_notice(str(value)))
        self.changed.emit(spec.key)
        self.ctx.events.settings_changed.emit()


def restart_notice(language: str) -> str:
    """What choosing ``language`` did: the window speaks it now, and nothing being written was lost."""
    name = (
        QCoreApplication.translate("SettingsDialog", "your system's language")
        if language == SYSTEM
        else LANGUAGES.get(language, language)
    )
    return QCoreApplication.translate(
        "SettingsDialog",
        "Saved. Recovery Journal is now in {language}; nothing you were writing was lost.",
    ).format(language=name)
