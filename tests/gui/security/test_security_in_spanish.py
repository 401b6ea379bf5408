"""The lock screen, encryption, restore and the File menu's security actions, in Spanish.

Each screen is built in English and in Spanish (``still_english``); nothing may be shown in
both but the core's sentences (a wrong passphrase, the backups' kinds and what happened to
them: ``resources/i18n/core/es.po``, issue 15's core side), captured from the English build
and named where they are allowed, and file names.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

import pytest
from gui_helpers import close_window, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget
from security_helpers import PASSPHRASE
from spanish_walk import back_to_english, still_english, texts_of, use_language

from journal_app.core import encryption
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind
from journal_app.gui.security.encryption_dialog import EncryptionDialog
from journal_app.gui.security.lock_screen import LockScreen
from journal_app.gui.security.restore_dialog import RestoreDialog

pytestmark = pytest.mark.usefixtures("default_auto_lock")


class _Joined:
    """Lists read each time they are walked: the core's words are captured during the English build."""

    def __init__(self, *parts: Iterable[str] | Callable[[], Iterable[str]]):
        self.parts = parts

    def __iter__(self) -> Iterator[str]:
        for part in self.parts:
            yield from part() if callable(part) else part


def english_left(build, *, after=None, core: Iterable[str] | Callable[[], Iterable[str]] = (), allow=()):
    return still_english(build, own_words=_Joined(core), after=after, allow=allow)


def spanish_text(build) -> str:
    use_language("es")
    try:
        return " ".join(texts_of(build()))
    finally:
        back_to_english()


@pytest.fixture
def journal_dirs(tmp_path):
    """Fresh data folders, each with a plain journal with an entry and a backup."""
    counter = itertools.count()

    def make():
        folder = tmp_path / f"journal-{next(counter)}"
        folder.mkdir()
        journal = Journal.open(folder)
        journal.save(Entry(kind=EntryKind.NOTE, title="Morning"))
        journal.backup()
        journal.close()
        return folder

    return make


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_lock_screen_in_spanish(qtbot, data_dir):
    def build():
        return shown(qtbot, LockScreen(data_dir))

    def recovery(screen):
        screen.use_recovery.setChecked(True)

    def busy(screen):
        screen._busy(True)

    key_shape = ["XXXX-XXXX-"]  # the recovery key's shape, as a placeholder
    assert english_left(build) == []
    assert english_left(build, after=recovery, allow=key_shape) == []
    assert english_left(build, after=busy) == []
    assert "Tu diario está bloqueado" in spanish_text(build)


def test_turning_encryption_on_in_spanish_to_the_recovery_key_page(qtbot, journal_dirs):
    core: list[str] = []

    def build():
        folder = journal_dirs()
        return shown(qtbot, EncryptionDialog(folder, lambda: None, lambda _key: None))

    def short_passphrase(dialog):
        dialog.new_pass.setText("short")
        dialog.turn_on()

    def recovery_page(dialog):
        dialog.new_pass.setText(PASSPHRASE)
        dialog.new_pass_again.setText(PASSPHRASE)
        dialog.turn_on()
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.recovery_page, timeout=20_000)
        dialog.reject()  # not before the key is kept: it says so
        core.extend([dialog.recovery_key, dialog.backups_note.text()] if not core else [])

    assert english_left(build) == []
    assert english_left(build, after=short_passphrase) == []
    assert english_left(build, after=recovery_page, core=core) == []
    assert core  # the recovery page was reached in English too

    def spanish_recovery_page():
        dialog = build()
        recovery_page(dialog)
        return dialog

    text = spanish_text(spanish_recovery_page)
    assert "Esta es tu <b>clave de recuperación</b>. Abre tu diario si alguna vez olvidas" in text
    assert "Solo se muestra esta vez." in text
    assert "Cuando esto se cierre, no se podrá volver a mostrar." in text


def test_an_encrypted_journal_in_spanish(qtbot, journal_dirs, monkeypatch):
    folder = journal_dirs()
    encryption.encrypt_journal(folder, PASSPHRASE)
    asked: list[str] = []

    def no(_parent, title, text, *_args, **_kwargs):
        asked.extend([title, text])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)

    def build():
        return shown(qtbot, EncryptionDialog(folder, lambda: None, lambda _key: None))

    def differ(dialog):
        dialog.change_pass.setText(PASSPHRASE)
        dialog.change_pass_again.setText(PASSPHRASE + " again")
        dialog.change_passphrase()

    def asks_before_turning_off(dialog):
        dialog.current.setText(PASSPHRASE)
        asked.clear()
        dialog.turn_off()
        for text in asked:
            dialog.layout().addWidget(QLabel(text))

    assert english_left(build) == []
    assert english_left(build, after=differ) == []
    assert english_left(build, after=asks_before_turning_off) == []
    assert asked and asked[0] == "¿Desactivar el cifrado?"  # the Spanish build came second


