# omem: `make run` to start, `make test` to check everything. Both create .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test lint typecheck unit fuzz changeeval bench demo clean install dev chromium screenshots test-deploy

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP_RUN): requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(STAMP_DEV): requirements-dev.txt $(STAMP_RUN)
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(STAMP_RUN)
dev: $(STAMP_DEV)

## Debian's Chromium for the browser tests (Playwright drives it; never `playwright install`).
## A file target: apt runs only when the binary is missing. sudo only when not root.
CHROMIUM := /usr/bin/chromium
SUDO := $(shell if [ "$$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then echo sudo; fi)

$(CHROMIUM):
	@echo "$(CHROMIUM) is missing: installing Debian's chromium with apt-get (browser tests need it)"
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

chromium: $(CHROMIUM)

## Start gunicorn + the Huey consumer on the embedded defaults (Ctrl-C stops both).
run: $(STAMP_RUN)
	$(BIN)/omem run

## Lint, type check, then the test suite with coverage.
test: lint typecheck unit

lint: $(STAMP_DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit --quiet --recursive --severity-level medium omem wsgi.py tasks.py gunicorn.conf.py

typecheck: $(STAMP_DEV)
	$(BIN)/mypy

unit: $(STAMP_DEV) chromium
	$(BIN)/coverage erase
	$(BIN)/pytest --cov --cov-report=term
	$(BIN)/coverage report

## The Ansible playbook applied for real to a throwaway Debian 12 root (debootstrap, cached in
## /var/cache/omem-deploy): ansible-lint, deploy, a signed call through nginx, a second run that
## changes nothing, an upgrade and a rolled-back one under traffic (deploy/ansible/README.md).
## Needs root (mount, chroot); Ansible's pins are in requirements-deploy.txt.
STAMP_DEPLOY := $(VENV)/.installed-deploy
DEBOOTSTRAP := /usr/sbin/debootstrap

$(STAMP_DEPLOY): requirements-deploy.txt $(STAMP_DEV)
	$(BIN)/pip install --quiet -r requirements-deploy.txt
	touch $@

$(DEBOOTSTRAP):
	@echo "$(DEBOOTSTRAP) is missing: installing Debian's debootstrap with apt-get (the deploy test needs it)"
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap

test-deploy: $(STAMP_DEPLOY) $(DEBOOTSTRAP)
	$(BIN)/pytest -p no:cacheprovider --timeout 1500 -v -s --durations=10 deploy/test

## schemathesis with hundreds of generated requests per operation (a few minutes).
fuzz: $(STAMP_DEV)
	FUZZ_EXAMPLES=300 $(BIN)/pytest --no-cov --timeout 1500 -p no:cacheprovider tests/test_schemathesis.py

## Issue 15's facts-that-change bars: the set is what its generator writes, the kind and
## question readers' weights what their trainers write, and omem meets the bars
## (bench/changeeval/README.md; about two minutes).
changeeval: $(STAMP_DEV)
	$(BIN)/python -m bench.changeeval.generate --check --phrasing all
	$(BIN)/python -m bench.changeeval.kindreader --check
	$(BIN)/python -m bench.changeeval.askreader --check
	$(BIN)/python -m bench.retrieval_quality --set bench/changeeval --bars

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.*

## Post a signed sample call to the running service and show what omem remembers.
demo: $(STAMP_RUN)
	$(BIN)/omem demo

## Benchmarks (a table per run; see bench/README.md).
bench: $(STAMP_RUN)
	$(BIN)/python -m bench.run

## PNGs of every console page at 1280x800 in docs/screenshots/ (a live omem with demo data).
screenshots: $(STAMP_DEV) chromium
	$(BIN)/python -m tests.browser.screenshots
