"""``articles.extraction.extract`` on more sample articles (``samples/varied/``).

Written for these tests, one quirk or more each: a district post office as
the only place, names in capitals, an English portal with its captions after
wide gaps, a presenter who is not the issuer, numbered sub-headings and a
paragraph cut off at the end, a unit formed in 2025, a newspaper copy of
2008 with a dateline and no title, nine-month figures and a multiple, a
medal named twice, a 2026 article in single lines with a byline.
"""

from pathlib import Path

import pytest

from articles.extraction import decode, extract, to_dict

SAMPLES = Path(__file__).resolve().parent / "samples" / "varied"
VNPOST = "Tổng công ty Bưu điện Việt Nam"
MIC = "Bộ Thông tin và Truyền thông"

EXPECTED = {
    "after_merger_2025.txt": {
        "title": 'Bưu điện tỉnh Tuyên Quang kiện toàn bộ máy sau hợp nhất',
        "province": 'Tuyên Quang',
        "unit": 'Bưu điện tỉnh Tuyên Quang',
        "event_date": '--07-02',
        "plan_year": None,
        "figures": [
            (2025, "other", 190000000000, "VND"),
        ],
        "people": [
            ('Ma Thị Thu', 'Giám đốc', 'Bưu điện tỉnh Tuyên Quang'),
        ],
        "commendations": [
        ],
        "captions": [],
        "body": 2,
    },
    "capitals_names_2012.txt": {
        "title": 'BƯU ĐIỆN TỈNH PHÚ YÊN TỔNG KẾT NĂM 2011',
        "province": 'Phú Yên',
        "unit": 'Bưu điện tỉnh Phú Yên',
        "event_date": '2012-01-09',
        "plan_year": 2012,
        "figures": [
            (2011, "revenue", 48600000000, "VND"),
            (2011, "plan_completion_percent", 104.0, "%"),
            (2011, "growth_percent", 21.3, "%"),
            (2011, "budget_contribution", 1200000000, "VND"),
            (2012, "revenue_target", 56000000000, "VND"),
        ],
        "people": [
            ('Trần Quốc Dũng', 'Phó Tổng Giám đốc', 'Tổng công ty Bưu chính Việt Nam'),
            ('Lê Thị Thu Hà', 'Phó Chủ tịch', 'UBND tỉnh Phú Yên'),
        ],
        "commendations": [
            ('Cờ thi đua', VNPOST, ['Bưu điện tỉnh Phú Yên'], None, None, None, None),
            ('Bằng khen', VNPOST, ['Bưu điện tỉnh Phú Yên'], 5, 14, None, 2011),
        ],
        "captions": ['Lãnh đạo Tổng công ty trao Cờ thi đua cho Bưu điện tỉnh Phú Yên'],
        "body": 6,
    },
    "district_only_2019.txt": {
        "title": 'Bưu điện huyện Yên Thế chi trả lương hưu tận nhà cho người cao tuổi',
        "province": 'Bắc Giang',
        "unit": 'Bưu điện tỉnh Bắc Giang',
        "event_date": '2019-03-04',
        "plan_year": None,
        "figures": [
            (2018, "other", 2350000000, "VND"),
            (2018, "other", 17.0, "%"),
            # communes a district office serves are counted since the second
            # corpus batch ("mở rộng ... ra N xã, thị trấn")
            (2018, "other", 21, "count"),
        ],
        "people": [
            ('Nguyễn Văn Khoa', 'Giám đốc', 'Bưu điện huyện Yên Thế'),
        ],
        "commendations": [
        ],
        "captions": [],
        "body": 3,
    },
    "english_2024.txt": {
        "title": 'Quang Tri Post Office reviews 2023 and rolls out 2024 plan',
        "province": 'Quảng Trị',
        "unit": 'Bưu điện tỉnh Quảng Trị',
        "event_date": '2024-01-12',
        "plan_year": 2024,
        "figures": [
            (2023, "revenue", 402500000000, "VND"),
            (2023, "growth_percent", 9.8, "%"),
            (2023, "budget_contribution", 6100000000, "VND"),
            (2023, "avg_income_monthly", 11200000, "VND/person/month"),
            (2024, "revenue_target", 440000000000, "VND"),
        ],
        "people": [
            ('Le Van Tam', 'Deputy General Director', 'Vietnam Post Corporation'),
        ],
        "commendations": [
        ],
        "captions": ['Delegates at the conference'],
        "body": 3,
    },
    "hanoi_kniem_2010.txt": {
        "title": 'Bưu điện thành phố Hà Nội đón nhận Huân chương Lao động hạng Nhất',
        "province": 'Hà Nội',
        "unit": 'Bưu điện thành phố Hà Nội',
        "event_date": '2010-10-15',
        "plan_year": None,
        "figures": [
        ],
        "people": [
            ('Phạm Quang Nghị', 'Bí thư Thành ủy Hà Nội', 'Thành ủy Hà Nội'),
        ],
        "commendations": [
            ('Huân chương Lao động hạng Nhất', 'Chủ tịch nước', ['Bưu điện thành phố Hà Nội'], None, None, None, None),
            ('Kỷ niệm chương Vì sự nghiệp Thông tin và Truyền thông', MIC, [], None, 12, None, None),
        ],
        "captions": [],
        "body": 2,
    },
    "newspaper_2008.txt": {
        "title": None,
        "province": 'Bình Thuận',
        "unit": 'Bưu điện tỉnh Bình Thuận',
        "event_date": '2008-12-25',
        "plan_year": 2009,
        "figures": [
            (2008, "revenue", 41200000000, "VND"),
            (2008, "growth_percent", 12.0, "%"),
            (2008, "avg_income_monthly", 3400000, "VND/person/month"),
            (2009, "revenue_target", 46000000000, "VND"),
        ],
        "people": [
        ],
        "commendations": [
            ('Bằng khen', MIC, ['Bưu điện tỉnh Bình Thuận'], None, None, None, 2008),
        ],
        "captions": [],
        "body": 4,
    },
    "nine_months_2021.txt": {
        "title": 'Bưu điện Thái Nguyên sơ kết 9 tháng năm 2021',
        "province": 'Thái Nguyên',
        "unit": 'Bưu điện tỉnh Thái Nguyên',
        "event_date": '2021-10-08',
        "plan_year": None,
        "figures": [
            (2021, "other", 158700000000, "VND"),
            (2021, "other", 76.0, "%"),
            (2021, "other", 11.2, "%"),
            (2021, "other", 2.3, "times"),
        ],
        "people": [
        ],
        "commendations": [
        ],
        "captions": [],
        "body": 3,
    },
    "presenter_caption_2022.txt": {
        "title": 'Bưu điện tỉnh Sóc Trăng nhận Cờ thi đua của Chính phủ',
        "province": 'Sóc Trăng',
        "unit": 'Bưu điện tỉnh Sóc Trăng',
        "event_date": '2022-01-18',
        "plan_year": None,
        "figures": [
            (2021, "revenue", 132450000000, "VND"),
            (2021, "other", 6.2, "%"),
        ],
        "people": [
            ('Lâm Văn Mẫn', 'Phó Chủ tịch', 'UBND tỉnh Sóc Trăng'),
            ('Huỳnh Văn Thọ', 'Giám đốc', 'Bưu điện tỉnh Sóc Trăng'),
        ],
        "commendations": [
            ('Cờ thi đua', 'Chính phủ', ['Bưu điện tỉnh Sóc Trăng'], None, None, None, 2021),
            ('Giấy khen', 'Bưu điện tỉnh Sóc Trăng', [], 8, 25, None, None),
        ],
        "captions": ['Ông Lâm Văn Mẫn, Phó Chủ tịch UBND tỉnh, trao Cờ thi đua cho Bưu điện tỉnh'],
        "body": 3,
    },
    "single_lines_2026.txt": {
        "title": 'Bưu điện tỉnh Gia Lai triển khai nhiệm vụ năm 2026',
        "province": 'Gia Lai',
        "unit": 'Bưu điện tỉnh Gia Lai',
        "event_date": '2026-01-14',
        "plan_year": None,
        "figures": [
            (2025, "revenue", 512000000000, "VND"),
            (2025, "growth_percent", -3.0, "%"),
            (2026, "revenue_target", 560000000000, "VND"),
            (2026, "avg_income_target", 14500000, "VND/person/month"),
        ],
        "people": [
            ('Nguyễn Hữu Phước', 'Giám đốc', 'Bưu điện tỉnh Gia Lai'),
        ],
        "commendations": [
            ('Bằng khen', 'Bộ Khoa học và Công nghệ', ['Bưu điện tỉnh Gia Lai'], None, 3, None, None),
        ],
        "captions": ['Giám đốc Bưu điện tỉnh Nguyễn Hữu Phước phát biểu tại hội nghị'],
        "body": 4,
    },
    "subheadings_2016.txt": {
        "title": 'Bưu điện tỉnh Kiên Giang: nỗ lực vượt khó',
        "province": 'Kiên Giang',
        "unit": 'Bưu điện tỉnh Kiên Giang',
        "event_date": '2016-01-06',
        "plan_year": None,
        "figures": [
            (2015, "revenue", 86000000000, "VND"),
            (2015, "plan_completion_percent", 102.5, "%"),
            (2015, "other", 31000000000, "VND"),
            (2016, "revenue_target", 95000000000, "VND"),
        ],
        "people": [
        ],
        "commendations": [
        ],
        "captions": ['Các đại biểu chụp ảnh lưu niệm tại hội nghị'],
        "body": 6,
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
        "figures": [
            (f["year"], f["metric"], f["value"], f["unit"]) for f in data["figures"]
        ],
        "people": [(p["name"], p["title"], p["organization"]) for p in data["people"]],
        "commendations": [
            (
                c["award"],
                c["issuer"],
                c["recipients"],
                c["collective_count"],
                c["individual_count"],
                c["total_count"],
                c["year"],
            )
            for c in data["commendations"]
        ],  # fmt: skip
        "captions": data["captions"],
        "body": len(data["body"]),
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_varied_sample_article_is_read_as_an_editor_would(name):
    assert summary(name) == EXPECTED[name]


def test_every_varied_sample_file_has_its_expectation():
    assert sorted(p.name for p in SAMPLES.glob("*.txt")) == sorted(EXPECTED)
