# The two commands: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: run demo test lint typecheck bench dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,build]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m arco_desk $(ARGS)

demo: $(STAMP)
	$(PY) -m arco_desk --temp-basedir --demo $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check arco_desk tests build_scripts

typecheck: $(STAMP)
	$(PY) -m mypy

test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks

dist: $(STAMP)
	$(PY) build_scripts/release.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
