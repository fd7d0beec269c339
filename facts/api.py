"""Partner API over the facts, people and organisations.

Only accepted facts whose source article is published leave the building;
people and organisations only as named in such facts.
"""

import functools
import operator

from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework.renderers import JSONRenderer

from articles.models import Article
from partners.conditional import history_of
from partners.renderers import CSVRenderer
from partners.schema import lookup
from partners.viewsets import PartnerViewSet
from provinces.models import PostalUnit, Province

from . import filters, serializers
from .models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    Organization,
    Person,
    ReviewState,
    YearlyFigure,
)

FACT_RELATIONS = ["province", "article"]


def sources(*models) -> list:
    """Where an answer about ``models`` is read from: their history, and
    which articles are public (facts leave with their article)."""
    return [
        *history_of(*models, Article, Province),
        (Article.objects.all(), "updated_at"),
        (Article.objects.published(), "published_at"),
    ]


FIGURE_CSV_COLUMNS = [
    "id",
    "province.slug",
    "province.name",
    "province.era",
    "current_province",
    "year",
    "metric",
    "label",
    "value",
    "unit",
    "qualifier",
    "subject",
    "kind",
    "article.slug",
    "article.title",
    "article.site_url",
    "source_text",
    "updated_at",
]


@extend_schema_view(
    list=extend_schema(
        summary="Số liệu năm đã duyệt",
        description="Các con số theo năm (doanh thu, nộp ngân sách, thu nhập "
        "bình quân…) đã được duyệt, mỗi con số kèm bài viết và câu nguồn. "
        "`?format=csv` trả về toàn bộ kết quả lọc (không phân trang) dạng CSV "
        "UTF-8 có BOM, mở thẳng bằng Excel; các cột: "
        + ", ".join(FIGURE_CSV_COLUMNS)
        + ".",
        parameters=[
            OpenApiParameter(
                "format",
                str,
                enum=["json", "csv"],
                description="json (mặc định) hoặc csv.",
            )
        ],
    ),
    retrieve=extend_schema(
        summary="Một số liệu năm", parameters=[lookup("id", "id của số liệu.")]
    ),
)
class FigureViewSet(PartnerViewSet):
    serializer_class = serializers.FigureSerializer
    filterset_class = filters.FigureFilter
    ordering_fields = ["year", "metric", "value", "updated_at", "id"]
    ordering = ["-year", "metric", "id"]
    csv_columns = FIGURE_CSV_COLUMNS

    def data_sources(self):
        return sources(YearlyFigure)

    def get_queryset(self):
        return YearlyFigure.objects.public().select_related(
            *FACT_RELATIONS, "province__successor"
        )

    def get_renderers(self):
        if self.action == "list":
            return [JSONRenderer(), CSVRenderer()]
        return super().get_renderers()

    def paginate_queryset(self, queryset):
        if self.request.accepted_renderer.format == CSVRenderer.format:
            return None
        return super().paginate_queryset(queryset)


@extend_schema_view(
    list=extend_schema(
        summary="Sự kiện, buổi lễ đã duyệt",
        description="Hội nghị, lễ kỷ niệm, lễ trao khen thưởng… kèm người dự.",
    ),
    retrieve=extend_schema(
        summary="Một sự kiện, buổi lễ", parameters=[lookup("id", "id của sự kiện.")]
    ),
)
class CeremonyViewSet(PartnerViewSet):
    serializer_class = serializers.CeremonySerializer
    filterset_class = filters.CeremonyFilter
    ordering_fields = ["title", "updated_at", "id"]
    ordering = ["-id"]

    def data_sources(self):
        return sources(Ceremony, CeremonyAttendee, Person, Organization, PostalUnit)

    def get_queryset(self):
        attendees = CeremonyAttendee.objects.select_related("person", "organization")
        return (
            Ceremony.objects.public()
            .select_related(*FACT_RELATIONS, "host_unit")
            .prefetch_related(Prefetch("attendees", queryset=attendees))
        )


@extend_schema_view(
    list=extend_schema(
        summary="Khen thưởng đã duyệt",
        description="Huân chương, cờ thi đua, bằng khen… kèm cơ quan tặng, "
        "số tập thể, cá nhân và người, đơn vị được khen.",
    ),
    retrieve=extend_schema(
        summary="Một khen thưởng", parameters=[lookup("id", "id của khen thưởng.")]
    ),
)
class CommendationViewSet(PartnerViewSet):
    serializer_class = serializers.CommendationSerializer
    filterset_class = filters.CommendationFilter
    ordering_fields = ["award_name", "updated_at", "id"]
    ordering = ["-id"]

    def data_sources(self):
        return sources(
            Commendation, CommendationRecipient, Person, Organization, PostalUnit
        )

    def get_queryset(self):
        recipients = CommendationRecipient.objects.select_related("unit", "person")
        return (
            Commendation.objects.public()
            .select_related(*FACT_RELATIONS, "issuer")
            .prefetch_related(Prefetch("recipients", queryset=recipients))
        )


def named_in_public_facts(model, *relations):
    """Rows of ``model`` that some public fact names. Each relation is (the
    model holding the link, its field pointing at ``model``, its path to the
    fact, the fact model).

    Each test is a join on the link's index and the fact's primary key, not
    a list of every public fact: walking people in name order (an index),
    a page of 50 checks about 50 of them, whatever the archive's size.
    """
    now = timezone.now()
    prefix = {"pk": ""}
    conditions = [
        Exists(
            related.objects.filter(
                **{
                    field: OuterRef("pk"),
                    f"{prefix.get(path, path + '__')}state": ReviewState.ACCEPTED,
                    f"{prefix.get(path, path + '__')}article_published_at__lte": now,
                }
            )
        )
        for related, field, path, fact in relations
    ]
    return model.objects.filter(functools.reduce(operator.or_, conditions))


@extend_schema_view(
    list=extend_schema(
        summary="Cá nhân",
        description="Những người được nêu trong các sự kiện và khen thưởng đã duyệt.",
    ),
    retrieve=extend_schema(
        summary="Một cá nhân", parameters=[lookup("id", "id của cá nhân.")]
    ),
)
class PersonViewSet(PartnerViewSet):
    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilter
    ordering_fields = ["name", "id"]
    ordering = ["name", "id"]

    def data_sources(self):
        return sources(
            Person, Ceremony, CeremonyAttendee, Commendation, CommendationRecipient
        )

    def get_queryset(self):
        return named_in_public_facts(
            Person,
            (CeremonyAttendee, "person", "ceremony", Ceremony),
            (CommendationRecipient, "person", "commendation", Commendation),
        )


@extend_schema_view(
    list=extend_schema(
        summary="Cơ quan, tổ chức",
        description="Các cơ quan tặng khen thưởng hoặc có người dự trong các sự "
        "kiện đã duyệt.",
    ),
    retrieve=extend_schema(
        summary="Một cơ quan, tổ chức",
        parameters=[lookup("id", "id của cơ quan, tổ chức.")],
    ),
)
class OrganizationViewSet(PartnerViewSet):
    serializer_class = serializers.OrganizationSerializer
    filterset_class = filters.OrganizationFilter
    ordering_fields = ["name", "kind", "id"]
    ordering = ["name", "id"]

    def data_sources(self):
        return sources(Organization, Ceremony, CeremonyAttendee, Commendation)

    def get_queryset(self):
        return named_in_public_facts(
            Organization,
            (CeremonyAttendee, "organization", "ceremony", Ceremony),
            (Commendation, "issuer", "pk", Commendation),
        )
