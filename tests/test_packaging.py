"""Installing like any desktop app: one version everywhere, the spec, the desktop files, icons, the wheel.

`make dist` itself is too slow for the suite; these are the quick checks of what it builds from.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import journal_app
from journal_app import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
INSTALLER = PACKAGING / "install-desktop-entry"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

needs_posix_shell = pytest.mark.skipif(
    sys.platform == "win32", reason="install-desktop-entry is for Linux desktops"
)


# --- one version number ------------------------------------------------------------------------


def test_the_version_is_one_number_everywhere(capsys):
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"] and pyproject["tool"]["hatch"]["version"]["path"] == (
        "journal_app/__init__.py"
    )
    newest_release = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest_release.get("version") == __version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog and "keepachangelog.com" in changelog
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", changelog, re.MULTILINE)
    assert released[0] == (__version__, newest_release.get("date"))

    from journal_app.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.strip() == f"recovery-journal {__version__}"

    sys.path.insert(0, str(PACKAGING))
    try:
        import build_dist
    finally:
        sys.path.remove(str(PACKAGING))
    assert build_dist.version() == __version__
    assert build_dist.archive_name().startswith(f"recovery-journal-{__version__}-")


def test_an_export_names_the_version_that_wrote_it(journal, tmp_path):
    import json

    from journal_app.core.models import Entry, EntryKind
    from journal_app.core.transfer.exporting import export_file
    from journal_app.core.transfer.options import ExportOptions

    journal.save(Entry(kind=EntryKind.NOTE, body="One line."))
    out = tmp_path / "export.json"
    export_file(journal.db, out, "json", ExportOptions())
    assert json.loads(out.read_text(encoding="utf-8"))["app_version"] == __version__


# --- the PyInstaller spec and the release workflow ---------------------------------------------


def _string_literals(path: Path) -> list[str]:
    return [
        n.value
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def test_the_spec_holds_no_paths_of_one_machine_or_system():
    spec = PACKAGING / "recovery-journal.spec"
    for text in _string_literals(spec):
        assert not re.match(r"^(/\w|~/|[A-Za-z]:[\\/]|\\\\)", text), f"absolute path in the spec: {text!r}"
        assert "site-packages" not in text and ".venv" not in text
    source = spec.read_text(encoding="utf-8")
    assert "SPECPATH" in source  # every path is found from the spec's own folder
    # what only Linux has is done only on Linux
    assert 'if sys.platform.startswith("linux"):' in source


def test_the_release_workflow_builds_the_same_spec_on_three_systems_and_says_what_was_tried():
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert all(runner in workflow for runner in ("ubuntu-", "windows-", "macos-"))
    assert "packaging/build_dist.py" in workflow and "packaging/selftest.py" in workflow
    assert "Only the Linux build has been tried" in workflow
    build = (PACKAGING / "build_dist.py").read_text(encoding="utf-8")
    assert "recovery-journal.spec" in build


def test_make_dist_is_not_part_of_make_test():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_rule = re.search(r"^test:.*\n(\t.*\n)+", makefile, re.MULTILINE).group(0)
    assert "dist" not in test_rule and "build_dist" not in test_rule
    assert re.search(r"^dist:", makefile, re.MULTILINE)


# --- desktop files and icons -------------------------------------------------------------------


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (make desktop-check installs it from the distribution)")
    return found


def test_the_desktop_entry_validates():
    done = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout.lower(), done.stdout


def test_the_metainfo_validates_and_has_captions_release_notes_and_a_content_rating():
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metainfo_carries_what_software_centres_show():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    captions = [s.findtext("caption") for s in root.findall("screenshots/screenshot")]
    assert captions and all(captions)
    assert root.find("releases/release/description/p").text.strip()
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_every_screenshot_the_metainfo_names_is_in_the_repository_at_its_size(qapp):
    from PySide6.QtGui import QImage

    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert images
    for image in images:
        url = image.text.strip()
        assert url.startswith("https://") and "/main/docs/screenshots/" in url
        local = ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]
        picture = QImage(str(local))
        assert not picture.isNull(), (
            f"{local} is missing (make screenshots, then copy it; packaging/README.md)"
        )
        assert (picture.width(), picture.height()) == (int(image.get("width")), int(image.get("height")))


def test_every_icon_size_is_rendered_from_the_svg_and_up_to_date(qapp):
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtGui import QImage

    hicolor = ROOT / "resources" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == render_icons.SOURCE.read_bytes()
    for size in SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        stored = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
        assert stored.width() == size and stored.height() == size, png
        assert stored == render_icons.render(size), f"{png} is older than the SVG: run `make icons`"


def test_the_app_window_has_the_icon(qapp):
    from journal_app.gui.app import make_application

    app = make_application()
    assert not app.windowIcon().isNull()
    assert 512 in [s.width() for s in app.windowIcon().availableSizes()]


def test_a_missing_or_damaged_icon_never_stops_the_app(qapp, tmp_path, monkeypatch):
    from journal_app.core.errors import JournalError
    from journal_app.gui import app as app_module

    damaged = tmp_path / "resources" / "icons" / "hicolor" / "48x48" / "apps"
    damaged.mkdir(parents=True)
    (damaged / f"{APP_ID}.png").write_bytes(b"\x89PNG not really")
    monkeypatch.setattr(app_module, "resources_dir", lambda: tmp_path / "resources")
    assert app_module.app_icon().pixmap(48).isNull()  # nothing drawn, nothing raised

    def missing():
        raise JournalError("The app's built-in resources are missing; please reinstall it.")

    monkeypatch.setattr(app_module, "resources_dir", missing)
    assert app_module.app_icon().isNull()
    assert app_module.make_application() is qapp


# --- install-desktop-entry ---------------------------------------------------------------------


def _installer(tmp_path, *args, env_changes=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_changes or {})
    return subprocess.run(["sh", str(INSTALLER), *args], capture_output=True, text=True, env=env, timeout=60)


@needs_posix_shell
def test_install_puts_the_launcher_and_icons_in_the_xdg_folders_and_uninstall_takes_them_out(tmp_path):
    data_home = tmp_path / "xdg data"
    app = tmp_path / "Programme mit Leerzeichen" / 'Récupération $HOME "q"' / "recovery-journal-gui"
    app.parent.mkdir(parents=True)
    app.write_text("#!/bin/sh\n")
    app.chmod(0o755)
    done = _installer(tmp_path, "--exec", str(app), env_changes={"XDG_DATA_HOME": str(data_home)})
    assert done.returncode == 0, done.stderr
    desktop = data_home / "applications" / DESKTOP.name
    text = desktop.read_text(encoding="utf-8")
    assert 'Exec="' in text and "Récupération" in text and "Traceback" not in done.stderr
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in SIZES:
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data_home / "metainfo" / METAINFO.name).is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    # the Exec line reads back as the very path, as a desktop would split it
    exec_value = re.search(r"^Exec=(.*)$", text, re.MULTILINE).group(1).replace("\\\\", "\\")
    assert exec_value.startswith('"') and exec_value.endswith('"')
    unquoted = re.sub(r'\\(["`$\\])', r"\1", exec_value[1:-1]).replace("%%", "%")
    assert unquoted == str(app)

    gone = _installer(tmp_path, "--uninstall", env_changes={"XDG_DATA_HOME": str(data_home)})
    assert gone.returncode == 0 and "Your journal was not touched" in gone.stdout
    assert not desktop.exists()
    assert not list((data_home / "icons").rglob(f"{APP_ID}.*"))


@needs_posix_shell
def test_without_home_the_installer_says_so_and_changes_nothing(tmp_path):
    done = _installer(tmp_path, "--exec", "recovery-journal-gui", drop=("HOME", "XDG_DATA_HOME"))
    assert done.returncode == 1
    assert "HOME is not set" in done.stderr and "Nothing was changed" in done.stderr


@needs_posix_shell
def test_without_an_icon_theme_the_launcher_names_its_icon_by_path(tmp_path):
    data_home = tmp_path / "data"
    done = _installer(
        tmp_path,
        "--exec",
        "recovery-journal-gui",
        env_changes={"XDG_DATA_HOME": str(data_home), "XDG_DATA_DIRS": str(tmp_path / "no-themes-here")},
    )
    assert done.returncode == 0, done.stderr
    assert "no hicolor icon theme" in done.stdout
    icon = re.search(
        r"^Icon=(.*)$", (data_home / "applications" / DESKTOP.name).read_text(), re.MULTILINE
    ).group(1)
    assert Path(icon).is_file() and icon.endswith(".png")


@needs_posix_shell
def test_a_read_only_data_folder_is_a_clear_message(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    done = _installer(tmp_path, "--exec", "recovery-journal-gui", env_changes={"XDG_DATA_HOME": str(blocked)})
    assert done.returncode == 1 and "Nothing was installed" in done.stderr


# --- the wheel ---------------------------------------------------------------------------------


def test_the_wheel_carries_the_seeds_resources_icons_and_both_commands(tmp_path):
    pytest.importorskip("hatchling", reason="hatchling builds the wheel (the dist extra)")
    from hatchling.builders.wheel import WheelBuilder

    wheel = Path(next(iter(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"]))))
    assert wheel.name == f"recovery_journal-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = zf.read(f"recovery_journal-{__version__}.dist-info/entry_points.txt").decode()
    assert "journal_app/seeds/sources.toml" in names and "journal_app/seeds/facts.toml" in names
    assert f"journal_app/resources/icons/hicolor/512x512/apps/{APP_ID}.png" in names
    assert "journal_app/resources/icons/recovery-journal.svg" in names
    assert "recovery-journal = journal_app.cli:main" in entry_points
    assert "recovery-journal-gui = journal_app.cli:gui_main" in entry_points
    assert not any(n.startswith(("tests/", "journal_app/tests")) for n in names)
    assert Path(journal_app.__file__).parent.name == "journal_app"
