# Two commands matter: `make chat` (install, index, serve) and `make test` (install, test).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
PIP := $(BIN)/pip --disable-pip-version-check
export GRADIO_ANALYTICS_ENABLED = False
export ANONYMIZED_TELEMETRY = False
export HF_HUB_OFFLINE = 1

.PHONY: install install-dev browser chat index test lint eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Runtime: the bundled embedder, Chroma, the UI and the LLM clients (no torch, no compiler).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -q -e '.[ui,llm]'
	touch $@

# Everything the tests use. torch comes first, pinned, so pip takes the local CPU build.
# llama.cpp is compiled for x86-64 with AVX2, not for the build machine's own CPU: the native build
# (AVX-512/AMX on this VM) died with "Illegal instruction" on its first generated token.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PIP) install -q torch==2.13.0
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PIP) install -q --no-cache-dir 'llama-cpp-python[server]==0.3.36'
	$(PIP) install -q -e '.[ui,llm,sentence-transformers,dev]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

index: install
	$(BIN)/film-assistant index

chat: index
	$(BIN)/film-assistant chat

# The browser tests drive Debian's Chromium: installed here when we may, else one line says how.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; \
	  else \
	    echo "error: the browser tests need /usr/bin/chromium: run 'sudo apt-get install chromium'" >&2; \
	    exit 1; \
	  fi; \
	fi

test: install-dev browser
	$(BIN)/ruff check assistant index ui tests
	$(BIN)/python -m pytest

eval: install
	$(BIN)/film-assistant eval

clean:
	rm -rf .index .pytest_cache
