"""The virtual X screen ``make a11y`` runs on: Xvfb started here, not by xvfb-run.

xvfb-run waits for the server with a SIGUSR1 handshake and an X authority file
written by xauth; on the CI machine (root, a fresh Debian) the display it handed
on refused every client (openbox: "Failed to open the display", and the app never
reached the bus), while the same run passed on the machine it was written on.
Here the server picks a free display itself and writes its number to a pipe once
it accepts connections (``-displayfd``), with no authority file, and listens only
on the local socket. When anything cannot start, the reason is printed, with
what the server said, and the run ends with ``SETUP_FAILED`` (a different code
from a finding).
"""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

SETUP_FAILED = 3  # the screen, the bus or the app could not start: not a finding about the app


class SetupError(RuntimeError):
    """The virtual screen, the bus or the app could not be started."""


def start_xvfb(size: str, log: Path, seconds: float = 30) -> subprocess.Popen:
    """Start Xvfb on a free display; set DISPLAY; return the server's process."""
    if shutil.which("Xvfb") is None:
        raise SetupError("Xvfb is not installed (Debian package xvfb)")
    log.parent.mkdir(parents=True, exist_ok=True)
    read_end, write_end = os.pipe()
    with log.open("wb") as out:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    os.close(write_end)
    number = b""
    end = time.monotonic() + seconds
    while not number.endswith(b"\n") and time.monotonic() < end:
        ready, _, _ = select.select([read_end], [], [], 0.5)
        if ready:
            chunk = os.read(read_end, 16)
            if not chunk:
                break  # the server closed the pipe: it ended
            number += chunk
        if server.poll() is not None:
            break
    os.close(read_end)
    if not number.strip().isdigit():
        server.kill()
        raise SetupError(f"Xvfb did not start (it said: {tail(log)})")
    display = f":{number.strip().decode()}"
    os.environ["DISPLAY"] = display
    os.environ.pop("XAUTHORITY", None)  # this server has no authority file; an old one would only confuse
    if not can_connect(display):
        server.kill()
        raise SetupError(
            f"Xvfb started on {display}, but its socket takes no connection (it said: {tail(log)})"
        )
    print(f"Virtual screen {display} ({size}) is up.", file=sys.stderr)
    return server


def can_connect(display: str) -> bool:
    """Whether the X server's local socket (abstract or in /tmp/.X11-unix) accepts a connection."""
    number = display.lstrip(":").split(".")[0]
    for address in (f"\0/tmp/.X11-unix/X{number}", f"/tmp/.X11-unix/X{number}"):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(address)
                return True
            except OSError:
                continue
    return False


def tail(path: Path, lines: int = 15) -> str:
    """The last lines of a log, on one line each, for a message."""
    try:
        text = path.read_text(errors="replace").strip().splitlines()
    except OSError:
        return "nothing"
    return " | ".join(text[-lines:]) or "nothing"
