# Two commands do all the set-up on a new machine: `make demo` and `make test`.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
PORT ?= 8501

.PHONY: setup demo lint test test-fast fonts browser-deps format-deps bench score clean

setup: $(VENV)/bin/govbench

# uv itself is installed into .tools/ when the machine lacks it; the venv is built from
# uv.lock with bytecode compiled (without it `import great_expectations` takes twice as long),
# and the optional `dask` extra (ingest --engine dask), so its tests run.
$(VENV)/bin/govbench: pyproject.toml uv.lock
	@if [ ! -x "$(UV)" ]; then python3 -m venv .tools && .tools/bin/pip install -q uv; fi
	$(UV) sync --locked --compile-bytecode --extra dask
	@touch $@

demo: setup
	$(VENV)/bin/govbench demo --port $(PORT)

# CJK fonts: pdfium maps a PDF's unembedded CJK fonts to them, and without them drops turned
# text set in such a font (tests/test_read.py compares pdfium's chars with pdfminer's). The
# report card's PDF embeds them, laid out by WeasyPrint, which needs the pango library.
fonts:
	@if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
	    || ! ldconfig -p 2>/dev/null | grep -q "libpangoft2-1.0.so.0"; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-cjk \
	      libpango-1.0-0 libpangoft2-1.0-0; \
	  else echo "PDF tests need: sudo apt-get install fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0"; exit 1; fi; \
	fi

# The real-browser tests need Debian's chromium and CJK fonts (installed once, as root).
browser-deps: fonts
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	  else echo "browser tests need: sudo apt-get install chromium fonts-noto-cjk"; exit 1; fi; \
	fi

# Old word-processor files (.doc/.wps/.rtf) are read through LibreOffice, page images and
# scanned PDFs through Tesseract with its Chinese data: optional at run time, needed by the
# tests (installed once, as root; ~5 min).
FORMAT_PACKAGES := libreoffice-writer-nogui tesseract-ocr tesseract-ocr-chi-sim
format-deps:
	@if ! command -v soffice >/dev/null || ! command -v tesseract >/dev/null \
	    || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	      --no-install-recommends $(FORMAT_PACKAGES); \
	  else echo "format tests need: sudo apt-get install $(FORMAT_PACKAGES)"; exit 1; fi; \
	fi

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: setup browser-deps format-deps lint
	$(VENV)/bin/pytest -q

# everything but the real browser and the slow tests (the wheel built and installed)
test-fast: setup fonts format-deps lint
	$(VENV)/bin/pytest -q -m "not browser and not slow"

bench: setup
	$(VENV)/bin/python benchmark/run.py --quick

score: setup
	python3 ../shared/tools/score_corpus.py

clean:
	rm -rf build .pytest_cache test-artifacts
