"""Filter pieces every partner endpoint shares: a stable ordering, an
accent-insensitive search, and ``updated_since`` for incremental sync."""

import datetime

from django import forms
from django.db.models import Q
from django_filters import rest_framework as filters
from rest_framework.filters import OrderingFilter

from common.text import fold

from .parameters import MESSAGES, parse_date_time

TIE_BREAKER = "id"


class StableOrderingFilter(OrderingFilter):
    """``?ordering=-year,metric``, always completed with ``id`` so that rows
    never swap places between two requests. A view's ``ordering_keys`` maps
    a field partners name to the column it sorts by (``name`` to
    ``sort_key``: Vietnamese order)."""

    ordering_description = (
        "Thứ tự sắp xếp: các trường cách nhau bởi dấu phẩy, dấu trừ trước tên "
        "để xếp giảm dần; luôn xếp thêm theo id."
    )

    def get_ordering(self, request, queryset, view):
        keys = getattr(view, "ordering_keys", {})
        ordering = [
            _signed(term, keys.get(term.lstrip("-"), term.lstrip("-")))
            for term in super().get_ordering(request, queryset, view) or []
        ]
        names = {term.lstrip("-") for term in ordering}
        return [*ordering, TIE_BREAKER] if TIE_BREAKER not in names else ordering

    def get_schema_operation_parameters(self, view):
        fields = view.ordering_fields
        terms = sorted({*fields, *(f"-{field}" for field in fields)})
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": f"{self.ordering_description} Mặc định: "
                f"{','.join(view.ordering)}.",
                # minItems: "ordering=" would read as no field or as an
                # empty one; both are refused.
                "schema": {
                    "type": "array",
                    "items": {"type": "string", "enum": terms},
                    "minItems": 1,
                },
                "style": "form",
                "explode": False,
            }
        ]


def _signed(term: str, field: str) -> str:
    return f"-{field}" if term.startswith("-") else field


class FoldedSearchFilter(filters.CharFilter):
    """Accent- and case-insensitive: the folded query inside a folded column
    (``search_text``, ``search_key``, ``key``), on SQLite and PostgreSQL alike."""

    def __init__(self, *args, fold=fold, **kwargs):
        self.fold = fold
        kwargs.setdefault("lookup_expr", "contains")
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return super().filter(qs, self.fold(value) if value else value)


class _SinceField(forms.Field):
    """An RFC 3339 date-time, as the schema's ``format: date-time`` says,
    read into UTC (see ``parameters.parse_date_time``)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        since = parse_date_time(value)
        if since is None:
            raise forms.ValidationError(MESSAGES["date-time"])
        return since


class UpdatedSinceFilter(filters.IsoDateTimeFilter):
    """``updated_since``: rows created, changed or made public at or after
    this instant. ``changed_since(since)`` of the FilterSet says which."""

    field_class = _SinceField

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            "Chỉ các mục mới, đã sửa hoặc mới được công bố từ thời điểm này "
            "(ISO 8601, như 2025-07-01T00:00:00+07:00): để đồng bộ dần.",
        )
        super().__init__(method="filter_updated_since", **kwargs)


class UpdatedSinceFilterSet(filters.FilterSet):
    updated_since = UpdatedSinceFilter()

    def filter_updated_since(self, queryset, name, since: datetime.datetime):
        return queryset.filter(self.changed_since(since))

    def changed_since(self, since: datetime.datetime):
        raise NotImplementedError


def history_changed_since(model, since) -> Q:
    """Rows whose history (django-simple-history) has an entry since ``since``."""
    return Q(pk__in=model.history.filter(history_date__gte=since).values("id"))


class IntegerFilter(filters.NumberFilter):
    field_class = forms.IntegerField
