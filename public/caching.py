"""Whole public pages kept in the cache under the public version.

``cache_public_page`` stores the rendered response of an anonymous GET that
answered 200 under ``public_key("page", <absolute URL>)``. The admin bumps the
public version on every write (``common.cache.invalidate_public_pages``),
so an edit shows at once: the next request misses and renders afresh, and old
entries simply expire. Signed-in users (editors) always get a fresh page.

Publication can also happen with no write at all: an article scheduled for a
later time becomes public when that time comes. An entry therefore never
outlives the next scheduled publication.
"""

import datetime
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.decorators import method_decorator

from articles.models import Article
from common.cache import public_key

PAGE_TIMEOUT = 60 * 60  # seconds; the version bump, not this, makes edits show
# Query parameters a cached page may vary on (page numbers). A request with any
# other (tracking tags, a stray ?q=) is rendered afresh and not stored, so
# made-up URLs cannot fill the cache.
CACHED_PARAMS = {"trang", "p"}
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language")


def page_timeout(now: datetime.datetime | None = None) -> int:
    now = now or timezone.now()
    upcoming = Article.objects.next_publication(now)
    if upcoming is None:
        return PAGE_TIMEOUT
    return max(1, min(PAGE_TIMEOUT, int((upcoming - now).total_seconds()) + 1))


def cache_public_page(view):
    """Serve a function view's anonymous GET responses from the cache."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if (
            request.method not in ("GET", "HEAD")
            or not CACHED_PARAMS.issuperset(request.GET)
            or request.user.is_authenticated
        ):
            return view(request, *args, **kwargs)
        key = public_key("page", request.build_absolute_uri())
        stored = cache.get(key)
        if stored is not None:
            return _response(stored)
        # Read the timeout before rendering: a publication due while the page
        # renders then still shortens the entry.
        timeout = page_timeout()
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            if hasattr(response, "render"):
                response.render()
            cache.set(key, _stored(response), timeout)
        return response

    return wrapped


cache_public_class = method_decorator(cache_public_page, name="dispatch")


def _stored(response) -> dict:
    headers = {h: response[h] for h in KEPT_HEADERS if response.has_header(h)}
    return {"content": response.content, "headers": headers}


def _response(stored: dict) -> HttpResponse:
    response = HttpResponse(stored["content"], headers=stored["headers"])
    response["X-Public-Cache"] = "hit"
    return response
