"""Check a built bundle on its own: unpacked into a folder with spaces and accents, no venv on PATH.

    python packaging/selftest.py [ARCHIVE]     (default: the archive `make dist` just built)

The wheel built beside the archive is also installed with pip into a new virtual environment
(its dependencies from the package index pip is set up for) and its two commands are run.

From the unpacked archive, with a clean environment (no virtual environment, no PYTHONPATH,
HOME pointing at an empty folder), it runs the CLI (`--version`, `demo`, `stats --json`,
`search`, `export --format pdf`), an offscreen start of the window that opens every view,
SQLCipher encryption (encrypt, a wrong passphrase refused, unlock), `--version` with HOME
unset, and checks that nothing was written into the install folder. It prints the bundle's size.
Exit 0 when all pass; otherwise each failure is one line and the exit code is 1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_dist  # noqa: E402

PASSPHRASE = "a long passphrase for the self-test"


def unpack(archive: Path, into: Path) -> Path:
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(into)
    else:
        with tarfile.open(archive) as tf:
            tf.extractall(into, filter="tar")
    (top,) = [p for p in into.iterdir() if p.is_dir()]
    return top


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


class Checks:
    def __init__(self, bundle: Path, work: Path):
        suffix = ".exe" if sys.platform == "win32" else ""
        self.cli = bundle / f"recovery-journal{suffix}"
        self.gui = bundle / f"recovery-journal-gui{suffix}"
        self.work = work
        home = work / "home"
        home.mkdir()
        keep = ("SYSTEMROOT", "TEMP", "TMP", "LANG", "LC_ALL", "TZ")
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        self.env.update(
            {
                "PATH": os.pathsep.join(["/usr/bin", "/bin"])
                if sys.platform != "win32"
                else os.environ["PATH"],
                "HOME": str(home),
                "USERPROFILE": str(home),
                "XDG_DATA_HOME": str(home / "data"),
                "XDG_CONFIG_HOME": str(home / "config"),
                "QT_QPA_PLATFORM": "offscreen",
            }
        )
        self.env.setdefault("LANG", "C.UTF-8")  # Qt wants a UTF-8 locale
        self.failures: list[str] = []

    def run(self, what: str, args: list[str], *, stdin: str = "", code: int = 0, env=None, exe=None):
        started = time.monotonic()
        done = subprocess.run(
            [str(exe or self.cli), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env or self.env,
            cwd=self.work,
            timeout=180,
        )
        took = time.monotonic() - started
        ok = done.returncode == code and "Traceback" not in done.stderr
        print(f"{'ok  ' if ok else 'FAIL'} {what} ({took:.1f} s)")
        if not ok:
            self.failures.append(f"{what}: exit {done.returncode}, stderr: {done.stderr.strip()[-800:]}")
        return done


def read_only(checks: Checks, bundle: Path, data: Path) -> None:
    """Run from a read-only view of the install folder (a read-only bind mount: Linux, as root)."""
    mount = checks.work / "read-only install"
    mount.mkdir()
    mounted = (
        subprocess.run(["mount", "--bind", str(bundle), str(mount)], capture_output=True).returncode == 0
    )
    try:
        if (
            not mounted
            or subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], capture_output=True).returncode
        ):
            print(
                "skip read-only install folder: no bind mount here (needs Linux and root); checked unchanged instead"
            )
            return
        suffix = ".exe" if sys.platform == "win32" else ""
        exe = mount / f"recovery-journal{suffix}"
        checks.run("read-only install folder: stats", ["--data-dir", str(data), "stats"], exe=exe)
        checks.run("read-only install folder: window", ["--self-test-window", str(data)], exe=exe)
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], capture_output=True)


def wheel_in_a_clean_venv(checks: Checks, wheel: Path) -> None:
    """`pip install` of the built wheel into a new virtual environment gives both working commands."""
    venv = checks.work / "clean venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    suffix = ".exe" if sys.platform == "win32" else ""
    started = time.monotonic()
    installed = subprocess.run(
        [str(bin_dir / f"python{suffix}"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
    )
    if installed.returncode:
        checks.failures.append(f"pip install of the wheel failed: {installed.stderr.strip()[-600:]}")
        return
    print(f"ok   pip install {wheel.name} into a clean venv ({time.monotonic() - started:.0f} s)")
    cli, gui = bin_dir / f"recovery-journal{suffix}", bin_dir / f"recovery-journal-gui{suffix}"
    data = ["--data-dir", str(checks.work / "wheel journal")]
    checks.run("wheel: recovery-journal --version", ["--version"], exe=cli)
    checks.run("wheel: recovery-journal-gui --version", ["--version"], exe=gui)
    checks.run("wheel: demo (the seeds inside)", [*data, "demo", "--days", "10"], exe=cli)
    checks.run(
        "wheel: export --format pdf",
        [*data, "export", "--format", "pdf", "--out", str(checks.work / "w.pdf")],
        exe=cli,
    )


def main(argv: list[str]) -> int:
    archive = Path(argv[0]) if argv else build_dist.BUILD / "dist" / build_dist.archive_name()
    if not archive.is_file():
        print(f"selftest: no archive at {archive}; run `make dist` first.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="rj selftest ") as tmp:
        place = Path(tmp) / "Programme mit Leerzeichen" / "Récupération ünd Tagebuch"
        place.mkdir(parents=True)
        bundle = unpack(archive, place)
        before = snapshot(bundle)
        print(
            f"bundle:  {bundle}  {build_dist.human(build_dist.folder_size(bundle))} unpacked, "
            f"archive {build_dist.human(archive.stat().st_size)}"
        )
        checks = Checks(bundle, Path(tmp))
        data = Path(tmp) / "Daten ä ö" / "journal"
        d = ["--data-dir", str(data)]

        version = checks.run("--version", ["--version"])
        if build_dist.version() not in version.stdout:
            checks.failures.append(f"--version said {version.stdout.strip()!r}, not {build_dist.version()}")
        gui_version = checks.run("recovery-journal-gui --version", ["--version"], exe=checks.gui)
        if build_dist.version() not in gui_version.stdout:
            checks.failures.append(f"recovery-journal-gui --version said {gui_version.stdout.strip()!r}")
        checks.run("demo --days 30", [*d, "demo", "--days", "30"])
        stats = checks.run("stats --json", [*d, "stats", "--json"])
        try:
            if json.loads(stats.stdout)["entries"] <= 0:
                checks.failures.append("stats --json: no entries after demo")
        except (ValueError, KeyError):
            checks.failures.append(f"stats --json printed no JSON: {stats.stdout[:200]!r}")
        found = checks.run("search", [*d, "search", "work", "--json"])
        if found.returncode == 0 and not json.loads(found.stdout or "[]"):
            checks.failures.append("search found nothing in the demo journal")
        pdf = Path(tmp) / "Bericht ä.pdf"
        checks.run("export --format pdf", [*d, "export", "--format", "pdf", "--out", str(pdf)])
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            checks.failures.append("export --format pdf wrote no PDF")
        window = checks.run("window offscreen, every view", ["--self-test-window", str(data)])
        print("     " + window.stdout.strip())

        secret = Path(tmp) / "secret"
        checks.run("demo (to encrypt)", ["--data-dir", str(secret), "demo", "--days", "10"])
        checks.run(
            "encrypt (SQLCipher)",
            ["--data-dir", str(secret), "--passphrase-stdin", "encrypt"],
            stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
        )
        if b"SQLite format 3" in (secret / "journal.db").read_bytes()[:16]:
            checks.failures.append("encrypt: the journal file is still plain SQLite")
        checks.run(
            "a wrong passphrase is refused",
            ["--data-dir", str(secret), "--passphrase-stdin", "stats"],
            stdin="not the passphrase\n",
            code=1,
        )
        checks.run(
            "unlock and read",
            ["--data-dir", str(secret), "--passphrase-stdin", "stats", "--json"],
            stdin=PASSPHRASE + "\n",
        )

        no_home = {k: v for k, v in checks.env.items() if k not in ("HOME", "USERPROFILE", "XDG_DATA_HOME")}
        checks.run("--version with HOME unset", ["--version"], env=no_home)
        checks.run("stats with HOME unset", [*d, "stats"], env=no_home)
        checks.run("a bad option: one line, no traceback", ["--no-such-option"], code=1)

        checks.run("window with HOME unset", ["--self-test-window", str(data)], env=no_home)
        read_only(checks, bundle, data)

        wheels = sorted(archive.parent.glob(f"recovery_journal-{build_dist.version()}-*.whl"))
        if wheels:
            wheel_in_a_clean_venv(checks, wheels[-1])
        else:
            print(f"skip the wheel: none beside {archive.name}")

        after = snapshot(bundle)
        changed = sorted(set(after) ^ set(before)) + sorted(
            k for k in before if k in after and after[k] != before[k]
        )
        if changed:
            checks.failures.append(f"the install folder was written to: {changed[:5]}")
        else:
            print("ok   nothing was written into the install folder (it may be read-only)")
        if checks.failures:
            for failure in checks.failures:
                print(f"selftest: {failure}", file=sys.stderr)
            return 1
        print("selftest: all checks passed")
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
