"""Gunicorn's configuration, for `make serve` and deploy/vnpost-web.service.

Read from the environment like the settings: ``GUNICORN_BIND`` (default
127.0.0.1:8000; a unix socket ``unix:/run/vnpost/gunicorn.sock`` behind
nginx), ``GUNICORN_WORKERS`` (default: two per core, plus one).
"""

import multiprocessing
import os

wsgi_app = "vnpost_cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# Sync workers: each request has its process, and its persistent database
# connection (CONN_MAX_AGE), to itself. Slow clients are nginx's to buffer.
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# A worker is replaced after this many requests: a slow leak cannot grow.
max_requests = 2000
max_requests_jitter = 200
# Access log on stdout (journald under systemd), errors on stderr.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Headers such as X-Forwarded-Proto are believed from these addresses only.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    for address in bind:
        where = address if address.startswith("unix:") else f"http://{address}/"
        server.log.info("VNPost CMS listening on %s", where)
