# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: run serve test install install-dev lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_provinces
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py local_admin
	$(BIN)/python manage.py runserver $(HOST)

# The site as production runs it, on one machine: debug off, static files
# collected, gunicorn (deploy/gunicorn.conf.py) and a task worker for the
# imports. Without REDIS_URL the shared cache is a database table; without
# DATABASE_URL the database is SQLite. DJANGO_SECRET_KEY defaults to a key
# kept in .local_secret_key (not in git).
serve: install
	@test -s .local_secret_key || $(BIN)/python -c \
		"import secrets; print(secrets.token_urlsafe(50))" > .local_secret_key
	@DJANGO_DEBUG=0 DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .local_secret_key)}" \
	DJANGO_DATABASE_CACHE="$${DJANGO_DATABASE_CACHE:-1}" \
	DJANGO_SECURE_COOKIES="$${DJANGO_SECURE_COOKIES:-0}" \
	GUNICORN_BIND="$${GUNICORN_BIND:-$(HOST)}" \
	BIN=$(BIN) deploy/serve.sh

test: install-dev
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

bench: install-dev
	$(BIN)/python bench/import_articles.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
