"""HQ's dashboard in the admin (staff only): what is there, what waits, what
disagrees, and how far the importer can be trusted.

- ``coverage``: province × year for one indicator, each cell accepted,
  proposed or missing (rejected figures count as missing);
- ``review_queue``: articles with proposed facts, oldest first;
- ``conflicts``: accepted figures another accepted figure contradicts;
- ``trust``: per fact kind and field, the share of reviewed facts accepted
  unchanged, corrected, or rejected, from django-simple-history: a fact's
  creation record (what the importer read) against its values now.

A constant number of queries whatever the number of provinces, years, facts.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from common.formatting import vi_sort_key
from facts.models import (
    Ceremony,
    Commendation,
    Metric,
    ReviewState,
    YearlyFigure,
)
from provinces.models import Era, Province, Region

YEARS_SHOWN = 12
RECENT_DAYS = 30
TRACKED_FIELDS = {
    YearlyFigure: (
        "province_id",
        "year",
        "metric",
        "label",
        "value",
        "unit",
        "qualifier",
        "subject",
    ),
    Ceremony: ("province_id", "title", "kind", "year", "month", "day", "host_unit_id"),
    Commendation: (
        "province_id",
        "kind",
        "award_name",
        "issuer_id",
        "year",
        "year_end",
        "collective_count",
        "individual_count",
        "total_count",
    ),
}


# Coverage ----------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    year: int
    state: str  # "accepted", "proposed" or "missing"
    url: str


@dataclass(frozen=True)
class CoverageRow:
    province: Province
    cells: list[Cell]


def coverage(*, era: str, region: str, metric: str) -> tuple[list[int], list]:
    """The years shown (newest last) and a row per province of ``era`` (and
    ``region`` when given)."""
    provinces = Province.objects.filter(era=era)
    if region:
        provinces = provinces.filter(region=region)
    provinces = sorted(provinces, key=lambda p: vi_sort_key(p.name))
    states = (
        YearlyFigure.objects.filter(
            metric=metric, label="", subject="", province__in=provinces
        )
        .values_list("province_id", "year", "state")
        .annotate(n=Count("pk"))
    )
    found = defaultdict(set)
    for province_id, year, state, _ in states:
        found[(province_id, year)].add(state)
    years = sorted({year for _, year in found})[-YEARS_SHOWN:]
    figures = reverse("admin:facts_yearlyfigure_changelist")
    articles = reverse("admin:articles_article_changelist")
    rows = []
    for province in provinces:
        cells = []
        for year in years:
            seen = found.get((province.pk, year), set())
            if ReviewState.ACCEPTED in seen:
                state = "accepted"
            elif ReviewState.PROPOSED in seen:
                state = "proposed"
            else:
                state = "missing"
            if state == "missing":
                url = f"{articles}?province__id__exact={province.pk}&q={year}"
            else:
                url = (
                    f"{figures}?province__id__exact={province.pk}&year={year}"
                    f"&metric__exact={metric}"
                )
            cells.append(Cell(year, state, url))
        rows.append(CoverageRow(province, cells))
    return years, rows


# Review queue and conflicts ------------------------------------------------------


def review_queue(limit: int = 30):
    """Articles with proposed facts, the oldest waiting first."""
    waiting = Q()
    for model in (YearlyFigure, Ceremony, Commendation):
        waiting |= Q(Exists(model.objects.proposed().filter(article=OuterRef("pk"))))
    return (
        Article.objects.filter(waiting)
        .select_related("province")
        .annotate(
            proposed=Count("figures", filter=Q(figures__state=ReviewState.PROPOSED))
        )
        .order_by("created_at", "pk")[:limit]
    )


def conflicts(limit: int = 50):
    """Accepted figures another accepted figure of the same slot contradicts."""
    return (
        YearlyFigure.objects.accepted()
        .with_conflicts()
        .filter(conflicting=True)
        .select_related("province", "article")
        .order_by("province__name", "year", "metric", "value")[:limit]
    )


# Importer trust ------------------------------------------------------------------


@dataclass
class Shares:
    reviewed: int = 0
    unchanged: int = 0
    corrected: int = 0
    rejected: int = 0
    fields: Counter = field(default_factory=Counter)

    def percent(self, count: int) -> float | None:
        return round(100 * count / self.reviewed, 1) if self.reviewed else None

    @property
    def unchanged_percent(self):
        return self.percent(self.unchanged)

    @property
    def corrected_percent(self):
        return self.percent(self.corrected)

    @property
    def rejected_percent(self):
        return self.percent(self.rejected)

    def field_rows(self) -> list[tuple[str, int, float | None]]:
        return [(name, n, self.percent(n)) for name, n in self.fields.most_common()]


@dataclass(frozen=True)
class Trust:
    kind: str
    recent: Shares
    overall: Shares

    @property
    def rows(self):
        return [
            (f"{RECENT_DAYS} ngày qua", self.recent),
            ("Từ trước đến nay", self.overall),
        ]


def trust(now: datetime.datetime | None = None) -> list[Trust]:
    """Per kind of fact: shares over the last 30 days (by the time of the
    review) and overall. Two queries per kind."""
    since = (now or timezone.now()) - datetime.timedelta(days=RECENT_DAYS)
    result = []
    for model, names in TRACKED_FIELDS.items():
        created = {}
        first_records = (
            model.history.filter(history_type="+")
            .order_by("history_date")
            .values_list("id", *names)
        )
        for pk, *values in first_records:
            created.setdefault(pk, values)
        recent, overall = Shares(), Shares()
        reviewed = model.objects.exclude(state=ReviewState.PROPOSED).values_list(
            "pk", "state", "updated_at", *names
        )
        for pk, state, updated_at, *values in reviewed:
            if pk not in created:
                continue  # made before history was kept: nothing to compare
            changed = [
                _field_label(model, name)
                for name, old, new in zip(names, created[pk], values, strict=True)
                if old != new
            ]
            for shares in (overall, recent) if updated_at >= since else (overall,):
                _count(shares, state, changed)
        result.append(Trust(model._meta.verbose_name_plural, recent, overall))
    return result


def _count(shares: Shares, state: str, changed: list[str]) -> None:
    shares.reviewed += 1
    if state == ReviewState.REJECTED:
        shares.rejected += 1
    elif changed:
        shares.corrected += 1
        shares.fields.update(changed)
    else:
        shares.unchanged += 1


def _field_label(model, name: str) -> str:
    return str(model._meta.get_field(name.removesuffix("_id")).verbose_name)


# Filters -----------------------------------------------------------------------

ERAS = [(Era.BEFORE, "Trước 01/07/2025 (63)"), (Era.AFTER, "Từ 01/07/2025 (34)")]
METRICS = [(m.value, m.label) for m in Metric if m != Metric.OTHER]
REGIONS = list(Region.choices)
