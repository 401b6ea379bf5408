"""Helpers for the security GUI tests: windows on encrypted journals, and every text a window shows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.main_window import MainWindow


def open_window(qtbot, journal, data_dir) -> MainWindow:
    win = MainWindow(AppContext(journal, JournalEvents(), data_dir))
    win.resize(1200, 780)
    win.show()
    qtbot.waitExposed(win)
    return win


def close_window(win: MainWindow) -> None:
    if win.ctx.journal is not None:
        win.journal_view.editor.revert()
    win.close()
    win.deleteLater()


def _model_texts(model, parent=QModelIndex()) -> list[str]:
    texts = []
    is_list = isinstance(model, QAbstractListModel)  # keeps columnCount/hasChildren private
    columns = 1 if is_list else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
    return texts


def all_text(root: QWidget) -> str:
    """Every piece of text the widgets under ``root`` hold, shown or not, and their models' data."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLineEdit, QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
            texts.append(widget.currentText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget.model()))
        texts.append(widget.toolTip())
        texts.append(widget.windowTitle())
    return "\n".join(texts)
