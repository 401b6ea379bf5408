"""The app as ``make a11y`` runs it: the real app, with one way in that no key has.

SIGUSR1 raises an error inside the running event loop, so the crash dialog opens the
way it would after a real fault (through the app's own exception hook) and the
check can walk it. Everything else the check reaches with keys and the bus.
Run with the project's venv Python: ``app_under_check.py --data-dir DIR``.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from journal_app.gui.app import make_application, run_app


def _fail() -> None:
    raise RuntimeError("make a11y asked for the crash dialog")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    app = make_application(sys.argv[:1])
    ticker = QTimer(app)  # Python runs now and then, so the signal handler below gets its turn
    ticker.timeout.connect(lambda: None)
    ticker.start(100)
    signal.signal(signal.SIGUSR1, lambda *_: QTimer.singleShot(0, _fail))
    return run_app(args.data_dir, argv=sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
