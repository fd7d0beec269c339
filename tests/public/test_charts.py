"""public/charts.py: geometry of the server-drawn bar chart."""

from decimal import Decimal

import pytest

from public.charts import BOTTOM, HEIGHT, LEFT, TOP, Series, bar_chart, nice_top


@pytest.mark.parametrize(
    ("maximum", "step", "top"),
    [
        (Decimal(305), Decimal(100), Decimal(400)),
        (Decimal(287), Decimal(100), Decimal(300)),
        (Decimal(100), Decimal(25), Decimal(100)),
        (Decimal(9), Decimal("2.5"), Decimal(10)),
        (Decimal(305_000_000_000), Decimal(100_000_000_000), Decimal(400_000_000_000)),
        (Decimal(0), Decimal(1), Decimal(4)),
    ],
)
def test_nice_top_rounds_the_axis_to_a_round_step(maximum, step, top):
    assert nice_top(maximum) == (step, top)


def test_no_values_no_chart():
    assert bar_chart([Series("Bắc Giang")], title="Doanh thu") is None
    assert bar_chart([], title="Doanh thu") is None


def test_ticks_are_labelled_in_the_largest_money_unit():
    chart = bar_chart(
        [Series("Bắc Giang", {2019: 287_000_000_000}, {2020: 305_000_000_000})],
        title="Doanh thu",
    )
    assert chart.unit_label == "tỷ đồng"
    assert [t.label for t in chart.ticks] == ["0", "100", "200", "300", "400"]
    assert chart.ticks[0].y == HEIGHT - BOTTOM
    assert chart.ticks[-1].y == TOP


def test_fractional_ticks_use_a_decimal_comma():
    chart = bar_chart([Series("A", {2019: 9_000_000_000})], title="Nộp ngân sách")
    assert [t.label for t in chart.ticks] == ["0", "2,5", "5", "7,5", "10"]


def test_a_bar_per_result_and_a_mark_per_target():
    chart = bar_chart(
        [Series("Bắc Giang", {2019: 300, 2020: 200}, {2020: 400})],
        title="Doanh thu",
    )
    plot_height = HEIGHT - BOTTOM - TOP
    assert [year.label for year in chart.years] == ["2019", "2020"]
    assert len(chart.bars) == 2
    first, second = chart.bars
    assert first.height == round(plot_height * 300 / 400, 1)
    assert first.y + first.height == HEIGHT - BOTTOM
    assert second.x > first.x
    assert first.title == "Bắc Giang, 2019: 300 đồng"
    [mark] = chart.marks
    assert mark.y == TOP
    assert mark.title == "Bắc Giang, kế hoạch 2020: 400 đồng"
    assert mark.x1 < second.x and mark.x2 > second.x + second.width
    assert chart.has_targets is True


def test_series_sit_side_by_side_within_a_year_with_their_own_colour():
    chart = bar_chart(
        [
            Series("Bắc Ninh (trước 01/07/2025)", {2019: 100}),
            Series("Bắc Giang (trước 01/07/2025)", {2019: 200}),
        ],
        title="Doanh thu",
    )
    one, two = chart.bars
    assert one.x + one.width < two.x
    assert one.colour != two.colour
    assert [i.label for i in chart.legend] == [
        "Bắc Ninh (trước 01/07/2025)",
        "Bắc Giang (trước 01/07/2025)",
    ]
    assert [i.colour for i in chart.legend] == [one.colour, two.colour]


def test_bars_stay_inside_the_plot():
    chart = bar_chart(
        [Series("A", {year: 10 * year for year in range(2010, 2025)})],
        title="Doanh thu",
    )
    assert min(bar.x for bar in chart.bars) >= LEFT
    assert max(bar.x + bar.width for bar in chart.bars) <= chart.right
    assert min(bar.y for bar in chart.bars) >= TOP


def test_description_names_the_years_and_series():
    chart = bar_chart(
        [Series("Bắc Giang", {2018: 1, 2020: 2}, {2021: 3})], title="Doanh thu"
    )
    assert chart.description == (
        "Biểu đồ cột theo năm, 2018–2021: Bắc Giang. "
        "Vạch ngang đậm là kế hoạch. Số liệu ở bảng kèm theo."
    )


def test_the_year_axis_is_continuous_so_gaps_show():
    chart = bar_chart(
        [Series("A", {2001: 10, 2002: 10, 2020: 10, 2021: 10})], title="Doanh thu"
    )
    x = {bar.title.split(", ")[1].split(":")[0]: bar.x for bar in chart.bars}
    step = x["2002"] - x["2001"]
    assert x["2020"] - x["2002"] == pytest.approx(18 * step, abs=2)
    assert x["2021"] - x["2020"] == pytest.approx(step, abs=0.2)
    assert step == pytest.approx((720 - 64 - 16) / 21, abs=0.2)


def test_year_labels_that_would_collide_are_left_out_but_first_and_last_kept():
    chart = bar_chart(
        [Series("A", {2001: 10, 2002: 10, 2003: 10, 2020: 10, 2021: 10})],
        title="Doanh thu",
    )
    # 21 slots of about 30 units: neighbours are too close to label both.
    assert [y.label for y in chart.years] == ["2001", "2003", "2021"]


def test_tooltips_keep_the_qualifier_of_the_source():
    chart = bar_chart(
        [
            Series(
                "Bắc Giang",
                {2019: 318_000_000_000},
                {2019: 300_000_000_000},
                result_qualifiers={2019: "hơn"},
                target_qualifiers={2019: "gần"},
            )
        ],
        title="Doanh thu",
    )
    assert chart.bars[0].title == "Bắc Giang, 2019: hơn 318 tỷ đồng"
    assert chart.marks[0].title == "Bắc Giang, kế hoạch 2019: gần 300 tỷ đồng"
