"""A form's bottom and its rows fitted to the room there is: large text, a small window, longer words."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QWidget


def place_note(
    note: QLabel, row: QBoxLayout, buttons: QLayout, form: QFormLayout, page: QWidget, heading: QWidget
) -> None:
    """Put a form's note (what it still needs) where it can be read whole.

    Beside the buttons while two lines hold it there; above them, full width, when it needs more;
    at the top of the form (scrolled with it) when the page is too short to give both the note and
    the form room. ``row`` holds the note (first) and ``buttons``; ``page`` is the form's page.
    """
    layout = page.layout()
    width = page.width()
    if layout is not None:
        margins = layout.contentsMargins()
        width -= margins.left() + margins.right()
    beside = width - buttons.sizeHint().width() - 3 * max(row.spacing(), 0)
    line = note.fontMetrics().lineSpacing()
    two_lines = 2 * line + 2 * note.contentsMargins().top() + 8
    has_text = bool(note.text())
    above = has_text and (beside < 1 or note.heightForWidth(beside) > two_lines)
    room = page.height() - heading.sizeHint().height() - buttons.sizeHint().height()
    in_form = above and room - note.heightForWidth(width) < 5 * line  # keep the form readable
    if in_form != (form.indexOf(note) >= 0):
        if in_form:
            row.removeWidget(note)
            form.insertRow(0, note)
        else:
            form.takeRow(note)
            row.insertWidget(0, note, 1)
        note.setVisible(has_text)
    wanted = QBoxLayout.Direction.TopToBottom if above else QBoxLayout.Direction.LeftToRight
    if row.direction() != wanted:
        row.setDirection(wanted)


def labels_above_when_narrow(form: QFormLayout, width: int) -> None:
    """Every label of ``form`` above its field when the widest label and the widest field do not
    fit side by side in ``width`` (all of them, so the fields still line up); beside them when they
    do. Rows whose field is hidden (the entry form hides those another kind has) do not count.
    (Qt's own WrapLongRows measures each row by its own label while the label column is as wide as
    the longest one, so a field could be squeezed below its size.)"""
    labels, fields = [], []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        widget = field.widget()
        if widget is not None and widget.isHidden():
            continue
        labels.append(label.sizeHint().width())
        fields.append(field.minimumSize().width())
    spacing = max(form.horizontalSpacing(), 0)
    narrow = bool(labels) and max(labels) + spacing + max(fields) > width
    policy = QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.WrapLongRows
    if form.rowWrapPolicy() != policy:
        form.setRowWrapPolicy(policy)
