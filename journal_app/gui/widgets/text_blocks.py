"""Small pieces of text the guidance views share: wrapped labels, citations, crisis numbers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from ...core.knowledge import load_knowledge


class WrappedLabel(QLabel):
    """A wrapped label; once ``keyboard.readable`` made it a Tab stop, a stop only while it has
    text (an empty message would be a stop a screen reader reads as nothing). Made with
    ``hide_empty=True`` it is shown only while it has text (an empty message takes no room)."""

    tab_stop_with_text = False
    hide_empty = False

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.tab_stop_with_text:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if text else Qt.FocusPolicy.NoFocus)
        if self.hide_empty:
            self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def wrapped_label(
    text: str = "", *, rich: bool = False, selectable: bool = True, hide_empty: bool = False
) -> QLabel:
    label = WrappedLabel(text)
    if hide_empty:
        label.hide_empty = True
        label.setVisible(bool(text))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def titled_box(box: QGroupBox, title: str) -> QVBoxLayout:
    """Give ``box`` its layout, headed by ``title`` in bold words that wrap (a group box's own title
    never wraps: at 24 points in Spanish one held the prevention plan wider than its window).
    Screen readers hear the title as the box's name."""
    box.setTitle("")
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    heading = wrapped_label(f"<b>{escape(title)}</b>", rich=True)
    heading.setObjectName("boxHeading")
    layout.addWidget(heading)
    return layout


def sources_html(keys: tuple[str, ...] | list[str]) -> str:
    """'Sources: …' with the full citation of every source key."""
    citations = load_knowledge().citations(tuple(keys))
    if not citations:
        return ""
    sources = QCoreApplication.translate("text_blocks", "Sources: {list}").format(
        list="; ".join(escape(c) for c in citations)
    )
    return f"<p><small>{sources}</small></p>"


def crisis_numbers_html(numbers) -> str:
    """A list of crisis lines with big, easy-to-read numbers."""
    rows = "".join(
        f"<li>{escape(n.label)}{f' ({escape(n.country)})' if n.country else ''}: "
        f"<b style='font-size:14pt'>{escape(n.number)}</b></li>"
        for n in numbers
    )
    return f"<ul>{rows}</ul>"


def bullets_html(lines) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"
