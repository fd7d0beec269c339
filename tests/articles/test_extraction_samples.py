"""``articles.extraction.extract`` on whole sample articles (``samples/``).

The samples are written for these tests, in the shapes real articles take:
the vnpost.vn layout, a newspaper copy with single newlines, no title, an
English portal, an old-style page with a section label, a unit formed in
2025, Windows-1258 and UTF-16 files.
"""

from pathlib import Path

import pytest

from articles.extraction import decode, extract, to_dict

SAMPLES = Path(__file__).resolve().parent / "samples"
VNPOST = "Tổng công ty Bưu điện Việt Nam"
MIC = "Bộ Thông tin và Truyền thông"

EXPECTED = {
    "vnpost_plan_conference.txt": {
        "title": "Bưu điện tỉnh Tuyên Quang đặt mục tiêu doanh thu 2022 đạt 215 tỉ đồng",
        "province": "Tuyên Quang",
        "unit": "Bưu điện tỉnh Tuyên Quang",
        "event_date": "2021-12-28",
        "plan_year": 2022,
        "figures": [
            (2021, "revenue", 198_375_000_000), (2021, "other", 7.5),
            (2021, "growth_percent", 12.4), (2021, "other", 3.2), (2021, "other", -2),
            (2021, "budget_contribution", 3_461_000_000),
            (2021, "avg_income_monthly", 9_150_000), (2021, "other", 12),
            (2022, "revenue_target", 215_000_000_000),
            (2022, "avg_income_target", 9_600_000),
        ],
        "people": [
            ("Trịnh Văn Khải", "Phó Tổng Giám đốc", VNPOST),
            ("Hà Thị Lan", "Phó Chủ tịch", "UBND tỉnh Tuyên Quang"),
        ],
        "commendations": [
            ("Cờ thi đua", MIC, ["Bưu điện tỉnh Tuyên Quang", "Bưu điện huyện Sơn Dương"],
             None, None, None),
            ("Giấy khen", VNPOST, [], 6, 15, None),
        ],
        "captions": [
            "Ông Trịnh Văn Khải trao Cờ thi đua của Bộ Thông tin và Truyền thông cho "
            "Bưu điện tỉnh Tuyên Quang",
            "Toàn cảnh hội nghị",
        ],
        "body": 4,
    },
    "newspaper_single_lines.txt": {
        "title": "Bưu điện tỉnh tổng kết năm 2022",
        "province": "Yên Bái",
        "unit": "Bưu điện tỉnh Yên Bái",
        "event_date": "2023-01-09",
        "plan_year": None,
        "figures": [
            (2022, "revenue", 156_000_000_000), (2022, "plan_completion_percent", 103.5),
            (2022, "growth_percent", 8), (2022, "other", 84_000_000_000),
        ],
        "people": [("Lò Thị Mai", "Phó Giám đốc", "Sở Thông tin và Truyền thông")],
        "commendations": [
            ("Bằng khen", MIC, ["Bưu điện tỉnh Yên Bái"], None, None, None),
            ("Khen thưởng", "Bưu điện tỉnh Yên Bái", [], 3, 21, None),
        ],
        "captions": [
            "Lãnh đạo Bưu điện tỉnh Yên Bái nhận Bằng khen của Bộ trưởng Bộ Thông tin "
            "và Truyền thông"
        ],
        "body": 4,
    },
    "no_title_dateline.txt": {
        "title": None,
        "province": "Nghệ An",
        "unit": "Bưu điện tỉnh Nghệ An",
        "event_date": "2019-01-21",
        "plan_year": 2019,
        "figures": [
            (2018, "revenue", 412_000_000_000), (2018, "other", 109),
            (2018, "other", 96_500_000_000),
        ],
        "people": [
            ("Lê Quang Minh", "Thành viên Hội đồng Thành viên", VNPOST),
            ("Phan Đức Toàn", "Giám đốc", "Bưu điện Nghệ An"),
        ],
        "commendations": [],
        "captions": [],
        "body": 3,
    },
    "english_portal.txt": {
        "title": "Dong Nai Post Office sets 2022 revenue target",
        "province": "Đồng Nai",
        "unit": "Bưu điện tỉnh Đồng Nai",
        "event_date": "2022-01-07",
        "plan_year": 2022,
        "figures": [
            (2021, "revenue", 1_250_500_000_000), (2021, "growth_percent", 6.5),
            (2021, "budget_contribution", 31_200_000_000), (2021, "other", 1_204_310),
            (2022, "revenue_target", 1_320_000_000_000),
        ],
        "people": [
            ("Tran Quoc Bao", "Deputy General Director", "Vietnam Post Corporation"),
            ("Nguyen Thi Hanh", "Vice Chairwoman", "Provincial People's Committee"),
        ],
        "commendations": [],
        "captions": ["Delegates at the conference"],
        "body": 4,
    },
    "label_old_tones.txt": {
        "title": "Bưu điện Hoà Bình: Sơ kết 6 tháng đầu năm 2019",
        "province": "Hoà Bình",
        "unit": "Bưu điện tỉnh Hoà Bình",
        "event_date": "2019-07-12",
        "plan_year": None,
        "figures": [(2019, "other", 58_200_000_000), (2019, "other", 51)],
        "people": [("Đinh Công Sơn", "Giám đốc", "Bưu điện tỉnh Hoà Bình")],
        "commendations": [("Giấy khen", "Bưu điện tỉnh Hoà Bình", [], 2, None, None)],
        "captions": [],
        "body": 3,
    },
    "merged_2025.txt": {
        "title": "Bưu điện tỉnh Lào Cai triển khai nhiệm vụ sau hợp nhất",
        "province": "Lào Cai",
        "unit": "Bưu điện tỉnh Lào Cai",
        "event_date": "2025-08-15",
        "plan_year": None,
        "figures": [],
        "people": [("Vũ Minh Tuấn", "Phó Tổng Giám đốc", VNPOST)],
        "commendations": [
            ("Bằng khen", "Bộ Khoa học và Công nghệ", ["Bưu điện tỉnh Lào Cai"],
             None, None, None)
        ],
        "captions": [],
        "body": 2,
    },
    "hcm_city.txt": {
        "title": "Bưu điện TP.HCM ra mắt dịch vụ mới",
        "province": "Hồ Chí Minh",
        "unit": "Bưu điện thành phố Hồ Chí Minh",
        "event_date": "--03-08",
        "plan_year": None,
        "figures": [(2023, "revenue_target", 2_150_000_000_000)],
        "people": [("Nguyễn Văn Hậu", "Giám đốc", "Bưu điện TP.HCM")],
        "commendations": [],
        "captions": ["Quang cảnh buổi ra mắt. (Ảnh: Minh Tâm)"],
        "body": 1,
    },
    "opening_caption_repeated_lead.txt": {
        "title": "Bưu điện tỉnh Kon Tum phát động thi đua năm 2020",
        "province": "Kon Tum",
        "unit": "Bưu điện tỉnh Kon Tum",
        "event_date": "2020-01-08",
        "plan_year": 2020,
        "figures": [
            (2019, "revenue", 68_500_000_000), (2019, "plan_completion_percent", 104),
            (2019, "other", 1.8),
        ],
        "people": [("A Pớt", "Phó Chủ tịch", "UBND tỉnh Kon Tum")],
        "commendations": [],
        "captions": ["Lãnh đạo Bưu điện tỉnh Kon Tum phát động phong trào thi đua"],
        "body": 4,
    },
    "legacy_cp1258.txt": {
        "title": "Bưu điện tỉnh Thái Bình tổng kết công tác năm 2008",
        "province": "Thái Bình",
        "unit": "Bưu điện tỉnh Thái Bình",
        "event_date": "2009-01-09",
        "plan_year": None,
        "figures": [(2008, "revenue", 52_700_000_000), (2008, "growth_percent", 14)],
        "people": [("Vũ Đức Hoà", "Giám đốc", "Bưu điện tỉnh Thái Bình")],
        "commendations": [],
        "captions": [],
        "body": 1,
    },
    "utf16_award.txt": {
        "title": "Bưu điện tỉnh Ninh Thuận nhận Huân chương Lao động hạng Ba",
        "province": "Ninh Thuận",
        "unit": "Bưu điện tỉnh Ninh Thuận",
        "event_date": "--11-20",
        "plan_year": None,
        "figures": [],
        "people": [("Phạm Thị Hiền", "Phó Chủ tịch", "UBND tỉnh Ninh Thuận")],
        "commendations": [
            ("Huân chương Lao động hạng Ba", "Chủ tịch nước", ["Bưu điện tỉnh Ninh Thuận"],
             None, None, None)
        ],
        "captions": [
            "Bà Phạm Thị Hiền, Phó Chủ tịch UBND tỉnh, trao Huân chương cho Bưu điện tỉnh"
        ],
        "body": 1,
    },
}  # fmt: skip


