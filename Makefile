# Quotecheck: `make run` serves the seed corpus, `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
GOLD ?= ../shared/eval/polnear.dev.jsonl
export HOST PORT

.PHONY: run test lint typecheck dockerlint pytest eval bench bench-quick soak clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Stamp files record which set of dependencies the venv holds.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/quotecheck init
	$(BIN)/gunicorn --config gunicorn.conf.py

test: lint typecheck dockerlint pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

dockerlint: $(VENV)/.installed-dev
	$(BIN)/hadolint Dockerfile

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest

# Extraction against the gold quotes, then verification on claims built from them.
eval: $(VENV)/.installed-dev
	$(BIN)/python eval/run_extraction.py $(GOLD)
	$(BIN)/python eval/run_claims.py $(GOLD)

# Benchmarks need wrk (Debian package) for the HTTP load and PostgreSQL on 127.0.0.1:5432.
bench: $(VENV)/.installed-dev
	@command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk"; exit 1; }
	$(BIN)/python -m bench.service

bench-quick: $(VENV)/.installed-dev
	@command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk"; exit 1; }
	$(BIN)/python -m bench.service --quick

# Bounded load on loopback: gunicorn (2 workers) on a throw-away SQLite file for SOAK_SECONDS.
SOAK_SECONDS ?= 60
soak: $(VENV)/.installed-run
	$(BIN)/python -m bench.soak --seconds $(SOAK_SECONDS)

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
