"""ETag and Last-Modified on every API answer; a conditional GET gets 304.

The ETag is a hash of the body, so it changes exactly when the answer does,
whatever changed it: an edit, a fact accepted, an article coming due.
Last-Modified is when this address last answered with another body, as kept
per address in the shared cache; it only moves forward, so a client that
sends it back as If-Modified-Since is never told "not modified" wrongly (an
evicted entry only costs one full answer).
"""

import hashlib
import time

from django.core.cache import cache
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag
from rest_framework.renderers import JSONRenderer

KEY_TIMEOUT = 30 * 24 * 3600
VALIDATED = {"GET", "HEAD", "OPTIONS"}


def make_conditional(request, response):
    if response.status_code != 200 or request.method not in VALIDATED:
        return response
    response.render()
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    last_modified = _last_modified(request, etag)
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(last_modified)
    response.headers["Cache-Control"] = "no-cache"
    patch_vary_headers(response, ["Accept"])
    if request.method == "OPTIONS":
        return response
    return get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )


def _last_modified(request, etag: str) -> int:
    method = "OPTIONS" if request.method == "OPTIONS" else "GET"  # HEAD is GET
    address = f"{method} {request.accepted_media_type} {request.build_absolute_uri()}"
    key = "api:last-modified:" + hashlib.sha256(address.encode()).hexdigest()
    seen = cache.get(key)
    if seen and seen[0] == etag:
        return seen[1]
    since = max(int(time.time()), seen[1] + 1 if seen else 0)
    cache.set(key, (etag, since), KEY_TIMEOUT)
    return since


class ConditionalMixin:
    """For DRF views: errors always in JSON, successes with validators."""

    def finalize_response(self, request, response, *args, **kwargs):
        if getattr(response, "exception", False):
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        response = super().finalize_response(request, response, *args, **kwargs)
        return make_conditional(request, response)