def summary(name: str) -> dict:
    data = to_dict(
        extract(decode((SAMPLES / name).read_bytes(), name=name), source=name)
    )
    return {
        **{
            k: data[k] for k in ("title", "province", "unit", "event_date", "plan_year")
        },
        "figures": [(f["year"], f["metric"], f["value"]) for f in data["figures"]],
        "people": [(p["name"], p["title"], p["organization"]) for p in data["people"]],
        "commendations": [
            (
                c["award"],
                c["issuer"],
                c["recipients"],
                c["collective_count"],
                c["individual_count"],
                c["total_count"],
            )
            for c in data["commendations"]
        ],  # fmt: skip
        "captions": data["captions"],
        "body": len(data["body"]),
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_article_is_read_as_an_editor_would(name):
    assert summary(name) == EXPECTED[name]


def test_every_sample_file_has_its_expectation():
    assert sorted(p.name for p in SAMPLES.glob("*.txt")) == sorted(EXPECTED)


def test_to_dict_has_exactly_the_keys_of_the_spec():
    data = to_dict(
        extract((SAMPLES / "vnpost_plan_conference.txt").read_text(), source="a")
    )
    assert list(data) == [
        "source", "title", "province", "unit", "event_date", "plan_year", "figures",
        "people", "commendations", "captions", "body",
    ]  # fmt: skip
    why = ["confidence", "reason"]
    assert [sorted(f) for f in data["figures"][:2]] == [
        sorted(["metric", "qualifier", "text", "unit", "value", "year", *why]),
        sorted(["label", "metric", "qualifier", "text", "unit", "value", "year", *why]),
    ]
    assert sorted(data["commendations"][0]) == sorted([
        "award", "collective_count", "individual_count", "issuer", "recipients",
        "total_count", "year", *why,
    ])  # fmt: skip
    assert sorted(data["people"][0]) == sorted(["name", "title", "organization", *why])


def test_every_fact_says_why_it_was_read_and_how_sure():
    article = extract((SAMPLES / "vnpost_plan_conference.txt").read_text())
    facts = [*article.figures, *article.people, *article.commendations]
    assert facts
    for fact in facts:
        assert fact.reason.strip()
        assert 0.0 <= fact.confidence <= 1.0
    revenue = next(f for f in article.figures if f.metric == "revenue")
    assert "doanh thu" in revenue.reason
    assert revenue.confidence >= max(
        f.confidence for f in article.figures if f.metric == "other"
    )


def test_money_and_counts_are_ints_percentages_and_multiples_floats():
    article = extract((SAMPLES / "vnpost_plan_conference.txt").read_text())
    types = {(f.unit, type(f.value)) for f in article.figures}
    assert types == {
        ("VND", int), ("VND/person/month", int), ("count", int), ("%", float),
        ("times", float),
    }  # fmt: skip


def test_the_article_keeps_the_row_of_its_province_and_its_lead():
    article = extract((SAMPLES / "merged_2025.txt").read_text())
    assert (article.province_code, article.province_era) == (15, "after")
    assert article.lead.startswith("Ngày 15/8/2025, Bưu điện tỉnh Lào Cai")
    assert article.commendations[0].kind == "bang_khen"


def test_a_figure_about_another_unit_carries_its_subject():
    text = (
        "Bưu điện tỉnh Hà Nam tổng kết năm 2019\n\n"
        "Ngày 6/1/2020, Bưu điện tỉnh Hà Nam tổng kết năm 2019. Năm 2019, Bưu điện "
        "tỉnh đạt tổng doanh thu 120 tỷ đồng; riêng Bưu điện huyện Kim Bảng đạt doanh "
        "thu 14,2 tỷ đồng, tăng 11%."
    )
    figures = to_dict(extract(text))["figures"]
    assert [(f["metric"], f["value"], f.get("subject")) for f in figures] == [
        ("revenue", 120_000_000_000, None),
        ("revenue", 14_200_000_000, "Bưu điện huyện Kim Bảng"),
        ("growth_percent", 11, "Bưu điện huyện Kim Bảng"),
    ]
