"""Filters of the partner API over published articles."""

from django.db.models import Q
from django_filters import rest_framework as filters

from partners.filters import FoldedSearchFilter
from provinces.filters import ProvinceScopeFilterSet

from .models import Article


class ArticleFilter(ProvinceScopeFilterSet):
    published_from = filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__gte",
        help_text="Xuất bản từ ngày (kể cả ngày này, giờ Việt Nam).",
    )
    published_to = filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__lte",
        help_text="Xuất bản đến ngày (kể cả ngày này, giờ Việt Nam).",
    )
    q = FoldedSearchFilter(
        field_name="search_text",
        help_text="Tìm trong tiêu đề, sapo và nội dung, không phân biệt dấu và "
        "hoa thường (buu dien = Bưu điện).",
    )

    class Meta:
        model = Article
        fields = [
            "province",
            "include_predecessors",
            "fold_into_successor",
            "published_from",
            "published_to",
            "q",
            "updated_since",
        ]

    def in_provinces(self, queryset, provinces):
        return queryset.in_provinces(provinces)

    def changed_since(self, since):
        return Q(updated_at__gte=since) | Q(published_at__gte=since)
