"""What each public page shows: the querysets of public content, the charts,
and the province page assembled from them (computations are in ``summaries``).

Public means published articles (``Article.objects.published()``) and the
accepted facts read from them (``ReviewedQuerySet.public()``).
"""

from dataclasses import dataclass

from django.db.models import Count, F, Prefetch
from django.utils import timezone

from articles.models import Article
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

from . import charts
from .summaries import (
    KeyFigures,
    OtherFigure,
    RevenueRow,
    YearTotal,
    choose,
    era_label,
    key_figures,
    other_figures,
    page_units,
    revenue_rows,
)

# Querysets ---------------------------------------------------------------------


def public_figures(units):
    return YearlyFigure.objects.public().in_provinces(units).select_related("article")


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
    """The rows ``summaries.national_revenue`` takes, in one query of the
    summary table (one row per province and year, whatever the articles)."""
    return HeadlineFigure.objects.filter(
        metric=Metric.REVENUE, published_at__lte=now or timezone.now()
    ).values_list(
        "province_id",
        "province__successor_id",
        "year",
        "value",
        "published_at",
        "figure_id",
    )


# Charts --------------------------------------------------------------------------


def revenue_chart(
    rows: list[RevenueRow], units: list[Province]
) -> charts.BarChart | None:
    """A series per province (results, targets), in the order of ``units``."""
    beside = len(units) > 1
    series = {}
    for row in sorted(rows, key=lambda r: r.year):
        results, targets = series.setdefault(row.province.pk, ({}, {}))
        if row.result:
            results[row.year] = row.result.value
        if row.target:
            targets[row.year] = row.target.value
    return charts.bar_chart(
        [
            charts.Series(era_label(unit, beside_predecessors=beside), *series[unit.pk])
            for unit in units
            if unit.pk in series
        ],
        title="Doanh thu và kế hoạch doanh thu theo năm",
    )


def national_chart(totals: list[YearTotal]) -> charts.BarChart | None:
    return charts.bar_chart(
        [
            charts.Series(
                "Tổng doanh thu các tỉnh có số liệu",
                {t.year: t.total for t in totals},
            )
        ],
        title="Tổng doanh thu của các tỉnh, thành phố có số liệu, theo năm",
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
