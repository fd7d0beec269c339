"""figures/: accepted yearly figures with their source, filters and CSV."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from articles.models import Article
from facts.models import ReviewState, YearlyFigure

pytestmark = pytest.mark.django_db

URL = "/api/v1/figures/"


def ids(response):
    return sorted(row["id"] for row in response.json()["results"])


def pks(sample, *names):
    return sorted(sample.figures[name].pk for name in names)


ALL = ["bac_giang_2019", "old_bac_ninh_2019", "bac_ninh_2026", "growth"]


def test_a_figure_names_province_year_metric_value_and_source(api, sample):
    figure = sample.figures["bac_giang_2019"]
    article = sample.old_article
    assert api.get(f"{URL}{figure.pk}/").json() == {
        "id": figure.pk,
        "current_province": "bac-ninh",
        "year": 2019,
        "metric": "revenue",
        "label": "",
        "value": 287000000000,
        "unit": "VND",
        "qualifier": "",
        "subject": "",
        "kind": "result",
        "province": {"slug": "bac-giang", "name": "Bắc Giang", "era": "before"},
        "article": {
            "id": article.pk,
            "slug": article.slug,
            "title": "Bưu điện tỉnh Bắc Giang tổng kết năm 2019",
            "published_at": timezone.localtime(article.published_at).isoformat(),
            "url": f"http://testserver/api/v1/articles/{article.slug}/",
            "site_url": f"http://testserver/bai-viet/{article.slug}/",
        },
        "source_text": "Tổng doanh thu đạt con số này",
        "updated_at": timezone.localtime(figure.updated_at).isoformat(),
    }


def test_values_are_json_numbers_money_whole_percentages_decimal(api, sample):
    body = api.get(URL, {"province": "bac-giang"}).content.decode()
    assert '"value":28.5,' in body
    assert '"value":287000000000,' in body


def test_only_accepted_figures_of_published_articles(api, sample):
    assert ids(api.get(URL)) == pks(sample, *ALL)
    assert YearlyFigure.objects.count() == 8


@pytest.mark.parametrize("state", [ReviewState.PROPOSED, ReviewState.REJECTED], ids=str)
def test_a_figure_not_accepted_is_not_found(api, sample, state):
    figure = YearlyFigure.objects.get(state=state)
    assert api.get(f"{URL}{figure.pk}/").status_code == 404


def test_a_figure_of_a_draft_is_not_found(api, sample):
    figure = YearlyFigure.objects.get(article=sample.draft)
    assert api.get(f"{URL}{figure.pk}/").status_code == 404


def test_province_alone_is_that_province(api, sample):
    assert ids(api.get(URL, {"province": "bac-ninh"})) == pks(sample, "bac_ninh_2026")


def test_include_predecessors_adds_the_former_provinces(api, sample):
    response = api.get(URL, {"province": "bac-ninh", "include_predecessors": "true"})
    assert ids(response) == pks(sample, *ALL)
    assert {r["province"]["slug"] for r in response.json()["results"]} == {
        "bac-ninh",
        "bac-giang",
        "bac-ninh-truoc-2025",
    }


def test_include_predecessors_changes_nothing_for_a_former_province(api, sample):
    response = api.get(URL, {"province": "bac-giang", "include_predecessors": "true"})
    assert ids(response) == pks(sample, "bac_giang_2019", "growth")


def test_fold_into_successor_answers_for_the_current_province(api, sample):
    response = api.get(URL, {"province": "bac-giang", "fold_into_successor": "true"})
    assert ids(response) == pks(sample, "bac_ninh_2026")


def test_fold_and_include_give_the_whole_merged_province(api, sample):
    params = {
        "province": "bac-giang",
        "fold_into_successor": "true",
        "include_predecessors": "true",
    }
    assert ids(api.get(URL, params)) == pks(sample, *ALL)


def test_unknown_province_is_a_400(api, sample):
    response = api.get(URL, {"province": "atlantis"})
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["province"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"year": 2019}, ["bac_giang_2019", "old_bac_ninh_2019", "growth"]),
        ({"year_from": 2020}, ["bac_ninh_2026"]),
        ({"year_to": 2019}, ["bac_giang_2019", "old_bac_ninh_2019", "growth"]),
        (
            {"year_from": 2019, "year_to": 2025},
            ["bac_giang_2019", "old_bac_ninh_2019", "growth"],
        ),
        ({"metric": "growth_percent"}, ["growth"]),
        ({"metric": ["growth_percent", "revenue_target"]}, ["growth", "bac_ninh_2026"]),
        ({"kind": "target"}, ["bac_ninh_2026"]),
        ({"kind": "result"}, ["bac_giang_2019", "old_bac_ninh_2019", "growth"]),
    ],
)
def test_filters(api, sample, params, expected):
    assert ids(api.get(URL, params)) == pks(sample, *expected)


@pytest.mark.parametrize("params", [{"year": 1800}, {"year_to": "abc"}, {"kind": "x"}])
def test_invalid_filters_are_400(api, sample, params):
    response = api.get(URL, params)
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == list(params)


def test_updated_since_follows_edits_and_publication(api, sample):
    since = timezone.now()
    assert ids(api.get(URL, {"updated_since": since.isoformat()})) == []
    figure = sample.figures["growth"]
    figure.value = "29.000"
    figure.save()
    assert ids(api.get(URL, {"updated_since": since.isoformat()})) == [figure.pk]
    # A scheduled article coming due makes its accepted figure public.
    due = YearlyFigure.objects.get(article=sample.scheduled)
    Article.objects.filter(pk=sample.scheduled.pk).update(
        published_at=since + datetime.timedelta(seconds=1)
    )
    later = {"updated_since": since.isoformat()}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: since + datetime.timedelta(seconds=2))
        assert ids(api.get(URL, later)) == sorted([figure.pk, due.pk])


def test_ordering_by_value_descending_then_id(api, sample):
    response = api.get(URL, {"ordering": "-value"})
    assert [r["id"] for r in response.json()["results"]] == [
        sample.figures[n].pk
        for n in ["bac_ninh_2026", "old_bac_ninh_2019", "bac_giang_2019", "growth"]
    ]


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_is_utf8_with_bom_and_every_matching_row(api, sample):
    response = api.get(URL, {"format": "csv", "province": "bac-giang", "page_size": 1})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = read_csv(response)
    assert [(r["province.name"], r["year"], r["metric"], r["value"]) for r in rows] == [
        ("Bắc Giang", "2019", "growth_percent", "28.5"),
        ("Bắc Giang", "2019", "revenue", "287000000000"),
    ]
    assert rows[1]["current_province"] == "bac-ninh"
    assert rows[1]["article.title"] == "Bưu điện tỉnh Bắc Giang tổng kết năm 2019"
    assert rows[1]["source_text"] == "Tổng doanh thu đạt con số này"


def test_csv_of_nothing_still_has_its_header(api, sample):
    response = api.get(URL, {"format": "csv", "year": 1999})
    assert response.content.decode("utf-8").splitlines() == [
        "\ufeffid,province.slug,province.name,province.era,current_province,year,"
        "metric,label,value,unit,qualifier,subject,kind,article.slug,article.title,"
        "article.site_url,source_text,updated_at"
    ]


def test_csv_errors_are_still_json(api, sample):
    response = api.get(URL, {"format": "csv", "year": "abc"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["code"] == "invalid"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(api, sample):
    figure = sample.figures["growth"]
    figure.source_text = '=HYPERLINK("http://example.invalid","bấm")'
    figure.value = -3
    figure.save()
    rows = read_csv(api.get(URL, {"format": "csv", "metric": "growth_percent"}))
    row = next(r for r in rows if r["id"] == str(figure.pk))
    assert row["source_text"] == '\'=HYPERLINK("http://example.invalid","bấm")'
    assert row["value"] == "-3.0"
