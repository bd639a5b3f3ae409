# Two commands: `make run` and `make test`. Both bootstrap .venv when it is
# missing or older than pyproject.toml, and check the system libraries Qt needs.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Compiled translations: built from the committed .ts sources, never edited or committed.
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test bench installer installer-check venv clean translations

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

# Installers (installer/README.md): `installer` builds what this OS can; `installer-check` (CI) builds
# the Linux bundle, installs it into a scratch prefix and runs the frozen app's --self-test.
BUILD_STAMP := $(VENV)/.installed-build

$(BUILD_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[build]'
	@touch $@

installer: $(BUILD_STAMP) $(QM)
	@PY=$(PY) installer/build.sh

installer-check: $(BUILD_STAMP) $(QM)
	@scripts/qt-system-deps.sh $(PY) offscreen
	@PY=$(PY) installer/check.sh
