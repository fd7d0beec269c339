"""The site keeps serving when a dependency fails.

Redis down: pages and the API answer 200, uncached, with one error logged,
and /readyz says 503. The database connection dropped: the next request
reconnects (persistent connections are health-checked)."""

import logging

import pytest
from django.db import connection
from django.test import Client, override_settings

from common import cache_backends
from tests.factories import province
from tests.faults import OwnRedis, wsgi_get
from tests.public.builders import make_published

PAGES = [
    "/",
    "/tinh/bac-giang/",
    "/tim-kiem/?q=buu",
    "/sitemap.xml",
    "/rss.xml",
    "/api/v1/provinces/",
    "/api/v1/articles/",
]


@pytest.fixture
def redis_server():
    server = OwnRedis()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_cache(redis_server, monkeypatch):
    monkeypatch.setattr(cache_backends, "RETRY_SECONDS", 60)
    caches = {
        "default": {
            "BACKEND": "common.cache_backends.ResilientRedisCache",
            "LOCATION": redis_server.url,
        }
    }
    with override_settings(CACHES=caches):
        yield redis_server


@pytest.fixture
def site(provinces):
    make_published(province("bac-giang"), title="Bưu điện Bắc Giang")


@pytest.mark.django_db
def test_pages_and_api_answer_200_with_redis_down(site, redis_cache, caplog):
    client = Client()
    assert [client.get(page).status_code for page in PAGES] == [200] * len(PAGES)
    assert client.get("/").headers["X-Public-Cache"] == "hit"  # Redis in use
    redis_cache.stop()
    with caplog.at_level(logging.ERROR, logger="common.cache_backends"):
        statuses = [client.get(page).status_code for _ in range(3) for page in PAGES]
    assert statuses == [200] * 3 * len(PAGES)
    assert len(caplog.records) == 1
    assert "cache unreachable" in caplog.records[0].getMessage()


@pytest.mark.django_db
def test_readyz_says_503_while_redis_is_down_and_200_once_back(
    site, redis_cache, monkeypatch
):
    client = Client()
    assert client.get("/readyz").status_code == 200
    redis_cache.stop()
    down = client.get("/readyz")
    assert (down.status_code, down.json()["checks"]) == (
        503,
        {"database": "ok", "cache": "unreachable"},
    )
    assert client.get("/healthz").status_code == 200
    redis_cache.start()
    monkeypatch.setattr(cache_backends, "RETRY_SECONDS", 0)
    assert client.get("/readyz").status_code == 200


@pytest.mark.django_db
def test_the_page_cache_serves_again_once_redis_is_back(site, redis_cache, monkeypatch):
    monkeypatch.setattr(cache_backends, "RETRY_SECONDS", 0)  # no pause between tries
    client = Client()
    redis_cache.stop()
    assert client.get("/").status_code == 200
    redis_cache.start()
    client.get("/")
    assert client.get("/").headers.get("X-Public-Cache") == "hit"


def _drop_connection() -> None:
    """Kill this process's database connection behind Django's back."""
    if connection.vendor == "postgresql":
        import psycopg

        pid = connection.connection.info.backend_pid
        params = connection.get_connection_params()
        with psycopg.connect(**{**params, "autocommit": True}) as other:
            other.execute("SELECT pg_terminate_backend(%s)", [pid])
    else:  # SQLite: an in-memory test database cannot be closed; close ours
        connection.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_next_request_recovers_when_the_database_connection_drops(provinces):
    assert wsgi_get("/api/v1/provinces/")[0] == 200
    connection.ensure_connection()
    _drop_connection()
    assert wsgi_get("/api/v1/provinces/")[0] == 200
    assert wsgi_get("/readyz")[0] == 200


@pytest.mark.django_db
def test_readyz_says_503_when_the_database_is_unreachable(monkeypatch):
    def refuse(*args, **kwargs):
        from django.db import OperationalError

        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = Client().get("/readyz")
    assert (response.status_code, response.json()["checks"]) == (
        503,
        {"database": "unreachable", "cache": "ok"},
    )
