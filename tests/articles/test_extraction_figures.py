"""``articles.extraction.figures``: the metric, value and year of each figure."""

import pytest

from articles.extraction.figures import find_figures, is_english


def figures(*body: str, plan=None, default=2021, english=False):
    found, _ = find_figures(list(body), plan, default, english=english)
    return [(f.year, f.metric, f.value, f.unit, f.qualifier) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tổng doanh thu đạt hơn 305 tỷ đồng.", (2021, "revenue", 305_000_000_000, "VND", "hơn")),
        ("Doanh thu cả năm thực hiện được 210 tỉ đồng.", (2021, "revenue", 210_000_000_000, "VND", None)),
        ("Tổng doanh thu ước đạt 73,598 tỷ đồng.", (2021, "revenue", 73_598_000_000, "VND", "ước đạt")),
        ("Tổng doanh thu đạt 3.461 tỷ đồng.", (2021, "revenue", 3_461_000_000_000, "VND", None)),
        ("Doanh thu đạt 1 tỷ 250 triệu đồng.", (2021, "revenue", 1_250_000_000, "VND", None)),
        ("Đơn vị nộp ngân sách gần 9,2 tỷ đồng.", (2021, "budget_contribution", 9_200_000_000, "VND", "gần")),
        ("Nộp ngân sách 3.461 triệu đồng.", (2021, "budget_contribution", 3_461_000_000, "VND", None)),
        ("Thu nhập bình quân 10,7 triệu đồng/người/tháng.", (2021, "avg_income_monthly", 10_700_000, "VND/person/month", None)),
        ("Năng suất lao động 323 triệu đồng/người/năm.", (2021, "other", 323_000_000, "VND/person/year", None)),
        ("Đơn vị đạt 112% kế hoạch.", (2021, "plan_completion_percent", 112, "%", None)),
        ("Doanh thu tăng 28,5% so với năm trước.", (2021, "growth_percent", 28.5, "%", None)),
        ("Doanh thu giảm 3% so với cùng kỳ.", (2021, "growth_percent", -3, "%", None)),
        ("Đơn vị vượt 7,5% kế hoạch.", (2021, "other", 7.5, "%", "vượt")),
        ("Doanh thu bằng 120% so với năm 2020.", (2021, "other", 120, "%", None)),
        ("Doanh thu hành chính công tăng 32,6 lần.", (2021, "other", 32.6, "times", None)),
        ("Đơn vị nâng cấp 9 bưu điện văn hóa xã.", (2021, "other", 9, "count", None)),
        ("Số điểm phục vụ được nâng lên 142 điểm.", (2021, "other", 142, "count", None)),
        ("Doanh thu tính lương gần 90 tỷ đồng.", (2021, "other", 90_000_000_000, "VND", "gần")),
        ("Doanh thu từ dịch vụ chuyển phát đạt 41 tỷ đồng.", (2021, "other", 41_000_000_000, "VND", None)),
        ("Doanh thu 9 tháng đầu năm đạt 150 tỷ đồng.", (2021, "other", 150_000_000_000, "VND", None)),
        ("Đơn vị ủng hộ quỹ từ thiện hơn 117 triệu đồng.", (2021, "other", 117_000_000, "VND", "hơn")),
    ],
)  # fmt: skip
def test_the_wording_picks_the_metric(sentence, expected):
    assert figures(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tham gia có 06 tập thể và 15 cá nhân.",
        "Các nhóm dịch vụ phấn đấu tăng trưởng từ 115% đến 164%.",
        "Đơn vị chiếm 30% thị phần chuyển phát.",
        "Thí điểm tại 05 phường của thành phố.",
        "Kỷ niệm 75 năm ngày truyền thống của đơn vị.",
        "Theo Quyết định 45/2016/QĐ-TTg, đường dây 1900 54 54 81.",
        "Bưu điện văn hóa xã (chiếm 70% điểm phục vụ) hoạt động tốt.",
    ],
)
def test_counts_of_people_ranges_shares_and_codes_are_no_figures(sentence):
    assert figures(sentence) == []


