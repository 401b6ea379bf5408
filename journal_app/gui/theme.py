"""The one theme module: light, dark, follow the system, and high contrast.

Widgets never hard-code colours. They use palette roles (``palette(text)``,
``QPalette.ColorRole.Highlight``) or mark themselves with a *role* property
that the application style sheet below colours per theme::

    label.setProperty("role", "info")      # a calm note, e.g. the planned response
    label.setProperty("role", "warning")   # something to fix, e.g. the editor's problems
    label.setProperty("role", "error")     # a message that something failed
    button.setProperty("role", "help")     # Get help: always the strongest thing on screen

The charts follow through ``charts.theme.theme_for(palette)``, which asks
:func:`is_dark` here. The style is Qt's Fusion everywhere, so the palette
decides how the app looks, not the desktop's default grey.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFocusRect,
    QWidget,
)

from ..core.settings import DeviceSettings

THEME_NAMES: dict[str, str] = {
    "system": "Follow the system",
    "light": "Light",
    "dark": "Dark",
    "high-contrast": "High contrast",
}
MIN_POINTS, MAX_POINTS = 8, 24  # the text sizes the layouts are made (and tested) for

Role = QPalette.ColorRole


@dataclasses.dataclass(frozen=True, slots=True)
class Tones:
    """The colours of one theme: the palette roles plus the few boxes widgets mark with a role."""

    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled_text: str
    mid: str  # borders and separators
    info_background: str
    info_border: str
    warning_background: str
    warning_border: str
    error_text: str
    help_background: str
    help_text: str
    dark: bool


LIGHT = Tones(
    window="#F4F6F8",
    window_text="#1B2530",
    base="#FFFFFF",
    alternate_base="#EEF2F5",
    text="#1B2530",
    button="#E7ECF0",
    button_text="#1B2530",
    highlight="#2E6F9E",
    highlighted_text="#FFFFFF",
    link="#005A8C",
    placeholder="#5D6B78",
    disabled_text="#6F7B86",
    mid="#7D8995",  # 3.3:1 against the window: a field's edge is seen
    info_background="#E8F4FA",
    info_border="#0072B2",
    warning_background="#FDF1D6",
    warning_border="#B37A00",
    error_text="#B3261E",
    help_background="#0072B2",
    help_text="#FFFFFF",
    dark=False,
)
DARK = Tones(
    window="#1E2328",
    window_text="#E6EAEE",
    base="#15191D",
    alternate_base="#232A30",
    text="#E6EAEE",
    button="#2B3238",
    button_text="#E6EAEE",
    highlight="#4A90C2",
    highlighted_text="#0B0F12",
    link="#8CC8F0",
    placeholder="#9AA6B1",
    disabled_text="#8B96A0",
    mid="#6B7680",  # 3.4:1 against the window
    info_background="#173447",
    info_border="#56B4E9",
    warning_background="#3D3216",
    warning_border="#E69F00",
    error_text="#FF9A8F",
    help_background="#56B4E9",
    help_text="#0B0F12",
    dark=True,
)
HIGH_CONTRAST = Tones(
    window="#000000",
    window_text="#FFFFFF",
    base="#000000",
    alternate_base="#1A1A1A",
    text="#FFFFFF",
    button="#000000",
    button_text="#FFFFFF",
    highlight="#FFD400",
    highlighted_text="#000000",
    link="#FFFF00",
    placeholder="#D0D0D0",
    disabled_text="#C0C0C0",
    mid="#FFFFFF",
    info_background="#000000",
    info_border="#FFFFFF",
    warning_background="#000000",
    warning_border="#FFD400",
    error_text="#FFD400",
    help_background="#FFD400",
    help_text="#000000",
    dark=True,
)
TONES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}


def system_prefers_dark() -> bool:
    """Whether the desktop asks for a dark look (Qt 6.5+ reports it; otherwise light)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def resolve(name: str) -> str:
    """The concrete theme for a setting value: ``system`` becomes light or dark; unknown is system."""
    if name not in TONES:
        return "dark" if system_prefers_dark() else "light"
    return name


def tones_for(name: str) -> Tones:
    return TONES[resolve(name)]


def palette_for(tones: Tones) -> QPalette:
    """A full palette from a theme's tones (every group, disabled text still readable)."""
    palette = QPalette()
    roles = {
        Role.Window: tones.window,
        Role.WindowText: tones.window_text,
        Role.Base: tones.base,
        Role.AlternateBase: tones.alternate_base,
        Role.Text: tones.text,
        Role.Button: tones.button,
        Role.ButtonText: tones.button_text,
        Role.Highlight: tones.highlight,
        Role.HighlightedText: tones.highlighted_text,
        Role.Link: tones.link,
        Role.LinkVisited: tones.link,
        Role.PlaceholderText: tones.placeholder,
        Role.ToolTipBase: tones.base,
        Role.ToolTipText: tones.text,
        Role.BrightText: tones.error_text,
        Role.Light: tones.button,
        Role.Midlight: tones.mid,
        Role.Mid: tones.mid,
        Role.Dark: tones.mid,
        Role.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(tones.disabled_text))
    return palette


