"""Published articles as partners read them: explicit fields only (no status,
author, source file or search columns)."""

from rest_framework import serializers

from partners.serializers import AnswerSerializer, SiteUrlField
from provinces.serializers import ProvinceBriefSerializer

from .models import Article


class ArticleSerializer(AnswerSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:article-detail", lookup_field="slug"
    )
    site_url = SiteUrlField()
    province = ProvinceBriefSerializer(
        read_only=True, allow_null=True, help_text="Tỉnh, thành phố chính."
    )
    provinces = ProvinceBriefSerializer(
        many=True, read_only=True, help_text="Các tỉnh, thành phố liên quan."
    )
    captions = serializers.ListField(
        source="caption_list",
        child=serializers.CharField(),
        read_only=True,
        help_text="Chú thích ảnh, mỗi ảnh một mục.",
    )

    class Meta:
        model = Article
        fields = [
            "id",
            "slug",
            "title",
            "lead",
            "body",
            "captions",
            "province",
            "provinces",
            "event_year",
            "event_month",
            "event_day",
            "plan_year",
            "published_at",
            "updated_at",
            "url",
            "site_url",
        ]
