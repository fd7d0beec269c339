"""common/formatting.py: numbers, money and dates the Vietnamese way."""

import datetime
from decimal import Decimal

import pytest

from common.formatting import (
    AmountError,
    achievement,
    amount_input,
    figure_value,
    money_scale,
    parse_amount,
    parse_partial_date,
    partial_date,
    percent,
    vi_sort_key,
    vi_sort_string,
    vn_date,
    vn_number,
    vnd,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (305_000_000_000, "305 tỷ đồng"),
        (12_180_000, "12,18 triệu đồng"),
        (9_200_000_000, "9,2 tỷ đồng"),
        (950_000, "950.000 đồng"),
        (287_000_000_000, "287 tỷ đồng"),
        (1_000_000_000, "1 tỷ đồng"),
        (1_000_000, "1 triệu đồng"),
        (999_999, "999.999 đồng"),
        (0, "0 đồng"),
        (1_234_567_890, "1,235 tỷ đồng"),
        (1_234_500_000, "1,235 tỷ đồng"),
        (1_234_400_000, "1,234 tỷ đồng"),
        (2_500_000_000_000, "2.500 tỷ đồng"),
        (999_999_600, "1 tỷ đồng"),
        (Decimal("287000000000.000"), "287 tỷ đồng"),
        ("10700000", "10,7 triệu đồng"),
        (None, ""),
    ],
)
def test_vnd_uses_the_largest_unit_reached(value, expected):
    assert vnd(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234567.5, "1.234.567,5"),
        (1234567, "1.234.567"),
        (Decimal("28.500"), "28,5"),
        (0.1 + 0.2, "0,3"),
        (-1234.25, "-1.234,25"),
        (-0.0001, "0"),
        (Decimal("1.2345"), "1,235"),
        (999, "999"),
        (None, ""),
    ],
)
def test_vn_number_groups_with_dots_and_writes_a_decimal_comma(value, expected):
    assert vn_number(value) == expected


def test_vn_number_rounds_to_the_decimals_asked():
    assert vn_number(Decimal("2.5"), 0) == "3"
    assert vn_number(Decimal("1234.5678"), None) == "1.234,5678"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (28.5, "28,5%"),
        (Decimal("104.30"), "104,3%"),
        (100, "100%"),
        (-3.25, "-3,25%"),
        (None, ""),
    ],
)
def test_percent_has_a_decimal_comma_and_no_space(value, expected):
    assert percent(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime.date(2019, 12, 25), "25/12/2019"),
        (datetime.date(2025, 7, 1), "01/07/2025"),
        (datetime.datetime(2020, 1, 5, 23, 59), "05/01/2020"),
        (None, ""),
    ],
)
def test_vn_date_is_day_month_year(value, expected):
    assert vn_date(value) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (305_000_000_000, "VND", "305 tỷ đồng"),
        (12_180_000, "VND/person/month", "12,18 triệu đồng/người/tháng"),
        (146_000_000, "VND/person/year", "146 triệu đồng/người/năm"),
        (Decimal("28.500"), "%", "28,5%"),
        (Decimal("1250.000"), "count", "1.250"),
        (Decimal("32.600"), "times", "32,6 lần"),
        (Decimal("7.000"), "điểm", "7 điểm"),
        (None, "VND", ""),
    ],
)
def test_figure_value_shows_the_unit(value, unit, expected):
    assert figure_value(value, unit) == expected


def test_money_scale_picks_ty_trieu_or_dong():
    assert money_scale(3_000_000_000) == (Decimal(10**9), "tỷ")
    assert money_scale(3_000_000) == (Decimal(10**6), "triệu")
    assert money_scale(3_000) == (Decimal(1), "")


@pytest.mark.parametrize(
    ("result", "target", "expected"),
    [
        (287_000_000_000, 275_000_000_000, Decimal("104.4")),
        (300, 300, Decimal("100.0")),
        (1, 3, Decimal("33.3")),
        (2, 3, Decimal("66.7")),
        (None, 300, None),
        (300, None, None),
        (300, 0, None),
    ],
)
def test_achievement_is_result_over_target_in_percent(result, target, expected):
    assert achievement(result, target) == expected


def test_vn_number_refuses_what_is_not_a_number():
    with pytest.raises(ValueError):
        vn_number("nhiều")


