"""A row of the article's eight warning signs to tick on an entry ("I notice this in myself")."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox

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
            box = QCheckBox(sign.name)
            box.setToolTip(" ".join(sign.looks_like))
            layout.addWidget(box)
            self.boxes[sign.key] = box

    def keys(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_keys(self, keys) -> None:
        chosen = set(keys)
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def clear(self) -> None:
        self.set_keys(())
