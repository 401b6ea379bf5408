"""The bundle's entry point: `recovery-journal` is the command line, `recovery-journal-gui` the app.

PyInstaller builds both executables from this one script (packaging/recovery-journal.spec);
the executable's name decides which starts. `--self-test-window DIR` (bundle only) starts the
window offscreen on the journal in DIR, opens every view and exits 0, so packaging/selftest.py
can check that the bundle's Qt, plugins and charts work without a display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _self_test_window(data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from journal_app.core.journal import Journal
    from journal_app.gui.app import make_application
    from journal_app.gui.context import AppContext, JournalEvents
    from journal_app.gui.dialogs.about_dialog import AboutDialog
    from journal_app.gui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    journal = Journal.open(data_dir)
    window = MainWindow(AppContext(journal, JournalEvents(), data_dir))
    window.show()
    titles = []
    for view in window.views:
        window.show_view(view)
        app.processEvents()
        titles.append(type(view).__name__)
    about = AboutDialog(window)
    about.show()
    app.processEvents()
    about.close()
    window.journal_view.editor.revert()
    window.close()
    app.processEvents()
    print("window: opened " + ", ".join(titles))
    return 0


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--self-test-window":
        return _self_test_window(Path(sys.argv[2]))
    if Path(sys.executable).stem.lower().endswith("-gui"):
        from journal_app.cli import gui_main

        return gui_main()
    from journal_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
