"""What partners read about provinces, people and the accepted facts.

Every serializer lists its fields: a new column must not leak into the
partner contract. Review state, matching keys and editors' notes stay out.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import Article

from .models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    Organization,
    Person,
    PostalUnit,
    Province,
    YearlyFigure,
)

FIGURE_KINDS = [("target", "Kế hoạch, chỉ tiêu"), ("result", "Kết quả đạt được")]


@extend_schema_field(OpenApiTypes.URI)
class SiteUrlField(serializers.Field):
    """The absolute address of the object's page on the public site."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "Trang công khai trên trang web.")
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return self.context["request"].build_absolute_uri(value.get_absolute_url())


class AnswerSerializer(serializers.ModelSerializer):
    """Answers only: every field read-only, so the schema marks each present."""

    def get_extra_kwargs(self):
        extra = super().get_extra_kwargs()
        for name in self.Meta.fields:
            extra.setdefault(name, {})["read_only"] = True
        return extra


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


class SourceArticleSerializer(AnswerSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:article-detail", lookup_field="slug"
    )
    site_url = SiteUrlField()

    class Meta:
        model = Article
        fields = ["id", "slug", "title", "published_at", "url", "site_url"]


class PersonBriefSerializer(AnswerSerializer):
    class Meta:
        model = Person
        fields = ["id", "name"]


class OrganizationBriefSerializer(AnswerSerializer):
    class Meta:
        model = Organization
        fields = ["id", "name", "kind"]


class PostalUnitBriefSerializer(AnswerSerializer):
    class Meta:
        model = PostalUnit
        fields = ["id", "name", "level"]


class FactSerializer(AnswerSerializer):
    # What every fact carries: its province, source article and sentence.

    province = ProvinceBriefSerializer(read_only=True)
    article = SourceArticleSerializer(read_only=True, help_text="Bài viết nguồn.")

    class Meta:
        fields = ["province", "article", "source_text", "updated_at"]


class FigureSerializer(FactSerializer):
    """Một con số theo năm đã duyệt, kèm bài viết và câu nguồn."""

    current_province = serializers.SerializerMethodField(
        help_text="Đường dẫn (slug) của tỉnh, thành phố hiện nay tương ứng: "
        "tỉnh đã sáp nhập vào, hoặc chính tỉnh này."
    )
    kind = serializers.ChoiceField(
        choices=FIGURE_KINDS,
        read_only=True,
        help_text="target: con số kế hoạch; result: con số đạt được.",
    )

    class Meta:
        model = YearlyFigure
        fields = [
            "id",
            "current_province",
            "year",
            "metric",
            "label",
            "value",
            "unit",
            "qualifier",
            "subject",
            "kind",
            *FactSerializer.Meta.fields,
        ]

    def get_current_province(self, figure) -> str:
        province = figure.province
        return province.successor.slug if province.successor_id else province.slug


class AttendeeSerializer(AnswerSerializer):
    person = PersonBriefSerializer(read_only=True)
    organization = OrganizationBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = CeremonyAttendee
        fields = ["person", "title", "organization", "order"]


class CeremonySerializer(FactSerializer):
    """Một sự kiện, buổi lễ đã duyệt, kèm người dự, bài viết và câu nguồn."""

    host_unit = PostalUnitBriefSerializer(read_only=True, allow_null=True)
    attendees = AttendeeSerializer(many=True, read_only=True)

    class Meta:
        model = Ceremony
        fields = [
            "id",
            "title",
            "kind",
            "year",
            "month",
            "day",
            "host_unit",
            "attendees",
            *FactSerializer.Meta.fields,
        ]


class RecipientSerializer(AnswerSerializer):
    unit = PostalUnitBriefSerializer(read_only=True, allow_null=True)
    person = PersonBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = CommendationRecipient
        fields = ["name", "unit", "person"]


class CommendationSerializer(FactSerializer):
    """Một khen thưởng đã duyệt, kèm người, đơn vị được khen và nguồn."""

    issuer = OrganizationBriefSerializer(read_only=True, allow_null=True)
    recipients = RecipientSerializer(many=True, read_only=True)

    class Meta:
        model = Commendation
        fields = [
            "id",
            "kind",
            "award_name",
            "issuer",
            "year",
            "year_end",
            "collective_count",
            "individual_count",
            "total_count",
            "recipients",
            *FactSerializer.Meta.fields,
        ]


class PersonSerializer(AnswerSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:person-detail")

    class Meta:
        model = Person
        fields = ["id", "name", "url"]


class OrganizationSerializer(AnswerSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:organization-detail")
    aliases = serializers.ListField(
        child=serializers.CharField(), read_only=True, help_text="Cách viết khác."
    )

    class Meta:
        model = Organization
        fields = ["id", "name", "kind", "aliases", "url"]
