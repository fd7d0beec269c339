"""``articles.extraction.dates``: event dates and plan years."""

import pytest

from articles.extraction.dates import (
    DateMention,
    date_mentions,
    infer_year,
    iso,
    pick_event,
    plan_year,
    reviewed_years,
)


@pytest.mark.parametrize(
    ("text", "day_month_year"),
    [
        ("Ngày 25/12, Bưu điện tỉnh họp.", (25, 12, None)),
        ("Hội nghị diễn ra vào ngày 7-1.", (7, 1, None)),
        ("Sáng 8/1, đơn vị tổ chức hội nghị.", (8, 1, None)),
        ("Chiều 21.1, đơn vị tổ chức hội nghị.", (21, 1, None)),
        ("Ngày 03/1/2017, Bưu điện tỉnh họp.", (3, 1, 2017)),
        ("LSO-Chiều 11/1/2021, hội nghị đã diễn ra.", (11, 1, 2021)),
        ("Chiều ngày 05/01/2020, hội nghị diễn ra.", (5, 1, 2020)),
        ("Sáng nay (8/3), đơn vị ra mắt dịch vụ.", (8, 3, None)),
        ("Lúc 14h30 ngày 9/2/2022, đoàn đến thăm.", (9, 2, 2022)),
        ("Hôm qua 4.10.2019 đoàn đến thăm.", (4, 10, 2019)),
        ("Ngày 5 tháng 1 năm 2021, đơn vị họp.", (5, 1, 2021)),
        ("Đơn vị họp 12/1/2020 tại trụ sở.", (12, 1, 2020)),
    ],
)
def test_date_mentions_reads_the_written_forms(text, day_month_year):
    found = date_mentions(text)[0]
    assert (found.day, found.month, found.year) == day_month_year


def test_date_mentions_reads_english_month_names_in_english_articles():
    found = date_mentions("On the afternoon of January 11, it met.", english=True)
    assert (found[0].day, found[0].month, found[0].year) == (11, 1, None)
    found = date_mentions("It met on 9 March 2022.", english=True)
    assert (found[0].day, found[0].month, found[0].year) == (9, 3, 2022)


@pytest.mark.parametrize(
    "text",
    [
        "Đơn vị đạt 7/10 chỉ tiêu.",
        "Ngày truyền thống 30.8.1947 của ngành.",
        "Theo Quyết định số 45/QĐ-BTTTT ngày 12/3/2019 của Bộ.",
        "Giai đoạn 2015-2020, Covid-19 và kế hoạch 2021.",
        "Doanh thu đạt 28.5 tỷ đồng.",
    ],
)
def test_date_mentions_skips_ratios_history_and_documents(text):
    assert date_mentions(text) == []


def test_pick_event_prefers_the_date_of_the_plan_conference():
    text = (
        "Chiều ngày 05/01/2020, Công đoàn chủ trì Hội nghị người lao động; "
        "sáng ngày 06/01/2020 tiếp tục Hội nghị triển khai Kế hoạch năm."
    )
    assert pick_event(date_mentions(text), 2020) == DateMention(6, 1, 2020, True, True)
    assert pick_event(date_mentions(text), None).day == 5


@pytest.mark.parametrize(
    ("texts", "year"),
    [
        (["Bưu điện tỉnh triển khai kế hoạch năm 2020."], 2020),
        (["khép lại năm kế hoạch2016, bàn kế hoạch năm 2017"], 2017),
        (["Bưu điện tỉnh bước vào năm kế hoạch 2019"], 2019),
        (["thực hiện kế hoạch sản xuất kinh doanh cho năm 2026"], 2026),
        (["nhìn lại kế hoạch năm 2020 và triển khai kế hoạch năm 2021"], 2021),
        (["roll out its plan for 2021"], 2021),
        (["đạt 112% kế hoạch; kế hoạch giai đoạn 2021-2025"], None),
        (["quy hoạch đến năm 2030 theo kế hoạch đến năm 2030"], None),
        (["Kỷ niệm 1986 năm không phải năm dương lịch"], None),
    ],
)
def test_plan_year_is_the_latest_plan_named(texts, year):
    assert plan_year(texts) == year


@pytest.mark.parametrize(
    ("mention", "plan", "results", "year"),
    [
        (DateMention(25, 12, None, True, True), 2020, {2019}, 2019),
        (DateMention(25, 12, None, True, True), 2020, set(), 2019),
        (DateMention(25, 12, None, True, False), 2020, set(), None),
        (DateMention(7, 1, None, True, True), 2020, {2019}, 2020),
        (DateMention(7, 7, None, True, False), 2020, {2019}, None),
        (DateMention(9, 1, None, False, False), None, {2022}, 2023),
        (DateMention(20, 12, None, False, False), None, {2022}, 2022),
        (DateMention(8, 1, None, True, False), 2019, {2019}, 2020),
        (DateMention(19, 5, None, False, False), None, set(), None),
    ],
)
def test_infer_year_only_where_the_article_makes_it_certain(
    mention, plan, results, year
):
    assert infer_year(mention, plan, results) == year


def test_iso_writes_a_missing_year_with_two_dashes():
    assert iso(DateMention(25, 12, None, False), None) == "--12-25"
    assert iso(DateMention(25, 12, None, False), 2019) == "2019-12-25"
    assert iso(None, 2019) is None


def test_reviewed_years_reads_result_reviews():
    texts = ["Hội nghị tổng kết công tác năm 2022 và kết quả sản xuất kinh doanh 2021."]
    assert reviewed_years(texts) == {2021, 2022}


def test_a_review_of_part_of_a_year_fixes_the_year_of_its_date():
    found = date_mentions("Chiều 10-10, đơn vị sơ kết 9 tháng đầu năm 2019.")
    assert found[0].period_of == 2019
    assert infer_year(found[0], 2019, {2019}) == 2019
