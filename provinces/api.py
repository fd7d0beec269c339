"""Partner API over the provinces of both eras."""

from django.db.models import Prefetch
from drf_spectacular.utils import (
    extend_schema,
    extend_schema_view,
)

from partners.conditional import history_of
from partners.schema import lookup
from partners.viewsets import PartnerViewSet

from . import filters, serializers
from .models import Province


@extend_schema_view(
    list=extend_schema(
        summary="Các tỉnh, thành phố của cả hai thời kỳ",
        description="63 tỉnh, thành phố trước 01/07/2025 (era=before) và 34 từ "
        "01/07/2025 (era=after), mỗi tỉnh cũ ghi tỉnh mà nó sáp nhập vào.",
    ),
    retrieve=extend_schema(
        summary="Một tỉnh, thành phố",
        parameters=[lookup("slug", "Đường dẫn của tỉnh, thành phố, như bac-ninh.")],
    ),
)
class ProvinceViewSet(PartnerViewSet):
    queryset = Province.objects.select_related("successor").prefetch_related(
        Prefetch("predecessors", queryset=Province.objects.order_by("sort_key", "id"))
    )
    serializer_class = serializers.ProvinceSerializer
    filterset_class = filters.ProvinceFilter
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    ordering_fields = ["era", "code", "name"]
    ordering_keys = {"name": "sort_key"}  # Vietnamese order: Cà Mau, Cao Bằng
    ordering = ["era", "name"]

    def data_sources(self):
        return history_of(Province)
