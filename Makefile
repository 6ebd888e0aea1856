# zmd-report: `make report` builds the reports, `make test` runs the tests.
# Both set everything up first: system packages (apt, as root) and .venv.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_PACKAGES := chromium fonts-noto-cjk poppler-utils
PYTEST_ARGS ?=

.PHONY: help setup sysdeps venv test report lab bench profile checksums clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

setup: sysdeps venv ## install system packages (apt) and the Python environment

sysdeps: ## install chromium, Noto CJK fonts and poppler with apt-get when missing
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	{ command -v fc-list >/dev/null && fc-list :lang=zh family | grep -q "Noto Sans CJK"; } || missing="$$missing fonts-noto-cjk"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	  else \
	    echo "missing system packages:$$missing. Run as root:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y $(APT_PACKAGES)"; exit 1; \
	  fi; \
	fi

venv: $(STAMP) ## create .venv and install the pinned Python packages

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,bench]"
	@touch $@

test: setup ## run the test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

report: setup ## build the HTML and PDF reports into reports/
	$(BIN)/zmd-report check
	$(BIN)/zmd-report build

bench: setup ## time the build against the stock papermill+nbconvert+chromium loop
	$(BIN)/python benchmarks/bench_build.py

profile: setup ## profile a cold build of every report (pyinstrument)
	rm -rf build/profile && $(BIN)/pyinstrument -o build/profile.txt -m zmd_analysis build -q --out build/profile --force
	@head -40 build/profile.txt

lab: setup ## open JupyterLab on notebooks/
	$(BIN)/jupyter lab --notebook-dir=notebooks

checksums: venv ## validate data/ and record its new checksums in data/provenance.json after a deliberate edit
	$(BIN)/zmd-report checksums

clean: ## remove build outputs (keeps .venv)
	rm -rf reports/* .pytest_cache
	@touch reports/.gitkeep