def test_restore_in_spanish(qtbot, journal_dirs, monkeypatch):
    folder = journal_dirs()
    core: list[str] = []
    asked: list[str] = []

    def yes(_parent, title, text, *_args, **_kwargs):
        asked.extend([title, text])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)

    def build():
        return shown(qtbot, RestoreDialog(folder, None, lambda: None, lambda _key: None))

    def restored(dialog):
        asked.clear()
        dialog.table.selectRow(0)
        dialog.restore_selected()
        qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
        model = dialog.model
        if not core:  # the backups' kinds and file names: the core's words, from the English build
            core.extend(str(model.index(r, 1).data()) for r in range(model.rowCount()))
            core.append(dialog.restored.kept.name if dialog.restored.kept else "")
        for text in asked:
            dialog.layout().addWidget(QLabel(text))

    def file_names():  # each backup's path is its tool tip
        return [*core, *(str(path) for path in (folder / "backups").glob("*"))]

    assert english_left(build, after=restored, core=file_names) == []

    def restored_in_spanish():
        dialog = build()
        restored(dialog)
        return dialog

    assert "Restaurada: tu diario tiene ahora 1 entrada." in spanish_text(restored_in_spanish)
    assert "¿Restaurar esta copia de seguridad?" in asked

    empty = journal_dirs()
    for backup in (empty / "backups").glob("*"):
        backup.unlink()
    no_backups = still_english(
        lambda: shown(qtbot, RestoreDialog(empty, None, lambda: None, lambda _k: None))
    )
    assert no_backups == []


def test_the_file_menus_security_actions_in_spanish(qtbot, journal_dirs):
    """Lock, encryption, back up and restore in the File menu, and what they say in the status bar."""
    windows = []
    core: list[str] = []

    def build():
        folder = journal_dirs()
        window = open_window(qtbot, Journal.open(folder), folder)
        windows.append(window)
        security = window.security
        security.lock_pressed()  # not encrypted: it says what locking needs
        said = [window.statusBar().currentMessage()]
        security.backup_now()
        said.append(window.statusBar().currentMessage())
        if not core:  # the backup file's name
            core.extend(path.name for path in (folder / "backups").glob("*"))
        menu = QMenu()
        menu.addActions(security.actions)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(menu)
        for text in said:
            layout.addWidget(QLabel(text))
        qtbot.addWidget(page)
        return page

    try:
        assert still_english(build, own_words=_Joined(core)) == []
        text = spanish_text(build)
    finally:
        for window in windows:
            close_window(window)
    assert "Para bloquear hace falta cifrado" in text


def test_unlocking_with_a_wrong_passphrase_says_so_in_spanish(qtbot, journal_dirs):
    folder = journal_dirs()
    encryption.encrypt_journal(folder, PASSPHRASE)
    use_language("es")
    try:
        screen = shown(qtbot, LockScreen(folder))
        screen.secret.setText("not the passphrase")
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
        assert screen.unlock_button.text() == "Comprobando…"
        with qtbot.waitSignal(screen.attempt_done, timeout=20_000):
            pass
        assert screen.unlock_button.text() == "Desbloquear" and screen.message.text()
    finally:
        back_to_english()


def test_the_lock_screens_spanish_placeholder_is_whole_at_the_largest_text(qtbot, data_dir, restore_look):
    """ "Frase de contraseña" read "Frase de contrase…" at 24 points: the field is as wide as it."""
    from journal_app.gui import theme

    use_language("es")
    try:
        theme.apply(restore_look, "dark", 24)
        screen = LockScreen(data_dir)
        qtbot.addWidget(screen)
        screen.resize(800, 500)
        screen.show()
        qtbot.waitExposed(screen)
        words = screen.secret.fontMetrics().horizontalAdvance(screen.secret.placeholderText())
        assert screen.secret.placeholderText() == "Frase de contraseña"
        field = screen.secret
        room = (
            field.contentsRect().width()
            - 2 * field.style().pixelMetric(field.style().PixelMetric.PM_DefaultFrameWidth)
            - 4
        )
        assert room >= words, (room, words)
    finally:
        back_to_english()
