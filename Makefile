# kurils: `make run` rebuilds every output over seeds/, `make test` runs the test suite.
# Both create the environment from uv.lock first when it is missing or stale.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never
# Kernels start faster with precompiled modules (this machine sets PYTHONDONTWRITEBYTECODE).
export UV_COMPILE_BYTECODE := 1
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: help env run test lint format lab lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --python $(PYTHON)
	touch $@

env: $(VENV)/.synced ## create or update the environment from uv.lock (the machine's Python)

run: env ## run every notebook over seeds/ into outputs/
	$(BIN)/kurils run --corpus seeds --out outputs

test: env ## run the whole test suite
	$(BIN)/python -m pytest

lint: env ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: env ## format the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

lab: env ## open JupyterLab on notebooks/ with the project's kernel
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

lock: | $(UV) ## re-resolve uv.lock after changing pyproject.toml
	$(UV) lock --python $(PYTHON)

clean: ## remove the environment and generated outputs
	rm -rf $(VENV) .tools outputs failed-outputs dist
