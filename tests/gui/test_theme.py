"""Themes: light, dark, high contrast; the boxes widgets mark stay readable in every one."""

import pytest
from PySide6.QtGui import QColor, QPalette

from journal_app.gui import theme
from journal_app.gui.charts.theme import theme_for
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.urge_dialog import UrgeDialog
from journal_app.gui.views.entry_editor import EntryEditor


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_every_theme_keeps_text_readable_on_its_own_background(restore_look, name):
    tones = theme.apply(restore_look, name)
    palette = restore_look.palette()
    for text, back in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ):
        assert contrast(palette.color(text), palette.color(back)) >= 4.5, (name, text)
    for box in (tones.info_background, tones.warning_background):
        assert contrast(QColor(tones.text), QColor(box)) >= 7
    assert contrast(QColor(tones.help_text), QColor(tones.help_background)) >= 4.5
    assert contrast(QColor(tones.error_text), QColor(tones.window)) >= 4.5
    assert restore_look.property("theme") == name


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_the_planned_response_and_the_problems_banner_are_readable_in_every_theme(
    qtbot, journal, restore_look, name
):
    tones = theme.apply(restore_look, name)
    journal.plan.set_response("Stress", "Call Sam and walk round the block")
    dialog = UrgeDialog(AppContext(journal, JournalEvents(), None))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.trigger_combo.setEditText("Stress")
    editor = EntryEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.title.setText("x" * 1000)  # too long: the banner says so
    for label in (dialog.plan_label, editor.problems_label):
        assert label.isVisible()
        image = label.grab().toImage()
        background = image.pixelColor(image.width() - 4, image.height() // 2)
        assert contrast(background, QColor(tones.text)) >= 7, (name, background.name())


def test_the_charts_follow_the_theme(restore_look):
    theme.apply(restore_look, "dark")
    assert theme_for(restore_look.palette()).name == "dark"
    theme.apply(restore_look, "light")
    assert theme_for(restore_look.palette()).name == "light"


def test_text_size_stays_within_what_the_layouts_are_made_for(restore_look):
    theme.apply(restore_look, "light", 40)
    assert restore_look.font().pointSizeF() == theme.MAX_POINTS
    theme.apply(restore_look, "light", 3)
    assert restore_look.font().pointSizeF() == theme.MIN_POINTS
    theme.apply(restore_look, "light", 16)
    assert restore_look.font().pointSizeF() == 16


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_fields_show_their_edge_in_every_theme(qtbot, restore_look, name):
    """High contrast fills fields with the window's black, and Fusion drew their edges black too:
    the check-in form's fields, combo boxes and check boxes could not be seen. Each now shows an
    edge that stands out from the window (3:1, what WCAG asks of a control's boundary)."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

    theme.apply(restore_look, name)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    field, combo, box = QLineEdit(), QComboBox(), QCheckBox("Not said")
    combo.addItem("Check-in")
    for widget in (field, combo, box):
        layout.addWidget(widget)
    holder.resize(300, 150)
    holder.show()
    qtbot.waitExposed(holder)
    window = holder.palette().color(QPalette.ColorRole.Window)
    for widget in (field, combo):
        image = widget.grab().toImage()
        edge = [image.pixelColor(0, y) for y in range(image.height())]
        edge += [image.pixelColor(image.width() - 1, y) for y in range(image.height())]
        assert max(contrast(colour, window) for colour in edge) >= 3, (name, type(widget).__name__)
    image = box.grab().toImage()
    colours = [image.pixelColor(x, y) for x in range(image.height()) for y in range(image.height())]
    assert max(contrast(colour, window) for colour in colours) >= 3, (name, "check box")
