"""Whole public pages kept in the cache under the public version, and the
HTTP headers that let browsers, proxies and CDNs keep them too.

``cache_public_page`` stores the rendered response of an anonymous GET that
answered 200 under ``public_key("page", <absolute URL>)``. The admin bumps the
public version on every write (``common.cache.invalidate_public_pages``),
so an edit shows at once: the next request misses and renders afresh, and old
entries simply expire. Signed-in users (editors) always get a fresh page,
marked ``private, no-store``.

Publication can also happen with no write at all: an article scheduled for a
later time becomes public when that time comes. An entry therefore never
outlives the next scheduled publication, and neither does ``max-age``.

Anonymous answers carry ``Cache-Control: public, max-age`` (at most
``MAX_AGE``), an ETag and a Last-Modified derived from the data's last
change (the public version, when it moved, and the last publication that fell
due), not from the page: a conditional GET is answered 304 before the page
is rendered, from the stored entry or from one query.
"""

import datetime
import time
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.decorators import method_decorator
from django.utils.http import http_date

from articles.models import Article
from common.cache import public_state

PAGE_TIMEOUT = 60 * 60  # seconds; the version bump, not this, makes edits show
MAX_AGE = 60  # seconds a browser or a CDN may reuse a page without asking
# Query parameters a cached page may vary on (page numbers). A request with any
# other (tracking tags, a stray ?q=) is rendered afresh and not stored, so
# made-up URLs cannot fill the cache.
CACHED_PARAMS = {"trang", "p"}
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language")


def page_timeout(now: datetime.datetime | None = None) -> int:
    return _freshness(now or timezone.now())["timeout"]


def _freshness(now: datetime.datetime, state=None) -> dict:
    """How long a page of now stays true, and its validators (one query)."""
    last, upcoming = Article.objects.publication_bounds(now)
    timeout = PAGE_TIMEOUT
    if upcoming is not None:
        seconds = int((upcoming - now).total_seconds()) + 1
        timeout = max(1, min(PAGE_TIMEOUT, seconds))
    fresh = {"timeout": timeout, "expires": time.time() + timeout}
    if state is not None:
        version, changed = state
        due = int(last.timestamp()) if last else 0
        fresh["etag"] = f'W/"p{version}.{changed}.{due}"'
        fresh["last_modified"] = max(changed, due)
    return fresh


def cache_public_page(view):
    """Serve a function view's anonymous GET responses from the cache."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        if request.user.is_authenticated:
            response = view(request, *args, **kwargs)
            add_never_cache_headers(response)
            return response
        state = public_state()
        storable = state is not None and CACHED_PARAMS.issuperset(request.GET)
        key = f"public:{state[0] if state else 0}:page:{request.build_absolute_uri()}"
        stored = cache.get(key) if storable else None
        if stored is not None and "fresh" not in stored:
            stored = None  # stored by an earlier release
        # Read before rendering: a publication due while the page renders then
        # still shortens the entry, and a 304 needs no page at all.
        fresh = stored["fresh"] if stored else _freshness(timezone.now(), state)
        if (not_modified := _not_modified(request, fresh)) is not None:
            return _with_headers(not_modified, fresh)
        if stored is not None:
            return _with_headers(_response(stored), fresh)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            if hasattr(response, "render"):
                response.render()
            if storable:
                cache.set(key, _stored(response, fresh), fresh["timeout"])
            _with_headers(response, fresh)
        return response

    return wrapped


cache_public_class = method_decorator(cache_public_page, name="dispatch")


def _not_modified(request, fresh: dict):
    if "etag" not in fresh:
        return None
    return get_conditional_response(
        request, etag=fresh["etag"], last_modified=fresh["last_modified"]
    )


def _with_headers(response, fresh: dict):
    max_age = max(0, min(MAX_AGE, int(fresh["expires"] - time.time())))
    patch_cache_control(response, public=True, max_age=max_age)
    if "etag" in fresh:
        response["ETag"] = fresh["etag"]
        response["Last-Modified"] = http_date(fresh["last_modified"])
    return response


def _stored(response, fresh: dict) -> dict:
    headers = {h: response[h] for h in KEPT_HEADERS if response.has_header(h)}
    return {"content": response.content, "headers": headers, "fresh": fresh}


def _response(stored: dict) -> HttpResponse:
    response = HttpResponse(stored["content"], headers=stored["headers"])
    response["X-Public-Cache"] = "hit"
    return response