def test_vietnamese_names_sort_in_alphabet_order_tones_breaking_ties():
    names = [
        "Đồng Tháp",
        "Cần Thơ",
        "Cà Mau",
        "An Giang",
        "Hưng Yên",
        "Hải Phòng",
        "Hà Nội",
        "Điện Biên",
        "Đà Nẵng",
        "Đắk Lắk",
        "Lào Cai",
        "Lạng Sơn",
        "Lai Châu",
        "Ca",
    ]
    assert sorted(names, key=vi_sort_key) == [
        "An Giang",
        "Ca",
        "Cà Mau",
        "Cần Thơ",
        "Đà Nẵng",
        "Đắk Lắk",
        "Điện Biên",
        "Đồng Tháp",
        "Hà Nội",
        "Hải Phòng",
        "Hưng Yên",
        "Lai Châu",
        "Lạng Sơn",
        "Lào Cai",
    ]


def test_the_digit_sort_string_sorts_as_the_sort_key():
    names = [
        "Đồng Tháp",
        "Cao Bằng",
        "Cần Thơ",
        "Cà Mau",
        "Ca",
        "Bà Rịa - Vũng Tàu",
        "Bà Rịa",
        "Hà Nội",
        "Ha Noi",
        "Lạng Sơn",
        "Lai Châu",
        "Yên Bái",
        "Dak",
        "Đà Nẵng",
    ]
    by_string = sorted(names, key=vi_sort_string)
    assert by_string == sorted(names, key=vi_sort_key)
    assert by_string.index("Cà Mau") < by_string.index("Cao Bằng")
    assert vi_sort_string("Ca").isdigit()


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("10,3", (Decimal("10.3"), "")),
        ("28,5%", (Decimal("28.5"), "%")),
        ("28,5 %", (Decimal("28.5"), "%")),
        ("305 tỷ", (Decimal(305_000_000_000), "money")),
        ("12,18 triệu", (Decimal(12_180_000), "money")),
        ("23.000.000", (Decimal(23_000_000), "")),
        ("314,6 tỷ", (Decimal(314_600_000_000), "money")),
        ("314,6 tỷ đồng", (Decimal(314_600_000_000), "money")),
        ("12,18 triệu đồng/người/tháng", (Decimal(12_180_000), "money")),
        ("950.000 đồng", (Decimal(950_000), "money")),
        ("10.3", (Decimal("10.3"), "")),
        (" -3 ", (Decimal(-3), "")),
    ],
)
def test_parse_amount_reads_what_a_vietnamese_editor_types(typed, expected):
    assert parse_amount(typed) == expected


@pytest.mark.parametrize("typed", ["", "abc", "1,2,3", "10,3 tỷ %", "12 triệu USD"])
def test_parse_amount_refuses_what_is_not_an_amount(typed):
    with pytest.raises(AmountError):
        parse_amount(typed)


@pytest.mark.parametrize(
    "value, unit, expected",
    [
        (Decimal("10.300"), "%", "10,3 %"),
        (Decimal("118900000000.000"), "VND", "118,9 tỷ đồng"),
        (Decimal(118_912_345_678), "VND", "118.912.345.678 đồng"),
        (Decimal(12_180_000), "VND/person/month", "12,18 triệu đồng/người/tháng"),
        (Decimal(950_000), "VND", "950.000 đồng"),
        (Decimal("32.6"), "times", "32,6"),
        (None, "VND", ""),
    ],
)
def test_amount_input_writes_a_value_so_it_reads_back_the_same(value, unit, expected):
    assert amount_input(value, unit) == expected
    if value is not None:
        assert parse_amount(expected)[0] == value


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("25/12/2019", (25, 12, 2019)),
        ("05/04/2025", (5, 4, 2025)),
        ("12/2019", (None, 12, 2019)),
        ("2019", (None, None, 2019)),
        ("", (None, None, None)),
    ],
)
def test_partial_dates_are_read_day_first(typed, expected):
    assert parse_partial_date(typed) == expected
    assert partial_date(*expected) == typed


@pytest.mark.parametrize("typed", ["31/02/2020", "13/2020", "ngày 5", "1/2/3/4"])
def test_impossible_dates_are_refused(typed):
    with pytest.raises(AmountError):
        parse_partial_date(typed)
