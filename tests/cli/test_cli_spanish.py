"""The command line speaks the language of the system or of the device setting, with real plurals."""

import json
import os
import subprocess
import sys

from journal_app.core.settings import DeviceSettings


def run(*args, data_dir, **env):
    environ = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="", LC_ALL="", LC_MESSAGES="", LANG="C.UTF-8"
    )
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "journal_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )


def test_a_spanish_system_gets_spanish_messages_and_english_json(tmp_path):
    done = run("demo", "--days", "30", data_dir=tmp_path, LANG="es_MX.UTF-8")
    assert done.returncode == 0 and done.stdout.startswith("Se escribió un diario de demostración de ")
    assert "a lo largo de 30 días" in done.stdout
    stats = run("stats", data_dir=tmp_path, LANG="es_MX.UTF-8")
    assert "Entradas: " in stats.stdout and "días con entradas)" in stats.stdout
    as_json = json.loads(run("stats", "--json", data_dir=tmp_path, LANG="es_MX.UTF-8").stdout)
    assert "entries" in as_json and "by_kind" in as_json  # machine-readable keys stay English
    missing = run("restore", str(tmp_path / "nope.db"), data_dir=tmp_path, LANG="es_MX.UTF-8")
    assert missing.returncode == 1 and "error: No hay ninguna copia de seguridad en" in missing.stderr


def test_the_device_setting_wins_over_the_system(tmp_path):
    DeviceSettings.load(tmp_path).set("appearance.language", "en")
    done = run("demo", "--days", "1", data_dir=tmp_path, LANG="es_ES.UTF-8")
    assert done.stdout.startswith("Wrote a demo journal of ") and "over 1 day into" in done.stdout


def test_an_untranslated_system_language_is_english(tmp_path):
    done = run("demo", "--days", "7", data_dir=tmp_path, LANG="ja_JP.UTF-8")
    assert done.returncode == 0 and "over 7 days into" in done.stdout
