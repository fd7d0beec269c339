"""What holds on every endpoint: methods, errors, validators, pages, queries."""

import datetime
import json
import time

import pytest
from django.core.cache import cache
from django.utils import timezone
from django.utils.http import http_date, parse_http_date

from articles.models import Article
from facts.models import Metric
from provinces.models import Province
from tests.api.sample import SECRET
from tests.factories import make_figure, province

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/provinces/",
    "/api/v1/figures/",
    "/api/v1/ceremonies/",
    "/api/v1/commendations/",
    "/api/v1/articles/",
    "/api/v1/people/",
    "/api/v1/organizations/",
]


def details(sample):
    return [
        "/api/v1/provinces/bac-giang/",
        f"/api/v1/figures/{sample.figures['growth'].pk}/",
        f"/api/v1/ceremonies/{sample.ceremony.pk}/",
        f"/api/v1/commendations/{sample.commendation.pk}/",
        f"/api/v1/articles/{sample.old_article.slug}/",
        f"/api/v1/people/{sample.ceremony.attendees.first().person_id}/",
        f"/api/v1/organizations/{sample.commendation.issuer_id}/",
    ]


@pytest.fixture
def every_url(sample):
    return LISTS + details(sample)


def test_get_head_and_options_answer_on_every_endpoint(api, every_url):
    for url in every_url:
        get, head = api.get(url), api.head(url)
        assert (get.status_code, head.status_code) == (200, 200), url
        assert head.content == b""
        assert head["ETag"] == get["ETag"]
        options = api.options(url)
        assert options.status_code == 200
        assert options.json()["renders"][0] == "application/json"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_any_other_method_is_a_json_405(api, every_url, method):
    for url in every_url:
        response = getattr(api, method)(url, {"name": "x"}, format="json")
        assert response.status_code == 405, url
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert response.json() == {
            "error": {
                "status": 405,
                "code": "method_not_allowed",
                "message": "Phương thức không được phép: API chỉ nhận GET, HEAD và "
                "OPTIONS.",
            }
        }


