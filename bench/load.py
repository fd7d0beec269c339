#!/usr/bin/env python
"""Load: 64 connections for 60 s against gunicorn + PostgreSQL + Redis.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vnpost_load \\
    REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/load.py [--connections 64] [--duration 60]

Prepares the database named by DATABASE_URL (migrate, provinces, demo
articles: use a database of its own), starts gunicorn as production does
(deploy/gunicorn.conf.py, debug off, static files collected), checks every
address of the mix answers 200 once, then drives it with wrk (Debian's
``wrk``) over a mix of pages and API lists in turn. Prints requests per second, the
latency's p50 and p99, socket errors, and responses other than 2xx/3xx.
The anonymous API rate is lifted for the run: the bench measures serving,
not the throttle. ``--url`` drives a server already running instead.
"""

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LUA = """
local paths = {%s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1])
end
"""


def run(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env() -> dict:
    env = dict(os.environ)
    if not env.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("set DATABASE_URL to a PostgreSQL database of the bench's own")
    if not env.get("REDIS_URL"):
        sys.exit("set REDIS_URL (redis://127.0.0.1:6379/<n>)")
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_API_ANON_RATE="100000000/hour",
        DJANGO_CACHE_PREFIX=env.get("DJANGO_CACHE_PREFIX", "load"),
    )
    return env


def start(env: dict, port: int) -> subprocess.Popen:
    run("migrate", "--noinput", "-v0", env=env)
    run("load_provinces", env=env)
    run("load_demo", env=env)
    run("collectstatic", "--noinput", "-v0", env=env)
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_LOG_LEVEL": "warning"}
    log = open(tempfile.mktemp(prefix="load-gunicorn-", suffix=".log"), "w")  # noqa: SIM115
    print(f"gunicorn log: {log.name}")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py",
         "--access-logfile", "/dev/null"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), 0.1).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    sys.exit("gunicorn did not start")


def mix(env: dict) -> list[str]:
    """The addresses driven: pages and API lists, from the demo data."""
    probe = (
        "import django; django.setup();"
        "from provinces.models import Province; from articles.models import Article;"
        "print(*(p.get_absolute_url() for p in Province.objects.current()[:6]));"
        "print(*(a.get_absolute_url() for a in Article.objects.published()[:6]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "vnpost_cms.settings"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [
        "/",
        *out,
        "/tim-kiem/?q=buu+dien",
        "/sitemap.xml",
        "/rss.xml",
        "/api/v1/provinces/",
        "/api/v1/articles/",
        "/api/v1/figures/",
        "/api/v1/commendations/",
    ]


def check(base: str, paths: list[str]) -> None:
    for path in paths:
        with urllib.request.urlopen(base + path) as response:
            assert response.status == 200, (path, response.status)
    print(f"{len(paths)} addresses answer 200: {' '.join(paths)}")


def drive(base: str, paths: list[str], connections: int, duration: int) -> str:
    wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("wrk is missing: apt-get install wrk")
    script = Path(tempfile.mktemp(suffix=".lua"))
    script.write_text(LUA % ", ".join(f'"{p}"' for p in paths))
    command = [wrk, "-t2", f"-c{connections}", f"-d{duration}s", "--latency",
               "--timeout", "10s", "-s", str(script), base]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def summary(output: str) -> dict:
    def find(pattern, default="0"):
        match = re.search(pattern, output)
        return match.group(1) if match else default

    errors = sum(
        int(n)
        for n in re.findall(
            r"(?:connect|read|write|timeout) (\d+)", find(r"Socket errors: (.*)", "")
        )
    )
    return {
        "requests": int(find(r"(\d+) requests in")),
        "requests/s": float(find(r"Requests/sec:\s+([\d.]+)")),
        "p50": find(r"\s50%\s+(\S+)"),
        "p99": find(r"\s99%\s+(\S+)"),
        "socket errors": errors,
        "non-2xx/3xx": int(find(r"Non-2xx or 3xx responses: (\d+)")),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument(
        "--url", help="a server already running, e.g. http://127.0.0.1:8000"
    )
    args = parser.parse_args()
    env = server_env()
    server, base = None, args.url
    if base is None:
        port = free_port()
        server, base = start(env, port), f"http://127.0.0.1:{port}"
    try:
        paths = mix(env)
        check(base, paths)
        output = drive(base, paths, args.connections, args.duration)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
    print(output)
    figures = summary(output)
    print(
        f"{args.connections} connections, {args.duration} s: "
        f"{figures['requests/s']:.0f} requests/s ({figures['requests']} requests), "
        f"p50 {figures['p50']}, p99 {figures['p99']}, "
        f"socket errors {figures['socket errors']}, "
        f"non-2xx/3xx {figures['non-2xx/3xx']}"
    )
    return 1 if figures["socket errors"] or figures["non-2xx/3xx"] else 0


if __name__ == "__main__":
    sys.exit(main())
