# One place for the commands the README, CI and developers use.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup compiled demo test lint bench bench-store postgres clean

$(BIN)/rawi: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip "setuptools>=77"
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(BIN)/rawi

setup: $(BIN)/rawi

# The same source compiled to C with mypyc (setup.py, RAWI_COMPILE=1), installed apart in
# build/compiled so that editing the source never runs a stale compiled module. The
# benchmark measures it beside the plain source; tests/test_compiled.py checks that both
# give the same facts. Rebuilt (about 2 minutes) when any module changes.
COMPILED := build/compiled
compiled: $(COMPILED)/.built
$(COMPILED)/.built: $(BIN)/rawi setup.py $(shell find rawi -name '*.py')
	rm -rf $(COMPILED)
	RAWI_COMPILE=1 $(BIN)/pip install --quiet --no-deps --no-build-isolation --target $(COMPILED) .
	touch $@

# rawi's main job on the bundled sample: show what it finds in the seed (actors, roles,
# events with their sources), write the facts of the seed and the dev reports, and score
# them against the dev gold.
demo: setup
	$(BIN)/rawi show --facts $(SHARED)/seeds/
	$(BIN)/rawi extract $(SHARED)/seeds/ $(SHARED)/corpus/dev/ -o facts.jsonl
	$(BIN)/rawi eval $(SHARED)/corpus/dev/
	$(BIN)/rawi ingest --db demo.sqlite $(SHARED)/seeds/ $(SHARED)/corpus/dev/
	$(BIN)/rawi actor irgc --db demo.sqlite
	$(BIN)/rawi contradictions --db demo.sqlite

# The store tests run on PostgreSQL too: they start a throwaway cluster from Debian's
# binaries, installed here when missing (as root; otherwise say what to run).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "PostgreSQL is missing: sudo apt-get install postgresql (or set RAWI_TEST_POSTGRES=postgresql://...)"; fi; }

lint: setup
	$(BIN)/ruff check rawi tests scripts benchmarks setup.py
	$(BIN)/ruff format --check rawi tests scripts benchmarks setup.py
	$(BIN)/mypy

test: lint postgres compiled
	$(BIN)/pytest

bench: setup compiled
	$(BIN)/python benchmarks/bench_extract.py --docs 5000 --stages --builds pure,compiled

bench-store: setup
	$(BIN)/python benchmarks/bench_store.py --docs 100000

clean:
	rm -rf $(VENV) facts.jsonl demo.sqlite* benchmarks/out
