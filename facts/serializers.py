"""What partners read about the accepted facts, people and organisations.

Every serializer lists its fields: a new column must not leak into the
partner contract. Review state, matching keys and editors' notes stay out.
"""

from decimal import Decimal

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import Article
from partners.serializers import AnswerSerializer, SiteUrlField
from provinces.serializers import PostalUnitBriefSerializer, ProvinceBriefSerializer

from .models import (
    MONEY_UNITS,
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    FigureUnit,
    Organization,
    Person,
    YearlyFigure,
)

FIGURE_KINDS = [("target", "Kế hoạch, chỉ tiêu"), ("result", "Kết quả đạt được")]


@extend_schema_field(OpenApiTypes.NUMBER)
class FigureValueField(serializers.Field):
    """A JSON number: money (whole đồng) and counts as integers, percentages
    and ratios as decimals (28.5), never a string."""

    WHOLE_UNITS = {*MONEY_UNITS, FigureUnit.COUNT}

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            "Giá trị, là một số: tiền (đồng) và số lượng là số nguyên "
            "(287000000000); phần trăm và số lần là số thập phân (28.5).",
        )
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, figure) -> int | float:
        value = Decimal(figure.value)
        if figure.unit in self.WHOLE_UNITS and value == value.to_integral_value():
            return int(value)
        return float(value)


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
    value = FigureValueField()

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
