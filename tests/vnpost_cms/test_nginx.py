"""deploy/nginx/vnpost.conf in front of gunicorn, on 127.0.0.1: TLS, the
proxy headers (Django then sends HSTS and writes https links), the redirect
from plain HTTP and the static files.

Runs the committed site file with its ports, paths and upstream rewritten.
Skipped where nginx is missing, unless REQUIRE_NGINX=1 (CI sets it)."""

import http.client
import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults import free_port

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy" / "nginx"
HOST = "cms.example.vn"
NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")

if NGINX is None or shutil.which("openssl") is None:
    if os.environ.get("REQUIRE_NGINX") == "1":
        pytest.fail("REQUIRE_NGINX=1 but nginx or openssl is missing", pytrace=False)
    pytest.skip(
        "nginx is not installed (apt-get install nginx)", allow_module_level=True
    )


def wait_for(port: int, process: subprocess.Popen, log: Path) -> None:
    for _ in range(200):
        if process.poll() is not None:
            raise RuntimeError(log.read_text() if log.exists() else "exited")
        try:
            socket.create_connection(("127.0.0.1", port), 0.1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


def site_conf(tmp: Path, ports: dict) -> str:
    conf = (DEPLOY / "vnpost.conf").read_text()
    for old, new in [
        ("unix:/run/vnpost/gunicorn.sock", f"127.0.0.1:{ports['app']}"),
        ("listen 80;", f"listen 127.0.0.1:{ports['http']};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{ports['https']} ssl http2;"),
        (f"/etc/letsencrypt/live/{HOST}/fullchain.pem", str(tmp / "cert.pem")),
        (f"/etc/letsencrypt/live/{HOST}/privkey.pem", str(tmp / "key.pem")),
        ("/srv/vnpost/staticfiles/", f"{tmp / 'static'}/"),
        ("/etc/nginx/vnpost_proxy.conf", str(DEPLOY / "vnpost_proxy.conf")),
    ]:
        assert old in conf, old
        conf = conf.replace(old, new)
    return "\n".join(line for line in conf.splitlines() if "[::]" not in line)


def main_conf(tmp: Path) -> str:
    temp = " ".join(
        f"{kind}_temp_path {tmp / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;" if os.geteuid() == 0 else ""
    return (
        f"{user} pid {tmp / 'nginx.pid'}; error_log {tmp / 'error.log'};"
        "events { worker_connections 64; }"
        f"http {{ access_log {tmp / 'access.log'}; {temp} include {tmp / 'site.conf'}; }}"
    )


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nginx")
    ports = {name: free_port() for name in ("app", "http", "https")}
    (tmp / "static").mkdir()
    (tmp / "static" / "probe.txt").write_text("tĩnh")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", f"/CN={HOST}", "-keyout", tmp / "key.pem", "-out", tmp / "cert.pem"],
        check=True, capture_output=True,
    )  # fmt: skip
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DJANGO_", "REDIS_"))
        },
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "nginx-test-" + "k" * 50,
        "DJANGO_SINGLE_PROCESS": "1",
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_PROXY_SSL_HEADER": "1",
        "DJANGO_SSL_REDIRECT": "1",
        "DJANGO_HSTS_SECONDS": "31536000",
        "GUNICORN_BIND": f"127.0.0.1:{ports['app']}",
        "GUNICORN_WORKERS": "1",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True
    )
    app_log = tmp / "gunicorn.log"
    with app_log.open("w") as log:
        app = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    (tmp / "site.conf").write_text(site_conf(tmp, ports))
    (tmp / "nginx.conf").write_text(main_conf(tmp))
    nginx = subprocess.Popen(
        [NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(ports["app"], app, app_log)
        wait_for(ports["https"], nginx, tmp / "error.log")
        yield ports
    finally:
        for process in (nginx, app):
            process.terminate()
            process.wait(10)


def get(port: int, path: str, *, tls: bool):
    if tls:
        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        conn = http.client.HTTPSConnection("127.0.0.1", port, context=context)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", path, headers={"Host": HOST})
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read().decode()


def test_https_through_nginx_sends_hsts_and_https_links(stack):
    status, headers, html = get(stack["https"], "/", tls=True)
    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000"
    assert f'<link rel="canonical" href="https://{HOST}/">' in html


def test_plain_http_is_sent_to_https_but_health_checks_answer(stack):
    status, headers, _ = get(stack["http"], "/tinh/ha-noi/", tls=False)
    assert (status, headers["Location"]) == (301, f"https://{HOST}/tinh/ha-noi/")
    assert get(stack["http"], "/healthz", tls=False)[0] == 200


def test_nginx_serves_the_static_files_for_a_year(stack):
    status, headers, body = get(stack["https"], "/static/probe.txt", tls=True)
    assert (status, body) == (200, "tĩnh")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
