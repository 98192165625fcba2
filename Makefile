# One place for the commands the README, CI and developers use.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup demo test lint bench clean

$(BIN)/rawi: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(BIN)/rawi

setup: $(BIN)/rawi

# rawi's main job on the bundled sample: show what it finds in the seed (actors, roles,
# events with their sources), write the facts of the seed and the dev reports, and score
# them against the dev gold.
demo: setup
	$(BIN)/rawi show --facts $(SHARED)/seeds/
	$(BIN)/rawi extract $(SHARED)/seeds/ $(SHARED)/corpus/dev/ -o facts.jsonl
	$(BIN)/rawi eval $(SHARED)/corpus/dev/

lint: setup
	$(BIN)/ruff check rawi tests scripts benchmarks
	$(BIN)/ruff format --check rawi tests scripts benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/bench_extract.py --docs 5000

clean:
	rm -rf $(VENV) facts.jsonl benchmarks/out
