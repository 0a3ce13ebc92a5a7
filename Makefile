PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint demo flows clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@bash scripts/qt-system-libs.sh $(PY)
	$(PY) main.py

test: $(STAMP)
	@bash scripts/qt-system-libs.sh $(PY)
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	QT_QPA_PLATFORM=offscreen $(PY) main.py test resources/flows

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.run

demo: $(STAMP)
	@bash scripts/qt-system-libs.sh $(PY)
	$(PY) main.py demo

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .bench
