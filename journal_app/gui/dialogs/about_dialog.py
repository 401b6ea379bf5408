"""Help ▸ About: the version, the libraries and their licences (Qt's LGPL and how to relink), the sources."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...core import about
from ...core.knowledge import load_knowledge
from ..widgets import keyboard
from ..widgets.scroll_page import clamp_to_screen
from ..widgets.text_blocks import wrapped_label


def _page(*labels: QWidget) -> QScrollArea:
    """One tab: its parts stacked, scrolling when a large font or a small screen needs it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    for label in labels:
        layout.addWidget(label)
    layout.addStretch(1)
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QScrollArea.Shape.NoFrame)
    scroller.setWidget(page)
    return scroller


def sources_text() -> str:
    """The article and every source the guidance cites, as HTML."""
    sources = load_knowledge().sources
    article = sources.get("article")
    rest = "".join(f"<li>{escape(s.citation)}</li>" for key, s in sources.items() if key != "article")
    head = (
        "<p>"
        + QCoreApplication.translate(
            "AboutDialog",
            "The guidance in this app summarises, in our own words, the medically reviewed article "
            "{article}, and the sources it cites. It is not medical advice and does not replace care.",
        ).format(article=f"<b>{escape(article.citation)}</b>")
        + "</p>"
        if article is not None
        else ""
    )
    heading = escape(QCoreApplication.translate("AboutDialog", "Sources:"))
    return f"{head}<p>{heading}</p><ul>{rest}</ul>"


