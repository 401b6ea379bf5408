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


def _spanish(*args, data_dir, **env):
    done = run(*args, data_dir=data_dir, LANG="es_ES.UTF-8", **env)
    assert done.returncode == 0, done.stderr
    return done


def test_the_daily_commands_answer_in_spanish_with_no_english_sentence_left(tmp_path):
    from datetime import date, timedelta

    from english_left import english_left

    from journal_app.core.journal import Journal

    journal = Journal.open(tmp_path, create=True)
    journal.add_recovery_start("Opioids", date.today() - timedelta(days=12))
    journal.close()
    checkin = _spanish(
        "checkin",
        "--mood",
        "6",
        "--craving",
        "2",
        "--halt",
        "cansancio,hungry",
        "día",
        "largo",
        data_dir=tmp_path,
    )
    assert checkin.stdout.strip() == "Registro guardado: ánimo 6, ansia 2."
    today = _spanish("today", data_dir=tmp_path).stdout
    assert "12 días sin consumo" in today and "siguiente: 30 días en 18 días" in today
    assert "registro a las" in today and "(ánimo 6)" in today
    insights = _spanish("insights", data_dir=tmp_path).stdout
    assert "12 días sin consumo" in insights
    found = _spanish("search", "largo", data_dir=tmp_path).stdout
    assert "Registro" in found and "día largo" in found
    stats = _spanish("stats", data_dir=tmp_path).stdout
    assert "Entradas: 1" in stats and "Registro: 1" in stats and "Entradas privadas: 0" in stats
    for out in (checkin.stdout, today, insights, found, stats):
        assert english_left(out) == [], out
    as_json = json.loads(_spanish("today", "--json", data_dir=tmp_path).stdout)
    (streak,) = as_json["days_without_use"]
    assert streak["days"] == 12 and streak["next_milestone_days"] == 30  # keys stay English


def test_an_import_dry_run_speaks_spanish_and_changes_nothing(tmp_path):
    from english_left import english_left

    source, target = tmp_path / "source", tmp_path / "target"
    run("demo", "--days", "10", data_dir=source)
    exported = tmp_path / "all.json"
    assert run("export", "--format", "json", "--out", str(exported), data_dir=source).returncode == 0
    dry = _spanish("import", str(exported), "--dry-run", data_dir=target)
    assert (
        dry.stdout.startswith("Prueba: ")
        and "entradas nuevas de este archivo (JSON de Recovery Journal)" in dry.stdout
    )
    assert "No se cambió nada." in dry.stdout and english_left(dry.stdout) == []
    assert not (target / "journal.db").exists()
    bad = run("import", str(tmp_path / "all.json"), "--format", "daylio", data_dir=target, LANG="es_ES.UTF-8")
    assert bad.returncode == 1 and "error:" in bad.stderr


def test_usage_mistakes_and_help_are_in_spanish(tmp_path):
    mistake = run("checkin", "--mood", "11", data_dir=tmp_path, LANG="es_ES.UTF-8")
    assert mistake.returncode == 1 and "11 está fuera del rango de 1 a 10" in mistake.stderr
    assert "(consulta --help)" in mistake.stderr
    helped = run("checkin", "--help", data_dir=tmp_path, LANG="es_ES.UTF-8")
    assert "un registro rápido" not in helped.stdout  # the command's own help is its description
    assert "márcalo como privado" in helped.stdout and "mark it private" not in helped.stdout


def test_the_kept_warning_sign_follows_a_change_of_language(tmp_path):
    """`today` keeps its top warning sign between runs; switching the language must not show the
    words kept in the other language."""
    from datetime import timedelta

    from journal_app.core.journal import Journal
    from journal_app.core.models import Entry, EntryKind, now_local

    journal = Journal.open(tmp_path, create=True)
    now = now_local()
    journal.insert_many(  # five days in a row of strong cravings: a sign `today` names and keeps
        [
            Entry(EntryKind.CHECK_IN, occurred_at=now - timedelta(days=d, hours=1), mood=3, craving=8)
            for d in range(5)
        ]
    )
    journal.close()
    sign_en = json.loads(run("today", "--json", data_dir=tmp_path).stdout)["warning_sign"]
    sign_es = json.loads(_spanish("today", "--json", data_dir=tmp_path).stdout)["warning_sign"]
    assert sign_en["title"] == "Cravings getting stronger"
    assert sign_es["key"] == sign_en["key"] and sign_es["title"] == "Ansias cada vez más fuertes"


def test_argparse_own_words_are_in_spanish(tmp_path):
    """ "usage:", "options", "show this help message and exit" and argparse's errors come from the
    app's catalogue (commands/argparse_words), through the system language or the app's setting."""
    helped = run("--help", data_dir=tmp_path, LANG="es_ES.UTF-8")
    assert helped.returncode == 0 and helped.stdout.startswith("uso: recovery-journal")
    assert "\nopciones:\n" in helped.stdout and "muestra este mensaje de ayuda y sale" in helped.stdout
    assert "argumentos posicionales:" in helped.stdout
    for english in ("usage:", "options:", "show this help", "positional arguments"):
        assert english not in helped.stdout
    missing = run("import", data_dir=tmp_path, LANG="es_ES.UTF-8")
    assert missing.returncode == 1
    assert "faltan estos argumentos obligatorios: ARCHIVO" in missing.stderr, missing.stderr
    wrong = run("import", "x.json", "--format", "nope", data_dir=tmp_path, LANG="es_ES.UTF-8")
    assert "argumento --format: opción no válida: 'nope' (elige entre 'auto'" in wrong.stderr, wrong.stderr
    short = run("checkin", "--mood", data_dir=tmp_path, LANG="es_ES.UTF-8")
    assert "se esperaba un argumento" in short.stderr and "expected" not in short.stderr
    DeviceSettings.load(tmp_path).set("appearance.language", "es")  # the app's own setting, system in C
    chosen = run("export", "--help", data_dir=tmp_path)
    assert chosen.stdout.startswith("uso: recovery-journal export") and "opciones:" in chosen.stdout
    english = run("--help", data_dir=tmp_path / "other")  # no setting, a C system: English as before
    assert english.stdout.startswith("usage: recovery-journal") and "show this help message" in english.stdout
