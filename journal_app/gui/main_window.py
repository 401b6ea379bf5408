"""The main window: navigation on the left, the current view, and Get help always in reach."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..core.journal import Journal
from ..core.models import EntryKind
from ..core.settings import DeviceSettings
from . import i18n
from .charts.session_action import SessionModeController
from .context import AppContext, View
from .dialogs.get_help import GetHelpDialog
from .dialogs.lapse_review import LapseReviewOffer
from .dialogs.safety_dialog import SafetyNoticeHook
from .dialogs.settings_dialog import SettingsDialog
from .dialogs.urge_dialog import UrgeDialog
from .security.controller import SecurityController
from .theme import apply_device_settings, set_role
from .tray import TrayController
from .views.journal_view import JournalView
from .views.registry import VIEW_FACTORIES, view_name
from .widgets import keyboard
from .widgets.icons import icon
from .widgets.window_frame import (
    ACTION_ICONS,
    VIEW_ICONS,
    fit_nav,
    fit_toolbar,
    keep_nav_fitted,
    nav_is_compact,
)


class MainWindow(QMainWindow):
    language_changed = Signal(str)  # the language now shown ("en", "es"), after a live switch

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self._language_setting = self._device_language()
        self.qm_directory: Path | None = None  # where the compiled catalogues are (None: the app's own)
        self.resize(1200, 780)
        try:
            self._build(ctx)
        except BaseException:
            self.deleteLater()  # a half-built window (a damaged journal met while building) is not left behind
            raise

    def _build(self, ctx: AppContext) -> None:
        self._factories = list(VIEW_FACTORIES)
        self._built: dict[int, QWidget] = {}
        self._build_central()
        journal_view = self._view_at(self._factories.index(JournalView))
        assert isinstance(journal_view, JournalView)
        self.journal_view = journal_view
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._connect_journal_view()
        self.safety_hook = SafetyNoticeHook(ctx, self)  # overdose facts after a use following a break
        self.safety_hook.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.lapse_offer = LapseReviewOffer(ctx, self, self.safety_hook)  # a look back, never forced
        self.nav.setCurrentRow(0)  # Today
        self.security = SecurityController(self)  # lock screen, Ctrl+L, idle lock, backups, restore
        ctx.events.settings_changed.connect(self.apply_settings)
        self.tray = TrayController(self)  # tray icon, reminders, the privacy hotkey
        ctx.events.welcome_requested.connect(self.show_welcome)
        if ctx.journal is not None and ctx.journal.path is not None:
            self.statusBar().showMessage(
                self.tr("Journal: {folder}").format(folder=ctx.journal.path.parent), 8000
            )

    # -- structure ----------------------------------------------------------
    def _build_central(self) -> None:
        self.nav = QListWidget()
        self.stack = QStackedWidget()
        for factory in self._factories:
            self.nav.addItem(self.view_name(factory))
            self.stack.addWidget(QWidget())  # stands in until the view is first shown
        self.nav.currentRowChanged.connect(self._show_row)
        keep_nav_fitted(self.nav, self._size_nav)  # a bound method: no lambda holding the window
        # Enter on a view's name (a bound method: a lambda holding self would keep a window whose
        # construction failed alive)
        self.nav.itemActivated.connect(self._nav_activated)
        # the current view's name: a view switch from the keyboard moves focus here, so it is heard
        self.view_heading = keyboard.readable(QLabel(), "")
        self.view_heading.setObjectName("viewHeading")
        font = self.view_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.view_heading.setFont(font)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.view_heading)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        keyboard.prepare(self)

    def _build_actions(self) -> None:
        self.help_action = QAction(self, shortcut=QKeySequence("F1"))
        self.help_action.triggered.connect(self.show_get_help)
        self.urge_action = QAction(self, shortcut=QKeySequence("Ctrl+U"))
        self.urge_action.triggered.connect(self.show_urge_log)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.import_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.show_import)
        self.export_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+X"))
        self.export_action.triggered.connect(self.show_export)
        for action in (self.import_action, self.export_action):
            action.setEnabled(self.ctx.journal is not None)
        self.settings_action = QAction(self, shortcut=QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.welcome_action = QAction(self)
        self.welcome_action.triggered.connect(self.show_welcome)
        self.view_actions = []
        for number, factory in enumerate(self._factories, start=1):
            action = QAction(self.view_name(factory), self, shortcut=QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_row_and_focus(row))
            self.view_actions.append(action)
        for action in (
            *self.journal_view.actions_for_window(),
            self.help_action,
            self.urge_action,
            self.quit_action,
            self.settings_action,
            *self.view_actions,
        ):
            self.addAction(action)

    def _build_menus(self) -> None:
        jv = self.journal_view
        self.file_menu = self.menuBar().addMenu("")
        for action in jv.new_actions.values():
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.urge_action)
        self.file_menu.addSeparator()
        self.file_menu_end = self.file_menu.addSeparator()  # import, export, backups go above this
        self.file_menu.insertActions(self.file_menu_end, [self.import_action, self.export_action])
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = edit = self.menuBar().addMenu("")
        for action in (jv.undo_action, jv.redo_action):
            edit.addAction(action)
        edit.addSeparator()
        for action in (jv.save_action, jv.delete_menu_action, jv.search_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.settings_action)
        self.view_menu = self.menuBar().addMenu("")
        for action in self.view_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.session_mode = SessionModeController(self, self.ctx)
        self.view_menu.addAction(self.session_mode.action)
        self.help_menu = help_menu = self.menuBar().addMenu("")
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.welcome_action)
        help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        """Every word of the window's own frame in the language installed now."""
        self.nav.setAccessibleName(self.tr("Views"))
        self.help_action.setText(self.tr("Get help now"))
        self.help_action.setToolTip(self.tr("Crisis numbers and your support contacts (F1)"))
        self.urge_action.setText(self.tr("Log an &urge…"))
        self.urge_action.setToolTip(self.tr("Quick capture: how strong, what set it off, HALT (Ctrl+U)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.import_action.setText(self.tr("&Import entries…"))  # as the dialog is titled
        self.export_action.setText(self.tr("&Export entries…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.settings_action.setToolTip(self.tr("Theme, text size, safety, privacy and backups (Ctrl+,)"))
        self.about_action.setText(self.tr("About {app}").format(app=APP_NAME))
        self.welcome_action.setText(self.tr("&Welcome and first steps…"))
        for action, factory in zip(self.view_actions, self._factories, strict=True):
            action.setText(self.view_name(factory))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        if hasattr(self, "toolbar"):
            self.toolbar.setWindowTitle(self.tr("Main"))
        self._size_nav()
        row = self.nav.currentRow()
        if row >= 0:
            self.view_heading.setText(self.view_name(self._factories[row]))

    def view_name(self, factory: object) -> str:
        """A view's name in the navigation, the View menu and the heading, in the language shown."""
        return view_name(str(getattr(factory, "view_title", "")))

    def _build_toolbar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # one action per idea: an urge is logged with "Log an urge…" (Ctrl+U); the full urge form
        # stays in File ▸ New urge
        for kind, action in self.journal_view.new_actions.items():
            if kind is not EntryKind.CRAVING:
                bar.addAction(action)
        bar.addAction(self.urge_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.help_button = QToolButton()
        self.help_button.setDefaultAction(self.help_action)
        self.help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # words, always
        self.help_button.setObjectName("getHelpButton")
        set_role(self.help_button, "help")
        bar.addWidget(self.help_button)
        self.addToolBar(bar)
        self.toolbar = bar
        # fitted again once a new text size has reached every button (the window hears of it first)
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._size_nav)
        self.retranslate()
        self.apply_icons()

    def apply_icons(self) -> None:
        """Icons in the theme's text colour, sized by the font; the navigation as wide as its words."""
        palette, metrics = self.palette(), self.fontMetrics()
        side = max(16, round(metrics.height() * 1.25))
        self.nav.setIconSize(QSize(side, side))
        for row, factory in enumerate(self._factories):
            item = self.nav.item(row)
            if item is not None:
                name = getattr(factory, "view_icon", None) or VIEW_ICONS.get(factory.view_title, "view")
                item.setIcon(icon(name, palette))
        self._size_nav()
        self.toolbar.setIconSize(QSize(side, side))
        for kind, action in self.journal_view.new_actions.items():
            action.setIcon(icon(ACTION_ICONS.get(kind.value, "note"), palette))
        self.urge_action.setIcon(icon("urge", palette))
        self.help_action.setIcon(icon("help", palette))
        self.settings_action.setIcon(icon("settings", palette))

    def _size_nav(self) -> None:
        """Icons and words; in a window narrow for its text size, icons only (words in tooltips and
        for screen readers), so the views keep the room they need; Get help always in sight."""
        if not hasattr(self, "toolbar"):
            return
        metrics = self.fontMetrics()
        fit_nav(
            self.nav,
            [self.view_name(f) for f in self._factories],
            metrics,
            nav_is_compact(self.width(), metrics),
        )
        fit_toolbar(self.toolbar, self.help_button, self.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_nav()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and hasattr(self, "toolbar"):
            self.apply_icons()
            self._refit.start()

    # -- behaviour ----------------------------------------------------------
    def _view_at(self, row: int) -> QWidget:
        """The view in navigation row ``row``, built (and its module imported) on first use."""
        if row not in self._built:
            view = self._factories[row](self.ctx)
            if not isinstance(view, View):
                raise TypeError(f"{view!r} is not a view: it needs view_title and set_journal (context.View)")
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, view)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            keyboard.prepare(view)  # Tab leaves its tables and text fields
            self._built[row] = view
        return self._built[row]

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self._view_at(row))
            self.view_heading.setText(self.view_name(self._factories[row]))

    def show_row_and_focus(self, row: int) -> None:
        """Ctrl+1…5: show the view and move focus to its heading, which a screen reader reads."""
        self.nav.setCurrentRow(row)
        self.focus_heading()

    def _nav_activated(self, _item) -> None:
        self.focus_heading()

    def focus_heading(self) -> None:
        if self.view_heading.hasFocus():
            self.view_heading.clearFocus()  # focus arrives anew, so the new name is announced
        self.view_heading.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def views(self) -> list[QWidget]:
        """Every view, built if it was not yet (tests, screenshots)."""
        return [self._view_at(row) for row in range(len(self._factories))]

    def built_views(self) -> list[QWidget]:
        return [self._built[row] for row in sorted(self._built)]

    def show_view(self, view: QWidget) -> None:
        index = self.stack.indexOf(view)
        if index >= 0:
            self.nav.setCurrentRow(index)

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def set_journal(self, journal: Journal | None) -> None:
        """Give every view the journal, or ``None`` to clear them all (locking)."""
        self.ctx.set_journal(journal)
        for action in (self.import_action, self.export_action):
            action.setEnabled(journal is not None)
        for view in self.built_views():  # views built later read ctx.journal then
            assert isinstance(view, View)  # _view_at checked it
            view.set_journal(journal)

    def lock(self) -> bool:
        """Close the journal and show the lock screen (an encrypted journal only)."""
        return self.security.lock()

    def show_get_help(self) -> GetHelpDialog:
        """Get help (F1): window-modal, also on the lock screen (then with the device's numbers only)."""
        dialog = GetHelpDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.help_dialog = dialog
        return dialog

    def show_import(self) -> None:
        """File ▸ Import entries… (window-modal; it tells the views through entries_changed when it adds)."""
        if self.ctx.journal is None:
            return
        from .dialogs.import_dialog import ImportDialog  # imported when first needed: start-up stays quick

        self.import_dialog = ImportDialog(self.ctx, self)
        self.import_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog.open()

    def show_export(self) -> None:
        if self.ctx.journal is None:
            return
        from .dialogs.export_dialog import ExportDialog  # imported when first needed: start-up stays quick

        self.export_dialog = ExportDialog(self.ctx, self)
        self.export_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog.open()

    def show_urge_log(self) -> None:
        """The quick urge log (Ctrl+U); it saves by itself and tells the other views."""
        if self.ctx.journal is None:
            return
        self.urge_dialog = UrgeDialog(self.ctx, self)
        self.urge_dialog.open()

    def show_settings(self) -> SettingsDialog:
        """Edit ▸ Settings… (Ctrl+,): every setting from the registry, applied as it changes."""
        self.settings_dialog = SettingsDialog(self.ctx, self)
        self.settings_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog.open()
        return self.settings_dialog

    def apply_settings(self) -> None:
        """Take up changed settings now: theme and text size, the auto-lock, the language."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_device_settings(app, self.ctx.data_dir)
        self.security.apply_auto_lock()
        language = self._device_language()
        if language != self._language_setting:
            self.switch_language(language)

    # -- language -------------------------------------------------------------
    def _device_language(self) -> str:
        if self.ctx.data_dir is None:
            return ""
        return str(DeviceSettings.load(self.ctx.data_dir).get("appearance.language") or "")

    def switch_language(self, setting: str) -> str:
        """Show the app in ``setting`` ("system", "en", "es") now, keeping an unsaved draft.

        Installs the translators (``i18n.install``), then rebuilds every view in the new
        language and gives the editor back its unsaved text; the window's frame, the tray
        and session mode's action are re-worded in place. Returns the language shown.
        """
        app = QApplication.instance()
        assert app is not None
        shown = i18n.install(app, setting or "system", directory=self.qm_directory)
        self._language_setting = setting
        self.setLocale(QLocale())  # the new default: views written with self.locale() date in the language
        self.rebuild_views()
        self.retranslate()
        self.session_mode.retranslate()
        self.tray.retranslate()
        for part in (self.security, self.safety_hook, self.lapse_offer):
            retranslate = getattr(part, "retranslate", None)  # parts that word their own actions
            if callable(retranslate):
                retranslate()
        self.apply_icons()
        self.language_changed.emit(shown)
        return shown

    def rebuild_views(self) -> None:
        """Build every view again (in the language installed now); an unsaved draft stays in the
        editor, still unsaved, and the view on screen stays on screen."""
        draft = self.journal_view.unsaved_draft()
        row = self.nav.currentRow()
        old_actions = self.journal_view.actions_for_window()
        for built_row, view in sorted(self._built.items()):
            self.stack.insertWidget(built_row, QWidget())
            self.stack.removeWidget(view)
            view.hide()
            view.deleteLater()
        self._built.clear()
        journal_view = self._view_at(self._factories.index(JournalView))
        assert isinstance(journal_view, JournalView)
        self.journal_view = journal_view
        new_actions = journal_view.actions_for_window()
        for holder in (self, self.file_menu, self.edit_menu, self.toolbar):
            present = holder.actions()
            for old, new in zip(old_actions, new_actions, strict=True):
                if old in present:
                    holder.insertAction(old, new)
                    holder.removeAction(old)
        self._connect_journal_view()
        if draft is not None:
            journal_view.give_back_draft(draft)
        if row >= 0:
            self._show_row(row)

    def _connect_journal_view(self) -> None:
        self.journal_view.wants_focus.connect(lambda: self.show_view(self.journal_view))
        self.journal_view.status.connect(lambda text: self.statusBar().showMessage(text, 5000))

    def show_welcome(self) -> None:
        """The first-run welcome (Help ▸ Welcome; it opens by itself on a new journal)."""
        if self.ctx.journal is None:
            return
        from .dialogs.welcome import WelcomeDialog

        self.welcome_dialog = WelcomeDialog(self.ctx, self)
        self.welcome_dialog.passphrase_requested.connect(self.security.show_encryption_dialog)
        self.welcome_dialog.open()

    def _about(self) -> None:
        """Help ▸ About: version, libraries and licences, sources (imported when first opened)."""
        from .dialogs.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.open()

    def closeEvent(self, event) -> None:
        # a window whose building stopped part-way (a damaged journal) has nothing to keep
        if not hasattr(self, "security"):
            super().closeEvent(event)
            return
        if not self.journal_view.may_leave_editor():
            event.ignore()
            return
        self.ctx.tasks.stop_all()  # an import or export stops (adding nothing) before the journal closes
        journal = self.ctx.journal
        self.security.on_close(journal)  # the automatic backup taken on close
        self.set_journal(None)
        if journal is not None:
            journal.close()
        super().closeEvent(event)
