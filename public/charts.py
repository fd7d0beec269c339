"""Geometry of the server-drawn bar charts (plain Python, no Django).

``bar_chart`` turns series of yearly amounts (đồng) into coordinates for an
SVG drawn by ``templates/includes/bar_chart.html``: one group of bars per
year, one bar per series (a province), the target of the same series as a
dark horizontal mark across its bar, a y axis of round ticks labelled in the
largest money unit the chart reaches (``tỷ đồng``), year labels under the
groups. Coordinates are in the SVG's own units (``viewBox``), rounded to one
decimal.

The year axis is continuous: a year without data keeps its empty slot, so
2001, 2002 and 2020 are not drawn as neighbours; year labels that would
collide are left out (the first and last years are always labelled). Each
value keeps the word that qualifies it in its source ("hơn 318 tỷ đồng").

``ranking_chart`` draws one horizontal bar per province, for the comparison
page.
"""

import math
from dataclasses import dataclass, field
from decimal import Decimal

from common.formatting import money_scale, to_decimal, vn_number, vnd

# Colour-blind-safe hues, dark enough for contrast on white (≥ 3:1).
PALETTE = ("#0b61a4", "#c25e00", "#2b7a4b", "#7b3fa0", "#b3223b", "#3d5a80")

WIDTH, HEIGHT = 720, 340
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 36, 40
MAX_BAR = 44
TICKS = 5


@dataclass(frozen=True)
class Series:
    label: str
    results: dict[int, Decimal | int] = field(default_factory=dict)
    targets: dict[int, Decimal | int] = field(default_factory=dict)
    # "hơn", "gần", ... per year, for the results and the targets.
    result_qualifiers: dict[int, str] = field(default_factory=dict)
    target_qualifiers: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str


@dataclass(frozen=True)
class Mark:
    x1: float
    x2: float
    y: float
    title: str


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True)
class YearLabel:
    x: float
    label: str


@dataclass(frozen=True)
class LegendItem:
    label: str
    colour: str


@dataclass(frozen=True)
class BarChart:
    title: str
    description: str
    width: int
    height: int
    left: int
    right: float
    top: int
    bottom: float
    unit_label: str
    tick_x: float
    year_y: float
    ticks: list[Tick]
    years: list[YearLabel]
    bars: list[Bar]
    marks: list[Mark]
    legend: list[LegendItem]
    has_targets: bool


def nice_top(maximum: Decimal, ticks: int = TICKS) -> tuple[Decimal, Decimal]:
    """A round step (1, 2, 2.5 or 5 × 10ⁿ) and the axis top it gives."""
    if maximum <= 0:
        return Decimal(1), Decimal(ticks - 1)
    raw = maximum / (ticks - 1)
    magnitude = Decimal(10) ** raw.adjusted()
    for multiple in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)):
        step = multiple * magnitude
        if step >= raw:
            break
    top = step * math.ceil(maximum / step)
    return step, top


def _r(value) -> float:
    return round(float(value), 1)


def bar_chart(
    series: list[Series],
    *,
    title: str,
    width: int = WIDTH,
    height: int = HEIGHT,
) -> BarChart | None:
    """The chart's geometry, or None when no series has a value."""
    values = [
        to_decimal(v)
        for s in series
        for v in (*s.results.values(), *s.targets.values())
    ]
    if not values:
        return None
    years = sorted({y for s in series for y in (*s.results, *s.targets)})
    step, top = nice_top(max(values))
    divisor, word = money_scale(top)
    right, bottom = width - RIGHT, height - BOTTOM
    plot_height = bottom - TOP

    def y_of(value) -> float:
        return _r(bottom - to_decimal(value) / top * plot_height)

    first_year = years[0]
    group = (right - LEFT) / (years[-1] - first_year + 1)
    bar = min(MAX_BAR, group * 0.72 / len(series))
    bars, marks = [], []
    for index, item in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        for year in years:
            position = year - first_year
            x = LEFT + group * position + (group - bar * len(series)) / 2 + bar * index
            if year in item.results:
                value = item.results[year]
                y = y_of(value)
                bars.append(
                    Bar(
                        _r(x + 1),
                        y,
                        _r(bar - 2),
                        _r(bottom - y),
                        colour,
                        f"{item.label}, {year}: "
                        + _qualified(item.result_qualifiers.get(year), value),
                    )
                )
            if year in item.targets:
                value = item.targets[year]
                marks.append(
                    Mark(
                        _r(x - 1),
                        _r(x + bar + 1),
                        y_of(value),
                        f"{item.label}, kế hoạch {year}: "
                        + _qualified(item.target_qualifiers.get(year), value),
                    )
                )
    count = int(top / step)
    ticks = [
        Tick(y_of(step * i), vn_number(step * i / divisor)) for i in range(count + 1)
    ]
    return BarChart(
        title=title,
        description=_describe(series, years, bool(marks)),
        width=width,
        height=height,
        left=LEFT,
        right=right,
        top=TOP,
        bottom=bottom,
        unit_label=f"{word} đồng" if word else "đồng",
        tick_x=LEFT - 8,
        year_y=bottom + 22,
        ticks=ticks,
        years=_year_labels(years, group),
        bars=bars,
        marks=marks,
        legend=[
            LegendItem(s.label, PALETTE[i % len(PALETTE)]) for i, s in enumerate(series)
        ],
        has_targets=bool(marks),
    )


def _qualified(qualifier: str | None, value) -> str:
    return f"{qualifier} {vnd(value)}" if qualifier else vnd(value)


# A year label is about 4 digits of 14-px text wide.
LABEL_WIDTH = 40


def _year_labels(years: list[int], group: float) -> list[YearLabel]:
    """A label under each year with data, but none overlapping another: the
    first and last years are kept, then years left to right with room."""
    first = years[0]

    def x_of(year: int) -> float:
        return _r(LEFT + group * (year - first + 0.5))

    kept = [years[0]]
    for year in years[1:-1]:
        fits_before = x_of(year) - x_of(kept[-1]) >= LABEL_WIDTH
        fits_after = x_of(years[-1]) - x_of(year) >= LABEL_WIDTH
        if fits_before and fits_after:
            kept.append(year)
    if len(years) > 1:
        kept.append(years[-1])
    return [YearLabel(x_of(year), str(year)) for year in kept]


def _describe(series: list[Series], years: list[int], targets: bool) -> str:
    span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    names = "; ".join(s.label for s in series)
    marks = " Vạch ngang đậm là kế hoạch." if targets else ""
    return f"Biểu đồ cột theo năm, {span}: {names}.{marks} Số liệu ở bảng kèm theo."


# Ranking: one horizontal bar per province ------------------------------------


@dataclass(frozen=True)
class RankBar:
    label: str
    value_label: str
    percent: float
    computed: bool


def ranking_chart(items: list[tuple[str, Decimal | int, str, bool]]) -> list[RankBar]:
    """``items`` are (label, value, value as text, computed), in the order to
    draw; each bar's length is a percentage of the largest value. The labels
    stay HTML text (readable on a phone), each bar a tiny SVG."""
    if not items:
        return []
    top = max(to_decimal(value) for _, value, _, _ in items)
    return [
        RankBar(
            label,
            text,
            _r(to_decimal(value) / top * 100) if top > 0 else 0.0,
            computed,
        )
        for label, value, text, computed in items
    ]
