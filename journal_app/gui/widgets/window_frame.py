"""The main window's frame at any size: the navigation and the toolbar give way to the view.

Both keep their words while there is room. In a window narrow for its text size the
navigation shows icons only (the names in tool tips and for screen readers), and the
toolbar's actions do too when their words would not fit, so that Get help — the one
button that always keeps its words — is never pushed into the toolbar's overflow menu.
Neither ever scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QStyle, QToolBar, QToolButton, QWidget

# icons in resources/icons/ui (CC0); a view may also name its own with a ``view_icon`` attribute
VIEW_ICONS = {
    "Today": "today",
    "Journal": "journal",
    "Charts": "charts",
    "Insights": "insights",
    "Prevention plan": "plan",
    "Learn": "learn",
    "Questionnaires": "questionnaires",
    "Medication": "medication",
    "Back-fill days": "back-fill",
}
ACTION_ICONS = {"check_in": "check-in", "craving": "urge", "use": "use", "note": "note"}

COMPACT_CHARS = 100  # a window narrower than this many average characters: icons-only navigation


def nav_is_compact(window_width: int, metrics: QFontMetrics) -> bool:
    return window_width < COMPACT_CHARS * metrics.averageCharWidth()


def fit_nav(nav: QListWidget, names: list[str], metrics: QFontMetrics, compact: bool) -> None:
    """Words beside the icons, or icons only; as wide as that needs, its scroll bar included
    when the rows are taller than the window (it never scrolls sideways). ``metrics``: the
    window's font (during a change of text size the list may not have the new one yet)."""
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    side = nav.iconSize().width()
    for row, name in enumerate(names):
        item = nav.item(row)
        if item is None:
            continue
        item.setText("" if compact else name)
        item.setToolTip(name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
    width = side + 2 * nav.frameWidth() + 20
    if not compact:
        widest = max((metrics.horizontalAdvance(name) for name in names), default=100)
        width += widest + 2 * metrics.averageCharWidth() - 8
    if nav.verticalScrollBar().maximum() > 0:  # the rows are taller than the list: room for its bar
        width += nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, nav)
    nav.setFixedWidth(width)


def keep_nav_fitted(nav: QListWidget, refit) -> None:
    """Call ``refit`` when the list starts or stops needing its scroll bar (the window's height)."""
    nav.verticalScrollBar().rangeChanged.connect(lambda _low, _high: refit())


def _words_width(button: QToolButton) -> int:
    """How wide ``button`` is with its words beside its icon. Measured by showing it that way once
    for each text, font and icon size (not on every resize of an icons-only window)."""
    key = f"{button.text()}|{button.font().key()}|{button.iconSize().width()}"
    if button.property("wordsWidthKey") == key:
        return int(button.property("wordsWidth"))
    style = button.toolButtonStyle()
    if style == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
        width = button.sizeHint().width()
    else:
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        width = button.sizeHint().width()
        button.setToolButtonStyle(style)
    button.setProperty("wordsWidthKey", key)
    button.setProperty("wordsWidth", width)
    return width


def fit_toolbar(bar: QToolBar, keep: QWidget, width: int) -> bool:
    """Words beside the toolbar's icons when all of them and ``keep`` fit in ``width``, else
    icons only (their words stay in tool tips and for screen readers). True when icons only."""
    layout = bar.layout()
    spacing = layout.spacing() if layout is not None else 6
    margins = bar.contentsMargins()
    needed = keep.sizeHint().width() + margins.left() + margins.right() + 2 * spacing
    needed += bar.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarHandleExtent, None, bar)
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton) and button is not keep and action.isVisible():
            needed += _words_width(button) + spacing
    icons_only = needed > width
    bar.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonIconOnly if icons_only else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    )
    return icons_only