class _WholeTable(QTableWidget):
    """The libraries: every row shown (the page scrolls, not the table), never wider than the page.
    At a large font a name or licence wraps onto more lines ("Apache-2.0 OR / BSD-3-Clause")
    instead of being cut to "P…"."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        for column in range(columns):  # a version is short; names and licences share the rest
            mode = QHeaderView.ResizeMode.ResizeToContents if column == 1 else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().sectionResized.connect(lambda *_: self.updateGeometry())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        frame = 2 * self.frameWidth()
        return QSize(
            super().sizeHint().width(),
            self.horizontalHeader().height() + self.verticalHeader().length() + frame,
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class AboutDialog(QDialog):
    """What the app is, its version, the libraries with their licences and how to relink Qt, and the
    sources — in the person's language. Licence names (SPDX) and the licence texts in the bundle's
    licenses/ folder stay in English, word for word: they are legal texts (the dialog says so)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        # every tab's name shown whole (no tiny arrows to scroll the tab row at a large font): the
        # dialog is as wide as the tabs need
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        versions = about.runtime_versions()
        versions["Qt"] = qVersion()
        versions["PySide6"] = pyside_version
        versions.pop("PySide6-Essentials", None)
        self.version_label = wrapped_label(
            f"<h2>{escape(APP_NAME)}</h2>"
            + "<p>"
            + escape(self.tr("Version {version}").format(version=__version__))
            + "</p><p>"
            + self.tr(
                "A private, offline journal for recovery. Nothing you write leaves this computer "
                "unless you export it."
            )
            + "</p><p>"
            + escape(self.tr("Running on:"))
            + "<br>"
            + "<br>".join(f"{escape(k)} {escape(v)}" for k, v in versions.items() if k != APP_NAME)
            + "</p><p>"
            + self.tr("Recovery Journal is free software under the MIT licence.")
            + "</p>",
            rich=True,
        )
        self.tabs.addTab(_page(self.version_label), self.tr("About"))
        self.libraries = _WholeTable(len(about.LIBRARIES), 3)
        self.libraries.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.libraries.setAccessibleName(self.tr("Libraries and their licences"))
        uses = self.library_uses()
        for row, (library, version) in enumerate(about.libraries_with_versions()):
            for column, text in enumerate((library.name, version or "—", library.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(uses.get(library.name, ""))
                self.libraries.setItem(row, column, item)
        self.libraries.verticalHeader().hide()
        self.libraries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.legal_label = wrapped_label(self.legal_note())
        self.lgpl_label = wrapped_label(self.lgpl_html(), rich=True)
        libraries_page = _page(self.legal_label, self.libraries, self.lgpl_label)
        self.tabs.addTab(libraries_page, self.tr("Libraries and licences"))
        self.sources_label = wrapped_label(sources_text(), rich=True)
        self.tabs.addTab(_page(self.sources_label), self.tr("Sources"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keyboard.prepare(self)  # a page's scroll area is no Tab stop of its own
        # lines of about 45 characters at a large font; never larger than the screen or the window
        wide = max(520, 45 * self.fontMetrics().averageCharWidth(), self.minimumSizeHint().width())
        clamp_to_screen(self, wide, max(420, self.sizeHint().height()))

    def legal_note(self) -> str:
        return self.tr(
            "Licence names and the licence texts themselves stay in English, word for word: they are "
            "legal texts, valid as their authors published them."
        )

    def library_uses(self) -> dict[str, str]:
        """What the app uses each library of ``about.LIBRARIES`` for (a row's tool tip)."""
        return {
            "PySide6-Essentials": self.tr("Qt for Python: the windows and widgets"),
            "shiboken6": self.tr("the binding layer PySide6 is built on"),
            "pyqtgraph": self.tr("the charts"),
            "numpy": self.tr("the charts' figures"),
            "sqlite-utils": self.tr("the journal's schema and bulk work (loaded when first needed)"),
            "sqlcipher3": self.tr("the encrypted journal (SQLCipher, BSD-3-Clause, built in)"),
            "cryptography": self.tr("passphrases and encrypted exports (OpenSSL inside)"),
            "platformdirs": self.tr("where the journal is kept"),
            **{
                name: self.tr("used by sqlite-utils")
                for name in (
                    "click",
                    "click-default-group",
                    "sqlite-fts4",
                    "tabulate",
                    "python-dateutil",
                    "pluggy",
                )
            },
            "tzdata": self.tr("used by python-dateutil"),
            "cffi": self.tr("used by cryptography"),
            "pycparser": self.tr("used by cffi"),
            "Python": self.tr("the interpreter (inside the bundle)"),
        }

    def lgpl_html(self) -> str:
        """Qt's LGPL notice and how to put in your own Qt or PySide6 build (commands and file names
        are filled in after translating: they are typed as they are)."""
        notice = self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0). "
            "They are not changed by this app and stay separate, replaceable libraries: you may replace "
            "them with your own build of the same major version."
        )
        steps = [
            escape(
                self.tr(
                    "With an installed wheel (pip or pipx): install your own PySide6 build into the same "
                    "environment ({command}); the app loads it at the next start."
                )
            ).format(command=self._code("pip install --force-reinstall PySide6-*.whl")),
            escape(
                self.tr(
                    "With the bundle: the Qt and PySide6 libraries are plain files in the bundle's {folder} "
                    "folder ({files}); replace them with your build of the same major version, or rebuild "
                    "the bundle from the source with {command} after installing your PySide6."
                )
            ).format(
                folder=self._code("_internal/PySide6"),
                files=self._code("libQt6*.so*, *.abi3.so"),
                command=self._code("make dist"),
            ),
            escape(
                self.tr(
                    "The full licence texts and the source offer are in the bundle's {folder} folder "
                    "({index}, and each library's own licence files)."
                )
            ).format(folder=self._code("licenses/"), index=self._code("LICENSES.md")),
        ]
        relink = self.tr("How to use your own Qt or PySide6:")
        return (
            f"<p>{escape(notice)}</p><p>{escape(relink)}</p><ol>"
            + "".join(f"<li>{step}</li>" for step in steps)
            + "</ol>"
        )

    @staticmethod
    def _code(text: str) -> str:
        return f"<code>{escape(text)}</code>"
