"""The app's main views, in the order the navigation shows them.

A view is a QWidget built from the ``AppContext`` with a ``view_title`` and a
``set_journal(journal_or_None)`` method: ``None`` (the journal is locked)
clears every widget that showed journal text; a journal reloads the view.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .journal_view import JournalView

ViewFactory = Callable[[AppContext], QWidget]


class LazyView:
    """A view that is imported and built the first time it is shown, so start-up
    pays only for the journal view. ``view_title`` is known without importing it."""

    def __init__(self, module: str, class_name: str, view_title: str):
        self.module, self.class_name, self.view_title = module, class_name, view_title

    def view_class(self) -> type[QWidget]:
        return getattr(importlib.import_module(self.module, __package__), self.class_name)

    def __call__(self, ctx: AppContext) -> QWidget:
        return self.view_class()(ctx)


VIEW_FACTORIES: list[ViewFactory] = [
    JournalView,
    LazyView("..charts.dashboard", "DashboardView", "Charts"),
    LazyView(".insights_view", "InsightsView", "Insights"),
    LazyView(".plan_view", "PlanView", "Prevention plan"),
    LazyView(".learn_view", "LearnView", "Learn"),
    LazyView(".questionnaires_view", "QuestionnairesView", "Questionnaires"),
]
