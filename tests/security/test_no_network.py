"""Nothing leaves the machine: the session-wide guard works, and the app never loads Qt's network module."""

import socket
import subprocess
import sys

import pytest


def test_the_guard_refuses_internet_sockets_and_name_lookups(_network_stays_off):
    with pytest.raises(RuntimeError, match="must not use the network"):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(RuntimeError):
        sock.connect(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(RuntimeError):
        sock.bind(("127.0.0.1", 0))
    assert len(_network_stays_off) == 3
    _network_stays_off.clear()  # these were on purpose


def test_local_unix_sockets_stay_allowed(tmp_path):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "s"))


def test_the_command_line_never_imports_network_modules(data_dir):
    code = (
        "import sys; from journal_app.cli import main;"
        "main(['demo', '--days', '5']); main(['stats']); main(['search', 'walk']); main(['backup']);"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6.QtNetwork', 'urllib.request',"
        " 'http.client', 'requests', 'ssl')));"
        "print('BAD', bad, file=sys.stderr); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
