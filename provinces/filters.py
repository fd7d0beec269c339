"""Filters of the partner API over provinces, and the province scope of lists."""

from django.db.models import Q
from django_filters import rest_framework as filters

from partners.filters import (
    FoldedSearchFilter,
    UpdatedSinceFilterSet,
    history_changed_since,
)

from .models import Era, Province, ProvinceType, Region
from .reference import reference_slugs


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


class ProvinceSlugFilter(filters.ModelChoiceFilter):
    """A province named by its slug; the schema lists every slug."""

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Province.objects.all(), to_field_name="slug", **kwargs
        )

    def schema_constraints(self) -> dict:
        return {"enum": reference_slugs()}


class ProvinceScopeFilterSet(UpdatedSinceFilterSet):
    """``province`` and how far it reaches across the 1 July 2025 merger."""

    province = ProvinceSlugFilter(
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
        return queryset.in_provinces(provinces)
