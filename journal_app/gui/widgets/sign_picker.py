"""A row of the article's eight warning signs to tick on an entry ("I notice this in myself")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QWidget

from ...core.knowledge import load_knowledge
from .flow_layout import FlowLayout


class WarningSignPicker(QGroupBox):
    def __init__(self, title: str | None = None, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Warning signs I notice in myself (optional)") if title is None else title)
        self.setToolTip(
            self.tr("Ticking a sign lets Insights show it with tips and your plan. See Learn for more.")
        )
        layout = FlowLayout(self)  # as many columns as fit
        self.boxes: dict[str, QCheckBox] = {}
        for sign in load_knowledge().signs:
            box = QCheckBox()
            box.setAccessibleName(sign.name)
            box.setToolTip(" ".join(sign.looks_like))
            layout.addWidget(_with_wrapping_text(box, sign.name))
            self.boxes[sign.key] = box

    def keys(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_keys(self, keys) -> None:
        chosen = set(keys)
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def clear(self) -> None:
        self.set_keys(())


class _Toggles(QObject):
    """A click on the text ticks its box, as a click on a check box's own text does."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)


class _OneLineFirst(QLabel):
    """A wrapped label that asks for its whole text on one line (and wraps only when that does not fit)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 2
        return QSize(max(hint.width(), one_line), hint.height())


def _with_wrapping_text(box: QCheckBox, text: str) -> QWidget:
    """A check box whose words wrap onto more lines at a large font (a check box's own text cannot)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    label = _OneLineFirst(text, holder)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setBuddy(box)
    label.setToolTip(box.toolTip())
    label.installEventFilter(_Toggles(box))
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return holder
