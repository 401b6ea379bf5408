"""`make dist`: the one-folder bundle (PyInstaller), packed for this machine, plus the wheel and sdist.

Writes into build/: the PyInstaller work files in build/pyinstaller, the bundle in
build/bundle/recovery-journal/, and in build/dist/ the archive
``recovery-journal-<version>-<system>-<machine>.tar.gz`` (``.zip`` on Windows), the wheel
and the sdist. Prints each file's size and the time taken. Nothing is downloaded: PyInstaller,
build and hatchling come from the virtual environment (the `dist` extra).
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build"
SPEC = HERE / "recovery-journal.spec"
NAME = "recovery-journal"

_MACHINES = {"amd64": "x86_64", "x86_64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}
_SYSTEMS = {"linux": "linux", "win32": "windows", "darwin": "macos"}


def version() -> str:
    """The one version number, read from journal_app/__init__.py without importing the app."""
    for line in (ROOT / "journal_app" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("journal_app/__init__.py has no __version__")


def platform_tag() -> str:
    system = _SYSTEMS.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    return f"{system}-{_MACHINES.get(machine, machine)}"


def archive_name() -> str:
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return f"{NAME}-{version()}-{platform_tag()}{suffix}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def human(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def add_top_level_files(bundle: Path) -> None:
    """What a person looks for at the top: licences, the changelog, the desktop entry and its installer."""
    licenses = bundle / "licenses"
    shutil.copytree(HERE / "licenses", licenses, dirs_exist_ok=True)
    shutil.copy2(ROOT / "LICENSE", licenses / "LICENSE-recovery-journal.txt")
    # each bundled library's own licence files, from the metadata PyInstaller copied
    for info in sorted((bundle / "_internal").glob("*.dist-info")):
        found = [
            p
            for p in info.rglob("*")
            if p.is_file() and p.name.upper().startswith(("LICEN", "COPYING", "NOTICE", "AUTHORS"))
        ]
        for path in found:
            target = licenses / info.name.split("-")[0] / path.relative_to(info)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    shutil.copy2(ROOT / "CHANGELOG.md", bundle / "CHANGELOG.md")
    for folder, pattern in (("applications", "*.desktop"), ("metainfo", "*.metainfo.xml")):
        (bundle / "share" / folder).mkdir(parents=True, exist_ok=True)
        for path in HERE.glob(pattern):
            shutil.copy2(path, bundle / "share" / folder / path.name)
    installer = bundle / "install-desktop-entry"
    shutil.copy2(HERE / "install-desktop-entry", installer)
    installer.chmod(0o755)


def pack(bundle: Path, target: Path) -> None:
    """The bundle folder as one archive whose top folder is recovery-journal-<version>."""
    top = f"{NAME}-{version()}"
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(bundle.rglob("*")):
                archive.write(path, f"{top}/{path.relative_to(bundle).as_posix()}")
    else:
        with tarfile.open(target, "w:gz") as archive:
            archive.add(bundle, arcname=top)


def main() -> int:
    started = time.monotonic()
    dist = BUILD / "dist"
    bundle_root = BUILD / "bundle"
    shutil.rmtree(bundle_root, ignore_errors=True)
    dist.mkdir(parents=True, exist_ok=True)
    for old in dist.glob(f"{NAME}-*"):
        old.unlink()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--workpath={BUILD / 'pyinstaller'}",
            f"--distpath={bundle_root}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = bundle_root / NAME
    for link in [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller's top-level links to libraries the spec left out
    add_top_level_files(bundle)
    bundled = time.monotonic()
    archive = dist / archive_name()
    pack(bundle, archive)
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    done = time.monotonic()
    print(
        f"bundle:  {bundle}  {human(folder_size(bundle))} unpacked (PyInstaller took {bundled - started:.0f} s)"
    )
    for path in sorted(dist.iterdir()):
        if path.name.startswith((NAME, "recovery_journal")):
            print(f"built:   {path}  {human(path.stat().st_size)}")
    print(f"make dist took {done - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
