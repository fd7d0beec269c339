"""A Redis cache that the site outlives: Redis down means uncached, not 500.

Django's ``RedisCache`` raises whatever redis-py raises, so with Redis
unreachable every page that touches the cache (all of them: the public
version is read on each) answered 500. ``ResilientRedisCache`` answers as
an empty cache instead: a read misses, a write is dropped, ``add`` and
``incr`` report what a cache that just lost its keys would (``incr`` counts
from nothing, so API throttles let requests through while Redis is away:
they fail open). It then leaves Redis alone for ``RETRY_SECONDS`` rather
than try (and wait for) a dead server on every call, and logs one error
when Redis goes away and one line when it is back, not one per request.

``ping()`` raises instead: the readiness check (``/readyz``) must see the
failure that pages hide.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
RETRY_SECONDS = 5.0
# A server that does not answer must cost milliseconds, not the request.
_FAST_FAILURE = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**_FAST_FAILURE, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._down_until = 0.0
        self._down = False

    def _guard(self, fallback, call, *args, **kwargs):
        if self._down and time.monotonic() < self._down_until:
            return fallback
        try:
            result = call(*args, **kwargs)
        except UNREACHABLE as exc:
            if not self._down:
                logger.error(
                    "cache unreachable (%s): serving uncached; next try in %.0f s",
                    exc,
                    RETRY_SECONDS,
                )
            self._down, self._down_until = True, time.monotonic() + RETRY_SECONDS
            return fallback
        if self._down:
            logger.warning("cache reachable again")
            self._down = False
        return result

    @property
    def available(self) -> bool:
        """False while the cache is taken for down (between two tries)."""
        return not self._down

    def ping(self) -> None:
        """Raise unless Redis answers now."""
        self._cache.get_client(write=True).ping()

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._guard(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guard(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._guard({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guard(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        return self._guard(delta, super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._guard(None, super().delete_many, keys, version)

    def clear(self):
        return self._guard(False, super().clear)