def test_a_percentage_belongs_to_the_amount_it_follows():
    found = figures(
        "Năm 2018, tổng doanh thu đạt trên 246 tỷ đồng, tăng 26% so với năm 2017 và "
        "đạt 112% kế hoạch; doanh thu tính lương gần 90 tỷ đồng, tăng 17% so với năm "
        "2017; nộp ngân sách 6 tỷ đồng và tăng 64% so với năm 2017.",
        default=2018,
    )
    assert [f[1:3] for f in found] == [
        ("revenue", 246_000_000_000), ("growth_percent", 26),
        ("plan_completion_percent", 112), ("other", 90_000_000_000), ("other", 17),
        ("budget_contribution", 6_000_000_000), ("other", 64),
    ]  # fmt: skip


def test_targets_belong_to_the_plan_year():
    found = figures(
        "Năm 2021, Bưu điện tỉnh đạt tổng doanh thu 190 tỷ đồng.",
        "Năm 2022, đơn vị phấn đấu tổng doanh thu đạt 215 tỷ đồng; thu nhập bình quân "
        "9,6 triệu đồng/người/tháng.",
        plan=2022,
        default=2021,
    )
    assert [f[:3] for f in found] == [
        (2021, "revenue", 190_000_000_000),
        (2022, "revenue_target", 215_000_000_000),
        (2022, "avg_income_target", 9_600_000),
    ]


def test_a_year_after_comparison_words_does_not_change_the_year():
    found = figures(
        "Năm 2019, doanh thu đạt 80 tỷ đồng, tăng 5% so với năm 2018.", default=2020
    )
    assert [f[0] for f in found] == [2019, 2019]


def test_a_number_of_years_is_not_a_calendar_year():
    found = figures("Sau 1986 năm, doanh thu đạt 80 tỷ đồng.", default=2020)
    assert found[0][0] == 2020


def test_english_articles_write_numbers_the_english_way():
    body = [
        "In 2020 the revenue came to 592 VND billion, thus achieving 101% of the plan, "
        "up 1% on the same period of 2019.",
        "It paid 24.4 billion VND into the State budget, and the balance of savings "
        "stood at 1,004 billion VND; it delivered 862,649 letters (a 70% market share).",
    ]
    assert is_english(body)
    found = figures(*body, english=True)
    assert [f[1:4] for f in found] == [
        ("revenue", 592_000_000_000, "VND"),
        ("plan_completion_percent", 101, "%"),
        ("growth_percent", 1, "%"),
        ("budget_contribution", 24_400_000_000, "VND"),
        ("other", 1_004_000_000_000, "VND"),
        ("other", 862_649, "count"),
    ]


def test_vietnamese_text_is_not_english():
    assert not is_english(["Năm 2020, doanh thu của đơn vị đạt 210 tỷ đồng."])


def test_the_text_of_a_figure_is_its_clause():
    found, _ = find_figures(
        ["Năm 2019, Bưu điện tỉnh có nhiều giải pháp. Tổng doanh thu của đơn vị đạt "
         "hơn 287 tỷ đồng, vượt 28,5% so với năm trước, nộp ngân sách 9,2 tỷ đồng."],
        None, 2019, english=False,
    )  # fmt: skip
    assert [f.text for f in found] == [
        "Tổng doanh thu của đơn vị đạt hơn 287 tỷ đồng",
        "vượt 28,5% so với năm trước",
        "nộp ngân sách 9,2 tỷ đồng",
    ]


def test_other_figures_carry_a_label_and_results_years_are_reported():
    found, results = find_figures(
        ["Năm 2020, nhóm bưu chính chuyển phát mang về gần 86 tỷ đồng."],
        2021, 2020, english=False,
    )  # fmt: skip
    assert found[0].label == "doanh thu nhóm dịch vụ"
    assert results == {2020}
