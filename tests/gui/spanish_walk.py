"""Find English left in a screen shown in Spanish — a check that cannot be fooled by a missing tr().

A screen is built twice, once in English and once in Spanish, and every text a
person can see or hear is collected from it: labels, buttons, group and tab
titles, combo items, placeholders, tool tips, accessible names and
descriptions, window titles, table and tree headers and cells, menus, and the
text of read-only text panes. Each text is cut into fragments (lines and
sentences). A fragment with a word of three letters or more that appears in
**both** languages is English left over — whether or not it was ever wrapped
in ``tr()``, so a string someone forgot to mark is caught too. The person's own
words (``own_words``), names and numbers are allowed (``ALLOWED`` plus any
extra allow-list a test passes).

Usage::

    def test_today_in_spanish(qtbot, journal):
        def build():
            view = TodayView(ctx_for(journal))
            qtbot.addWidget(view)
            view.show()
            return view

        assert still_english(build, own_words=journal_words(journal)) == []

Only the widget ``build`` returns is walked (its children and menus included).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from i18n_helpers import built_qm
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from journal_app.core import messages
from journal_app.gui import i18n

# The same in both languages on purpose: names, abbreviations, cognates a translator keeps.
ALLOWED = {
    "Recovery Journal",
    "SAMHSA",
    "PDF",
    "CSV",
    "JSON",
    "Markdown",
    "Daylio",
    "Day One",
    "jrnl",
    "HALT",
    "PHQ-9",
    "GAD-7",
    "naloxone",
    "Naloxone",
    "OK",
    "Total",
    "Error",
    "No",
    "Normal",
    "Local",
    "Personal",
    "Alcohol",  # the same word in Spanish
    "Cannabis",
}
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ROWS_PER_VIEW = 40  # enough of a table to see its words, not the whole journal

_WORD = re.compile(r"[A-Za-z]{3,}")
_CUT = re.compile(r"\n|(?<=[.!?:;])\s+|\s+[—–-]\s+|[()\[\]«»\"“”]")


def texts_of(root: QWidget) -> list[str]:
    """Every text a person sees or hears in ``root`` and its children."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        texts += [widget.whatsThis(), widget.statusTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()] + ([widget.text()] if widget.isReadOnly() else [])
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
            if widget.isReadOnly():
                texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts += [action.text() for action in widget.actions()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget)
        texts += [action.text() for action in widget.actions()]
        texts += [action.toolTip() for action in widget.actions()]
    return [str(text) for text in texts if text]


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model has one column (PySide makes its columnCount private)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts = []
    for section in range(_columns(model, QModelIndex())):
        texts.append(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        texts.append(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), ROWS_PER_VIEW)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
            if depth < 3:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return [text for text in texts if isinstance(text, str)]


@functools.cache
def source_names() -> frozenset[str]:
    """The cited sources' titles and publishers: they stay in the language they were published in."""
    sources = tomllib.loads((SEEDS / "sources.toml").read_text(encoding="utf-8"))
    names = [str(s.get(key, "")) for s in sources.values() for key in ("title", "publisher", "reviewed_by")]
    return frozenset(fragments(names))


def _plain(text: str) -> str:
    if re.search(r"</?[a-zA-Z][^>]*>|&[a-z]+;", text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def fragments(texts: Iterable[str]) -> set[str]:
    """The lines and sentences of ``texts`` that hold a word (rich text made plain, mnemonic ampersands removed)."""
    found = set()
    for text in map(_plain, texts):
        for piece in _CUT.split(text.replace("&&", "\0").replace("&", "").replace("\0", "&")):
            piece = piece.strip(" .,:;!?…·•*—–")
            if _WORD.search(piece):
                found.add(piece)
    return found


def use_language(language: str) -> None:
    """Install ``language`` as the app does at start (translators, locale, the core's catalogue)."""
    app = QApplication.instance()
    assert app is not None
    assert i18n.install(app, language, directory=built_qm()) == language


def back_to_english(before: QLocale | None = None) -> None:
    use_language("en")
    QLocale.setDefault(before or QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    messages.set_date_formatter(None)


def still_english(
    build: Callable[[], QWidget],
    *,
    own_words: Iterable[str] = (),
    allow: Iterable[str] = (),
    after: Callable[[QWidget], None] | None = None,
) -> list[str]:
    """The fragments ``build()``'s screen shows in both English and Spanish (sorted).

    ``build`` makes and shows a fresh screen; ``after`` (optional) drives it first —
    opens a tab, fills a table — and is called in both languages. ``own_words`` are
    the person's words in the journal (entries, plan, contacts): allowed wherever
    they appear.
    """
    before = QLocale()
    screens = {}
    try:
        for language in ("en", "es"):
            use_language(language)
            screen = build()
            if after is not None:
                after(screen)
            QApplication.processEvents()
            screens[language] = fragments(texts_of(screen))
            screen.close()
    finally:
        back_to_english(before)
    own = fragments(own_words)
    allowed = ALLOWED | set(allow) | source_names()
    left = screens["en"] & screens["es"]
    return sorted(
        piece
        for piece in left
        if piece not in allowed
        and piece not in own
        and not any(piece in words for words in own_words)
        and not re.fullmatch(r"[\d\s/.,:%+×#–-]+", piece)
    )
