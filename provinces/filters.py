"""Filters of the partner API over provinces, people and the facts."""

from django import forms
from django.db.models import Q
from django_filters import rest_framework as filters

from partners.filters import FoldedSearchFilter, UpdatedSinceFilterSet

from .models import (
    AwardKind,
    Ceremony,
    CeremonyAttendee,
    CeremonyKind,
    Commendation,
    CommendationRecipient,
    Era,
    Metric,
    Organization,
    OrganizationKind,
    Person,
    Province,
    ProvinceType,
    Region,
    YearlyFigure,
    entity_key,
)
from .models.facts import MAX_YEAR, MIN_YEAR, TARGET_METRICS
from .serializers import FIGURE_KINDS


def fact_changed_since(since, prefix: str = "") -> Q:
    """The fact, or its source article, changed or came due since ``since``."""
    return (
        Q(**{f"{prefix}updated_at__gte": since})
        | Q(**{f"{prefix}article__updated_at__gte": since})
        | Q(**{f"{prefix}article__published_at__gte": since})
    )


def history_changed_since(model, since) -> Q:
    """Rows whose history (django-simple-history) has an entry since ``since``."""
    return Q(pk__in=model.history.filter(history_date__gte=since).values("id"))


class IntegerFilter(filters.NumberFilter):
    field_class = forms.IntegerField


def year_filter(lookup_expr: str, help_text: str) -> IntegerFilter:
    return IntegerFilter(
        field_name="year",
        lookup_expr=lookup_expr,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        help_text=help_text,
    )


class ProvinceFilter(UpdatedSinceFilterSet):
    era = filters.ChoiceFilter(
        choices=Era.choices,
        help_text="before: 63 tỉnh, thành phố trước 01/07/2025; "
        "after: 34 tỉnh, thành phố từ 01/07/2025.",
    )
    type = filters.ChoiceFilter(choices=ProvinceType.choices, help_text="Loại.")
    region = filters.ChoiceFilter(choices=Region.choices, help_text="Vùng.")
    q = FoldedSearchFilter(
        field_name="search_key",
        help_text="Tìm trong tên, tên đầy đủ và tên khác, không phân biệt dấu "
        "và hoa thường (bac giang = Bắc Giang).",
    )

    class Meta:
        model = Province
        fields = ["era", "type", "region", "q", "updated_since"]

    def changed_since(self, since):
        return history_changed_since(Province, since)


class ProvinceScopeFilterSet(UpdatedSinceFilterSet):
    """``province`` and how far it reaches across the 1 July 2025 merger."""

    province = filters.ModelChoiceFilter(
        queryset=Province.objects.all(),
        to_field_name="slug",
        method="filter_province",
        help_text="Đường dẫn (slug) của tỉnh, thành phố, thời kỳ nào cũng được.",
    )
    include_predecessors = filters.BooleanFilter(
        method="filter_flag",
        help_text="Cùng với province: gộp cả các tỉnh cũ đã sáp nhập vào tỉnh "
        "này (province=bac-ninh&include_predecessors=true gồm Bắc Ninh hiện "
        "nay, Bắc Giang và Bắc Ninh trước 2025); mỗi mục vẫn ghi tỉnh của nó.",
    )
    fold_into_successor = filters.BooleanFilter(
        method="filter_flag",
        help_text="Cùng với province là một tỉnh cũ: thay nó bằng tỉnh, thành "
        "phố hiện nay mà nó sáp nhập vào (province=bac-giang&fold_into_successor"
        "=true là Bắc Ninh hiện nay; thêm include_predecessors=true để có cả các "
        "tỉnh cũ của Bắc Ninh). Không có tác dụng với tỉnh hiện nay.",
    )

    def filter_flag(self, queryset, name, value):
        return queryset  # read by filter_province

    def filter_province(self, queryset, name, province):
        options = self.form.cleaned_data
        target = province.pk
        if options.get("fold_into_successor") and province.successor_id:
            target = province.successor_id
        scope = Q(pk=target)
        if options.get("include_predecessors"):
            scope |= Q(successor_id=target)
        return self.in_provinces(queryset, Province.objects.filter(scope))

    def in_provinces(self, queryset, provinces):
        return queryset.filter(province__in=provinces)

    def changed_since(self, since):
        return fact_changed_since(since)


class FigureFilter(ProvinceScopeFilterSet):
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


class CeremonyFilter(ProvinceScopeFilterSet):
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


class CommendationFilter(ProvinceScopeFilterSet):
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
