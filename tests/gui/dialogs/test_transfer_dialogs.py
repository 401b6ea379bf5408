"""Export and import through the dialogs, as a person would: choose, see the count or preview, go."""

import json
import time
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from journal_app.core.models import Entry, EntryKind
from journal_app.core.transfer import exporting, sealed
from journal_app.core.transfer.options import ExportOptions
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.export_dialog import ExportDialog
from journal_app.gui.dialogs.import_dialog import ImportDialog

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-05-14,May 14,Tuesday,8:30 PM,great,walk | friends,,Felt strong\n"
    "2024-05-13,May 13,Monday,07:05,awful,,,\n"
)


@pytest.fixture
def ctx(journal, data_dir):
    journal.insert_many(
        [
            Entry(
                kind=EntryKind.CHECK_IN,
                occurred_at=datetime(2025, 1, 5, 9, tzinfo=UTC),
                mood=6,
                body="Okay day",
            ),
            Entry(
                kind=EntryKind.CRAVING,
                occurred_at=datetime(2025, 1, 6, 9, tzinfo=UTC),
                craving=7,
                situation="=cmd|' /C calc'!A0",
            ),
            Entry(
                kind=EntryKind.NOTE,
                occurred_at=datetime(2025, 1, 7, 9, tzinfo=UTC),
                title="Just mine",
                private=True,
            ),
        ]
    )
    return AppContext(journal, JournalEvents(), data_dir)


@pytest.fixture
def export_dialog(qtbot, ctx):
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.whole.setChecked(True)
    return dialog


def pick_format(dialog, key):
    dialog.format.setCurrentIndex(dialog.format.findData(key))


def test_export_dialog_counts_what_will_be_shared(export_dialog):
    assert export_dialog.count_label.text() == "2 entries will be exported. 1 private entry is left out."
    export_dialog.include_private.setChecked(True)
    assert export_dialog.count_label.text() == "3 entries will be exported."
    export_dialog.kinds[EntryKind.CHECK_IN].setChecked(False)
    assert export_dialog.count_label.text().startswith("2 entries")
    export_dialog.whole.setChecked(False)
    export_dialog.date_from.setDate(date(2025, 1, 6))
    export_dialog.date_to.setDate(date(2025, 1, 6))
    assert export_dialog.count_label.text() == "1 entry will be exported."
    export_dialog.date_to.setDate(date(2025, 1, 1))
    assert (
        export_dialog.count_label.text() == "The start date is after the end date; swap them and try again."
    )
    assert not export_dialog.export_button.isEnabled()
    export_dialog.whole.setChecked(True)
    for box in export_dialog.kinds.values():
        box.setChecked(False)
    assert export_dialog.count_label.text() == "Choose at least one kind of entry to export."
    assert not export_dialog.export_button.isEnabled()


def test_export_runs_in_the_background_and_leaves_private_entries_out(
    qtbot, export_dialog, tmp_path, monkeypatch
):
    target = tmp_path / "for-my-counsellor.json"
    monkeypatch.setattr(
        "journal_app.gui.dialogs.export_dialog.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "JSON (*.json)"),
    )
    pick_format(export_dialog, "json")
    qtbot.mouseClick(export_dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export_dialog.message.text().startswith("Exported"), timeout=10_000)
    assert export_dialog.message.text() == f"Exported 2 entries to {target}."
    data = json.loads(target.read_text())
    assert [e["kind"] for e in data["entries"]] == ["check_in", "craving"]
    assert not export_dialog.progress.isVisible()


