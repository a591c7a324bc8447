# Two entry points: `make edition` (convert, validate and render the bundled
# corpus) and `make test` (the test suite, as CI runs it). Both bootstrap .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: edition test lint bench schemas clean

$(BIN)/tei: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/tei

edition: $(BIN)/tei
	$(BIN)/tei build

test: $(BIN)/tei
	$(BIN)/ruff check tei tests bench
	$(BIN)/python -m pytest -n auto --dist loadgroup --durations=30

bench: $(BIN)/tei
	$(BIN)/python bench/run.py

schemas: $(BIN)/tei
	$(BIN)/tei schema build

clean:
	rm -rf site text .pytest_cache build dist
