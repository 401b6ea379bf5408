# Recovery Journal — `make run` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP  := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

LINT_PATHS := journal_app tests benchmarks packaging

.PHONY: translations qm run test test-fast lint soak screenshots bench bench-quick demo clean dist dist-selftest icons desktop-check install-desktop uninstall-desktop a11y

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Recovery Journal needs Python 3.11 or newer (set PYTHON=python3.x)")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Translations (docs/translating.md). The .ts and .po files are the sources and are committed;
# the .qm files are build outputs, made from the .ts by pyside6-lrelease before run/test/screenshots/dist.
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
GUI_SOURCES = $(shell find journal_app -name '*.py' -not -path 'journal_app/core/*' | sort)

translations: $(STAMP)  ## refresh every catalogue from the code (core .po by packaging/tools/extract_core.py, GUI .ts by pyside6-lupdate), then build the .qm
	$(PY) packaging/tools/extract_core.py
	$(VENV)/bin/pyside6-lupdate $(GUI_SOURCES) -no-obsolete -locations none -ts $(filter-out %_en.ts,$(TS_FILES))
	$(VENV)/bin/pyside6-lupdate $(GUI_SOURCES) -pluralonly -no-obsolete -locations none -ts resources/i18n/recovery_journal_en.ts
	$(MAKE) --no-print-directory qm

qm: $(QM_FILES)  ## the compiled Qt catalogues (resources/i18n/*.qm)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) qm  ## open the app on the default journal
	$(VENV)/bin/recovery-journal $(ARGS)

test: $(STAMP) qm  ## the whole suite, headless, on every core
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto $(PYTEST_ARGS)

test-fast: $(STAMP)  ## everything but the slow crash and stress tests (marked `slow`), on every core
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto -m "not slow" $(PYTEST_ARGS)

lint: $(STAMP)  ## ruff's rules and format, mypy (strict in core/), the layer rules; each finding names its file and line
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --diff $(LINT_PATHS)  # an unformatted file fails with its file and lines
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:xdist --no-header tests/test_layers.py

soak: $(STAMP)  ## kill -9 at random points in writes, restores and encryption, many trials; prints trials, survivors, anything lost
	QT_QPA_PLATFORM=offscreen $(PY) tests/faults/kill_trials.py --trials $(or $(TRIALS),300)
	RECOVERY_JOURNAL_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:xdist tests/faults/test_races.py

screenshots: $(STAMP) qm  ## PNGs of every main view with demo data, in build/screenshots/ (one chosen set: SHOTS="--size 800x500 --points 24 --theme dark --language es [--rtl]")
	QT_QPA_PLATFORM=offscreen $(PY) -m journal_app.gui.screenshots build/screenshots $(SHOTS)

demo: $(STAMP)  ## a demo journal in build/demo (open it with: make run ARGS="--data-dir build/demo")
	$(VENV)/bin/recovery-journal --data-dir build/demo demo --days 180

bench: $(STAMP)  ## every benchmark on a 10-year, 100,000-entry journal (several minutes)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

bench-quick: $(STAMP)  ## the quick subset, under two minutes
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py --quick

DIST_STAMP := $(VENV)/.dist-stamp
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP) qm  ## the one-folder bundle (PyInstaller) packed in build/dist/, plus the wheel and sdist; then its self-test
	QT_QPA_PLATFORM=offscreen $(PY) packaging/build_dist.py
	$(PY) packaging/selftest.py

dist-selftest: $(STAMP)  ## check the archive `make dist` built, unpacked on its own (no venv on PATH)
	$(PY) packaging/selftest.py $(ARCHIVE)

icons: $(STAMP)  ## render the icon's PNGs (16–512 px) from resources/icons/recovery-journal.svg
	QT_QPA_PLATFORM=offscreen $(PY) packaging/render_icons.py

desktop-check:  ## desktop-file-validate and appstreamcli validate (installs the Debian tools when missing)
	@command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null || \
		{ command -v apt-get >/dev/null && $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq desktop-file-utils appstream; }
	desktop-file-validate packaging/*.desktop
	appstreamcli validate --no-net packaging/*.metainfo.xml

install-desktop:  ## put the launcher and icons into your XDG folders (uninstall-desktop removes them)
	packaging/install-desktop-entry $(ARGS)

uninstall-desktop:
	packaging/install-desktop-entry --uninstall

# What a screen reader meets, over the AT-SPI bus Orca uses: Debian's system python3 with
# pyatspi talks to the app under a virtual X screen (the app itself runs in the venv).
A11Y_DEBS := xvfb dbus-x11 at-spi2-core python3-pyatspi openbox \
	libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 \
	libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
A11Y_DIR := build/a11y
a11y: $(STAMP)  ## every view and dialog over AT-SPI: names, duplicates, Tab traps, focus events (installs its Debian packages; A11Y_ARGS="--only boxes,import" for a part)
	@tests/a11y/needs-debs.sh $(A11Y_DEBS)
	rm -rf $(A11Y_DIR)
	$(VENV)/bin/recovery-journal --data-dir $(A11Y_DIR)/data demo --days 60 >/dev/null
	$(VENV)/bin/recovery-journal --data-dir $(A11Y_DIR)/data backup >/dev/null  # one for Restore to list
	$(VENV)/bin/recovery-journal --data-dir $(A11Y_DIR)/locked demo --days 3 >/dev/null
	echo "a11y check passphrase" | $(VENV)/bin/recovery-journal --data-dir $(A11Y_DIR)/locked --passphrase-stdin encrypt >/dev/null  # the lock screen
	mkdir -p $(A11Y_DIR)/home $(A11Y_DIR)/config
	cp tests/fixtures/imports/jrnl_mcp_sample.json $(A11Y_DIR)/home/journal.json  # the import preview's file
	@# exit 3: the virtual screen, the bus or the app could not start (reason printed); with
	@# A11Y_SETUP_MAY_FAIL=1 (CI) that is a loud notice, not a failure. A finding always fails.
	HOME=$(CURDIR)/$(A11Y_DIR)/home XDG_CONFIG_HOME=$(CURDIR)/$(A11Y_DIR)/config \
	  dbus-run-session -- \
	  /usr/bin/python3 tests/a11y/atspi_check.py --app "$(VENV)/bin/python tests/a11y/app_under_check.py" --data-dir $(A11Y_DIR)/data \
	    --locked-data-dir $(A11Y_DIR)/locked --logs $(A11Y_DIR)/logs $(A11Y_ARGS); \
	rc=$$?; if [ $$rc -eq 3 ] && [ -n "$$A11Y_SETUP_MAY_FAIL" ]; then \
	  echo "*** make a11y: NOT RUN - the virtual screen, bus or app could not start on this machine (see above). ***"; exit 0; fi; \
	exit $$rc

clean:
	rm -rf build .pytest_cache
