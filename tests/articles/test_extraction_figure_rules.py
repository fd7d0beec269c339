"""``articles.extraction.figures``: the rules added for unseen articles.

Every sentence here is written for these tests (no corpus text).
"""

import pytest

from articles.extraction.amounts import find_amounts
from articles.extraction.figure_kinds import percent_kind
from articles.extraction.figures import find_figures


def keys(*body: str, plan=None, default=2023):
    found, _ = find_figures(list(body), plan, default, english=False)
    return [(f.year, f.metric, f.value) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan percentage before the amount: the topic carries to the amount
        (
            "Tổng doanh thu cả năm vượt 3,2% kế hoạch, đạt hơn 88 tỷ đồng.",
            [(2023, "other", 3.2), (2023, "revenue", 88_000_000_000)],
        ),
        (
            "Tổng doanh thu đạt 102% kế hoạch, tương đương 64 tỷ đồng.",
            [(2023, "plan_completion_percent", 102), (2023, "revenue", 64_000_000_000)],
        ),
        # "N% và M% kế hoạch": both are plan completions of the segments
        (
            "Hai mảng logistics và tài chính tương ứng đạt 131% và 117,5% kế hoạch.",
            [(2023, "other", 131), (2023, "other", 117.5)],
        ),
        # a bracketed change after a segment amount
        (
            "Riêng nhóm dịch vụ chuyển phát mang về 31 tỷ đồng (tăng 12,4%).",
            [(2023, "other", 31_000_000_000), (2023, "other", 12.4)],
        ),
        # growth of a table row, header words before the number
        ("Tăng trưởng so với năm 2022 | khoảng 17%", [(2023, "growth_percent", 17)]),
        (
            "Tổng doanh thu đã đi lên gần 9% so với năm trước.",
            [(2023, "growth_percent", 9)],
        ),
        # the average revenue of some points is no total of the unit
        ("Doanh thu bình quân mỗi điểm đã đi lên gần 9%.", [(2023, "other", 9)]),
    ],
)
def test_percentages_and_the_amounts_around_them(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mạng lưới gồm 180 điểm, trong đó 40 bưu cục, 90 điểm bưu điện văn hóa xã "
            "và 50 đại lý.",
            [(2023, "other", 180)],
        ),
        (
            "Bưu điện tỉnh có 32 bưu cục và 120 đại lý.",
            [(2023, "other", 32), (2023, "other", 120)],
        ),
        ("Đơn vị đã bàn giao 74 nhân sự cho trung tâm.", [(2023, "other", 74)]),
        ("Bưu điện đã trả kết quả cho 12.480 hồ sơ.", [(2023, "other", 12_480)]),
        (
            "Nhân viên có mặt ở 27 trung tâm phục vụ hành chính công.",
            [(2023, "other", 27)],
        ),
        (
            "Mỗi điểm phục vụ bán kính 2,85km/điểm và 4.120 người/điểm.",
            [(2023, "other", 2.85), (2023, "other", 4120)],
        ),
        ("Sản lượng khai thác đạt 1.250.000 kg.", [(2023, "other", 1_250_000)]),
        ("Xe tải chở 12 tấn hàng mỗi chuyến.", []),
    ],
)
def test_counts_their_parts_and_measures(sentence, expected):
    assert keys(sentence) == expected


def test_items_under_a_trong_do_lead_in_are_segments():
    body = [
        "Năm 2023, doanh thu tăng 15% so với năm 2022, trong đó:",
        "- bưu chính chuyển phát: doanh thu tăng 21%;",
        "- phân phối truyền thông: doanh thu tăng 6%.",
    ]
    assert keys(*body) == [
        (2023, "growth_percent", 15),
        (2023, "other", 21),
        (2023, "other", 6),
    ]


def test_a_lead_figure_said_again_in_the_body_is_one_fact():
    body = [
        "Năm 2023, số khách hàng dùng dịch vụ công tăng 2,1 lần.",
        "Cụ thể, số hồ sơ tăng 2,1 lần so với năm 2022.",
    ]
    assert keys(*body) == [(2023, "other", 2.1)]


@pytest.mark.parametrize(
    ("body", "plan", "expected"),
    [
        # no year of its own: "so với năm Y" puts a change in Y + 1
        (
            ["Doanh thu năm qua tăng 8% so với năm 2021."],
            None,
            [(2022, "growth_percent", 8)],
        ),
        # a plan article keeps its results year
        (
            ["Doanh thu năm qua tăng 8% so với năm 2021."],
            2024,
            [(2023, "growth_percent", 8)],
        ),
        # "quyết tâm" sets a target of the plan year
        (
            ["Sang năm 2024, đơn vị quyết tâm đưa tổng doanh thu lên 95 tỷ đồng."],
            2024,
            [(2024, "revenue_target", 95_000_000_000)],
        ),
    ],
)
def test_the_year_of_a_figure(body, plan, expected):
    assert keys(*body, plan=plan) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Thu nhập bình quân 287 triệu/người/năm.", 287_000_000, "VND/person/year"),
        ("Lương bình quân 8,4 triệu/người/tháng.", 8_400_000, "VND/person/month"),
    ],
)
def test_amounts_written_without_dong_before_a_rate(text, value, unit):
    [amount] = find_amounts(text, 0, len(text), False)
    assert (amount.value, amount.unit) == (value, unit)


def test_a_number_of_people_is_no_money():
    text = "Tỉnh có 1,2 triệu người dân."
    assert find_amounts(text, 0, len(text), False) == []


@pytest.mark.parametrize(
    ("lead", "tail", "kind"),
    [
        ("đạt ", " so với kế hoạch giao", "completion"),
        ("bằng ", " so với kế hoạch", "completion"),
        ("bằng ", " so với năm trước", "ratio"),
        ("tăng trưởng so với năm 2021 | ", "", "growth"),
    ],
)
def test_what_a_percentage_measures(lead, tail, kind):
    assert percent_kind(lead, tail) == kind


def test_every_figure_says_why_and_how_sure():
    found, _ = find_figures(
        ["Năm 2023, tổng doanh thu đạt 60 tỷ đồng; doanh thu khác đạt 2 tỷ đồng."],
        None,
        2023,
        english=False,
    )
    revenue, other = found
    assert "doanh thu" in revenue.reason and other.reason
    assert 0 < other.confidence < revenue.confidence <= 1
