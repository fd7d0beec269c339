"""The revenue table as CSV (Excel, Vietnamese settings) and JSON downloads."""

import csv
import io
import json

import pytest
from django.urls import reverse

from facts.models import Metric
from tests.factories import make_article, make_figure, province

pytestmark = pytest.mark.django_db


@pytest.fixture
def bac_giang(provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    revenue = make_figure(article, prov, year=2019, value=287_000_000_000)
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
        "unit": "VND",
        "rows": [
            {
                "year": 2019,
                "province": "bac-giang",
                "province_name": "Bắc Giang (trước 01/07/2025)",
                "era": "before",
                "revenue": 287_000_000_000,
                "revenue_target": 275_000_000_000,
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
                "revenue_target": None,
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
