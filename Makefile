# Recovery Journal — `make run` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

LINT_PATHS := journal_app tests benchmarks packaging

.PHONY: run test test-fast lint screenshots bench bench-quick demo clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Recovery Journal needs Python 3.11 or newer (set PYTHON=python3.x)")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)  ## open the app on the default journal
	$(VENV)/bin/recovery-journal $(ARGS)

test: $(STAMP)  ## the whole suite, headless, on every core
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto $(PYTEST_ARGS)

lint: $(STAMP)  ## ruff's rules and format, the layer rules (no circles, no private reach-ins); each finding names its file and line
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:xdist --no-header tests/test_layers.py

screenshots: $(STAMP)  ## PNGs of every main view with demo data, in build/screenshots/
	QT_QPA_PLATFORM=offscreen $(PY) -m journal_app.gui.screenshots build/screenshots

demo: $(STAMP)  ## a demo journal in build/demo (open it with: make run ARGS="--data-dir build/demo")
	$(VENV)/bin/recovery-journal --data-dir build/demo demo --days 180

bench: $(STAMP)  ## every benchmark on a 10-year, 100,000-entry journal (several minutes)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

bench-quick: $(STAMP)  ## the quick subset, under two minutes
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py --quick

clean:
	rm -rf build .pytest_cache
