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


def load_settings(**env):
    base = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_"))
    }
    return subprocess.run(
        [sys.executable, "-c", PROBE],
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
            "django.core.cache.backends.redis.RedisCache",
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