def test_csv_and_encryption_choices_show_for_their_formats(qtbot, export_dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(sealed, "DEFAULT_PARAMS", sealed.KdfParams(memory_kib=1024, iterations=1, lanes=1))
    pick_format(export_dialog, "pdf")
    assert not export_dialog.bom.isVisibleTo(export_dialog) and not export_dialog.encrypt.isVisibleTo(
        export_dialog
    )
    pick_format(export_dialog, "csv")
    assert export_dialog.bom.isVisibleTo(export_dialog) and export_dialog.encrypt.isVisibleTo(export_dialog)
    export_dialog.encrypt.setChecked(True)
    export_dialog.passphrase.setText("a long passphrase")
    export_dialog.passphrase_again.setText("a different one")
    target = tmp_path / "sealed.csv"
    monkeypatch.setattr(
        "journal_app.gui.dialogs.export_dialog.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    export_dialog.choose_file_and_export()
    assert export_dialog.message.text() == "The two passphrases differ." and not target.exists()
    export_dialog.passphrase_again.setText("a long passphrase")
    export_dialog.choose_file_and_export()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert target.read_bytes().startswith(sealed.MAGIC)


def test_pdf_report_from_the_dialog(qtbot, export_dialog, tmp_path):
    pick_format(export_dialog, "pdf")
    target = tmp_path / "report.pdf"
    export_dialog.start_export(str(target))
    qtbot.waitUntil(lambda: export_dialog.message.text().startswith("Exported"), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def held_at_first_report(real):
    """The real work, unchanged, except that its first progress report waits (up to 10 s) until
    Cancel is pressed; the panel's progress callable then raises, as it does for a person."""

    def run(*args, progress, **kwargs):
        def held(done, total):
            progress(done, total)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                time.sleep(0.01)
                progress(done, total)  # raises once Cancel was pressed

        return real(*args, progress=held, **kwargs)

    return run


def test_cancel_stops_an_export_and_leaves_no_file(qtbot, export_dialog, tmp_path, monkeypatch):
    from journal_app.gui.dialogs import export_dialog as module

    monkeypatch.setattr(module, "write_export", held_at_first_report(module.write_export))
    pick_format(export_dialog, "json")
    out = tmp_path / "out"
    out.mkdir()
    export_dialog.start_export(str(out / "never.json"))
    assert export_dialog.progress.isVisibleTo(export_dialog)
    qtbot.waitUntil(lambda: export_dialog.progress.bar.maximum() == 1000)  # the real export is under way
    qtbot.mouseClick(export_dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export_dialog.message.text() == "Stopped; no file was written.")
    assert list(out.iterdir()) == []  # neither the file nor a half-written one


# -- import ------------------------------------------------------------------------------------


@pytest.fixture
def import_dialog(qtbot, ctx):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_import_asks_what_unknown_moods_mean_then_previews_and_adds(
    qtbot, import_dialog, ctx, tmp_path, monkeypatch
):
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO)
    monkeypatch.setattr(
        "journal_app.gui.dialogs.import_dialog.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), "")
    )
    qtbot.mouseClick(import_dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(import_dialog.mood_boxes), timeout=10_000)
    assert list(import_dialog.mood_boxes) == ["great"]
    assert not import_dialog.import_button.isEnabled()
    import_dialog.mood_boxes["great"].setValue(8)
    qtbot.mouseClick(import_dialog.use_moods_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(import_dialog.import_button.isEnabled, timeout=10_000)
    assert import_dialog.model.rowCount() == 2
    assert import_dialog.summary.text().startswith("2 new entries from this Daylio CSV file")
    before = ctx.journal.count()
    with qtbot.waitSignal(ctx.events.entries_changed, timeout=10_000):
        qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)
    assert ctx.journal.count() == before + 2
    assert import_dialog.summary.text() == "Added 2 entries to your journal."
    assert sorted(r.mood for r in ctx.journal.rows() if r.kind is EntryKind.CHECK_IN) == [1, 6, 8]


def test_import_of_an_encrypted_export_asks_for_the_passphrase(
    qtbot, import_dialog, ctx, tmp_path, monkeypatch
):
    monkeypatch.setattr(sealed, "DEFAULT_PARAMS", sealed.KdfParams(memory_kib=1024, iterations=1, lanes=1))
    path = tmp_path / "sealed.json"
    exporting.export_file(
        ctx.journal.db, path, "json", ExportOptions(include_private=True), passphrase="a long passphrase"
    )
    import_dialog.open_file(str(path))
    qtbot.waitUntil(lambda: import_dialog.passphrase_row.isVisibleTo(import_dialog), timeout=10_000)
    assert import_dialog.summary.text() == "Type the passphrase chosen when the file was exported."
    import_dialog.passphrase.setText("not the one")
    qtbot.mouseClick(import_dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: import_dialog.summary.text() == "That passphrase does not open this file.", timeout=10_000
    )
    import_dialog.passphrase.setText("a long passphrase")
    qtbot.mouseClick(import_dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already in the journal" in import_dialog.summary.text(), timeout=10_000)
    assert not import_dialog.import_button.isEnabled()  # everything in it is already here


def test_a_bad_file_is_explained_and_nothing_is_added(qtbot, import_dialog, ctx, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"tags": {}, "entries": [{"title": "x", "date": "2024-02-30", "time": "10:00"}]}')
    before = ctx.journal.count()
    import_dialog.open_file(str(path))
    qtbot.waitUntil(lambda: "not a real date" in import_dialog.summary.text(), timeout=10_000)
    assert import_dialog.summary.text() == "entry 1: “2024-02-30” is not a real date (expected 2023-05-14)."
    assert not import_dialog.import_button.isEnabled() and ctx.journal.count() == before


def test_cancel_stops_an_import_and_adds_nothing(qtbot, import_dialog, ctx, tmp_path, monkeypatch):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO.replace("great", "good"))
    import_dialog.open_file(str(path))
    qtbot.waitUntil(import_dialog.import_button.isEnabled, timeout=10_000)
    from journal_app.gui.dialogs import import_dialog as module

    real = module.add_in_background
    monkeypatch.setattr(module, "add_in_background", held_at_first_report(real))
    before = ctx.journal.count()
    import_dialog.start_import()
    # the real import reports once every entry is in its transaction; Cancel then rolls it all back
    qtbot.waitUntil(lambda: import_dialog.progress.bar.maximum() == 1000)
    qtbot.mouseClick(import_dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: import_dialog.summary.text() == "Stopped; nothing was added.")
    assert ctx.journal.count() == before and import_dialog.import_button.isEnabled()
    monkeypatch.setattr(module, "add_in_background", real)
    qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)  # and it can still be done
    qtbot.waitUntil(lambda: ctx.journal.count() == before + 2, timeout=10_000)


def test_file_menu_import_adds_entries_the_timeline_shows(qtbot, window, tmp_path):
    texts = [action.text() for action in window.file_menu.actions()]
    assert "&Import entries…" in texts and "&Export entries…" in texts
    before = window.journal_view.model.rowCount()
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO.replace("great", "good"))
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog.isVisible() and dialog.isModal()
    dialog.open_file(str(path))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.journal_view.model.rowCount() == before + 2, timeout=10_000)
    dialog.reject()
    window.export_action.trigger()
    assert window.export_dialog.isVisible()
    window.export_dialog.whole.setChecked(True)
    assert window.export_dialog.count_label.text() == "2 entries will be exported."
    window.export_dialog.reject()


