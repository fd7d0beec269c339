"""One switch for everything public: pages and API answers built from it.

Public pages and API responses are cached under keys that include a version
number kept in the shared cache. Whatever changes what the public sees (an
article published or edited, a fact accepted, edited or rejected) calls
``invalidate_public_pages()`` explicitly, which bumps the version: every
process sees the new version at once, since it lives in the shared cache
(Redis in production), and stale entries simply expire.
"""

import time

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "public:version"
CHANGED_KEY = "public:changed"  # when the version last moved, epoch seconds


def public_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def public_state() -> tuple[int, int] | None:
    """The public version and when it last changed; None if the cache cannot
    tell (unreachable), when no validator may be derived from it."""
    found = cache.get_many([VERSION_KEY, CHANGED_KEY])
    if len(found) < 2:
        # Never set, or evicted: from now on (a version that restarts at 1
        # after an eviction still gives validators of its own).
        cache.add(VERSION_KEY, 1, timeout=None)
        cache.add(CHANGED_KEY, int(time.time()), timeout=None)
        found = cache.get_many([VERSION_KEY, CHANGED_KEY])
        if len(found) < 2:
            return None
    return found[VERSION_KEY], found[CHANGED_KEY]


def public_key(*parts) -> str:
    """A cache key that goes stale when the public content changes."""
    return ":".join(["public", str(public_version()), *map(str, parts)])


def invalidate_public_pages() -> None:
    """Bump the version now, and again once the current transaction commits.

    The second bump matters: a visitor served between the first bump and the
    commit renders the old rows and stores them under the new version.
    """
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    cache.set(CHANGED_KEY, int(time.time()), timeout=None)
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # never set, or evicted
        cache.set(VERSION_KEY, public_version() + 1, timeout=None)
