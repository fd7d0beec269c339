"""ETag and Last-Modified from the data's last change; 304 before the work.

Each partner view names where its answers are read from
(``data_sources()``: a queryset and a time column each). Their last change
is one cheap query, the newest value of each column: the history of every
model read (django-simple-history writes an entry on every creation, edit
and deletion), and for articles the newest publication time already
passed (an article scheduled for later changes what is public with no
write at all). That instant is the answer's
Last-Modified; the ETag hashes it with everything else an answer depends
on: the address with its query, the method, the format. So a conditional
GET is answered 304 before any list is read or serialized, and an answer
changes its validators exactly when its data may have changed.

Answers not built from the data (the schema) get an ETag hashing the body.
"""

import datetime
import hashlib
import time

from django.db.models import Max, Value
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag
from rest_framework.renderers import JSONRenderer

# Part of every ETag: change it when a deployment changes what the same
# data is answered with (a new field, a new format).
GENERATION = "2"
VALIDATED = {"GET", "HEAD", "OPTIONS"}
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def _latest(queryset, field: str):
    """``SELECT MAX(field) FROM ...``, a part of one UNION ALL query."""
    return (
        queryset.order_by()
        .values(_one=Value(1))
        .annotate(_latest=Max(field))
        .values_list("_latest")
    )


def history_of(*models) -> list:
    """The history of each model as a data source."""
    return [(model.history.model.objects.all(), "history_date") for model in models]


def last_change(sources) -> datetime.datetime:
    """The newest value of every (queryset, column) of ``sources``, in one
    query; the epoch when all are empty."""
    parts = [_latest(queryset, column) for queryset, column in sources]
    # The combined query gets no ordering of its own (Django 6 would order it
    # by the first model's Meta.ordering, which the union does not select).
    combined = parts[0].union(*parts[1:], all=True).order_by()
    found = [row[0] for row in combined]
    return max((moment for moment in found if moment is not None), default=EPOCH)


def data_validators(request, changed: datetime.datetime) -> tuple[str, int, int]:
    """The ETag, the last change in whole seconds (what If-Modified-Since is
    compared with) and the Last-Modified to send."""
    method = "OPTIONS" if request.method == "OPTIONS" else "GET"  # HEAD is GET
    parts = [
        GENERATION,
        method,
        request.accepted_media_type,
        request.build_absolute_uri(),
        changed.isoformat(),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
    # Last-Modified counts whole seconds: a change later in the second now
    # running would not move it, so the one sent never names that second.
    changed_second = int(changed.timestamp())
    sent = min(changed_second, int(time.time()) - 1)
    return quote_etag(digest), changed_second, sent


def _set_validators(response, etag: str, last_modified: int | None) -> None:
    response.headers["ETag"] = etag
    if last_modified is not None:
        response.headers["Last-Modified"] = http_date(last_modified)
    response.headers["Cache-Control"] = "no-cache"
    patch_vary_headers(response, ["Accept"])


class ConditionalMixin:
    """For DRF views: errors always in JSON, successes with validators.

    A view with ``data_sources()`` gets validators from its data once it
    calls ``compute_validators``, and can answer 304 (``not_modified``)
    before reading anything else.
    """

    validators: tuple[str, int, int] | None = None

    def data_sources(self) -> list:
        return []

    def compute_validators(self, request) -> None:
        sources = self.data_sources()
        if sources and request.method in VALIDATED:
            self.validators = data_validators(request, last_change(sources))

    def not_modified(self, request):
        """The 304 for a conditional GET whose validators still match."""
        if self.validators is None or request.method == "OPTIONS":
            return None
        if request.headers.get("If-None-Match", "").strip() == "*":
            return None  # "any version": only once the row is known to exist
        etag, last_modified, _ = self.validators
        return get_conditional_response(
            request._request, etag=etag, last_modified=last_modified
        )

    def finalize_response(self, request, response, *args, **kwargs):
        if getattr(response, "exception", False):
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 304 and self.validators:
            etag, _, sent = self.validators
            _set_validators(response, etag, sent)
            return response
        return self._conditional(request, response)

    def _conditional(self, request, response):
        if response.status_code != 200 or request.method not in VALIDATED:
            return response
        if self.validators:
            etag, last_modified, sent = self.validators
        else:
            response.render()
            body = hashlib.sha256(response.content).hexdigest()[:32]
            etag, last_modified, sent = quote_etag(body), None, None
        _set_validators(response, etag, sent)
        if request.method == "OPTIONS":
            return response
        return get_conditional_response(
            request, etag=etag, last_modified=last_modified, response=response
        )