def test_import_and_export_are_unavailable_while_locked(window):
    window.set_journal(None)
    assert not window.import_action.isEnabled() and not window.export_action.isEnabled()


def test_preview_model_shows_when_kind_mood_and_words(qtbot):
    from journal_app.gui.dialogs.import_dialog import COL_MOOD, COL_SUMMARY, PreviewModel

    model = PreviewModel()
    model.set_rows(
        [("2024-05-13 07:05", "Check-in", "1/10", ""), ("2024-05-14 20:30", "Check-in", "8/10", "Felt")]
    )
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    assert (
        model.data(model.index(1, COL_MOOD)) == "8/10" and model.data(model.index(1, COL_SUMMARY)) == "Felt"
    )
    assert model.headerData(COL_MOOD, Qt.Orientation.Horizontal) == "Mood"


def test_closing_the_import_dialog_while_busy_stops_the_work(
    qtbot, import_dialog, ctx, tmp_path, monkeypatch
):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO.replace("great", "good"))
    import_dialog.open_file(str(path))
    qtbot.waitUntil(import_dialog.import_button.isEnabled, timeout=10_000)
    from journal_app.gui.dialogs import import_dialog as module

    monkeypatch.setattr(module, "add_in_background", held_at_first_report(module.add_in_background))
    before = ctx.journal.count()
    import_dialog.start_import()
    qtbot.waitUntil(lambda: import_dialog.progress.bar.maximum() == 1000)  # held inside the transaction
    task = import_dialog.progress.task
    import_dialog.reject()
    assert task.done.is_set() and task.is_cancelled
    assert ctx.journal.count() == before


def test_text_from_a_file_is_never_shown_as_html(qtbot, import_dialog, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO.replace("great", "<b>big</b>"))
    import_dialog.open_file(str(path))
    qtbot.waitUntil(lambda: bool(import_dialog.mood_boxes), timeout=10_000)
    assert list(import_dialog.mood_boxes) == ["<b>big</b>"]
    assert import_dialog.summary.textFormat() == Qt.TextFormat.PlainText


def test_leaving_out_written_words_and_measures(qtbot, export_dialog, tmp_path):
    pick_format(export_dialog, "json")
    export_dialog.include_text.setChecked(False)
    export_dialog.fields["measures"].setChecked(False)
    target = tmp_path / "plain.json"
    export_dialog.start_export(str(target))
    qtbot.waitUntil(lambda: export_dialog.message.text().startswith("Exported"), timeout=10_000)
    entries = json.loads(target.read_text())["entries"]
    assert all("body" not in e and "situation" not in e and "mood" not in e for e in entries)
    assert all("triggers" in e for e in entries)


