"""The app's main views, in the order the navigation shows them.

A view is a QWidget built from the ``AppContext`` that meets ``context.View``:
a ``view_title`` and ``set_journal(journal_or_None)``: ``None`` (the journal
is locked) clears every widget that showed journal text; a journal reloads
the view. Adding a view is one module in ``views/`` and one line below.

``view_title`` is English and stable (icons, screenshots and tests know a view by it);
:func:`view_name` is what a person reads and hears, in the language shown.
"""

from __future__ import annotations

import importlib
from typing import Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .journal_view import JournalView
from .today_view import TodayView


class ViewFactory(Protocol):
    """A view class, or a ``LazyView`` standing in for one: its title, and a call that builds it."""

    view_title: str

    def __call__(self, ctx: AppContext) -> QWidget: ...


class LazyView:
    """A view that is imported and built the first time it is shown, so start-up
    pays only for the journal view. ``view_title`` is known without importing it."""

    def __init__(self, module: str, class_name: str, view_title: str) -> None:
        self.module, self.class_name, self.view_title = module, class_name, view_title

    def view_class(self) -> type[QWidget]:
        found = vars(importlib.import_module(self.module, __package__))[self.class_name]
        if not (isinstance(found, type) and issubclass(found, QWidget)):
            raise TypeError(f"{self.module}.{self.class_name} is not a QWidget class")
        return found

    def __call__(self, ctx: AppContext) -> QWidget:
        build = cast(ViewFactory, self.view_class())  # a view's constructor takes the context
        return build(ctx)


VIEW_FACTORIES: list[ViewFactory] = [
    TodayView,  # the view the app opens on
    JournalView,
    LazyView("..charts.dashboard", "DashboardView", "Charts"),
    LazyView(".insights_view", "InsightsView", "Insights"),
    LazyView(".plan_view", "PlanView", "Prevention plan"),
    LazyView(".learn_view", "LearnView", "Learn"),
    LazyView(".questionnaires_view", "QuestionnairesView", "Questionnaires"),
    LazyView(".medication_view", "MedicationView", "Medication"),
    LazyView(".backfill_view", "BackfillView", "Back-fill days"),
]

# every view_title above, for the translators (context "Views")
VIEW_TITLES = (
    QT_TRANSLATE_NOOP("Views", "Today"),
    QT_TRANSLATE_NOOP("Views", "Journal"),
    QT_TRANSLATE_NOOP("Views", "Charts"),
    QT_TRANSLATE_NOOP("Views", "Insights"),
    QT_TRANSLATE_NOOP("Views", "Prevention plan"),
    QT_TRANSLATE_NOOP("Views", "Learn"),
    QT_TRANSLATE_NOOP("Views", "Questionnaires"),
    QT_TRANSLATE_NOOP("Views", "Medication"),
    QT_TRANSLATE_NOOP("Views", "Back-fill days"),
)


def view_name(view: ViewFactory | QWidget | str) -> str:
    """A view's title in the language shown: for the navigation, the heading, menus and tool tips."""
    title = view if isinstance(view, str) else str(getattr(view, "view_title", ""))
    return QCoreApplication.translate("Views", title)
