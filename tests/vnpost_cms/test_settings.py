"""The settings module read from the environment, in a fresh interpreter."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import vnpost_cms.settings as s; print(s.DEBUG, s.CACHES['default']['BACKEND'])"
)


PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "q8Vx-2mZ7pL0rT4yW9bN3cF6hJ1kD5sA8gE2uI7oP0lK4jH6fG3dS9aQ",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_ALLOWED_HOSTS": "cms.vnpost.vn",
    "DJANGO_HSTS_SECONDS": "31536000",
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1",
    "DJANGO_HSTS_PRELOAD": "1",
    "DJANGO_SSL_REDIRECT": "1",
    "DJANGO_PROXY_SSL_HEADER": "1",
}


def load_settings(**env):
    return run([sys.executable, "-c", PROBE], **env)


def run(command, **env):
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "REDIS_", "DATABASE_"))
    }
    return subprocess.run(
        command,
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_debug_is_on_with_the_local_cache_by_default():
    result = load_settings()
    assert result.stdout.split() == [
        "True",
        "django.core.cache.backends.locmem.LocMemCache",
    ]


def test_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = load_settings(DJANGO_DEBUG="0", REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_refuses_a_per_process_cache_when_debug_is_off():
    result = load_settings(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 50)
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        (
            {"REDIS_URL": "redis://127.0.0.1:6379/0"},
            "common.cache_backends.ResilientRedisCache",
        ),
        (
            {"DJANGO_SINGLE_PROCESS": "1"},
            "django.core.cache.backends.locmem.LocMemCache",
        ),
    ],
)
def test_starts_in_production_with_a_key_and_a_cache(env, backend):
    result = load_settings(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 50, **env)
    assert result.stdout.split() == ["False", backend], result.stderr


def probe(expression: str, **env) -> str:
    command = [
        sys.executable,
        "-c",
        f"import vnpost_cms.settings as s; print({expression})",
    ]
    result = run(command, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_check_deploy_is_clean_with_the_production_environment():
    result = run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        **PRODUCTION,
    )
    assert (result.returncode, result.stdout.strip()) == (
        0,
        "System check identified no issues (0 silenced).",
    ), result.stderr


def test_https_settings_come_from_the_environment():
    shown = "s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER"
    assert probe(shown, **PRODUCTION) == (
        "31536000 True ('HTTP_X_FORWARDED_PROTO', 'https')"
    )
    assert probe(
        shown.replace("s.SECURE_PROXY_SSL_HEADER", "s.SECURE_HSTS_PRELOAD")
    ) == ("0 False False")


def test_postgresql_connections_persist_and_are_checked_by_default():
    shown = "s.DATABASES['default']['CONN_MAX_AGE'], s.DATABASES['default']['CONN_HEALTH_CHECKS']"
    postgres = {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/vnpost"}
    assert probe(shown, **postgres) == "600 True"
    assert probe(shown, **postgres, DJANGO_CONN_MAX_AGE="30") == "30 True"
    assert probe(shown) == "0 True"  # SQLite: a file, nothing to keep open


def test_a_machine_without_redis_may_share_a_cache_in_the_database():
    env = {**PRODUCTION, "REDIS_URL": "", "DJANGO_DATABASE_CACHE": "1"}
    assert probe("s.CACHES['default']['BACKEND']", **env) == (
        "django.core.cache.backends.db.DatabaseCache"
    )
