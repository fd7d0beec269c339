"""Filters of the partner API over the facts, people and organisations."""

from django.db.models import Q
from django_filters import rest_framework as filters

from partners.filters import (
    FoldedSearchFilter,
    IntegerFilter,
    UpdatedSinceFilterSet,
    history_changed_since,
)
from provinces.filters import ProvinceScopeFilterSet

from .models import (
    MAX_YEAR,
    MIN_YEAR,
    TARGET_METRICS,
    AwardKind,
    Ceremony,
    CeremonyAttendee,
    CeremonyKind,
    Commendation,
    CommendationRecipient,
    Metric,
    Organization,
    OrganizationKind,
    Person,
    YearlyFigure,
    entity_key,
)
from .serializers import FIGURE_KINDS


def fact_changed_since(since, prefix: str = "") -> Q:
    """The fact, or its source article, changed or came due since ``since``."""
    return (
        Q(**{f"{prefix}updated_at__gte": since})
        | Q(**{f"{prefix}article__updated_at__gte": since})
        | Q(**{f"{prefix}article__published_at__gte": since})
    )


def year_filter(lookup_expr: str, help_text: str) -> IntegerFilter:
    return IntegerFilter(
        field_name="year",
        lookup_expr=lookup_expr,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        help_text=help_text,
    )


class FactFilterSet(ProvinceScopeFilterSet):
    def changed_since(self, since):
        return fact_changed_since(since)


class FigureFilter(FactFilterSet):
    year = year_filter("exact", "Năm.")
    year_from = year_filter("gte", "Từ năm (kể cả năm này).")
    year_to = year_filter("lte", "Đến năm (kể cả năm này).")
    metric = filters.MultipleChoiceFilter(
        choices=Metric.choices, help_text="Chỉ tiêu; lặp lại để chọn nhiều."
    )
    kind = filters.ChoiceFilter(
        choices=FIGURE_KINDS,
        method="filter_kind",
        help_text="target: con số kế hoạch; result: con số đạt được.",
    )

    class Meta:
        model = YearlyFigure
        fields = [
            "province",
            "include_predecessors",
            "fold_into_successor",
            "year",
            "year_from",
            "year_to",
            "metric",
            "kind",
            "updated_since",
        ]

    def filter_kind(self, queryset, name, value):
        targets = Q(metric__in=TARGET_METRICS)
        return queryset.filter(targets if value == "target" else ~targets)


class CeremonyFilter(FactFilterSet):
    kind = filters.MultipleChoiceFilter(
        choices=CeremonyKind.choices, help_text="Loại sự kiện; lặp lại để chọn nhiều."
    )
    year = year_filter("exact", "Năm diễn ra.")
    year_from = year_filter("gte", "Từ năm (kể cả năm này).")
    year_to = year_filter("lte", "Đến năm (kể cả năm này).")

    class Meta:
        model = Ceremony
        fields = [
            "province",
            "include_predecessors",
            "fold_into_successor",
            "kind",
            "year",
            "year_from",
            "year_to",
            "updated_since",
        ]


class CommendationFilter(FactFilterSet):
    kind = filters.MultipleChoiceFilter(
        choices=AwardKind.choices,
        help_text="Loại khen thưởng; lặp lại để chọn nhiều.",
    )
    issuer = IntegerFilter(
        field_name="issuer_id",
        min_value=1,
        max_value=2**63 - 1,
        help_text="id của cơ quan tặng (xem organizations/).",
    )
    year = year_filter("exact", "Năm thành tích.")
    year_from = year_filter("gte", "Năm thành tích từ (kể cả năm này).")
    year_to = year_filter("lte", "Năm thành tích đến (kể cả năm này).")

    class Meta:
        model = Commendation
        fields = [
            "province",
            "include_predecessors",
            "fold_into_successor",
            "kind",
            "issuer",
            "year",
            "year_from",
            "year_to",
            "updated_since",
        ]


def name_search() -> FoldedSearchFilter:
    return FoldedSearchFilter(
        field_name="key",
        fold=entity_key,
        help_text="Tìm trong tên, không phân biệt dấu và hoa thường.",
    )


class PersonFilter(UpdatedSinceFilterSet):
    q = name_search()

    class Meta:
        model = Person
        fields = ["q", "updated_since"]

    def changed_since(self, since):
        attended = CeremonyAttendee.objects.filter(
            fact_changed_since(since, "ceremony__")
        )
        received = CommendationRecipient.objects.filter(
            fact_changed_since(since, "commendation__")
        )
        return (
            history_changed_since(Person, since)
            | Q(pk__in=attended.values("person_id"))
            | Q(pk__in=received.values("person_id"))
        )


class OrganizationFilter(UpdatedSinceFilterSet):
    q = name_search()
    kind = filters.MultipleChoiceFilter(
        choices=OrganizationKind.choices, help_text="Loại; lặp lại để chọn nhiều."
    )

    class Meta:
        model = Organization
        fields = ["q", "kind", "updated_since"]

    def changed_since(self, since):
        attended = CeremonyAttendee.objects.filter(
            fact_changed_since(since, "ceremony__")
        )
        issued = Commendation.objects.filter(fact_changed_since(since))
        return (
            history_changed_since(Organization, since)
            | Q(pk__in=attended.values("organization_id"))
            | Q(pk__in=issued.values("issuer_id"))
        )
