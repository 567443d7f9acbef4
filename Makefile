# marsad: one place for the common jobs. `make run` and `make test` work on a fresh machine (they create .venv).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup setup-test run test lint bench eval-ner clean

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

setup: $(BIN)/marsad

$(VENV)/.test-deps: $(BIN)/marsad
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup-test: $(VENV)/.test-deps

# The main job on the bundled sample: code the sample articles into a DuckDB store and show what it found.
run: setup
	$(BIN)/marsad ingest examples/ --db out/marsad.duckdb --skip-bad
	$(BIN)/marsad dyads --db out/marsad.duckdb
	$(BIN)/marsad mentions examples/ -o out/mentions.jsonl --skip-bad --quiet
	@echo "store: out/marsad.duckdb (try: .venv/bin/marsad events --db out/marsad.duckdb); mentions: out/mentions.jsonl"

test: setup-test
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest

lint: setup-test
	$(BIN)/ruff check src tests benchmarks scripts

eval-ner: setup
	$(BIN)/marsad eval ner $(SHARED)/data/gold/ner_cleananercorp/cleananercorp_TRAIN.txt

bench: setup
	$(BIN)/python benchmarks/bench_mentions.py --corpus $(SHARED)/data/corpus/news-ar-2018.jsonl.gz
	$(BIN)/python benchmarks/bench_code.py --corpus $(SHARED)/data/corpus/news-ar-2018.jsonl.gz
	$(BIN)/python benchmarks/bench_ingest.py --corpus $(SHARED)/data/corpus/news-ar-2018.jsonl.gz --workers 1 2

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
