# Two commands: `make run` and `make test`. Both bootstrap .venv when it is
# missing or older than pyproject.toml, and check the system libraries Qt needs.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Compiled translations: built from the committed .ts sources, never edited or committed.
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test bench installer venv clean translations

run: $(STAMP) $(QM)
	@scripts/qt-system-deps.sh $(PY) xcb
	$(PY) -m app $(ARGS)

test: $(STAMP) $(QM)
	@scripts/qt-system-deps.sh $(PY) offscreen
	@if [ "$(CI)" = true ] || [ -n "$(RENDER_DEPS)" ]; then scripts/render-deps.sh; fi
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP) $(QM)
	@scripts/qt-system-deps.sh $(PY) offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(BENCH_ARGS)

venv: $(STAMP)

translations: $(QM)

%.qm: %.ts $(STAMP)
	$(PY) scripts/translations.py build

$(STAMP): pyproject.toml scripts/bootstrap.sh
	@PYTHON=$(PYTHON) scripts/bootstrap.sh $(VENV)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache resources/translations/*.qm
