#!/usr/bin/env bash
# `make serve`: prepare, then run gunicorn and a task worker until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
manage() { "$BIN/python" manage.py "$@"; }

manage collectstatic --noinput --verbosity 0
manage migrate --noinput
manage createcachetable
manage load_provinces
manage check --deploy --fail-level ERROR

manage db_worker --queue-name '*' &
worker=$!
trap 'kill "$worker" 2>/dev/null || true' EXIT
echo "task worker: pid $worker"
echo "serving on http://${GUNICORN_BIND}/ (admin: http://${GUNICORN_BIND}/admin/)"
"$BIN/gunicorn" --config deploy/gunicorn.conf.py