def test_an_unknown_api_address_is_a_json_404(api, db):
    response = api.get("/api/v1/parcels/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_no_hidden_content_or_staff_field_ever_appears(api, every_url, sample):
    staff_only = {
        "state",
        "status",
        "author",
        "source_name",
        "content_hash",
        "search_text",
        "search_key",
        "key",
        "note",
        "created_at",
        "captions_raw",
        "key_hash",
    }
    bodies = [api.get(url).content.decode() for url in every_url]
    bodies += [api.get(url, {"format": "csv"}).content.decode() for url in LISTS[1:2]]
    for body in bodies:
        assert SECRET not in body
        assert sample.draft.slug not in body and sample.scheduled.slug not in body
        if not body.startswith("\ufeff"):
            assert not keys(json.loads(body)) & staff_only


def keys(data) -> set:
    if isinstance(data, dict):
        return set(data).union(*(keys(v) for v in data.values()))
    if isinstance(data, list):
        return set().union(*(keys(v) for v in data))
    return set()


def test_every_answer_has_an_etag_and_last_modified(api, every_url):
    for url in every_url:
        response = api.get(url)
        assert response["ETag"].startswith('"') and len(response["ETag"]) == 34
        assert parse_http_date(response["Last-Modified"]) > 0


def test_if_none_match_gives_304_until_the_content_changes(api, sample):
    url = "/api/v1/figures/"
    first = api.get(url)
    again = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert again["Last-Modified"] == first["Last-Modified"]
    make_figure(
        sample.new_article, province("bac-ninh"), year=2025, metric=Metric.REVENUE
    )
    changed = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert parse_http_date(changed["Last-Modified"]) >= parse_http_date(
        first["Last-Modified"]
    )


def test_if_modified_since_gives_304_until_the_content_changes(api, sample):
    url = f"/api/v1/figures/{sample.figures['growth'].pk}/"
    # A change within the current second is never named by Last-Modified
    # (a later change in that second must still show): let the second pass.
    time.sleep(1.05 - time.time() % 1)
    first = api.get(url)
    assert (
        api.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    )
    earlier = http_date(parse_http_date(first["Last-Modified"]) - 1)
    assert api.get(url, HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200
    figure = sample.figures["growth"]
    figure.value = "30.000"
    figure.save()
    assert (
        api.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 200
    )


def test_conditional_head_gives_304(api, sample):
    first = api.head("/api/v1/articles/")
    assert (
        api.head("/api/v1/articles/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code
        == 304
    )


def test_a_csv_and_a_json_answer_have_their_own_etags(api, sample):
    json_etag = api.get("/api/v1/figures/")["ETag"]
    csv_etag = api.get("/api/v1/figures/", {"format": "csv"})["ETag"]
    assert json_etag != csv_etag
    again = api.get("/api/v1/figures/", {"format": "csv"}, HTTP_IF_NONE_MATCH=csv_etag)
    assert again.status_code == 304


def walk(api, url, params):
    """Every row, page after page, following ``next``; and the pages seen."""
    rows, pages, response = [], [], api.get(url, params)
    while True:
        body = response.json()
        pages.append(body)
        rows += body["results"]
        if not body["next"]:
            return rows, pages
        response = api.get(body["next"])


@pytest.mark.parametrize(
    "ordering", ["", "name", "-code", "era,-name", "code,era"], ids=repr
)
def test_pages_cover_every_row_once_whatever_the_ordering(api, provinces, ordering):
    order = {"ordering": ordering} if ordering else {}  # "": the default
    everything = api.get("/api/v1/provinces/", {**order, "page_size": 200})
    expected = [r["slug"] for r in everything.json()["results"]]
    rows, pages = walk(api, "/api/v1/provinces/", {**order, "page_size": 7})
    assert [r["slug"] for r in rows] == expected
    assert len(pages) == 14
    assert pages[0]["previous"] is None and pages[-1]["next"] is None


def test_previous_goes_back_one_page(api, provinces):
    first = api.get("/api/v1/provinces/", {"page_size": 5}).json()
    second = api.get(first["next"]).json()
    back = api.get(second["previous"]).json()
    assert back["results"] == first["results"]
    assert back["previous"] is None
    assert back["next"] is not None


def test_ordering_ties_are_broken_by_id(api, sample):
    rows = api.get("/api/v1/figures/", {"ordering": "year", "page_size": 1})
    seen, body = [], rows.json()
    while True:
        seen.append(body["results"][0]["id"])
        if not body["next"]:
            break
        body = api.get(body["next"]).json()
    growth, bac_giang = sample.figures["growth"], sample.figures["bac_giang_2019"]
    old_bac_ninh, bac_ninh = (
        sample.figures["old_bac_ninh_2019"],
        sample.figures["bac_ninh_2026"],
    )
    assert seen == [*sorted([growth.pk, bac_giang.pk, old_bac_ninh.pk]), bac_ninh.pk]


@pytest.mark.parametrize(
    "cursor", ["nonsense", "eyJwIjpbMSwyLDNdfQ", "eyJwIjpbImFiYyJdfQ", "e30"]
)
def test_a_bad_cursor_is_a_400(api, sample, cursor):
    response = api.get("/api/v1/figures/", {"cursor": cursor, "ordering": "id"})
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {
        "cursor": ["Con trỏ phân trang không hợp lệ."]
    }


@pytest.mark.parametrize(
    ("size", "message"),
    [
        (500, "Cần một số không lớn hơn 200."),
        (0, "Cần một số từ 1 trở lên."),
        ("", "Cần một số nguyên."),
    ],
)
def test_page_size_out_of_bounds_is_a_400(api, provinces, size, message):
    response = api.get("/api/v1/provinces/", {"page_size": size})
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"page_size": [message]}


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/v1/provinces/a%00b/", 404),
        ("/api/v1/articles/a%00b/", 404),
        ("/api/v1/figures/abc/", 404),
        ("/api/v1/figures/99999999999999999999/", 404),
        ("/api/v1/figures/?province=a%00b", 400),
        ("/api/v1/articles/?q=a%00b", 400),
        ("/api/v1/people/?q=%00", 400),
        ("/api/v1/figures/?metric=%00", 400),
        ("/api/v1/figures/?updated_since=0001-01-01T00:00:00%2B14:00", 200),
        ("/api/v1/figures/?updated_since=9999-12-31T23:59:59-23:59", 200),
        ("/api/v1/figures/?updated_since=2025-07-01T00:00:00%2B16:00", 200),
        ("/api/v1/figures/?updated_since=2025-07-01T00:00:00%2B24:00", 400),
        ("/api/v1/figures/?updated_since=2025-07-01", 400),
        ("/api/v1/figures/?year=99999999999999999999", 400),
        ("/api/v1/commendations/?issuer=99999999999999999999", 400),
        ("/api/v1/figures/?format=xml", 400),
        ("/api/v1/people/?ordering=name%00", 400),
    ],
)
def test_hostile_input_is_a_4xx_never_a_5xx(api, sample, url, status):
    response = api.get(url)
    assert response.status_code == status
    if status != 200:
        assert response.json()["error"]["status"] == status