def style_sheet(tones: Tones, size: float = 10.0) -> str:
    """The application style sheet: the boxes marked with a role, and focus frames where Fusion draws none."""
    hc = tones is HIGH_CONTRAST
    border = 2 if hc else 1
    return (
        f'QLabel[role="info"] {{ background: {tones.info_background}; color: {tones.text};'
        f" border: {border}px solid {tones.info_border}; border-radius: 4px; padding: 6px; }}\n"
        f'QLabel[role="warning"] {{ background: {tones.warning_background}; color: {tones.text};'
        f" border-left: 4px solid {tones.warning_border}; padding: 6px; }}\n"
        f'QLabel[role="error"] {{ color: {tones.error_text}; }}\n'
        f'QToolButton[role="help"], QPushButton[role="help"] {{ background: {tones.help_background};'
        f" color: {tones.help_text}; font-weight: bold; padding: 4px 14px; border-radius: 4px;"
        f" border: {border}px solid {tones.help_background}; }}\n"
        f'QToolButton[role="help"]:focus, QPushButton[role="help"]:focus {{'
        f" border: {border + 1}px solid {tones.text}; }}\n"
        # Fusion marks a focused list, table, text or chart only by its current item, if it has one
        f"QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus, QGraphicsView:focus {{"
        f" border: 2px solid {tones.highlight}; }}\n"
        f'QLabel[role="heading"] {{ font-weight: bold; }}\n'
        f'QLabel[role="empty-state"] {{ font-size: {round(size * 1.3)}pt; }}\n'
        f"QToolTip {{ color: {tones.text}; background: {tones.base}; border: 1px solid {tones.mid}; }}\n"
    )


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (the charts use it to pick their colours)."""
    return palette.color(Role.Window).lightness() < 128


_system: dict[str, float] = {}  # the desktop's own text size, read before the app first changes it


def font_points(points: int) -> float:
    """The text size a setting asks for: 0 follows the system; others are kept within 8–24."""
    system = _system.setdefault("points", QGuiApplication.font().pointSizeF() or 10.0)
    if points <= 0:
        return system
    return float(min(MAX_POINTS, max(MIN_POINTS, points)))


# what Fusion outlines in the window's colour made a little darker: about 2:1 against a light
# window, 1.1:1 against a dark one, nothing on black; WCAG asks 3:1 of a control's boundary, so
# FocusStyle draws them in the theme's border colour (Tones.mid), chosen 3:1 from each window
OUTLINED_PARTS = {
    QStyle.PrimitiveElement.PE_PanelLineEdit,
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
}
OUTLINED_CONTROLS = {
    QStyle.ComplexControl.CC_ComboBox: None,
    QStyle.ComplexControl.CC_SpinBox: None,
    QStyle.ComplexControl.CC_Slider: QStyle.SubControl.SC_SliderHandle,
}


INDICATOR_METRICS = {
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
}
INDICATOR_SHARE = 0.6  # of the text's line height


def _outline(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    painter.setPen(QPen(palette.color(Role.Mid), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.restore()


class FocusStyle(QProxyStyle):
    """Fusion, with a focus frame inside a focused push button: Fusion draws a focused button and
    the dialog's default button alike, so Tab onto "Save" or "Close" showed nothing. In every theme,
    fields, combo boxes, spin boxes, check boxes and slider handles get an edge in the theme's
    border colour (see OUTLINED_PARTS)."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Check boxes and radio buttons as large as their words: at 24 points Fusion's 14-pixel box
        was a speck beside them."""
        value = super().pixelMetric(metric, option, widget)
        if metric in INDICATOR_METRICS:
            font = widget.font() if widget is not None else QApplication.font()
            value = max(value, round(QFontMetrics(font).height() * INDICATOR_SHARE))
        return value

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        inner = widget is not None and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
        if element in OUTLINED_PARTS and not inner:  # one edge, not two
            _outline(painter, option.rect, option.palette)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in OUTLINED_CONTROLS:
            part = OUTLINED_CONTROLS[control]
            rect = option.rect
            if part is not None and widget is not None:
                rect = self.subControlRect(control, option, part, widget)
            _outline(painter, rect, option.palette)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        state = option.state
        if (
            element == QStyle.ControlElement.CE_PushButton
            and widget is not None
            and state & QStyle.StateFlag.State_HasFocus
            and state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            frame = QStyleOptionFocusRect()
            frame.state = state
            frame.palette = option.palette
            frame.rect = self.subElementRect(QStyle.SubElement.SE_PushButtonFocusRect, option, widget)
            frame.backgroundColor = option.palette.button().color()
            self.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)


def apply(app: QApplication, theme: str = "system", points: int = 0) -> Tones:
    """Give the whole app the Fusion style, the theme's palette and text size, live."""
    tones = tones_for(theme)
    size = font_points(points)
    if app.property("theme") is None:  # the first time: Fusion (later the style sheet wraps it)
        app.setStyle(FocusStyle("Fusion"))
    font = QFont(app.font())
    font.setPointSizeF(size)
    app.setFont(font)
    app.setPalette(palette_for(tones))
    app.setStyleSheet(style_sheet(tones, size))
    app.setProperty("theme", resolve(theme))
    return tones


def apply_device_settings(app: QApplication, data_dir: Path | None) -> Tones:
    """Apply the theme and text size kept in the data folder's device settings."""
    if data_dir is None:
        return apply(app)
    device = DeviceSettings.load(data_dir)
    return apply(app, device.get("appearance.theme"), device.get("appearance.font_points"))


def set_role(widget, role: str) -> None:
    """Mark ``widget`` with a theme role and let the style sheet recolour it now."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
