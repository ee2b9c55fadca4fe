# The two commands: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARGS ?=
# Every package .venv holds (runtime, test and build tools, pip and the build backend),
# pinned with the hashes of its files; `make lock` rewrites it from pyproject.toml.
LOCK := requirements/lock.txt
LOCK_TOOL := build/lock-tool
UV_VERSION := 0.13.8

.PHONY: run demo test lint typecheck bench soak dist lock clean

# The locked packages with their hashes, then the project itself (editable), built by the
# locked setuptools without fetching anything else.
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
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

# The memo and multi-PC tests 20 times in fresh processes: every exit must be 0.
soak: $(STAMP)
	bash .ci/exit-soak 20 $(PY)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks $(ARGS)

dist: $(STAMP)
	$(PY) build_scripts/release.py

# Resolves pyproject.toml's dependencies with the test and build extras, plus
# [build-system] requires and pip, for every platform and Python >= 3.11 at once (Windows-only
# packages carry markers), with the hashes of every file of each pinned release.
# Pins already in the lock stay while pyproject allows them: `make lock ARGS=--upgrade` moves
# everything to the newest releases, `ARGS="--upgrade-package ruff"` one package.
lock:
	rm -rf $(LOCK_TOOL)
	$(PYTHON) -m venv $(LOCK_TOOL)
	$(LOCK_TOOL)/bin/python -m pip install --quiet uv==$(UV_VERSION)
	$(LOCK_TOOL)/bin/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], "pip", sep="\n")' \
	  | $(LOCK_TOOL)/bin/uv pip compile --quiet pyproject.toml - --extra test --extra build \
	      --universal --python-version 3.11 --generate-hashes \
	      --custom-compile-command 'make lock' --output-file $(LOCK) $(ARGS)
	rm -rf $(LOCK_TOOL)

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
