"""Partner API over published articles."""

from drf_spectacular.utils import extend_schema, extend_schema_view

from partners.conditional import history_of
from partners.schema import lookup
from partners.viewsets import PartnerViewSet
from provinces.models import Province

from .filters import ArticleFilter
from .models import Article
from .serializers import ArticleSerializer


@extend_schema_view(
    list=extend_schema(
        summary="Bài viết đã xuất bản",
        description="Chỉ các bài đã xuất bản và đã đến giờ đăng.",
    ),
    retrieve=extend_schema(
        summary="Một bài viết đã xuất bản",
        parameters=[lookup("slug", "Đường dẫn của bài viết.")],
    ),
)
class ArticleViewSet(PartnerViewSet):
    serializer_class = ArticleSerializer
    filterset_class = ArticleFilter
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    ordering_fields = ["published_at", "updated_at", "title", "id"]
    ordering = ["-published_at", "-id"]

    def data_sources(self):
        return [
            *history_of(Article, Province),
            (Article.objects.all(), "updated_at"),
            (Article.objects.published(), "published_at"),
        ]

    def get_queryset(self):
        return (
            Article.objects.published()
            .select_related("province")
            .prefetch_related("provinces")
        )