def test_the_dialogs_pdf_carries_the_dashboard_charts_only_when_all_is_shared(
    qtbot, export_dialog, tmp_path, monkeypatch
):
    from journal_app.gui.dialogs import export_dialog as module

    seen = []
    real = module.write_export

    def spy(*args, pictures=None, **kwargs):
        seen.append(pictures)
        return real(*args, pictures=pictures, **kwargs)

    monkeypatch.setattr(module, "write_export", spy)
    pick_format(export_dialog, "pdf")
    export_dialog.start_export(str(tmp_path / "full.pdf"))
    qtbot.waitUntil(lambda: export_dialog.message.text().startswith("Exported"), timeout=30_000)
    captions = [caption for caption, _image in seen[0]]
    assert len(captions) >= 5 and any("mood" in c.casefold() for c in captions)
    assert all(not image.isNull() for _caption, image in seen[0])
    # fewer kinds chosen: the dashboard (which shows every kind) stays out
    assert (
        export_dialog._chart_pictures(
            export_dialog.ctx.journal, module.ExportOptions(kinds=frozenset({module.EntryKind.NOTE}))
        )
        is None
    )


def test_import_shows_the_mood_map_for_the_command_line(qtbot, import_dialog, tmp_path):
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO.replace(",great,", ',"so, so",'))
    import_dialog.open_file(str(path))
    qtbot.waitUntil(lambda: bool(import_dialog.mood_boxes), timeout=10_000)
    assert import_dialog.mood_map_line.text() == "--mood-map '\"so, so\"=5'"
    import_dialog.mood_boxes["so, so"].setValue(6)
    assert import_dialog.mood_map_line.text() == "--mood-map '\"so, so\"=6'"


def test_a_newer_export_updates_changed_entries_unless_the_person_keeps_theirs(
    qtbot, import_dialog, ctx, tmp_path
):
    import_dialog.show()  # the box is clicked where a person sees its words
    qtbot.waitExposed(import_dialog)
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO.replace(",great,", ",good,"))
    import_dialog.open_file(str(path))
    qtbot.waitUntil(import_dialog.import_button.isEnabled, timeout=10_000)
    assert not import_dialog.keep_mine.isVisibleTo(import_dialog)  # nothing to keep yet
    qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: import_dialog.summary.text().startswith("Added"), timeout=10_000)
    before = ctx.journal.count()
    path.write_text(DAYLIO.replace(",great,", ",rad,"))  # the person changed that mood in Daylio since
    import_dialog.open_file(str(path))
    qtbot.waitUntil(import_dialog.import_button.isEnabled, timeout=10_000)
    assert import_dialog.summary.text().startswith(
        "0 new, 1 changed, 1 unchanged entries in this Daylio CSV file"
    )
    assert import_dialog.keep_mine.isVisibleTo(import_dialog) and import_dialog.model.rowCount() == 1
    qtbot.mouseClick(import_dialog.keep_mine, Qt.MouseButton.LeftButton)
    assert "It keeps your journal's version (as you chose)." in import_dialog.summary.text()
    assert not import_dialog.import_button.isEnabled() and import_dialog.model.rowCount() == 0
    qtbot.mouseClick(import_dialog.keep_mine, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ctx.events.entries_changed, timeout=10_000):
        qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)
    assert import_dialog.summary.text() == "Updated 1 entry from the file."
    assert ctx.journal.count() == before
    assert 9 in [r.mood for r in ctx.journal.rows() if r.kind is EntryKind.CHECK_IN]


def test_a_newer_export_that_lacks_entries_names_them_and_deletes_nothing(
    qtbot, import_dialog, ctx, tmp_path
):
    """A real jrnl export, then a later one without an entry the person deleted in jrnl."""
    from pathlib import Path

    real = Path(__file__).parents[2] / "fixtures" / "imports" / "jrnl_mcp_sample.json"
    import_dialog.open_file(str(real))
    qtbot.waitUntil(import_dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(ctx.events.entries_changed, timeout=10_000):
        qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)
    before = ctx.journal.count()
    data = json.loads(real.read_text(encoding="utf-8"))
    data["entries"] = [e for e in data["entries"] if e["title"] != "Dinner with friends"]
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    import_dialog.open_file(str(newer))
    qtbot.waitUntil(lambda: "earlier jrnl import" in import_dialog.summary.text(), timeout=10_000)
    assert import_dialog.summary.text().endswith(
        "1 entry from your earlier jrnl import is not in this file; it stays in your journal."
    )
    assert not import_dialog.import_button.isEnabled()  # nothing new, nothing changed
    assert ctx.journal.count() == before  # "Dinner with friends" is still there
