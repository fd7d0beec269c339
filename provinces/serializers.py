"""What partners read about provinces and postal units.

Every serializer lists its fields: a new column must not leak into the
partner contract. Review state, matching keys and editors' notes stay out.
"""

from rest_framework import serializers

from partners.serializers import AnswerSerializer, SiteUrlField

from .models import PostalUnit, Province


class ProvinceBriefSerializer(AnswerSerializer):
    class Meta:
        model = Province
        fields = ["slug", "name", "era"]


class ProvinceSerializer(AnswerSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:province-detail", lookup_field="slug"
    )
    site_url = SiteUrlField()
    aliases = serializers.ListField(
        child=serializers.CharField(), read_only=True, help_text="Tên gọi khác."
    )
    successor = ProvinceBriefSerializer(
        read_only=True,
        allow_null=True,
        help_text="Tỉnh, thành phố mà tỉnh cũ sáp nhập vào ngày 01/07/2025.",
    )
    predecessors = ProvinceBriefSerializer(
        many=True,
        read_only=True,
        help_text="Các tỉnh cũ sáp nhập vào tỉnh, thành phố này ngày 01/07/2025.",
    )

    class Meta:
        model = Province
        fields = [
            "id",
            "slug",
            "code",
            "name",
            "full_name",
            "type",
            "era",
            "region",
            "phone_code",
            "aliases",
            "valid_from",
            "valid_to",
            "successor",
            "predecessors",
            "url",
            "site_url",
        ]


class PostalUnitBriefSerializer(AnswerSerializer):
    class Meta:
        model = PostalUnit
        fields = ["id", "name", "level"]
