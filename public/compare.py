"""Provinces side by side: one year and one metric across the country, in
either era, and the national totals of the home page.

The rule for a merged province (from 01/07/2025) in a year before the
merger: its own figure if it has one; otherwise the sum of its predecessors'
figures, only when every predecessor has that figure, and then marked as
computed (``Entry.parts``). A sum of some predecessors would be a figure for
part of its territory, so it is never given. Only amounts add up (money):
a percentage or an average of a merged province is never computed.

Plain functions over model instances; the queries are in ``pages``.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from common.formatting import vi_sort_key
from facts.models import Metric, YearlyFigure
from provinces.models import Era, Province

from .summaries import choose

ADDITIVE_METRICS = {Metric.REVENUE, Metric.REVENUE_TARGET, Metric.BUDGET_CONTRIBUTION}
COMPARABLE_METRICS = [
    Metric.REVENUE,
    Metric.REVENUE_TARGET,
    Metric.PLAN_COMPLETION_PERCENT,
    Metric.GROWTH_PERCENT,
    Metric.BUDGET_CONTRIBUTION,
    Metric.AVG_INCOME_MONTHLY,
]
ERA_PARAMS = {"sau": Era.AFTER, "truoc": Era.BEFORE}
SORTS = ("gia-tri", "gia-tri-tang", "ten")


@dataclass(frozen=True)
class Entry:
    """A province's figure for the year: its own (``figure``), or computed
    from all its predecessors' (``parts``), or none."""

    province: Province
    figure: YearlyFigure | None = None
    parts: tuple[YearlyFigure, ...] = ()

    @property
    def value(self) -> Decimal | None:
        if self.figure is not None:
            return self.figure.value
        if self.parts:
            return sum((p.value for p in self.parts), Decimal(0))
        return None

    @property
    def computed(self) -> bool:
        return bool(self.parts)

    @property
    def qualifier(self) -> str:
        """The figure's qualifier; a sum's when all its parts share one."""
        if self.figure is not None:
            return self.figure.qualifier
        qualifiers = {p.qualifier for p in self.parts}
        return qualifiers.pop() if len(qualifiers) == 1 else ""

    @property
    def unit(self) -> str:
        source = self.figure or (self.parts[0] if self.parts else None)
        return source.unit if source else ""


def successor_value(own, predecessors: list) -> tuple[object, bool]:
    """``(value, computed)``: ``own`` if known, else the sum of every
    predecessor's value when none is missing, else ``(None, False)``."""
    if own is not None:
        return own, False
    if predecessors and all(v is not None for v in predecessors):
        return sum(predecessors), True
    return None, False


def entries(
    provinces: Iterable[Province], figures: Iterable[YearlyFigure], metric: str
) -> list[Entry]:
    """One entry per province (predecessors prefetched), from the public
    figures of one year and metric (several per province allowed: the newest
    article's counts, as on the province page)."""
    chosen = {key[0]: c.figure for key, c in choose(figures).items()}
    result = []
    for province in provinces:
        own = chosen.get(province.pk)
        if own is not None or province.era == Era.BEFORE:
            result.append(Entry(province, own))
            continue
        parts = [chosen.get(p.pk) for p in province.predecessors.all()]
        complete = bool(parts) and all(p is not None for p in parts)
        if complete and metric in ADDITIVE_METRICS:
            result.append(Entry(province, parts=tuple(parts)))
        else:
            result.append(Entry(province))
    return result


def sort_entries(items: list[Entry], sort: str) -> list[Entry]:
    """By value, largest first (``gia-tri``), smallest first
    (``gia-tri-tang``), or by name (``ten``); provinces without a figure last,
    by name."""
    by_name = sorted(items, key=lambda e: vi_sort_key(e.province.name))
    if sort == "ten":
        return by_name
    known = [e for e in by_name if e.value is not None]
    missing = [e for e in by_name if e.value is None]
    known.sort(key=lambda e: e.value, reverse=sort != "gia-tri-tang")
    return known + missing


# National totals (home page) ---------------------------------------------------


@dataclass(frozen=True)
class YearTotal:
    year: int
    total: int
    reporting: int
    computed: int
    provinces: int


def national_totals(
    rows: Iterable[tuple], current: Iterable[Province]
) -> list[YearTotal]:
    """Revenue per year summed over the current provinces that have a figure
    by the rule above, oldest year first.

    ``rows`` are ``(province id, year, value, published at, figure id)`` of
    both eras; per province and year the newest article's value counts.
    ``current`` are the current provinces, predecessors prefetched.
    """
    latest = {}
    for province_id, year, value, published_at, pk in rows:
        key = (province_id, year)
        rank = (published_at, pk)
        if key not in latest or rank > latest[key][0]:
            latest[key] = (rank, int(value))
    current = list(current)
    totals = []
    for year in sorted({year for _, year in latest}):

        def value_of(pk, year=year):
            found = latest.get((pk, year))
            return found[1] if found else None

        values = [
            successor_value(
                value_of(p.pk), [value_of(old.pk) for old in p.predecessors.all()]
            )
            for p in current
        ]
        known = [(v, computed) for v, computed in values if v is not None]
        if known:
            totals.append(
                YearTotal(
                    year,
                    sum(v for v, _ in known),
                    len(known),
                    sum(1 for _, computed in known if computed),
                    len(current),
                )
            )
    return totals
