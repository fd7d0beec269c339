"""The revenue table as CSV (Excel, Vietnamese settings) and JSON downloads."""

import csv
import io
import json

import pytest
from django.urls import reverse

from facts.models import Metric
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    province,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def bac_giang(provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    revenue = make_figure(
        article, prov, year=2019, value=287_000_000_000, qualifier="hơn"
    )
    target = make_figure(
        article, prov, year=2019, metric=Metric.REVENUE_TARGET, value=275_000_000_000
    )
    older = make_figure(article, prov, year=2018, value=224_500_000_000)
    make_figure(article, prov, year=2017, value=1, state="proposed")
    return article, revenue, target, older


def test_csv_is_utf8_with_bom_semicolons_and_a_decimal_comma(client, bac_giang):
    article, revenue, target, older = bac_giang
    response = client.get(reverse("provinces:revenue_csv", args=["bac-giang"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="doanh-thu-bac-giang.csv"'
    )
    assert response.content.startswith(b"\xef\xbb\xbf")
    source = f"http://testserver{article.get_absolute_url()}"
    rows = list(
        csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    )
    assert rows == [
        [
            "Năm",
            "Tỉnh, thành phố",
            "Mã đường dẫn",
            "Doanh thu (đồng)",
            "Kế hoạch doanh thu (đồng)",
            "Tỷ lệ hoàn thành kế hoạch (%)",
            "Nguồn số liệu doanh thu",
            "Nguồn số liệu kế hoạch",
            "Từ chỉ mức doanh thu",
            "Từ chỉ mức kế hoạch",
        ],
        [
            "2019",
            "Bắc Giang (trước 01/07/2025)",
            "bac-giang",
            "287000000000",
            "275000000000",
            "104,4",
            f"{source}#cau-{revenue.pk}",
            f"{source}#cau-{target.pk}",
            "hơn",
            "",
        ],
        [
            "2018",
            "Bắc Giang (trước 01/07/2025)",
            "bac-giang",
            "224500000000",
            "",
            "",
            f"{source}#cau-{older.pk}",
            "",
            "",
            "",
        ],
    ]


def test_json_has_the_same_rows_as_plain_numbers(client, bac_giang):
    article, revenue, target, older = bac_giang
    response = client.get(reverse("provinces:revenue_json", args=["bac-giang"]))
    assert response["Content-Type"] == "application/json"
    source = f"http://testserver{article.get_absolute_url()}"
    assert json.loads(response.content) == {
        "province": {
            "name": "Bắc Giang (trước 01/07/2025)",
            "slug": "bac-giang",
            "era": "before",
            "url": "http://testserver/tinh/bac-giang/",
        },
        "table": "doanh-thu",
        "title": "Doanh thu và kế hoạch doanh thu theo năm",
        "unit": "VND",
        "rows": [
            {
                "year": 2019,
                "province": "bac-giang",
                "province_name": "Bắc Giang (trước 01/07/2025)",
                "era": "before",
                "revenue": 287_000_000_000,
                "revenue_qualifier": "hơn",
                "revenue_target": 275_000_000_000,
                "revenue_target_qualifier": "",
                "achievement_percent": 104.4,
                "revenue_source": f"{source}#cau-{revenue.pk}",
                "revenue_target_source": f"{source}#cau-{target.pk}",
            },
            {
                "year": 2018,
                "province": "bac-giang",
                "province_name": "Bắc Giang (trước 01/07/2025)",
                "era": "before",
                "revenue": 224_500_000_000,
                "revenue_qualifier": "",
                "revenue_target": None,
                "revenue_target_qualifier": None,
                "achievement_percent": None,
                "revenue_source": f"{source}#cau-{older.pk}",
                "revenue_target_source": None,
            },
        ],
    }


def test_a_merged_province_downloads_each_predecessor_labelled(client, bac_giang):
    response = client.get(reverse("provinces:revenue_json", args=["bac-ninh"]))
    rows = json.loads(response.content)["rows"]
    assert [(r["province_name"], r["year"], r["revenue"]) for r in rows] == [
        ("Bắc Giang (trước 01/07/2025)", 2019, 287_000_000_000),
        ("Bắc Giang (trước 01/07/2025)", 2018, 224_500_000_000),
    ]


def test_the_page_links_to_both_downloads(client, bac_giang):
    html = client.get(reverse("provinces:detail", args=["bac-giang"])).content.decode()
    assert 'href="/tinh/bac-giang/doanh-thu.csv" download>Tải CSV (Excel)</a>' in html
    assert 'href="/tinh/bac-giang/doanh-thu.json">Tải JSON</a>' in html


def test_unknown_province_download_is_404(client, provinces):
    assert (
        client.get(reverse("provinces:revenue_csv", args=["khong-co"])).status_code
        == 404
    )


def test_a_name_a_spreadsheet_would_run_as_a_formula_is_quoted(client, bac_giang):
    prov = province("bac-giang")
    prov.name = '=HYPERLINK("http://x.test";"Bắc Giang")'
    prov.save()
    response = client.get(reverse("provinces:revenue_csv", args=["bac-giang"]))
    rows = list(
        csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    )
    assert rows[1][1] == '\'=HYPERLINK("http://x.test";"Bắc Giang") (trước 01/07/2025)'


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_other_indicators_download_keeps_label_qualifier_and_unit(client, provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    figure = make_figure(
        article,
        prov,
        metric=Metric.AVG_INCOME_MONTHLY,
        value=12_180_000,
        unit="VND/person/month",
        qualifier="gần",
    )
    make_figure(
        article, prov, metric=Metric.GROWTH_PERCENT, value=28.5, unit="%", year=2018
    )
    url = reverse("provinces:table_csv", args=["bac-giang", "chi-tieu-khac"])
    response = client.get(url)
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="chi-tieu-khac-bac-giang.csv"'
    )
    source = f"http://testserver{article.get_absolute_url()}"
    assert csv_rows(response)[1:] == [
        [
            "2019",
            "Bắc Giang (trước 01/07/2025)",
            "bac-giang",
            "Thu nhập bình quân",
            "avg_income_monthly",
            "gần",
            "12180000",
            "VND/person/month",
            f"{source}#cau-{figure.pk}",
        ],
        [
            "2018",
            "Bắc Giang (trước 01/07/2025)",
            "bac-giang",
            "Tăng trưởng",
            "growth_percent",
            "",
            "28,5",
            "%",
            f"{source}#cau-{figure.pk + 1}",
        ],
    ]
    data = client.get(
        reverse("provinces:table_json", args=["bac-giang", "chi-tieu-khac"])
    ).json()
    assert [(r["value"], r["qualifier"]) for r in data["rows"]] == [
        (12_180_000, "gần"),
        (28.5, ""),
    ]


def test_event_and_award_downloads_guard_cells_a_spreadsheet_would_run(
    client, provinces
):
    prov = province("bac-giang")
    article = make_article(prov)
    make_ceremony(article, prov, title='=HYPERLINK("http://x")', month=None, day=None)
    make_commendation(article, prov, award_name="@Cờ thi đua", year_end=2020)
    events = csv_rows(
        client.get(reverse("provinces:table_csv", args=["bac-giang", "su-kien"]))
    )
    assert events[0][:4] == ["Ngày", "Tỉnh, thành phố", "Mã đường dẫn", "Tên sự kiện"]
    assert events[1][:4] == [
        "2019",
        "Bắc Giang (trước 01/07/2025)",
        "bac-giang",
        '\'=HYPERLINK("http://x")',
    ]
    awards = csv_rows(
        client.get(reverse("provinces:table_csv", args=["bac-giang", "khen-thuong"]))
    )
    assert awards[1][:7] == [
        "2019",
        "2020",
        "Bắc Giang (trước 01/07/2025)",
        "bac-giang",
        "Cờ đơn vị xuất sắc",
        "'@Cờ thi đua",
        "Bộ Thông tin và Truyền thông",
    ]
    data = client.get(
        reverse("provinces:table_json", args=["bac-giang", "khen-thuong"])
    ).json()
    assert data["rows"][0]["award_name"] == "@Cờ thi đua"


def test_an_unknown_table_is_404(client, provinces):
    url = reverse("provinces:table_csv", args=["bac-giang", "khong-co"])
    assert client.get(url).status_code == 404
