PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Every package and its hash, direct and indirect (the app, the tests, PostgreSQL's driver,
# the demo recorder's FFmpeg), for every platform; `make lock` writes it from pyproject.toml.
LOCK := requirements.lock
UV_VERSION := 0.13.8

.PHONY: run test bench lint demo flows clean lock

$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Refresh the lock after changing a pin in pyproject.toml (uv resolves; pip installs).
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet uv==$(UV_VERSION)
	$(VENV)/bin/uv pip compile pyproject.toml --extra test --extra postgres --extra record \
		--universal --python-version 3.11 --generate-hashes --quiet -o $(LOCK)

run: $(STAMP)
	@bash scripts/qt-system-libs.sh $(PY)
	$(PY) main.py

test: $(STAMP)
	@bash scripts/qt-system-libs.sh $(PY)
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	B24SIM_WARM=0 QT_QPA_PLATFORM=offscreen $(PY) main.py test resources/flows

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.run

demo: $(STAMP)
	@bash scripts/qt-system-libs.sh $(PY)
	$(PY) main.py demo

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .bench