def test_options_answers_carry_validators_too(api, sample):
    response = api.options("/api/v1/figures/")
    assert response["ETag"] != api.get("/api/v1/figures/")["ETag"]
    assert parse_http_date(response["Last-Modified"]) > 0


def test_a_missing_slash_redirects_to_the_api_address(api, db):
    response = api.get("/api/v1/provinces")
    assert (response.status_code, response["Location"]) == (301, "/api/v1/provinces/")


def test_an_accept_header_the_api_cannot_meet_is_a_json_406(api, db):
    response = api.get("/api/v1/provinces/", HTTP_ACCEPT="application/xml")
    assert response.status_code == 406
    assert response.json()["error"]["code"] == "not_acceptable"


def test_the_api_root_lists_every_endpoint_and_the_docs(api):
    body = api.get("/api/v1/").json()
    assert sorted(body["endpoints"]) == sorted(u.split("/")[3] for u in LISTS)
    assert body["endpoints"]["figures"] == "http://testserver/api/v1/figures/"
    assert body["documentation"] == {
        "schema": "http://testserver/api/v1/schema/",
        "docs": "http://testserver/api/v1/docs/",
        "redoc": "http://testserver/api/v1/redoc/",
    }


def test_an_unknown_parameter_is_a_400_naming_it(api, sample):
    response = api.get("/api/v1/figures/", {"era": "before", "year": 2019})
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "status": 400,
            "code": "invalid",
            "message": "Tham số không hợp lệ.",
            "fields": {"era": ["Tham số không có trong tài liệu của địa chỉ này."]},
        }
    }


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("year=2019&year=2020", "year", "Tham số này chỉ được gửi một lần."),
        ("include_predecessors=1", "include_predecessors", "Cần true hoặc false."),
        ("kind=", "kind", "Cần một trong các giá trị: result, target."),
        ("ordering=year,height", "ordering", None),
        ("ordering=", "ordering", None),
        ("ordering=year&ordering=id", "ordering", "Tham số này chỉ được gửi một lần."),
        ("cursor=", "cursor", "Không được để trống."),
        ("year=0", "year", None),
        ("province=ha-tay", "province", None),
        ("format=", "format", "Cần một trong các giá trị: csv, json."),
    ],
)
def test_what_the_schema_forbids_is_a_400(api, sample, query, field, message):
    response = api.get(f"/api/v1/figures/?{query}")
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert list(fields) == [field]
    if message:
        assert fields[field] == [message]


@pytest.mark.parametrize(
    "query",
    [
        "metric=revenue&metric=growth_percent",
        "ordering=year,year",
        "include_predecessors=false&province=bac-ninh",
        "updated_since=2025-07-01T00:00:00.5z",
    ],
)
def test_what_the_schema_allows_is_answered(api, sample, query):
    assert api.get(f"/api/v1/figures/?{query}").status_code == 200


def test_a_detail_takes_no_query_parameter(api, sample):
    url = f"/api/v1/figures/{sample.figures['growth'].pk}/"
    assert api.get(url, {"format": "json"}).status_code == 400


def test_last_modified_is_when_the_data_last_changed(api, provinces):
    moment = datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC)
    Province.history.update(history_date=moment)
    first = api.get("/api/v1/provinces/")
    assert first["Last-Modified"] == "Tue, 01 Jul 2025 00:00:00 GMT"
    cache.clear()  # nothing of it is kept in the cache
    again = api.get("/api/v1/provinces/")
    assert (again["ETag"], again["Last-Modified"]) == (
        first["ETag"],
        first["Last-Modified"],
    )


def test_an_article_coming_due_changes_the_validators(api, sample):
    first = api.get("/api/v1/articles/")
    Article.objects.filter(pk=sample.scheduled.pk).update(
        published_at=timezone.now() - datetime.timedelta(seconds=1),
        updated_at=sample.scheduled.updated_at,
    )
    response = api.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert sample.scheduled.slug in response.content.decode()


@pytest.mark.parametrize("offset", ["+16:00", "-23:59", "+14:00"])
def test_updated_since_takes_every_rfc3339_offset_on_every_list(api, sample, offset):
    # PostgreSQL refuses offsets beyond ±15:59: the instant goes in UTC.
    for url in LISTS:
        response = api.get(url, {"updated_since": f"2000-01-01T00:00:00{offset}"})
        assert response.status_code == 200, url
        assert response.json()["results"], url
