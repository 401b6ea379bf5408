"""Start at login, opt-in, in each platform's own way — written and removed as plain files.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<app id>.plist`` (``RunAtLoad``).
- Windows: a small command file in the Startup folder
  (``%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup``) that starts the app
  without a console window staying open.

The files name only the program and, when asked, ``--minimised``; never the
journal or anything in it. :func:`enable` and :func:`disable` take the platform
and the environment so every variant is tested on any machine.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import APP_ID, APP_NAME

MINIMISED_FLAG = "--minimised"


def platform_kind(platform: str | None = None) -> str:
    """``"windows"``, ``"macos"`` or ``"xdg"`` (Linux and the BSDs)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "xdg"


def app_command(minimised: bool = False) -> list[str]:
    """How this installation starts the app: the bundled program, or this Python with ``-m``."""
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "journal_app"]
    return [*command, MINIMISED_FLAG] if minimised else command


def entry_path(
    platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None
) -> Path:
    """Where the start-at-login file lives on ``platform``."""
    env = os.environ if env is None else env
    home = Path(home) if home is not None else Path.home()
    kind = platform_kind(platform)
    if kind == "windows":
        appdata = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        return (
            appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup" / "RecoveryJournal.cmd"
        )
    if kind == "macos":
        return home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    return config / "autostart" / f"{APP_ID}.desktop"


def _desktop_exec(command: Sequence[str]) -> str:
    # the desktop entry spec quotes arguments with double quotes and escapes ", `, $ and \ inside
    def quote(arg: str) -> str:
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(arg).replace("%", "%%") for arg in command)


def entry_text(command: Sequence[str], platform: str | None = None) -> bytes:
    """The start-at-login file's contents for ``command``."""
    kind = platform_kind(platform)
    if kind == "windows":
        program, *args = command
        line = 'start "" ' + " ".join(
            f'"{part}"' for part in [program.replace("python.exe", "pythonw.exe"), *args]
        )
        return f"@echo off\r\nrem Starts {APP_NAME} at login (remove in its Settings).\r\n{line}\r\n".encode()
    if kind == "macos":
        return plistlib.dumps(
            {
                "Label": APP_ID,
                "ProgramArguments": list(command),
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            }
        )
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=A private, offline journal for recovery\n"
        f"Exec={_desktop_exec(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    ).encode()


def enable(
    minimised: bool = False,
    *,
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
    command: Sequence[str] | None = None,
) -> Path:
    """Write the start-at-login file (replacing an older one); returns its path."""
    from .files import write_atomic

    path = entry_path(platform, env, home)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, entry_text(command or app_command(minimised), platform))
    if platform_kind(platform) != "windows" and os.name == "posix":
        os.chmod(path, 0o644 if platform_kind(platform) == "macos" else 0o600)
    return path


def disable(
    *, platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None
) -> bool:
    """Remove the start-at-login file; False when there was none."""
    path = entry_path(platform, env, home)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def is_enabled(
    *, platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None
) -> bool:
    return entry_path(platform, env, home).is_file()


def apply(enabled: bool, minimised: bool, **where: Any) -> Path | None:
    """Make the file match the two settings (``autostart.enabled``, ``autostart.minimised``)."""
    if enabled:
        return enable(minimised, **where)
    disable(**where)
    return None
