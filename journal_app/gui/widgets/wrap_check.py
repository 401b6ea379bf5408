"""A check box whose words wrap onto as many lines as its width needs.

A plain ``QCheckBox`` draws its text on one line, so a long option ("Private (left
out of session mode and exports unless included)") pushes a dialog wider than a
small screen at a large font. :class:`WrapCheck` *is* a ``QCheckBox`` (``toggled``,
``isChecked``, Space, Tab, focus and the screen reader's "check box" are Qt's own),
drawn without text; a word-wrapped ``QLabel`` inside it, whose buddy it is, shows
the words beside the box (on the other side in right to left), and a click on the
words toggles it. Its accessible name is the words, set again with every
``setText`` (a live language switch sets the text again). It follows the app's
font and palette because the label is its child. In layouts it is as high as its
lines at the width it gets (height for width), like a wrapped label.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QWidget,
)


def _without_mnemonic(text: str) -> str:
    """The words as shown: "&Private" is "Private", "Salt && pepper" is "Salt & pepper"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class WrapCheck(QCheckBox):
    """A ``QCheckBox`` with words that wrap (see the module's notes)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, checked: bool = False) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("wrapCheckWords")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self)  # the words name this box
        # a press on the words reaches the box itself: it toggles, takes focus and shows it pressed
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._text = ""
        self.setText(text)
        self.setChecked(checked)

    # -- its words ----------------------------------------------------------------------------
    def setText(self, text: str) -> None:
        """Show ``text`` wrapped beside the box; it is also the box's name for a screen reader. An
        ``&`` marks the Alt+letter shortcut, as on a plain check box (the letter toggles the box)."""
        self._text = text
        shown = _without_mnemonic(text)
        self.label.setText(shown)
        self.setAccessibleName(shown)
        self.setShortcut(QKeySequence.mnemonic(text))
        self.updateGeometry()
        self._place_words()

    def text(self) -> str:
        return self._text

    # -- size ---------------------------------------------------------------------------------
    def _box(self) -> QSize:
        style = self.style()
        width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        height = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        return QSize(width, height)

    def words_indent(self) -> int:
        """From the widget's edge to where the words begin."""
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return self._box().width() + max(spacing, 4)

    def _first_line(self) -> int:
        """The height of the top row, where the box sits beside the first line of words."""
        return max(self._box().height(), self.label.fontMetrics().height())

    def sizeHint(self) -> QSize:
        words = self.label.sizeHint()
        return QSize(self.words_indent() + words.width(), max(self._first_line(), words.height()))

    def minimumSizeHint(self) -> QSize:
        words = self.label.minimumSizeHint()  # the longest word wide, one line high
        return QSize(self.words_indent() + words.width(), max(self._first_line(), words.height()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        words = self.label.heightForWidth(max(width - self.words_indent(), 1))
        return max(self._first_line(), words)

    # -- placing and drawing ------------------------------------------------------------------
    def _words_rect(self) -> QRect:
        indent = self.words_indent()
        width = max(self.width() - indent, 1)
        rect = QRect(indent, 0, width, max(self.label.heightForWidth(width), self._first_line()))
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def _box_rect(self) -> QRect:
        box = self._box()
        rect = QRect(QPoint(0, (self._first_line() - box.height()) // 2), box)
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def _place_words(self) -> None:
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        self.label.setGeometry(self._words_rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_words()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LayoutDirectionChange,
        ):
            self.updateGeometry()
            self._place_words()

    def _used_words_rect(self) -> QRect:
        """Where the words are drawn: short words leave the room beside them empty."""
        words = self._words_rect()
        used = min(words.width(), self.label.fontMetrics().horizontalAdvance(self.label.text()) + 4)
        if self.isRightToLeft():
            words.setLeft(words.right() - used + 1)
        else:
            words.setWidth(used)
        return words

    def hitButton(self, pos: QPoint) -> bool:
        """The box and its words, as on a plain check box (not the empty room beside short words)."""
        return self._box_rect().adjusted(-2, -2, 2, 2).contains(pos) or self._used_words_rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt's own box (checked, pressed, hovered, disabled, focused), beside the first line of
        words, and the focus frame round the words, where a plain check box draws it."""
        painter = QPainter(self)
        style = self.style()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.rect = self._box_rect()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter, self)
        if self.hasFocus():
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            frame.rect = self._used_words_rect().adjusted(-2, 0, 2, 0)
            frame.backgroundColor = self.palette().window().color()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, self)
