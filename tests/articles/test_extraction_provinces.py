"""``articles.extraction.provinces``: the province and unit of an article."""

import pytest

from articles.extraction.provinces import era_of, find_province, gazetteer, lookup


def province(*texts: str, credits=(), era="before"):
    found, level = find_province(list(texts), list(credits), era)
    return (found.name, found.code, found.era, found.unit(level)) if found else None


@pytest.mark.parametrize(
    ("text", "era", "expected"),
    [
        ("Bưu điện tỉnh Bắc Giang họp.", "before", ("Bắc Giang", 24, "before", "Bưu điện tỉnh Bắc Giang")),
        ("Bưu điện tỉnh Bắc Giang họp.", "after", ("Bắc Ninh", 24, "after", "Bưu điện tỉnh Bắc Ninh")),
        ("Bưu điện tỉnh Bắc Ninh họp.", "before", ("Bắc Ninh", 27, "before", "Bưu điện tỉnh Bắc Ninh")),
        ("Bưu điện TP.HCM ra mắt.", "before", ("Hồ Chí Minh", 79, "before", "Bưu điện thành phố Hồ Chí Minh")),
        ("Bưu điện TPHCM ra mắt.", "before", ("Hồ Chí Minh", 79, "before", "Bưu điện thành phố Hồ Chí Minh")),
        ("Bưu điện Nghệ An họp.", "before", ("Nghệ An", 40, "before", "Bưu điện tỉnh Nghệ An")),
        ("Bưu điện Hà Nội họp.", "before", ("Hà Nội", 1, "before", "Bưu điện thành phố Hà Nội")),
        ("Bưu điện tỉnh Thanh Hoá họp.", "before", ("Thanh Hóa", 38, "before", "Bưu điện tỉnh Thanh Hóa")),
        ("Bưu điện tỉnh Hòa Bình họp.", "before", ("Hoà Bình", 17, "before", "Bưu điện tỉnh Hoà Bình")),
        ("Bưu điện tỉnh Bà Rịa – Vũng Tàu họp.", "before",
         ("Bà Rịa - Vũng Tàu", 77, "before", "Bưu điện tỉnh Bà Rịa - Vũng Tàu")),
        ("Bưu điện tỉnh Quảng Ngãi họp.", "after", ("Quảng Ngãi", 51, "after", "Bưu điện tỉnh Quảng Ngãi")),
        ("Binh Duong Provincial Post Office met.", "before",
         ("Bình Dương", 74, "before", "Bưu điện tỉnh Bình Dương")),
    ],
)  # fmt: skip
def test_the_unit_names_the_province_of_its_era(text, era, expected):
    assert province(text, era=era) == expected


def test_the_first_province_reported_on_wins():
    found = province("Bưu điện tỉnh Hà Nam và Bưu điện tỉnh Nam Định ký kết.")
    assert found[0] == "Hà Nam"


def test_a_provincial_unit_beats_a_city_post_office_named_earlier():
    found = province(
        "Bưu điện thành phố Lạng Sơn nhận cờ.", "Bưu điện tỉnh Cao Bằng họp."
    )
    assert found[0] == "Cao Bằng"


@pytest.mark.parametrize(
    ("texts", "credits", "name"),
    [
        (["Bưu điện thành phố Lạng Sơn nhận cờ thi đua."], [], "Lạng Sơn"),
        (["Lãnh đạo tỉnh Quảng Bình dự hội nghị."], [], "Quảng Bình"),
        (["Bưu điện thành phố Vị Thanh nhận cờ thi đua."], [], "Hậu Giang"),
        (["The meeting took place in Thu Dau Mot city."], [], "Bình Dương"),
        (["LSO-Chiều 11/1/2021, Bưu điện tỉnh họp."], [], "Lạng Sơn"),
        (["Bưu điện tỉnh tổ chức hội nghị."], ["Thanh Nhàn/THĐT"], "Đồng Tháp"),
    ],
)
def test_a_province_never_named_is_read_from_units_places_and_datelines(
    texts, credits, name
):
    assert province(*texts, credits=credits)[0] == name


def test_no_province_when_nothing_makes_it_certain():
    assert province("Bưu điện tỉnh tổ chức hội nghị.") is None


@pytest.mark.parametrize(
    ("year", "month", "merged", "era"),
    [
        (2019, 12, False, "before"),
        (2025, 6, False, "before"),
        (2025, 7, False, "after"),
        (2025, None, False, "before"),
        (2025, None, True, "after"),
        (2026, None, False, "after"),
        (None, None, False, "before"),
    ],
)
def test_era_of_the_article(year, month, merged, era):
    assert era_of(year, month, merged) == era


def test_the_gazetteer_holds_both_eras_and_maps_old_names_to_successors():
    assert len(gazetteer().rows["before"]) == 63
    assert len(gazetteer().rows["after"]) == 34
    assert lookup("ha giang", "after").name == "Tuyên Quang"
    assert lookup("hue", "after").name == "Huế"
