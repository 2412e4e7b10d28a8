# Two commands on a fresh machine: `make demo` and `make test`. Needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
export DJANGO_SETTINGS_MODULE := config.settings

.PHONY: demo test lint format venv install install-dev migrate ingest-samples serve \
        db-start db-stop screenshots bench stress backup restore clean eval

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changes (the stamp files record the last install).
# No setuptools left in the venv: nothing needs it at run time (builds get their own, isolated),
# and jieba imports pkg_resources whenever it is there, 0.17 s at every process's start.
NO_SETUPTOOLS := $(PY) -m pip uninstall --quiet --yes setuptools 2>/dev/null || true
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	$(NO_SETUPTOOLS)
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	$(NO_SETUPTOOLS)
	touch $@ $(VENV)/.installed

venv install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

var/secret_key: | $(PY)
	mkdir -p var
	$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

migrate: $(VENV)/.installed var/secret_key
	$(PY) manage.py migrate --noinput

ingest-samples: migrate
	$(PY) manage.py ingest samples/pages

# The demo keeps the embedded server up between commands (PGSERVER_KEEP) so that migrate,
# ingest and gunicorn share one server start; `make db-stop` stops it.
demo: export PGSERVER_KEEP := 1
demo: $(VENV)/.installed var/secret_key
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ingest samples/pages
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo ""
	@echo "  二七区新闻档案 is being served at http://$(HOST):$(PORT)/"
	@echo "  Admin: create a login with '$(PY) manage.py createsuperuser', then open http://$(HOST):$(PORT)/admin/"
	@echo ""
	$(BIN)/gunicorn -c config/gunicorn.conf.py config.wsgi:application --bind $(HOST):$(PORT) --workers $(WORKERS) --threads 4 \
		--access-logfile -

db-start: export PGSERVER_KEEP := 1
db-start: $(VENV)/.installed
	$(PY) -c "import config.pgembed as p; print(p.ensure_server().get_uri())"

db-stop: $(VENV)/.installed
	-$(PY) -c "import config.pgembed as p; from pgserver._commands import pg_ctl; s=p.ensure_server(); pg_ctl(['-w','stop'], pgdata=s.pgdata, user=s.system_user)"

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: $(VENV)/.installed-dev var/secret_key lint
	$(PY) manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

backup: $(VENV)/.installed var/secret_key
	$(PY) manage.py backup $(FILE)

restore: $(VENV)/.installed var/secret_key
	@test -n "$(FILE)" || (echo "usage: make restore FILE=var/backups/....dump" && exit 2)
	$(PY) manage.py restore $(FILE)

# The parser scored against the gold pages (samples, OCR variants of them, the invented corpus);
# no database. EVAL_ARGS=--pages shows each miss, EVAL_ARGS=--json the figures as JSON.
eval: $(VENV)/.installed
	$(PY) -m ingest.evaluation $(EVAL_ARGS)

# Benchmark on its own embedded server (var/bench-pgdata): BENCH_PAGES pages generated and
# ingested, grown to BENCH_ARTICLES_MAX articles by SQL copies; one table in bench/out/results.md.
bench: $(VENV)/.installed-dev var/secret_key
	$(PY) -m bench.run --pages $(or $(BENCH_PAGES),30000) \
		--articles-max $(or $(BENCH_ARTICLES_MAX),1000000)

# The checks too slow or too large for CI: a 50 MB page file and a 60 s soak test with 32
# clients against gunicorn on loopback (its own embedded server, var/stress-pgdata).
stress: $(VENV)/.installed-dev var/secret_key
	$(PY) -m bench.stress

# PNGs of the home, search, article and person pages (desktop and phone) for the README;
# needs Debian's chromium (apt-get install -y chromium), never a downloaded browser build.
# The screenshots' own embedded database (the demo's is left alone): the sample pages, which
# print no issue dates, and invented pages with issue dates (bench.synth, fixed seed), so the
# calendar and an issue have something to show.
screenshots: export PGSERVER_DATA := $(CURDIR)/var/pgdata-screenshots
screenshots: $(VENV)/.installed-dev var/secret_key
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ingest samples/pages
	$(PY) -m bench.synth --pages 24 --out var/screenshot-pages
	$(PY) manage.py ingest var/screenshot-pages --manifest var/screenshot-pages/manifest.csv
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py screenshots --out docs/screenshots

clean:
	rm -rf $(VENV) var/staticfiles
