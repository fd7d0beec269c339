"""Health checks for a load balancer: ``/healthz`` and ``/readyz``.

``healthz`` says the process answers (no database, no cache: restarting a
process cannot mend those). ``readyz`` says it can serve: the database and
the shared cache answer now; 503 with what is missing otherwise, so that a
balancer sends the traffic elsewhere. Neither is cached nor logged as an
error: a failing check is the check doing its job.
"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    checks = {"database": _database(), "cache": _cache()}
    ready = all(checks.values())
    body = {
        "status": "ok" if ready else "unavailable",
        "checks": {
            name: "ok" if fine else "unreachable" for name, fine in checks.items()
        },
    }
    return JsonResponse(body, status=200 if ready else 503)


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means not ready
        logger.warning("readiness: database unreachable: %s", exc)
        connection.close_if_unusable_or_obsolete()
        return False
    return True


def _cache() -> bool:
    try:
        if hasattr(cache, "ping"):
            cache.ping()
        else:
            cache.set("readyz", 1, 10)
            if cache.get("readyz") != 1:
                return False
    except Exception as exc:
        logger.warning("readiness: cache unreachable: %s", exc)
        return False
    return True
