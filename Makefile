# tallygraph: `make run` builds the graph of the bundled articles and prints what
# it shows; `make test` runs the test suite. Both install first, into .venv,
# exactly the versions and hashes in requirements.lock.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-12)
OUT    := out

.PHONY: install run test lint bench lock clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-* && touch $(STAMP)

run: install
	$(BIN)/tallygraph build data/articles --out $(OUT)/seeds.trig
	$(BIN)/tallygraph report --data $(OUT)/seeds.trig

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: install
	$(BIN)/python benchmarks/bench_pipeline.py

# Re-resolve the lock after changing dependencies in pyproject.toml (needs uv).
lock:
	uv pip compile requirements.in --generate-hashes --python-version 3.11 --python-platform x86_64-manylinux_2_28 --no-header -o requirements.lock

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
