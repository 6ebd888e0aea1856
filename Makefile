# zmd-report: `make report` builds the reports, `make test` runs the tests.
# Both set everything up first: system packages (apt, as root) and .venv.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_PACKAGES := chromium chromium-headless-shell fonts-noto-cjk poppler-utils
PYTEST_ARGS ?=

.PHONY: help setup sysdeps venv test lint format report lab notebooks bench profile checksums places clean intake-score intake-speed

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

setup: sysdeps venv ## install system packages (apt) and the Python environment

sysdeps: ## install chromium (and its headless shell, the PDF printer), Noto CJK fonts and poppler with apt-get when missing
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v chromium-headless-shell >/dev/null || missing="$$missing chromium-headless-shell"; \
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
	$(BIN)/python -m pip install -q -e ".[test,bench,dask,lint]"
	@touch $@

test: setup ## run the test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: venv ## ruff (lint and format check) on the package, notebooks, tests and scripts; mypy on the package
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: venv ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

report: setup ## build the HTML and PDF reports into reports/
	$(BIN)/zmd-report check
	$(BIN)/zmd-report build

bench: setup ## time the build against the stock papermill+nbconvert+chromium loop
	$(BIN)/python benchmarks/bench_build.py

intake-score: venv ## score zmd-report propose on annotated texts (default ../shared/intake; FOLDERS=... for others)
	$(BIN)/python benchmarks/intake_score.py $(FOLDERS)

intake-speed: venv ## time zmd-report propose on the seed article and on a 1 MB text, process start included
	$(BIN)/python benchmarks/intake_speed.py

profile: setup ## profile a cold build of every report (pyinstrument)
	rm -rf build/profile && $(BIN)/pyinstrument -o build/profile.txt -m zmd_analysis build -q --out build/profile --force
	@head -40 build/profile.txt

# JupyterLab with project-local settings (.jupyter/: our .py notebooks open as notebooks,
# no news pop-up) and its runtime files under build/jupyter: nothing goes to $$HOME.
# JUPYTER_PORT and JUPYTER_TOKEN are read from the environment by jupyter_server itself.
LAB_STATE ?= $(CURDIR)/build/jupyter
LAB_ENV := JUPYTER_CONFIG_DIR=$(CURDIR)/.jupyter JUPYTER_DATA_DIR=$(LAB_STATE)/data \
  JUPYTER_RUNTIME_DIR=$(LAB_STATE)/runtime IPYTHONDIR=$(LAB_STATE)/ipython \
  JUPYTERLAB_SETTINGS_DIR=$(LAB_STATE)/lab/user-settings \
  JUPYTERLAB_WORKSPACES_DIR=$(LAB_STATE)/lab/workspaces
LAB_ROOT ?= $(CURDIR)/notebooks
LAB_ARGS ?=

lab: setup ## open JupyterLab on notebooks/ (JUPYTER_PORT, JUPYTER_TOKEN honoured; works as root)
	@mkdir -p $(LAB_STATE)
	$(LAB_ENV) $(BIN)/jupyter lab --allow-root --ServerApp.root_dir=$(LAB_ROOT) \
	  $$( [ "$$(id -u)" = 0 ] || [ -z "$$DISPLAY" ] && echo --no-browser ) $(LAB_ARGS)

NOTEBOOK_PY := $(wildcard notebooks/[0-9]*.py)

notebooks: venv $(NOTEBOOK_PY:.py=.ipynb) ## write the paired .ipynb of every notebook (for the papermill CLI; git-ignored)

# the .py is the source; the .ipynb is refreshed when the .py is newer (outputs kept)
notebooks/%.ipynb: notebooks/%.py
	$(BIN)/jupytext --quiet --to ipynb --update $<

checksums: venv ## validate data/ and record its new checksums in data/provenance.json after a deliberate edit
	$(BIN)/zmd-report checksums

places: venv ## rebuild data/places.csv (the gazetteer) from cpca 0.5.5's division codes (pip download, nothing installed), then record its checksum
	$(BIN)/python scripts/places_from_cpca.py
	$(BIN)/zmd-report checksums

clean: ## remove build outputs (keeps .venv)
	rm -rf reports/* .pytest_cache
	@touch reports/.gitkeep
