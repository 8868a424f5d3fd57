# The two commands of the README:
#   make run    set everything up (.venv) and run the notebook set on the default article into build/
#   make test   set everything up and run all tests (the command CI runs)
# Run the set on another article:  ARTICLE=path/to/article.txt PUBLISHED=2017-01-04 make run

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARTICLE ?=
PUBLISHED ?=
TARGET ?=

run_args := $(if $(ARTICLE),--article "$(ARTICLE)") $(if $(PUBLISHED),--published "$(PUBLISHED)") $(if $(TARGET),--target "$(TARGET)")

.PHONY: setup run test lab bench editions clean

setup: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: setup
	$(BIN)/python -m helpers run $(run_args)

test: setup
	mkdir -p build/empty-nltk-data
	NLTK_DATA="$(CURDIR)/build/empty-nltk-data" $(BIN)/python -m pytest tests helpers

editions: setup
	$(BIN)/python -m helpers.editions --execute

lab: setup
	cd notebooks && ../$(BIN)/jupyter lab

bench: setup
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf build
