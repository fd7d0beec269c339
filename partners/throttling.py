"""Rates counted in the shared cache (Redis when configured), so they hold
across server processes: a low one per anonymous client address, and each
key's own rate, set in the admin.

Each rate is counted in fixed windows (an hour for ``60/hour``, starting on
the hour): ``cache.add`` creates the window's counter, ``cache.incr`` counts
the request, both atomic in Redis and in the local-memory cache, so requests
arriving together are counted one by one and exactly ``limit`` pass (DRF's
own throttles read a history list, then write it back: parallel requests
overwrote each other's entries and let more through).

Every answer says where the client stands (``RateLimit-Limit``,
``RateLimit-Remaining``, ``RateLimit-Reset`` in seconds); a refusal is a
429 with ``Retry-After``.

When the cache cannot be reached, requests are let through uncounted (the
API keeps serving; ``RateLimit-Remaining`` then shows the whole limit) and
the failure is logged once, again only after the cache has come back.

Rates are read when a request comes, not at import, so a change of the
``REST_FRAMEWORK`` setting applies at once.
"""

import logging
import math
import time
from dataclasses import dataclass

from django.core.cache import cache
from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from .models import ApiKey

logger = logging.getLogger(__name__)

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
HEADERS = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")


@dataclass(frozen=True)
class RateLimit:
    limit: int
    remaining: int
    reset: int  # seconds until the window ends

    def headers(self) -> dict[str, str]:
        return dict(zip(HEADERS, map(str, self.astuple()), strict=True))

    def astuple(self) -> tuple[int, int, int]:
        return self.limit, self.remaining, self.reset


def parse_rate(rate: str) -> tuple[int, int]:
    """``"60/hour"`` → (60, 3600): requests, seconds."""
    count, period = rate.split("/")
    return int(count), PERIODS[period[0]]


class _CacheHealth:
    """Log a cache failure once, and again only after a success."""

    failing = False

    @classmethod
    def failed(cls, error: Exception) -> None:
        if not cls.failing:
            cls.failing = True
            logger.error("API throttles not counted: cache unreachable (%s)", error)

    @classmethod
    def succeeded(cls) -> None:
        cls.failing = False


class WindowRateThrottle(BaseThrottle):
    scope = ""

    def rate_for(self, request) -> str | None:
        raise NotImplementedError

    def ident_for(self, request) -> str:
        raise NotImplementedError

    def allow_request(self, request, view):
        rate = self.rate_for(request)
        if rate is None:
            return True
        limit, period = parse_rate(rate)
        now = time.time()
        window = int(now // period)
        self.reset = max(1, math.ceil((window + 1) * period - now))
        key = f"throttle:{self.scope}:{self.ident_for(request)}:{period}:{window}"
        count = self.count(key, period)
        used = 0 if count is None else count
        request.rate_limit = RateLimit(limit, max(0, limit - used), self.reset)
        return used <= limit

    def wait(self):
        return self.reset

    @staticmethod
    def count(key: str, period: int) -> int | None:
        """This request's number in its window, or ``None`` if uncounted."""
        try:
            for _ in range(2):
                cache.add(key, 0, timeout=period + 1)
                try:
                    count = cache.incr(key)
                except ValueError:  # the window expired between add and incr
                    continue
                _CacheHealth.succeeded()
                return count
            return None
        except Exception as error:  # noqa: BLE001 - any cache failure degrades
            _CacheHealth.failed(error)
            return None


class AnonymousRateThrottle(WindowRateThrottle):
    scope = "anon"

    def rate_for(self, request):
        if request.auth is not None:
            return None
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]

    def ident_for(self, request):
        return self.get_ident(request)


class ApiKeyRateThrottle(WindowRateThrottle):
    """The rate of the key the request came with."""

    scope = "api_key"

    def rate_for(self, request):
        return request.auth.rate if isinstance(request.auth, ApiKey) else None

    def ident_for(self, request):
        return str(request.auth.pk)
