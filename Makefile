# Two commands from nothing but Python 3.11+ and the package registries:
#   make run   screen the example orders with the built-in rulebook
#   make test  run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-lowest fuzz lint bench data clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,dask,excel]"
	@touch $(STAMP)

# Exit 0 even when the example has hits and error rows (screen exits 1 for "flagged",
# 5 for "some rows could not be screened").
run: $(STAMP)
	@mkdir -p out
	$(BIN)/screen batch examples/orders.csv --output out/orders-screened.csv; \
	  rc=$$?; if [ $$rc -ne 0 ] && [ $$rc -ne 1 ] && [ $$rc -ne 5 ]; then exit $$rc; fi
	@echo "Screened rows written to out/orders-screened.csv"

# The suite runs on every core (pytest-xdist; at most 4 workers, each with its own
# temporary folders and cache).  --dist loadfile: a test file runs on one worker, in
# its order, so its module fixtures (the OFAC sample's index, the wheel, the Dask
# cluster, the name indexes) are built once; the files of most tests are handed out
# first.  Failures are reported as without workers.  `make test PYTEST_WORKERS=0`
# runs the suite in one process, `PYTEST_WORKERS=2` on two workers.
PYTEST_WORKERS ?= logical
PARALLEL := -n $(PYTEST_WORKERS) --maxprocesses=4 --dist loadfile

test: $(STAMP)
	$(BIN)/python -m pytest $(PARALLEL)

# A long fuzzing run (make test runs the same properties with a short budget).
fuzz: $(STAMP)
	SCREEN_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest tests/hostile/test_hostile_fuzz.py

# The same tests on the oldest install pyproject.toml allows: every direct
# dependency at its lower bound (.ci/lowest.py), the rest resolved by pip.
LOWEST := .venv-lowest
test-lowest:
	rm -rf $(LOWEST)
	$(PYTHON) -m venv $(LOWEST)
	$(PYTHON) .ci/lowest.py > $(LOWEST)/constraints.txt
	$(LOWEST)/bin/python -m pip install -q -c $(LOWEST)/constraints.txt -e ".[test]"
	$(LOWEST)/bin/python -m pip list --format=freeze | grep -i -E "^(typer|click|rich|pyyaml|rapidfuzz|anyascii|defusedxml|python-bidi|pytest|pytest-xdist|hypothesis)=="
	$(LOWEST)/bin/python -m pytest -p no:cacheprovider $(PARALLEL)

lint: $(STAMP)
	$(BIN)/ruff check screen tests bench
	$(BIN)/ruff format --check screen tests bench
	$(BIN)/mypy

# Regenerate the data tables shipped in screen/data from their kept sources.
data: $(STAMP)
	for m in screen/datagen/[a-z]*.py; do $(BIN)/python -m screen.datagen.$$(basename $$m .py); done

bench: $(STAMP)
	$(BIN)/python bench/batch.py
	$(BIN)/python bench/names.py
	$(BIN)/python bench/goods_quality.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/lists.py

clean:
	rm -rf $(VENV) $(LOWEST) out build dist .pytest_cache .mypy_cache .ruff_cache
