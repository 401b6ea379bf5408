"""A page that scrolls up and down (never sideways), and dialogs that fit the screen they open on.

Dialogs put their content in a :class:`ScrollPage` and their buttons below it;
:func:`fit_to_screen` then sizes the dialog to its content, but never larger
than the screen, so at 1024×600 or a 24-point font the content scrolls
instead of being cut or drawn over itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QTextEdit, QVBoxLayout, QWidget

READABLE_CHARS = 120  # the longest line a page of words gets on a wide screen, in average characters


class _ReadableWidth(QObject):
    """Keeps a page (or a text field's lines) at most ``chars`` characters wide, in its own font."""

    def __init__(self, widget: QWidget, chars: int) -> None:
        super().__init__(widget)
        self.widget, self.chars = widget, chars
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        most = self.chars * self.widget.fontMetrics().averageCharWidth()
        if isinstance(self.widget, QTextEdit):  # the lines wrap at the cap; the field keeps its width
            wide = self.widget.width() > most + 2 * self.widget.frameWidth()  # the viewport follows later
            self.widget.setLineWrapMode(
                QTextEdit.LineWrapMode.FixedPixelWidth if wide else QTextEdit.LineWrapMode.WidgetWidth
            )
            self.widget.setLineWrapColumnOrWidth(most if wide else 0)
        else:
            self.widget.setMaximumWidth(most)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) or (
            event.type() == QEvent.Type.Resize and isinstance(self.widget, QTextEdit)
        ):
            self.apply()
        return False


def readable_width(widget: QWidget, chars: int = READABLE_CHARS) -> None:
    """On a wide screen, keep ``widget`` (a scroll area's page, or a text field's lines) at most about
    ``chars`` characters wide, so that a line of words stays easy to follow; it follows font changes.
    A page inside a resizable scroll area then sits at the left, its scroll bar at the window's edge."""
    _ReadableWidth(widget, chars)


class ScrollPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget()
        self.body = QVBoxLayout(self.inner)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self.inner)

    def content_height(self, width: int) -> int:
        """How high the content is at ``width`` (wrapped labels included)."""
        layout = self.inner.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return self.inner.sizeHint().height()

    @classmethod
    def filling(cls, view: QWidget) -> ScrollPage:
        """A page that fills ``view`` (a main view): its content goes in ``page.body``."""
        outer = QVBoxLayout(view)
        outer.setContentsMargins(0, 0, 0, 0)
        page = cls()
        outer.addWidget(page)
        page.body.setContentsMargins(9, 9, 9, 9)
        readable_width(page.inner)
        return page


class PageStack(QWidget):
    """Pages shown one at a time, like a ``QStackedWidget`` (``addWidget``, ``count``,
    ``currentIndex``, ``setCurrentIndex``, ``currentWidget``, ``setCurrentWidget``, ``widget``,
    ``currentChanged``), but as high as the page shown, not the tallest one: inside a
    :class:`ScrollPage` a short page is not padded with empty room that pushes what follows out
    of sight. (A ``QStackedLayout`` answers height-for-width with its tallest page.)"""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self._box.addWidget(page)
        if self._current < 0:
            self._current = 0
        else:
            page.hide()
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:
        return self._pages.index(page) if page in self._pages else -1

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self.widget(self._current)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))

    def setCurrentIndex(self, index: int) -> None:
        if index == self._current or not 0 <= index < len(self._pages):
            return
        self._current = index
        self.setUpdatesEnabled(False)  # no frame with two pages, or none
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)
        self.setUpdatesEnabled(True)
        self.currentChanged.emit(index)


def _room(dialog: QWidget) -> tuple[int, int]:
    """The most a dialog may take: its screen, and the window it belongs to."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    max_w = available.width() - 40 if available is not None else 1000
    max_h = available.height() - 60 if available is not None else 700
    parent = dialog.parentWidget()
    if parent is not None:
        top = parent.window()
        max_w, max_h = min(max_w, top.width()), min(max_h, top.height())
    return max_w, max_h


class _OnScreen(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            max_w, max_h = _room(watched)
            if watched.width() > max_w or watched.height() > max_h:
                watched.resize(min(watched.width(), max_w), min(watched.height(), max_h))
        return False


def keep_on_screen(dialog: QWidget) -> None:
    """A ``dialog`` that would open larger than its screen or window (the largest text size, a
    small screen) opens as large as they allow: its rows wrap and its lists scroll instead."""
    dialog.installEventFilter(_OnScreen(dialog))


def clamp_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Give ``dialog`` the size it wishes for, or as much of it as the screen and window allow."""
    max_w, max_h = _room(dialog)
    dialog.resize(min(width, max_w), min(height, max_h))


def fit_to_screen(dialog: QWidget, page: ScrollPage, *, width: int | None = None) -> None:
    """Size ``dialog`` to show all of ``page`` if the screen allows, else as much as fits."""
    max_w, max_h = _room(dialog)
    outer = dialog.layout()
    margins = outer.contentsMargins() if outer is not None else None
    sides = margins.left() + margins.right() if margins is not None else 0
    min_w = page.inner.minimumSizeHint().width() + page.verticalScrollBar().sizeHint().width() + sides + 4
    want_w = max(width or dialog.sizeHint().width(), min_w)
    want_w = min(want_w, max_w)
    chrome = dialog.sizeHint().height() - page.sizeHint().height()
    want_h = page.content_height(want_w - 24) + max(chrome, 0) + 8
    dialog.resize(want_w, max(120, min(want_h, max_h)))
