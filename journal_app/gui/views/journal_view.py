"""The journal: timeline, search and filters on the left, the entry form on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.journal import Journal
from ...core.models import Entry, EntryKind
from ...core.query import EntryFilter
from ..context import AppContext
from ..dialogs.lapse_review import LapseReviewDialog
from ..theme import set_role
from ..widgets.form_fields import form_width_needed
from .entry_editor import EntryEditor
from .entry_words import fill, new_kind, saved_kind, write_new_kind
from .filter_bar import FilterBar
from .timeline_model import TimelineModel
from .timeline_table import TimelineTable
from .undo_commands import DeleteEntryCommand, SaveEntryCommand

NEW_SHORTCUTS = {
    EntryKind.CHECK_IN: "Ctrl+N",
    EntryKind.CRAVING: "Ctrl+Shift+U",
    EntryKind.USE: "Ctrl+Shift+E",
    EntryKind.NOTE: "Ctrl+Shift+N",
}


class JournalView(QWidget):
    view_title = "Journal"  # English: a key (icons, screenshots); the window says it in the language shown
    wants_focus = Signal()
    status = Signal(str)  # a short message for the status bar

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.review_dialog: LapseReviewDialog | None = None
        self.model = TimelineModel()
        self._build()
        self._build_actions()
        ctx.events.show_entry_requested.connect(self.show_entry)
        ctx.events.show_entries_requested.connect(self.show_filter)
        ctx.events.entries_changed.connect(self._refresh_from_elsewhere)
        self.set_journal(ctx.journal)

    # -- layout ---------------------------------------------------------------
    def _build(self) -> None:
        self.filter_bar = FilterBar()
        self.table = TimelineTable(self.model)
        self.table.entry_chosen.connect(self._entry_chosen)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        set_role(self.empty_label, "empty-state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self._empty_action)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        # the empty page scrolls: in a short window the filters keep all their rows, its words stay whole
        empty_page = QScrollArea()
        empty_page.setWidgetResizable(True)
        empty_page.setFrameShape(QScrollArea.Shape.NoFrame)
        empty_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        empty_page.setWidget(empty)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(empty_page)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        left = self.timeline_pane = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count_label)

        self.editor = EntryEditor()
        self.back_button = QPushButton(self.tr("← All entries"))
        self.back_button.setToolTip(self.tr("Back to the timeline; this entry stays open as it is"))
        self.back_button.setAccessibleName(self.tr("Back to all entries"))
        self.back_button.clicked.connect(self.show_timeline)
        self.back_button.hide()
        self.editor.page_layout.insertWidget(0, self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.editor_placeholder = QLabel(self.tr("Pick an entry to read or edit it,\nor start a new one."))
        self.editor_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.editor_placeholder)
        self.editor_stack.addWidget(self.editor)

        splitter = self.splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 520])
        splitter.setChildrenCollapsible(False)
        # the panes never hold the window wide: below what both need, the editor becomes a page
        for pane in (left, self.editor_stack):
            pane.setMinimumWidth(1)
        self.narrow = False
        self._editor_page = False  # in a narrow window: the entry page (True) or the timeline
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.filter_bar.filter_changed.connect(self.apply_filter)
        for signal in (self.table.clicked, self.table.activated):  # a narrow window: open the entry page
            signal.connect(lambda _index: self._show_editor_page())
        self.editor.save_requested.connect(self._save)
        self.editor.review_requested.connect(self.review_use)

    # -- fitting the window -----------------------------------------------------
    def _widths_needed(self) -> tuple[int, int]:
        """(timeline, editor): the least each pane needs to show its text without clipping."""
        # the Entry column stays readable, and the search and filters fit
        columns = self.table.columns_wanted()  # When and Kind whole (a narrow table elides them)
        entry_column = 24 * self.fontMetrics().averageCharWidth()
        frame = self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth() + 4
        timeline = max(columns + entry_column + frame, self.filter_bar.minimumSizeHint().width())
        form = self.editor.scroll_area.widget()
        inner = form_width_needed(form) if form is not None else 0
        scrollbar = self.editor.scroll_area.verticalScrollBar().sizeHint().width()
        margins = self.editor.page_layout.contentsMargins()
        editor = (
            inner + scrollbar + margins.left() + margins.right() + 2 * self.editor.scroll_area.frameWidth()
        )
        return timeline, editor + 4

    def arrange(self) -> None:
        """Side by side when both panes fit; otherwise one at a time, the entry as a page of its own."""
        timeline, editor = self._widths_needed()
        handle = self.splitter.handleWidth()
        self.narrow = self.width() < timeline + editor + handle
        editing = self.editor_stack.currentWidget() is self.editor
        if self.narrow:
            show_editor = editing and self._editor_page
            self.timeline_pane.setVisible(not show_editor)
            self.editor_stack.setVisible(show_editor)
            self.back_button.setVisible(show_editor)
        else:
            self.timeline_pane.show()
            self.editor_stack.show()
            self.back_button.hide()
            sizes = self.splitter.sizes()
            total = max(sum(sizes), self.width() - handle)
            if sizes[0] < timeline or sizes[1] < editor:  # each gets what it needs, the rest is shared
                spare = max(0, total - timeline - editor)
                self.splitter.setSizes([timeline + spare // 2, editor + spare - spare // 2])

    def show_timeline(self) -> None:
        """In a narrow window: back to the list (the entry stays open, unsaved words kept)."""
        self._editor_page = False
        self.arrange()
        self.table.setFocus()

    def _show_editor_page(self) -> None:
        self._editor_page = True
        self.arrange()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.arrange)  # after the editor took up the new size

    def _build_actions(self) -> None:
        self.new_actions: dict[EntryKind, QAction] = {}
        for kind, keys in NEW_SHORTCUTS.items():
            action = QAction(new_kind(kind), self)
            action.setShortcut(QKeySequence(keys))
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(write_new_kind(kind).replace("%1", native))
            action.triggered.connect(lambda _checked=False, k=kind: self.new_entry(k))
            self.new_actions[kind] = action
        self.save_action = QAction(self.tr("Save entry"), self, shortcut=QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.editor.request_save)
        delete_text = self.tr("Delete entry…")
        self.delete_action = QAction(delete_text, self, shortcut=QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.addAction(self.delete_action)
        self.delete_menu_action = QAction(delete_text, self, shortcut=QKeySequence("Ctrl+Delete"))
        self.delete_menu_action.triggered.connect(self.delete_current)
        self.search_action = QAction(self.tr("Search"), self, shortcut=QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)

    def actions_for_window(self) -> list[QAction]:
        return [
            *self.new_actions.values(),
            self.save_action,
            self.delete_menu_action,
            self.search_action,
            self.undo_action,
            self.redo_action,
        ]

    # -- journal in, journal out -------------------------------------------
    @property
    def journal(self) -> Journal | None:
        return self.ctx.journal

    def set_journal(self, journal: Journal | None) -> None:
        """Show ``journal``; ``None`` (locked) clears every widget that held journal text."""
        self.undo_stack.clear()
        if journal is None:
            self.filter_bar.search.clear()
            self.editor.load(Entry(kind=EntryKind.CHECK_IN))
            self.editor_stack.setCurrentWidget(self.editor_placeholder)
            self.arrange()
            self.model.set_journal(None)
            self.count_label.clear()
            return
        self._refresh_choices()
        self.model.set_journal(journal)
        self.model.set_filter(self.filter_bar.current_filter())
        self._update_counts()

    def _refresh_choices(self) -> None:
        if self.journal is None:
            return
        self.editor.set_choices(
            self.journal.trigger_names(), self.journal.coping_names(), self.journal.substances()
        )
        self.filter_bar.set_tags(self.journal.tag_names())

    # -- finding --------------------------------------------------------------
    def focus_search(self) -> None:
        self.wants_focus.emit()
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def apply_filter(self, filt: EntryFilter) -> None:
        """Show the entries ``filt`` selects (the filter bar, charts and insights use it)."""
        if self.journal is None:
            return
        self.model.set_filter(filt)
        self._update_counts()
        self._reselect(self.editor.current_id)

    def show_filter(self, filt: EntryFilter) -> None:
        self.wants_focus.emit()
        if filt.date_from and filt.date_from == filt.date_to and not filt.kinds and not filt.text:
            self.filter_bar.show_day(filt.date_from)
        else:
            self.model.set_filter(filt)
            self._update_counts()

    def show_entry(self, entry_id: int) -> None:
        self.wants_focus.emit()
        if self.model.row_of(entry_id) is None:
            self.filter_bar.clear()
        self._open_entry(entry_id)
        self._reselect(entry_id)
        self._show_editor_page()

    def _update_counts(self) -> None:
        shown, everything = self.model.total, self.journal.count() if self.journal else 0
        if everything == 0:
            self.empty_label.setText(
                self.tr(
                    "Your journal is empty.\n\nA check-in takes a minute: "
                    "how is your mood, how strong are cravings, what helped today?"
                )
            )
            self.empty_button.setText(self.tr("Write your first check-in"))
            self.list_stack.setCurrentIndex(1)
        elif shown == 0:
            self.empty_label.setText(self.tr("No entries match this search and these filters."))
            self.empty_button.setText(self.tr("Clear search and filters"))
            self.list_stack.setCurrentIndex(1)
        else:
            self.list_stack.setCurrentIndex(0)
        number = self.locale().toString
        if self.filter_bar.is_filtering():
            text = self.tr("%1 of %2 entries match", "%2 is the whole journal's count", everything)
            self.count_label.setText(fill(text, number(shown), number(everything)))
        else:
            self.count_label.setText(self.tr("%1 entries", "", everything).replace("%1", number(everything)))

    def _empty_action(self) -> None:
        if self.journal is not None and self.journal.count() == 0:
            self.new_entry(EntryKind.CHECK_IN)
        else:
            self.filter_bar.clear()

    # -- editing --------------------------------------------------------------
    def new_entry(self, kind: EntryKind = EntryKind.CHECK_IN) -> None:
        if self.journal is None or not self.may_leave_editor():
            return
        self.wants_focus.emit()
        self.table.clearSelection()
        self.editor.load(Entry(kind=kind))  # mood and craving start "not said": nothing made up
        self.editor_stack.setCurrentWidget(self.editor)
        self._show_editor_page()
        self.editor.focus_first_field()

    def _entry_chosen(self, entry_id: int) -> None:
        """A row picked in the timeline (a click, Enter, a pause): open it, unless a draft stays."""
        if entry_id == self.editor.current_id:
            return
        if not self.may_leave_editor():
            self._reselect(self.editor.current_id)
            return
        self._open_entry(entry_id)

    def _open_entry(self, entry_id: int) -> None:
        entry = self.journal.get(entry_id) if self.journal else None
        if entry is None:
            return
        self.editor.load(entry)
        self.editor_stack.setCurrentWidget(self.editor)
        self.arrange()

    def unsaved_draft(self) -> Entry | None:
        """The entry in the editor when it has changes not saved yet, else ``None``."""
        if self.editor_stack.currentWidget() is self.editor and self.editor.is_dirty:
            return self.editor.entry()
        return None

    def give_back_draft(self, entry: Entry) -> None:
        """Show an unsaved draft again in the editor, still marked as not saved."""
        self.editor.load(entry)
        self.editor.set_dirty(True)
        self.editor_stack.setCurrentWidget(self.editor)

    def may_leave_editor(self) -> bool:
        """True when no unsaved draft would be lost; otherwise asks the person first."""
        if self.editor_stack.currentWidget() is not self.editor or not self.editor.is_dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This entry has changes that are not saved yet."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            if self.editor.problems():
                return False
            self._save(self.editor.entry())
            return True
        return answer == QMessageBox.StandardButton.Discard

    def _save(self, entry: Entry) -> None:
        if self.journal is None:
            return
        before = self.journal.get(entry.id) if entry.id is not None else None
        command = SaveEntryCommand(self.journal, entry, before, self._after_change)
        try:
            self.undo_stack.push(command)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.status.emit(saved_kind(command.entry.kind))
        self.ctx.events.entry_saved.emit(command.entry)

    def review_use(self, entry: Entry) -> LapseReviewDialog | None:
        """The lapse review for this use, whenever the person chooses (its earlier review if it has one)."""
        if self.journal is None or entry.id is None:
            return None
        self.review_dialog = LapseReviewDialog(self.ctx, entry, self)
        self.review_dialog.open()
        return self.review_dialog

    def delete_current(self) -> None:
        entry_id = self.editor.current_id if self.editor_stack.currentWidget() is self.editor else None
        if self.journal is None or entry_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry?"),
            self.tr("Delete this entry? You can bring it back with Undo (Ctrl+Z) until you close the app."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.undo_stack.push(DeleteEntryCommand(self.journal, entry_id, self._after_change))
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return
        self.status.emit(self.tr("Entry deleted. Undo (Ctrl+Z) brings it back."))

    def _after_change(self, entry_id: int | None) -> None:
        """After a save, delete, undo or redo: refresh the list and show the entry concerned."""
        self._refresh_choices()
        self.model.reload()
        self._update_counts()
        if entry_id is None:
            self.editor_stack.setCurrentWidget(self.editor_placeholder)
            self.arrange()
            self.editor.load(Entry(kind=EntryKind.CHECK_IN))
        else:
            self._open_entry(entry_id)
            self._reselect(entry_id)
        self._quiet = True
        self.ctx.events.entries_changed.emit()
        self._quiet = False

    _quiet = False

    def _refresh_from_elsewhere(self) -> None:
        if self._quiet or self.journal is None:
            return
        self.undo_stack.clear()  # an import or restore changed entries under the undo history
        self._refresh_choices()
        self.model.reload()
        self._update_counts()

    def _reselect(self, entry_id: int | None) -> None:
        self.table.select_entry(entry_id)
