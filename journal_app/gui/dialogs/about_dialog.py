"""Help ▸ About: the version, the libraries and their licences (Qt's LGPL and how to relink), the sources."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...core import about
from ...core.knowledge import load_knowledge
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


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        versions = about.runtime_versions()
        versions["Qt"] = qVersion()
        versions["PySide6"] = pyside_version
        versions.pop("PySide6-Essentials", None)
        self.version_label = wrapped_label(
            f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>"
            + "<p>"
            + self.tr(
                "A private, offline journal for recovery. Nothing you write leaves this computer "
                "unless you export it."
            )
            + "</p><p>"
            + "<br>".join(f"{escape(k)} {escape(v)}" for k, v in versions.items() if k != APP_NAME)
            + "</p><p>"
            + self.tr("Recovery Journal is free software under the MIT licence.")
            + "</p>",
            rich=True,
        )
        self.tabs.addTab(_page(self.version_label), self.tr("About"))
        self.libraries = QTableWidget(len(about.LIBRARIES), 3)
        self.libraries.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.libraries.setAccessibleName(self.tr("Libraries and their licences"))
        for row, (library, version) in enumerate(about.libraries_with_versions()):
            for column, text in enumerate((library.name, version or "—", library.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(library.what)
                self.libraries.setItem(row, column, item)
        self.libraries.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.libraries.verticalHeader().hide()
        self.libraries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        relink = self.tr("How to use your own Qt or PySide6:")
        self.lgpl_label = wrapped_label(
            f"<p>{escape(about.LGPL_NOTICE)}</p><p>{escape(relink)}</p><ol>"
            + "".join(f"<li>{escape(step)}</li>" for step in about.RELINK_STEPS)
            + "</ol>",
            rich=True,
        )
        libraries_page = _page(self.libraries, self.lgpl_label)
        self.tabs.addTab(libraries_page, self.tr("Libraries and licences"))
        self.sources_label = wrapped_label(sources_text(), rich=True)
        self.tabs.addTab(_page(self.sources_label), self.tr("Sources"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
