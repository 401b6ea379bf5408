"""The app's main views, in the order the navigation shows them.

A view is a QWidget built from the ``AppContext`` with a ``view_title`` and a
``set_journal(journal_or_None)`` method: ``None`` (the journal is locked)
clears every widget that showed journal text; a journal reloads the view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from .context import AppContext
from .insights_view import InsightsView
from .journal_view import JournalView
from .learn_view import LearnView
from .plan_view import PlanView

ViewFactory = Callable[[AppContext], QWidget]

VIEW_FACTORIES: list[ViewFactory] = [
    JournalView,
    InsightsView,
    PlanView,
    LearnView,
]
