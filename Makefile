# The two commands of a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Test processes: many tests wait on servers and subprocesses, so 4 processes on 2
# cores keep both busy (8 min of pytest against 10.5 in one process).  Each file's
# tests run in one process, in order, sharing their module's fixtures; the files are
# handed out in collection order (--no-loadscope-reorder), which tests/conftest.py makes
# the slowest first, so that no heavy file starts last and keeps one process going alone.
TEST_WORKERS ?= 4

.PHONY: install demo test lint docs examples bench clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP) system-deps
	$(BIN)/newsdesk demo

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy src

# docs/cli.md is written from the code; tests/test_docs.py fails when it is out of date.
docs: $(STAMP)
	PYTHONPATH=src $(BIN)/python scripts/gen_cli_docs.py

# The command output docs/guide.md and docs/editorial-workflow.md show, from a fresh run of
# the demo and the workflow's commands (minutes, so not part of docs or test; CHECK=1
# only prints the diff and fails when they differ).
examples: $(STAMP)
	PYTHONPATH=src $(BIN)/python scripts/gen_examples.py $(if $(CHECK),--check)

# Debian packages some tests need (Hugo builds the rendered Markdown, the cover needs a
# CJK font, a headless Chromium loads the site); installed when missing and possible,
# else those tests are skipped.
system-deps:
	@missing=""; \
	command -v hugo >/dev/null 2>&1 || missing="$$missing hugo"; \
	[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing="$$missing fonts-noto-cjk"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) \
	      || echo "Could not install$$missing; their tests will be skipped"; \
	  else echo "Missing:$$missing (sudo apt-get install$$missing); their tests will be skipped"; fi; \
	fi

test: lint system-deps
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

# The benchmarks that need no data beyond the repository; bench/cluster.py,
# categories.py and verify.py also read ../shared/data (see docs/benchmarks.md).
bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/group_scale.py 10000
	$(BIN)/python bench/incremental.py
	$(BIN)/python bench/llm_cost.py
	$(BIN)/python bench/desk_server.py

clean:
	rm -rf $(VENV) newsdesk-demo .pytest_cache .mypy_cache .ruff_cache
