"""Cursor pagination over the whole ordering, which always ends on ``id``.

DRF's own cursor remembers the first ordering field only and counts an
offset past rows sharing its value, which breaks down when thousands of
figures share a year. This cursor keeps the values of every ordering field
of the row a page ends on, and the next page starts strictly after that row:
pages stay stable and cheap whatever the ordering.
"""

import binascii
import datetime
import decimal
import functools
import json
import operator
from base64 import urlsafe_b64decode, urlsafe_b64encode

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import Cursor, CursorPagination
from rest_framework.utils.urls import remove_query_param, replace_query_param

from .filters import TIE_BREAKER

CURSOR_PATTERN = "^[A-Za-z0-9_-]+$"  # what encode_cursor writes: base64url
EXAMPLE_LINK = "https://example.org/api/v1/figures/?cursor=eyJyIjowLCJwIjpbMTJdfQ"


class KeysetPagination(CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    page_size_query_description = "Số mục mỗi trang (1 đến 200, mặc định 50)."
    max_page_size = 200
    cursor_query_description = (
        "Con trỏ trang: lấy nguyên từ đường dẫn `next` hoặc `previous`."
    )
    invalid_cursor_message = "Con trỏ phân trang không hợp lệ."
    template = None

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        self.ordering = self.get_ordering(request, queryset, view)
        self.cursor = self.decode_cursor(request, queryset.model)
        reverse = bool(self.cursor and self.cursor.reverse)
        ordering = _reversed(self.ordering) if reverse else self.ordering
        queryset = queryset.order_by(*ordering)
        if self.cursor:
            queryset = queryset.filter(_after(ordering, self.cursor.position))
        rows = list(queryset[: self.page_size + 1])
        more = len(rows) > self.page_size
        self.page = rows[: self.page_size]
        if reverse:
            self.page.reverse()
            self.has_next, self.has_previous = True, more
        else:
            self.has_next, self.has_previous = more, self.cursor is not None
        return self.page

    def get_ordering(self, request, queryset, view):
        names, ordering = set(), []
        for term in (*super().get_ordering(request, queryset, view), TIE_BREAKER):
            if term.lstrip("-") not in names:
                names.add(term.lstrip("-"))
                ordering.append(term)
        return tuple(ordering)

    def get_next_link(self):
        if not self.has_next:
            return None
        if not self.page:  # every row before the cursor is gone: start over
            return remove_query_param(self.base_url, self.cursor_query_param)
        return self.encode_cursor(Cursor(0, False, self._position(self.page[-1])))

    def get_previous_link(self):
        if not self.has_previous or not self.page:
            return None
        return self.encode_cursor(Cursor(0, True, self._position(self.page[0])))

    def encode_cursor(self, cursor):
        data = json.dumps(
            {"r": int(cursor.reverse), "p": cursor.position}, separators=(",", ":")
        )
        encoded = urlsafe_b64encode(data.encode()).decode().rstrip("=")
        return replace_query_param(self.base_url, self.cursor_query_param, encoded)

    def decode_cursor(self, request, model=None):
        encoded = request.query_params.get(self.cursor_query_param)
        if encoded is None:
            return None
        try:
            data = json.loads(urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
            position = _clean_position(model, self.ordering, data["p"])
            return Cursor(0, bool(data.get("r")), position)
        except (
            binascii.Error,
            DjangoValidationError,
            FieldDoesNotExist,
            KeyError,
            TypeError,
            ValueError,
        ):
            message = {self.cursor_query_param: [self.invalid_cursor_message]}
            raise ValidationError(message) from None

    def get_paginated_response_schema(self, schema):
        result = super().get_paginated_response_schema(schema)
        result["required"] = ["next", "previous", "results"]
        for link in ["next", "previous"]:
            result["properties"][link]["example"] = EXAMPLE_LINK
        return result

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
            if parameter["name"] == self.cursor_query_param:
                parameter["schema"].update(minLength=1, pattern=CURSOR_PATTERN)
        return parameters

    def _position(self, row) -> list:
        return [_plain(getattr(row, term.lstrip("-"))) for term in self.ordering]


def _reversed(ordering) -> tuple:
    return tuple(t[1:] if t.startswith("-") else f"-{t}" for t in ordering)


def _plain(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _clean_position(model, ordering, values) -> list:
    if not isinstance(values, list) or len(values) != len(ordering):
        raise ValueError("position does not match the ordering")
    cleaned = []
    for term, value in zip(ordering, values, strict=True):
        if not isinstance(value, str | int) or "\x00" in str(value):
            raise ValueError("position values are strings or integers")
        field = model._meta.get_field(term.lstrip("-"))
        value = field.to_python(value)
        field.run_validators(value)
        cleaned.append(value)
    return cleaned


def _after(ordering, position) -> Q:
    """Rows strictly after ``position`` in ``ordering`` (a row comparison)."""
    clauses, equal = [], Q()
    for term, value in zip(ordering, position, strict=True):
        name = term.lstrip("-")
        lookup = "lt" if term.startswith("-") else "gt"
        clauses.append(equal & Q(**{f"{name}__{lookup}": value}))
        equal &= Q(**{name: value})
    return functools.reduce(operator.or_, clauses)
