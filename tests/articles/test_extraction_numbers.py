"""``articles.extraction.numbers``: numbers written the Vietnamese or English way."""

from decimal import Decimal

import pytest

from articles.extraction.numbers import as_money, parse_number, scale_of


@pytest.mark.parametrize(
    ("raw", "english", "value"),
    [
        ("28,5", False, "28.5"),
        ("73,598", False, "73.598"),
        ("3.461", False, "3461"),
        ("1.234.567", False, "1234567"),
        ("1.234.567,5", False, "1234567.5"),
        ("1.5", False, "1.5"),
        ("06", False, "6"),
        ("1,004", True, "1004"),
        ("24.4", True, "24.4"),
        ("862,649", True, "862649"),
        ("1,250.5", True, "1250.5"),
    ],
)
def test_parse_number_reads_decimal_and_thousands_marks(raw, english, value):
    assert parse_number(raw, english=english) == Decimal(value)


@pytest.mark.parametrize("raw", ["1,2,3", "1.2.3.4x", ""])
def test_parse_number_gives_none_for_what_is_no_number(raw):
    assert parse_number(raw) is None


@pytest.mark.parametrize(
    ("word", "scale"),
    [("tỷ", 10**9), ("tỉ", 10**9), ("triệu", 10**6), ("nghìn", 10**3),
     ("ngàn", 10**3), ("billion", 10**9), ("Million", 10**6), (None, 1)],
)  # fmt: skip
def test_scale_of_knows_the_scale_words(word, scale):
    assert scale_of(word) == scale


def test_money_is_whole_dong():
    assert as_money(Decimal("12.18"), 10**6) == 12_180_000
    assert as_money(Decimal("73.598"), 10**9) == 73_598_000_000
