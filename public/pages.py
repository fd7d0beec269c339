"""What each public page shows: the querysets of public content, the charts,
and the province page assembled from them (computations are in ``summaries``).

Public means published articles (``Article.objects.published()``) and the
accepted facts read from them (``ReviewedQuerySet.public()``).
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Prefetch
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from common.formatting import figure_value
from facts.models import (
    AwardKind,
    Ceremony,
    CeremonyAttendee,
    CeremonyKind,
    Commendation,
    CommendationRecipient,
    HeadlineFigure,
    Metric,
    YearlyFigure,
)
from provinces.models import Province

from . import charts, compare, exports, glossary
from .summaries import (
    ERA_DATE,
    KeyFigures,
    OtherFigure,
    RevenueRow,
    choose,
    era_label,
    key_figures,
    other_figures,
    page_units,
    place_name,
    post_office_name,
    revenue_rows,
)

# Querysets ---------------------------------------------------------------------


def public_figures(units):
    return (
        YearlyFigure.objects.public()
        .in_provinces(units)
        .select_related("article", "province")
    )


def public_ceremonies(units):
    attendees = CeremonyAttendee.objects.select_related("person", "organization")
    # Newest first; an unknown month or day after the known ones on every
    # database (PostgreSQL would put NULL first in a descending order).
    newest = [F(f).desc(nulls_last=True) for f in ("year", "month", "day")]
    return (
        Ceremony.objects.public()
        .in_provinces(units)
        .select_related("article", "province", "host_unit")
        .prefetch_related(Prefetch("attendees", queryset=attendees))
        .order_by(*newest, "title")
    )


def public_commendations(units):
    recipients = CommendationRecipient.objects.select_related("unit", "person")
    newest = [F("year").desc(nulls_last=True), "-article_published_at", "-pk"]
    return (
        Commendation.objects.public()
        .in_provinces(units)
        .select_related("article", "province", "issuer")
        .prefetch_related(Prefetch("recipients", queryset=recipients))
        .order_by(*newest)
    )


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    count: int


def counts_by_kind(queryset, choices) -> list[KindCount]:
    """How many rows of ``queryset`` per kind, in the order of ``choices``;
    one query (a GROUP BY over the province's index), whatever the rows."""
    counts = dict(
        queryset.order_by()
        .values_list("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    return [
        KindCount(kind, label, counts[kind])
        for kind, label in choices
        if counts.get(kind)
    ]


def latest_commendations(count: int = 6):
    return (
        Commendation.objects.public()
        .select_related("article", "province", "issuer")
        .order_by("-article_published_at", "-pk")[:count]
    )


def province_articles(units):
    return Article.objects.published().in_provinces(units).select_related("province")


def national_revenue_rows(now=None):
    """The rows ``compare.national_totals`` takes, in one query of the
    summary table (one row per province and year, whatever the articles)."""
    return HeadlineFigure.objects.filter(
        metric=Metric.REVENUE, published_at__lte=now or timezone.now()
    ).values_list(
        "province_id",
        "year",
        "value",
        "published_at",
        "figure_id",
    )


def comparable_years(metric: str) -> list[int]:
    """Years with a public headline figure of ``metric``, newest first."""
    return list(
        YearlyFigure.objects.public()
        .filter(metric=metric, label="", subject="")
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def compare_entries(year: int, metric: str, era: str) -> list[compare.Entry]:
    """Every province of ``era`` with its figure of ``year`` and ``metric``."""
    provinces = Province.objects.filter(era=era).prefetch_related("predecessors")
    figures = (
        YearlyFigure.objects.public()
        .filter(metric=metric, year=year, label="", subject="")
        .select_related("article", "province")
    )
    return compare.entries(provinces, figures, metric)


# Charts --------------------------------------------------------------------------


def revenue_chart(
    rows: list[RevenueRow], units: list[Province]
) -> charts.BarChart | None:
    """A series per province (results, targets), in the order of ``units``."""
    beside = len(units) > 1
    series = {}
    for row in sorted(rows, key=lambda r: r.year):
        results, targets, rq, tq = series.setdefault(row.province.pk, ({}, {}, {}, {}))
        if row.result:
            results[row.year] = row.result.value
            rq[row.year] = row.result.figure.qualifier
        if row.target:
            targets[row.year] = row.target.value
            tq[row.year] = row.target.figure.qualifier
    return charts.bar_chart(
        [
            charts.Series(era_label(unit, beside_predecessors=beside), *series[unit.pk])
            for unit in units
            if unit.pk in series
        ],
        title="Doanh thu và kế hoạch doanh thu theo năm",
    )


def national_chart(totals: list[compare.YearTotal]) -> charts.BarChart | None:
    return charts.bar_chart(
        [
            charts.Series(
                "Tổng doanh thu các tỉnh có số liệu",
                {t.year: t.total for t in totals},
            )
        ],
        title="Tổng doanh thu của các tỉnh, thành phố có số liệu, theo năm",
    )


def ranking(items: list[compare.Entry]) -> list[charts.RankBar]:
    return charts.ranking_chart(
        [
            (
                e.province.name,
                e.value,
                " ".join(filter(None, [e.qualifier, figure_value(e.value, e.unit)])),
                e.computed,
            )
            for e in items
            if e.value is not None
        ]
    )


# The province page -----------------------------------------------------------


# How many of the latest events and awards the province page shows; the
# rest are on their own paginated lists.
LATEST = 5


@dataclass(frozen=True)
class ProvincePage:
    province: Province
    units: list[Province]
    key_figures: KeyFigures | None
    revenue_rows: list[RevenueRow]
    chart: charts.BarChart | None
    other_figures: list[OtherFigure]
    ceremonies: list[Ceremony]
    ceremony_kinds: list[KindCount]
    commendations: list[Commendation]
    award_kinds: list[KindCount]
    last_updated: datetime.datetime | None = None

    @property
    def predecessors(self) -> list[Province]:
        return self.units[1:]

    @property
    def ceremony_count(self) -> int:
        return sum(k.count for k in self.ceremony_kinds)

    @property
    def commendation_count(self) -> int:
        return sum(k.count for k in self.award_kinds)


def province_page(province: Province) -> ProvincePage:
    """Everything the province page shows but its paginated articles.

    ``province`` comes with its predecessors prefetched.
    """
    units = page_units(province)
    chosen = choose(public_figures(units))
    rows = revenue_rows(chosen, units)
    return ProvincePage(
        last_updated=max((c.figure.updated_at for c in chosen.values()), default=None),
        province=province,
        units=units,
        key_figures=key_figures(chosen, province.pk),
        revenue_rows=rows,
        chart=revenue_chart(rows, units),
        other_figures=other_figures(chosen, units),
        ceremonies=list(public_ceremonies(units)[:LATEST]),
        ceremony_kinds=counts_by_kind(
            Ceremony.objects.public().in_provinces(units), CeremonyKind.choices
        ),
        commendations=list(public_commendations(units)[:LATEST]),
        award_kinds=counts_by_kind(
            Commendation.objects.public().in_provinces(units), AwardKind.choices
        ),
    )


def province_revenue(province: Province) -> list[RevenueRow]:
    """The revenue rows of the province page alone, for the downloads."""
    units = page_units(province)
    return revenue_rows(choose(public_figures(units)), units)


def province_records(
    province: Province, table: exports.Table, absolute: exports.Absolute
) -> list[dict]:
    """The records of one downloadable table of the province page."""
    units = page_units(province)
    if table is exports.REVENUE:
        return exports.revenue_records(province_revenue(province), absolute)
    if table is exports.OTHER:
        items = other_figures(choose(public_figures(units)), units)
        return exports.other_records(items, absolute)
    if table is exports.EVENTS:
        return exports.event_records(public_ceremonies(units), absolute)
    commendations = public_commendations(units).order_by(
        F("year").desc(nulls_last=True), "award_name", "pk"
    )
    return exports.award_records(commendations, absolute)


def dataset_json_ld(page: ProvincePage, absolute: exports.Absolute) -> dict:
    """schema.org ``Dataset`` describing the page's downloads."""
    province = page.province
    years = sorted(
        {row.year for row in page.revenue_rows}
        | {item.chosen.figure.year for item in page.other_figures}
    )
    distribution = []
    for table in exports.TABLES.values():
        for fmt, mime in (("csv", "text/csv"), ("json", "application/json")):
            url = reverse(f"provinces:table_{fmt}", args=[province.slug, table.slug])
            distribution.append(
                {
                    "@type": "DataDownload",
                    "name": f"{table.title} ({fmt.upper()})",
                    "encodingFormat": mime,
                    "contentUrl": absolute(url),
                }
            )
    data = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": f"Số liệu của {post_office_name(province)}"
        + ("" if province.is_current else f" (trước {ERA_DATE})"),
        "description": (
            f"Doanh thu, kế hoạch, các chỉ tiêu khác, sự kiện và khen thưởng "
            f"của {post_office_name(province)}, đọc từ các bài báo đã xuất bản "
            "và được biên tập viên duyệt; mỗi con số dẫn về câu văn gốc."
        ),
        "url": absolute(province.get_absolute_url()),
        "inLanguage": "vi",
        "isAccessibleForFree": True,
        "creator": {"@type": "Organization", "name": "Bưu điện Việt Nam"},
        "spatialCoverage": {"@type": "Place", "name": place_name(province)},
        "variableMeasured": [t.name for t in glossary.TERMS[:9]],
        "distribution": distribution,
    }
    if years:
        data["temporalCoverage"] = f"{years[0]}/{years[-1]}"
    if page.last_updated:
        data["dateModified"] = page.last_updated.date().isoformat()
    return data
