# Commitments pipeline: `make` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
INPUT ?= corpus
OUTPUT ?= extracted
WORKERS ?= 1

.DEFAULT_GOAL := help
.PHONY: help install extract test eval bench fuzz notebooks lint clean

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -c "from pipeline.lang.titles import person_ner; assert person_ner('fr_core_news_sm')"
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install the project, its models and dev tools

extract: $(STAMP) ## run the pipeline on corpus/ into extracted/ (INPUT=, OUTPUT=, WORKERS=)
	$(PY) -m pipeline extract --input $(INPUT) --output $(OUTPUT) --workers $(WORKERS)

test: $(STAMP) ## run the whole test suite (lint included)
	$(VENV)/bin/ruff check pipeline tests tools
	$(PY) -m pytest

eval: extract ## score the seeds (extracted/) and the dev set against ../shared/eval gold, and NTREX stories (DETAILS=1 lists every miss)
	$(PY) -m tools.evaluation --extracted $(OUTPUT) $(if $(DETAILS),--details)

bench: $(STAMP) ## benchmark 1k/10k/50k scaled corpora; writes bench/results.json
	$(PY) -m tools.bench

fuzz: $(STAMP) ## run the property tests much longer than CI does
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests -k property -q

notebooks: $(STAMP) ## open the journalist notebooks in Jupyter Lab (installs it on first use)
	@test -x $(VENV)/bin/jupyter-lab || $(PY) -m pip install --quiet -e '.[dev,notebooks]'
	@test -f $(OUTPUT)/articles.parquet || $(MAKE) extract
	PIPELINE_DATA=$(abspath $(OUTPUT)) $(VENV)/bin/jupyter lab notebooks/

lint: $(STAMP) ## ruff check + format check
	$(VENV)/bin/ruff check pipeline tests tools
	$(VENV)/bin/ruff format --check pipeline tests

clean: ## remove generated tables (keeps extracted/README.md) and caches
	find $(OUTPUT) -name '*.parquet' -delete 2>/dev/null || true
	rm -rf .pytest_cache .ruff_cache
