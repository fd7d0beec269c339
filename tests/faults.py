"""Helpers of the fault tests: a Redis server of the test's own, and
requests through Django's WSGI handler as a server makes them."""

import io
import shutil
import socket
import subprocess
import time
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OwnRedis:
    """A redis-server on a free port of its own: never the machine's 6379."""

    def __init__(self):
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed")
        self.binary, self.port, self.process = binary, free_port(), None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


def wsgi_get(path: str, **environ) -> tuple[int, bytes]:
    """GET ``path`` through the WSGI handler, with its request signals (the
    test client leaves out the connection checks made at a request's start)."""
    env = {"PATH_INFO": path, "REQUEST_METHOD": "GET", "wsgi.input": io.BytesIO()}
    env.update(environ)
    setup_testing_defaults(env)
    env["HTTP_HOST"] = "testserver"
    statuses = []
    body = b"".join(
        WSGIHandler()(env, lambda status, headers, *a: statuses.append(status))
    )
    return int(statuses[0].split()[0]), body
