"""The entry form's own fields: the mood and craving sliders that can stay "not said", yes/no
combos with "Not said", and the small conversions between Qt's values and the core's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMargins, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

MOOD_WORDS = {
    1: "very low",
    2: "low",
    3: "low",
    4: "uneasy",
    5: "okay",
    6: "okay",
    7: "good",
    8: "good",
    9: "very good",
    10: "great",
}
CRAVING_WORDS = {
    0: "none",
    1: "faint",
    2: "mild",
    3: "mild",
    4: "noticeable",
    5: "moderate",
    6: "strong",
    7: "strong",
    8: "very strong",
    9: "intense",
    10: "overwhelming",
}


def word_texts() -> dict[str, str]:
    """The slider words above in the language shown (keyed by their English)."""
    return {
        "very low": QCoreApplication.translate("LabelledSlider", "very low"),
        "low": QCoreApplication.translate("LabelledSlider", "low"),
        "uneasy": QCoreApplication.translate("LabelledSlider", "uneasy"),
        "okay": QCoreApplication.translate("LabelledSlider", "okay"),
        "good": QCoreApplication.translate("LabelledSlider", "good"),
        "very good": QCoreApplication.translate("LabelledSlider", "very good"),
        "great": QCoreApplication.translate("LabelledSlider", "great"),
        "none": QCoreApplication.translate("LabelledSlider", "none"),
        "faint": QCoreApplication.translate("LabelledSlider", "faint"),
        "mild": QCoreApplication.translate("LabelledSlider", "mild"),
        "noticeable": QCoreApplication.translate("LabelledSlider", "noticeable"),
        "moderate": QCoreApplication.translate("LabelledSlider", "moderate"),
        "strong": QCoreApplication.translate("LabelledSlider", "strong"),
        "very strong": QCoreApplication.translate("LabelledSlider", "very strong"),
        "intense": QCoreApplication.translate("LabelledSlider", "intense"),
        "overwhelming": QCoreApplication.translate("LabelledSlider", "overwhelming"),
    }


def qdatetime(moment) -> QDateTime:
    wall = moment.replace(tzinfo=None)
    return QDateTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second)


class LabelledSlider(QWidget):
    """A slider with its value in words and numbers below it (never colour alone), which can
    also be left "not said": then :meth:`value` is ``None`` and nothing is made up for it."""

    valueChanged = Signal(object)  # int, or None when not said

    def __init__(self, low: int, high: int, words: dict[int, str], name: str, parent=None):
        super().__init__(parent)
        texts = word_texts()
        self.words = {value: texts.get(word, word) for value, word in words.items()}
        self._said = True
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(low, high)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setMinimumWidth(120)
        self.slider.setAccessibleName(name)
        self.label = QLabel()
        self.not_said = QCheckBox(self.tr("Not said"))
        self.not_said.setAccessibleName(self.tr("{name}: not said").format(name=name.split(",")[0]))
        self.not_said.setToolTip(self.tr("Leave this out of the entry; moving the slider says it."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.slider)
        below = QHBoxLayout()
        below.addWidget(self.label, 1)
        below.addWidget(self.not_said)
        layout.addLayout(below)
        self.slider.valueChanged.connect(lambda _v: self._set_said(True))
        self.slider.sliderPressed.connect(lambda: self._set_said(True))
        self.not_said.toggled.connect(lambda checked: self._set_said(not checked))
        self._show()

    def _set_said(self, said: bool) -> None:
        self._said = said
        self._show()
        self.valueChanged.emit(self.value())

    def _show(self) -> None:
        value = self.slider.value()
        text = (
            self.tr("{value} of {top} — {words}").format(
                value=value, top=self.slider.maximum(), words=self.words.get(value, "")
            )
            if self._said
            else self.tr("Not said")
        )
        self.label.setText(text if self._said else self.tr("Move the slider to say"))
        self.slider.setAccessibleDescription(text)
        self.not_said.blockSignals(True)
        self.not_said.setChecked(not self._said)
        self.not_said.blockSignals(False)

    def value(self) -> int | None:
        return self.slider.value() if self._said else None

    def setValue(self, value: int | None) -> None:
        """Show ``value``; ``None`` shows "Not said" with the slider in the middle."""
        self.slider.blockSignals(True)
        if value is None:
            self.slider.setValue((self.slider.minimum() + self.slider.maximum() + 1) // 2)
        else:
            self.slider.setValue(value)
        self.slider.blockSignals(False)
        self._set_said(value is not None)


def yes_no_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(QCoreApplication.translate("yes_no_combo", "Not said"), None)
    combo.addItem(QCoreApplication.translate("yes_no_combo", "Yes"), True)
    combo.addItem(QCoreApplication.translate("yes_no_combo", "No"), False)
    return combo


def enum_or_none(enum_type, value):
    return None if value is None else enum_type(value)


def set_combo_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def form_width_needed(form: QWidget) -> int:
    """The least width at which no field of the entry form is narrower than it needs.

    A QFormLayout that wraps long rows reports a minimum as if every row wrapped, but puts a
    row's field beside its label whenever that one row fits: the field column then starts after
    the widest label, and a field can get less than it needs. So: the widest label, then the widest field."""
    need = form.minimumSizeHint().width()
    outer = form.layout()
    outer_margins = outer.contentsMargins() if outer is not None else QMargins()
    for layout in form.findChildren(QFormLayout):
        labels = fields = 0
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            if label is None or field is None or label_widget is None or not label_widget.isVisibleTo(form):
                continue
            labels = max(labels, label.sizeHint().width())
            fields = max(fields, field.minimumSize().width())
        if labels and fields:
            margins = layout.contentsMargins()
            need = max(
                need,
                labels
                + max(layout.horizontalSpacing(), 0)
                + fields
                + margins.left()
                + margins.right()
                + outer_margins.left()
                + outer_margins.right(),
            )
    return need


def date_pattern(locale: QLocale) -> str:
    return "MMM d, yyyy" if locale.name() == "en_US" else "d MMM yyyy"


def date_edit() -> QDateEdit:
    """A date field with a calendar that starts the week as the locale does, the date written as it
    writes it ("May 5, 2025", "5 may 2025")."""
    edit = QDateEdit(calendarPopup=True)
    locale = QLocale()
    edit.setDisplayFormat(date_pattern(locale))
    calendar = edit.calendarWidget()
    if calendar is not None:
        calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
    return edit
