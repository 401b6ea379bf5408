"""Start at login: the platform's file is written, names only the program, and is removed again."""

from __future__ import annotations

import plistlib

from journal_app import APP_ID
from journal_app.core import autostart


def test_xdg_autostart_entry_is_written_and_removed_under_xdg_config_home(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    path = autostart.enable(
        True, platform="linux", env=env, command=["/opt/my apps/python3", "-m", "journal_app", "--minimised"]
    )
    assert path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    text = path.read_text()
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert 'Exec="/opt/my apps/python3" -m journal_app --minimised' in text
    assert autostart.is_enabled(platform="linux", env=env)
    assert autostart.disable(platform="linux", env=env) is True
    assert not path.exists() and not autostart.is_enabled(platform="linux", env=env)
    assert autostart.disable(platform="linux", env=env) is False  # nothing to remove is fine


def test_xdg_falls_back_to_dot_config_in_home(tmp_path):
    path = autostart.entry_path("linux", env={}, home=tmp_path)
    assert path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_apply_follows_the_two_settings(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    path = autostart.apply(True, False, platform="linux", env=env)
    assert path is not None and "--minimised" not in path.read_text()
    path = autostart.apply(True, True, platform="linux", env=env)
    assert path is not None and "--minimised" in path.read_text()
    assert autostart.apply(False, True, platform="linux", env=env) is None
    assert not path.exists()


def test_macos_launch_agent_runs_at_load(tmp_path):
    path = autostart.enable(
        False, platform="darwin", home=tmp_path, command=["/Applications/RJ.app/Contents/MacOS/RJ"]
    )
    assert path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == APP_ID and agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == ["/Applications/RJ.app/Contents/MacOS/RJ"]
    assert autostart.disable(platform="darwin", home=tmp_path) and not path.exists()


def test_windows_startup_file_uses_the_windowless_python(tmp_path):
    env = {"APPDATA": str(tmp_path / "Roaming")}
    path = autostart.enable(
        True,
        platform="win32",
        env=env,
        command=[r"C:\Python312\python.exe", "-m", "journal_app", "--minimised"],
    )
    assert (
        path.parent == tmp_path / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
    )
    text = path.read_bytes().decode()
    assert 'start "" "C:\\Python312\\pythonw.exe" "-m" "journal_app" "--minimised"' in text
    assert text.endswith("\r\n")
    autostart.disable(platform="win32", env=env)
    assert not path.exists()


def test_the_command_starts_this_installation():
    command = autostart.app_command(minimised=True)
    assert command[-1] == "--minimised" and command[1:3] == ["-m", "journal_app"]
