"""What the public pages compute from the accepted facts of published articles.

Plain functions over model instances, no queries of their own (those are in
``pages``).

Several accepted figures may give the same number (two articles repeating a
result) or disagree. Pages show one figure per province, year and metric:
the one from the most recently published article (then the newest figure),
and list the others that say otherwise, so a disagreement is never hidden.

Provinces of the two eras are never summed silently: a current province's page
lists its own figures and each predecessor's separately, each labelled
("Bắc Giang (trước 01/07/2025)"); national totals and comparisons are in
``compare``.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from common.formatting import achievement, vi_sort_key, vn_date
from facts.models import AwardKind, Commendation, Metric, YearlyFigure
from provinces.models import REORGANISATION_DATE, Era, Province, ProvinceType, Region

HEADLINE_METRICS = (
    Metric.REVENUE,
    Metric.REVENUE_TARGET,
    Metric.PLAN_COMPLETION_PERCENT,
    Metric.GROWTH_PERCENT,
    Metric.BUDGET_CONTRIBUTION,
    Metric.AVG_INCOME_MONTHLY,
    Metric.AVG_INCOME_TARGET,
)
RESULT_METRICS = set(HEADLINE_METRICS) - {
    Metric.REVENUE_TARGET,
    Metric.AVG_INCOME_TARGET,
}
ERA_DATE = vn_date(REORGANISATION_DATE)


# Provinces -----------------------------------------------------------------


def era_label(province: Province, *, beside_predecessors: bool = False) -> str:
    """``Bắc Giang (trước 01/07/2025)``; a current province beside its
    predecessors says ``(từ 01/07/2025)``, alone just its name."""
    if province.era == Era.BEFORE:
        return f"{province.name} (trước {ERA_DATE})"
    if beside_predecessors:
        return f"{province.name} (từ {ERA_DATE})"
    return province.name


def place_name(province: Province) -> str:
    """``tỉnh Bắc Giang``, ``thành phố Hà Nội``: as written mid-sentence."""
    kind = "tỉnh" if province.type == ProvinceType.PROVINCE else "thành phố"
    return f"{kind} {province.name}"


def post_office_name(province: Province) -> str:
    """``Bưu điện tỉnh Bắc Giang``, ``Bưu điện thành phố Hà Nội``."""
    return f"Bưu điện {place_name(province)}"


def page_units(province: Province) -> list[Province]:
    """The province, then its predecessors (prefetched) for a current one."""
    if not province.is_current:
        return [province]
    predecessors = sorted(province.predecessors.all(), key=_by_name)
    return [province, *predecessors]


def _by_name(province: Province) -> tuple:
    return vi_sort_key(province.name)


@dataclass(frozen=True)
class RegionEntry:
    province: Province
    predecessors: list[Province]


@dataclass(frozen=True)
class RegionGroup:
    region: str
    label: str
    entries: list[RegionEntry]


def by_region(provinces: Iterable[Province]) -> list[RegionGroup]:
    """Current provinces (predecessors prefetched) grouped north to south,
    each group and each list of predecessors in Vietnamese name order."""
    groups = defaultdict(list)
    for province in provinces:
        groups[province.region].append(RegionEntry(province, page_units(province)[1:]))
    return [
        RegionGroup(
            region,
            label,
            sorted(groups[region], key=lambda e: _by_name(e.province)),
        )
        for region, label in Region.choices
        if groups[region]
    ]


# Choosing one figure among several ------------------------------------------


@dataclass(frozen=True)
class Chosen:
    """The figure shown, and accepted figures that give another value."""

    figure: YearlyFigure
    others: tuple[YearlyFigure, ...] = ()

    @property
    def value(self) -> Decimal:
        return self.figure.value


def _newest_first(figure: YearlyFigure):
    return (figure.article.published_at, figure.pk)


def choose(figures: Iterable[YearlyFigure]) -> dict[tuple, Chosen]:
    """One figure per (province id, year, metric, label, subject)."""
    slots = defaultdict(list)
    for figure in figures:
        key = (
            figure.province_id,
            figure.year,
            figure.metric,
            figure.label,
            figure.subject,
        )
        slots[key].append(figure)
    chosen = {}
    for key, candidates in slots.items():
        candidates.sort(key=_newest_first, reverse=True)
        first = candidates[0]
        others = {}
        for other in candidates[1:]:
            # Two values in the same article under one vague label are two
            # different things (a service and its branch), not a disagreement.
            if other.article_id == first.article_id:
                continue
            if other.value != first.value and other.value not in others:
                others[other.value] = other
        chosen[key] = Chosen(first, tuple(others.values()))
    return chosen


def headline(chosen: dict, province_id: int, year: int, metric: str) -> Chosen | None:
    return chosen.get((province_id, year, metric, "", ""))


# Key figures -----------------------------------------------------------------


@dataclass(frozen=True)
class KeyFigures:
    year: int
    revenue: Chosen | None
    target: Chosen | None
    completion: Chosen | None
    growth: Chosen | None
    budget: Chosen | None
    income: Chosen | None
    income_target: Chosen | None
    next_target: Chosen | None = None

    @property
    def achievement(self) -> Decimal | None:
        """Revenue against target, computed when both are known."""
        if self.revenue and self.target:
            return achievement(self.revenue.value, self.target.value)
        return None

    @property
    def meter_percent(self) -> Decimal | None:
        value = self.achievement
        if value is None and self.completion:
            value = self.completion.value
        return None if value is None else min(value, Decimal(100))


def key_figures(chosen: dict, province_id: int) -> KeyFigures | None:
    """The headline figures of the latest year the province reported results.

    With no result at all, the latest year with a target. A target for a later
    year than the results (next year's plan) is given as ``next_target``.
    """
    own = [k for k in chosen if k[0] == province_id and not k[3] and not k[4]]
    result_years = {k[1] for k in own if k[2] in RESULT_METRICS}
    years = result_years or {k[1] for k in own}
    if not years:
        return None
    year = max(years)

    def pick(metric, y=year):
        return headline(chosen, province_id, y, metric)

    later_targets = sorted(
        k[1] for k in own if k[2] == Metric.REVENUE_TARGET and k[1] > year
    )
    return KeyFigures(
        year=year,
        revenue=pick(Metric.REVENUE),
        target=pick(Metric.REVENUE_TARGET),
        completion=pick(Metric.PLAN_COMPLETION_PERCENT),
        growth=pick(Metric.GROWTH_PERCENT),
        budget=pick(Metric.BUDGET_CONTRIBUTION),
        income=pick(Metric.AVG_INCOME_MONTHLY),
        income_target=pick(Metric.AVG_INCOME_TARGET),
        next_target=pick(Metric.REVENUE_TARGET, later_targets[-1])
        if later_targets
        else None,
    )


# Revenue over the years ------------------------------------------------------


@dataclass(frozen=True)
class RevenueRow:
    year: int
    province: Province
    label: str
    result: Chosen | None
    target: Chosen | None

    @property
    def achievement(self) -> Decimal | None:
        if self.result and self.target:
            return achievement(self.result.value, self.target.value)
        return None


def revenue_rows(chosen: dict, units: list[Province]) -> list[RevenueRow]:
    """Revenue and target per year and province, newest year first."""
    beside = len(units) > 1
    rows = []
    for order, unit in enumerate(units):
        years = {
            k[1]
            for k in chosen
            if k[0] == unit.pk
            and k[2] in (Metric.REVENUE, Metric.REVENUE_TARGET)
            and not k[3]
            and not k[4]
        }
        label = era_label(unit, beside_predecessors=beside)
        for year in years:
            rows.append(
                (
                    -year,
                    order,
                    RevenueRow(
                        year,
                        unit,
                        label,
                        headline(chosen, unit.pk, year, Metric.REVENUE),
                        headline(chosen, unit.pk, year, Metric.REVENUE_TARGET),
                    ),
                )
            )
    return [row for *_, row in sorted(rows, key=lambda r: r[:2])]


@dataclass(frozen=True)
class OtherFigure:
    label: str
    chosen: Chosen


def other_figures(chosen: dict, units: list[Province]) -> list[OtherFigure]:
    """Every figure but revenue and its target, newest year first."""
    beside = len(units) > 1
    labels = {unit.pk: era_label(unit, beside_predecessors=beside) for unit in units}
    order = {unit.pk: i for i, unit in enumerate(units)}
    metric_order = {m: i for i, m in enumerate(Metric.values)}
    keys = [
        k
        for k in chosen
        if k[0] in labels
        and (k[2] not in (Metric.REVENUE, Metric.REVENUE_TARGET) or k[3] or k[4])
    ]
    keys.sort(
        key=lambda k: (-k[1], order[k[0]], metric_order.get(k[2], 99), k[3], k[4])
    )
    return [OtherFigure(labels[k[0]], chosen[k]) for k in keys]


# Ceremonies and commendations ------------------------------------------------


@dataclass(frozen=True)
class AwardGroup:
    kind: str
    label: str
    commendations: list[Commendation] = field(default_factory=list)


def by_award(commendations: Iterable[Commendation]) -> list[AwardGroup]:
    """Commendations grouped by kind of award, in the order of ``AwardKind``."""
    groups = defaultdict(list)
    for commendation in commendations:
        groups[commendation.kind].append(commendation)
    return [
        AwardGroup(kind, label, groups[kind])
        for kind, label in AwardKind.choices
        if groups[kind]
    ]
