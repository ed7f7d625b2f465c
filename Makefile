# make demo: set up .venv and build output/timeline.html from fixtures/harbor/ (the demo story)
# make test: install with test extras (and Debian's chromium when missing), run the whole suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test install install-test chromium bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Byte-compile the package once: an editable install is not compiled by pip, and where
# PYTHONDONTWRITEBYTECODE is set every `timeline` run would otherwise compile it from source.
$(VENV)/.installed: $(PY) pyproject.toml
	$(PIP) install -e .
	$(PY) -m compileall -q timeline
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(VENV)/bin/timeline build fixtures/harbor/ -o output/timeline.html --title "Harbor bridge closure: the story so far"
	@echo "open output/timeline.html in a browser"

# Browser tests drive Debian's chromium headless; install it when it is missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; }; }

test: install-test chromium
	$(PY) -m pytest -q

bench: install-test
	$(PY) bench/score_tbaq.py
	$(PY) bench/speed_resolver.py

clean:
	rm -rf $(VENV) build *.egg-info output/*.html output/*.json output/*.csv output/*.png output/*.svg output/*.pdf
