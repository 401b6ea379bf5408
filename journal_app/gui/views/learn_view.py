"""Learn: the article's knowledge, browsable and searchable, every item with its sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.content import load_catalogue
from ...core.knowledge import SECTIONS, KnowledgeItem, WarningSign, load_knowledge, section_heading
from ..context import AppContext
from ..widgets.scroll_page import readable_width
from ..widgets.text_blocks import bullets_html, crisis_numbers_html, sources_html

ITEM_ROLE = Qt.ItemDataRole.UserRole


def _safe(text: str) -> str:
    """``text`` (already translated by the caller's literal) made safe for rich text."""
    return escape(text)


def item_html(item) -> str:
    """The full text of one tree item, with its sources."""
    knowledge = load_knowledge()
    if isinstance(item, WarningSign):
        looks = _safe(QCoreApplication.translate("LearnView", "What it can look like"))
        helps = _safe(QCoreApplication.translate("LearnView", "What helps"))
        body = (
            f"<h2>{escape(item.name)}</h2><h3>{looks}</h3>{bullets_html(item.looks_like)}"
            f"<h3>{helps}</h3>{bullets_html(item.what_helps)}"
        )
        strategies = [knowledge.item("strategy", key).title for key in item.strategies]
        if strategies:
            heading = _safe(QCoreApplication.translate("LearnView", "Prevention strategies"))
            body += f"<h3>{heading}</h3>{bullets_html(strategies)}"
        if item.detected_from:
            looked = QCoreApplication.translate(
                "LearnView",
                "The Insights view looks for this in your %1, and shows it whenever you note it "
                "yourself in an entry.",
            )
            body += f"<p><i>{_safe(looked.replace('%1', item.detected_from))}</i></p>"
        return body + sources_html(item.sources)
    if isinstance(item, KnowledgeItem):
        return f"<h2>{escape(item.title)}</h2><p>{escape(item.text)}</p>" + sources_html(item.sources)
    if item == "crisis":
        heading = _safe(QCoreApplication.translate("LearnView", "Crisis numbers"))
        return (
            f"<h2>{heading}</h2>"
            + crisis_numbers_html(knowledge.crisis_lines)
            + "<p>"
            + _safe(
                QCoreApplication.translate(
                    "LearnView", "You can change these for your country in the Prevention plan."
                )
            )
            + "</p>"
            + sources_html([key for line in knowledge.crisis_lines for key in line.sources])
        )
    if item == "catalogue":
        catalogue = load_catalogue()
        triggers = _safe(QCoreApplication.translate("LearnView", "Common triggers"))
        coping = _safe(QCoreApplication.translate("LearnView", "Ways of coping"))
        return (
            f"<h2>{triggers}</h2>"
            + bullets_html(i.name for i in catalogue.triggers)
            + f"<h2>{coping}</h2>"
            + bullets_html(i.name for i in catalogue.coping)
            + sources_html(sorted({k for i in (*catalogue.triggers, *catalogue.coping) for k in i.sources}))
        )
    if item == "sources":
        heading = _safe(QCoreApplication.translate("LearnView", "Sources"))
        return f"<h2>{heading}</h2>" + bullets_html(s.citation for s in knowledge.sources.values())
    return ""


class LearnView(QWidget):
    view_title = "Learn"  # English: a key (icons, screenshots); the window says it in the language shown

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_box = QLineEdit(placeholderText=self.tr("Search the guidance (e.g. naloxone, cravings)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the guidance"))
        self.search_box.textChanged.connect(self.apply_search)
        top.addWidget(self.search_box)
        layout.addLayout(top)
        splitter = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Topics"))
        self.tree.currentItemChanged.connect(self._show_current)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Article"))
        readable_width(self.text)  # on a wide screen the article's lines stay short enough to follow
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 760])
        self.tree.setMinimumWidth(260)
        layout.addWidget(splitter)
        self._build_tree()
        self.tree.setCurrentItem(_children(self._tops()[0])[0])

    def _tops(self) -> list[QTreeWidgetItem]:
        tree = self.tree
        return [top for i in range(tree.topLevelItemCount()) if (top := tree.topLevelItem(i)) is not None]

    def _build_tree(self) -> None:
        knowledge = load_knowledge()
        groups: list[tuple[str, list[WarningSign] | list[KnowledgeItem]]]
        groups = [(self.tr("The eight warning signs"), list(knowledge.signs))]
        groups += [(section_heading(name), knowledge.section(name)) for name in SECTIONS]
        for heading, items in groups:
            top = QTreeWidgetItem(self.tree, [heading])
            for item in items:
                title = item.name if isinstance(item, WarningSign) else item.title
                child = QTreeWidgetItem(top, [title])
                child.setToolTip(0, title)
                child.setData(0, ITEM_ROLE, item)
        for title, key in (
            (self.tr("Crisis numbers"), "crisis"),
            (self.tr("Triggers and coping ideas"), "catalogue"),
            (self.tr("Sources"), "sources"),
        ):
            QTreeWidgetItem(self.tree, [title]).setData(0, ITEM_ROLE, key)
        self.tree.expandAll()

    def _show_current(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            return
        item = current.data(0, ITEM_ROLE)
        if item is None and current.childCount():
            item = _children(current)[0].data(0, ITEM_ROLE)
        self.text.setHtml(item_html(item))

    def apply_search(self, text: str) -> None:
        """Show only the items that hold every word typed; an empty box shows everything."""
        matches = load_knowledge().search(text) if text.strip() else None
        first = None
        for top in self._tops():
            visible_children = 0
            for child in _children(top):
                shown = matches is None or child.data(0, ITEM_ROLE) in matches
                child.setHidden(not shown)
                if shown:
                    visible_children += 1
                    first = first or child
            top.setHidden(
                (top.childCount() > 0 and visible_children == 0)
                or (top.childCount() == 0 and matches is not None)
            )
        if first is not None:
            self.tree.setCurrentItem(first)
        elif matches is not None:
            nothing = self.tr("Nothing in the guidance matches “%1”.").replace("%1", text)
            self.text.setHtml(f"<p>{escape(nothing)}</p>")

    def visible_titles(self) -> list[str]:
        titles = []
        for top in self._tops():
            titles += [child.text(0) for child in _children(top) if not child.isHidden()]
        return titles

    def set_journal(self, journal) -> None:
        """Learn shows no journal text, so locking changes nothing here."""


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
