"""Dates, provinces, people and awards: rules added for unseen articles.

Every sentence here is written for these tests (no corpus text).
"""

import pytest

from articles.extraction import extract
from articles.extraction.dates import (
    DateMention,
    date_mentions,
    pick_event,
    plan_year,
    year_elsewhere,
)
from articles.extraction.orgs import read_org

TAIL = "\n\nHội nghị diễn ra trong không khí phấn khởi và đoàn kết.\n"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Mục tiêu năm 2025: doanh thu tăng 10%.", 2025),
        ("Cho năm 2025, Bưu điện tỉnh đặt ra bốn chỉ tiêu chính.", 2025),
        ("Chỉ tiêu nhiệm kỳ 2025-2030 đã được thông qua.", None),
    ],
)
def test_the_plan_year_from_targets_set_for_a_year(text, year):
    assert plan_year([text]) == year


def test_a_date_that_starts_a_period_is_no_event():
    mentions = date_mentions(
        "Since March 1 the office has worked in the new model; on March 3 it met.",
        english=True,
    )
    assert [(m.month, m.day) for m in mentions] == [(3, 1), (3, 3)]
    assert (pick_event(mentions, None).month, pick_event(mentions, None).day) == (3, 3)


@pytest.mark.parametrize(
    ("others", "page", "year"),
    [
        ([DateMention(1, 7, 2025, False)], None, 2025),
        ([DateMention(2, 7, 2025, False)], None, None),
        ([], (2025, 11), 2025),
        ([], (2025, 5), None),
        ([], (2025, None), None),
    ],
)
def test_the_year_of_a_day_and_month_from_elsewhere(others, page, year):
    event = DateMention(1, 7, None, False)
    assert year_elsewhere(event, [event, *others], page) == year


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Theo số liệu của ngành chức năng Gia Lai, trong năm qua bưu điện đã phục vụ "
            "9.000 hồ sơ cho người dân.",
            "Gia Lai",
        ),
        (
            "Since March Gia Lai province has run the new model at its post offices.",
            "Gia Lai",
        ),
    ],
)
def test_a_province_named_on_its_own(text, province):
    assert extract(text + TAIL).province == province


@pytest.mark.parametrize(
    ("sentence", "title", "organization"),
    [
        (
            "Dự có bà Lò Thị Hoa, Phó Bí thư Đảng ủy, Phó Tổng Giám đốc Tổng công ty "
            "Bưu điện Việt Nam.",
            "Phó Tổng Giám đốc",
            "Tổng công ty Bưu điện Việt Nam",
        ),
        (
            "Ông Vi Văn Hải, Bí thư Đảng ủy, Giám đốc Bưu điện tỉnh, phát biểu.",
            "Giám đốc",
            "Bưu điện tỉnh Yên Bái",
        ),
        (
            "Ông Vi Văn Hải, Phó Bí thư Đảng ủy Tổng công ty Bưu điện Việt Nam, phát biểu.",
            "Phó Bí thư Đảng ủy",
            "Tổng công ty Bưu điện Việt Nam",
        ),
        (
            "Ms. Lo Thi Hoa, Deputy Director in charge of Yen Binh Post Office, spoke.",
            "Deputy Director in charge",
            "Yen Binh Post Office",
        ),
    ],
)
def test_a_person_keeps_the_office_not_the_party_seat(sentence, title, organization):
    text = f"Ngày 5/3/2024, Bưu điện tỉnh Yên Bái tổ chức hội nghị. {sentence}{TAIL}"
    [person] = extract(text).people
    assert (person.title, person.organization) == (title, organization)
    assert person.reason and 0 < person.confidence <= 1


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Hội đồng thành viên Tổng công ty Bưu điện Việt Nam, ông A",
            "Hội đồng thành viên Tổng công ty Bưu điện Việt Nam",
        ),
        ("Ủy ban nhân dân tỉnh Yên Bái tặng", "Ủy ban nhân dân tỉnh Yên Bái"),
    ],
)
def test_an_organisation_whose_head_has_lower_case_words(text, org):
    assert read_org(text, 0)[0] == org


def test_an_award_for_several_years_is_one_commendation_per_year():
    text = (
        "Ngày 5/3/2024, Bưu điện tỉnh Yên Bái tổ chức hội nghị. Đơn vị được Bộ Khoa học "
        "và Công nghệ tặng Cờ thi đua năm 2021, năm 2022 và 2023." + TAIL
    )
    awards = extract(text).commendations
    assert [(a.award, a.year) for a in awards] == [
        ("Cờ thi đua", 2021),
        ("Cờ thi đua", 2022),
        ("Cờ thi đua", 2023),
    ]
    assert all(a.issuer == "Bộ Khoa học và Công nghệ" for a in awards)


def test_the_issuer_behind_thua_uy_quyen_is_read_whole():
    text = (
        "Ngày 5/3/2024, Bưu điện tỉnh Yên Bái tổ chức hội nghị. Thừa ủy quyền của Hội "
        "đồng thành viên Tổng công ty Bưu điện Việt Nam, ông Vi Văn Hải trao Bằng khen "
        "cho 2 tập thể và 6 cá nhân." + TAIL
    )
    [award] = extract(text).commendations
    assert award.issuer.lower() == "hội đồng thành viên tổng công ty bưu điện việt nam"
    assert (award.collective_count, award.individual_count) == (2, 6)
