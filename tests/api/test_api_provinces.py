"""provinces/: both eras, successor and predecessors, filters era/type/q."""

import datetime

import pytest
from django.utils import timezone

from common.formatting import vi_sort_key
from provinces.models import Province

pytestmark = pytest.mark.django_db

URL = "/api/v1/provinces/"


def slugs(response):
    return [row["slug"] for row in response.json()["results"]]


def test_list_has_both_eras_current_first(api, provinces):
    rows = api.get(URL, {"page_size": 200}).json()["results"]
    assert len(rows) == 97
    assert [r["era"] for r in rows] == ["after"] * 34 + ["before"] * 63
    assert rows[0]["name"] == "An Giang"


def test_detail_of_a_current_province_names_its_predecessors(api, provinces):
    body = api.get(f"{URL}bac-ninh/").json()
    assert body == {
        "id": Province.objects.get(slug="bac-ninh").pk,
        "slug": "bac-ninh",
        "code": 24,
        "name": "Bắc Ninh",
        "full_name": "Thành phố Bắc Ninh",
        "type": "thành phố trung ương",
        "era": "after",
        "region": "bac",
        "phone_code": 222,
        "aliases": [],
        "valid_from": "2025-07-01",
        "valid_to": None,
        "successor": None,
        "predecessors": [
            {"slug": "bac-giang", "name": "Bắc Giang", "era": "before"},
            {"slug": "bac-ninh-truoc-2025", "name": "Bắc Ninh", "era": "before"},
        ],
        "url": "http://testserver/api/v1/provinces/bac-ninh/",
        "site_url": "http://testserver/tinh/bac-ninh/",
    }


def test_detail_of_a_former_province_names_its_successor(api, provinces):
    body = api.get(f"{URL}bac-giang/").json()
    assert body["era"] == "before"
    assert body["valid_to"] == "2025-06-30"
    assert body["successor"] == {"slug": "bac-ninh", "name": "Bắc Ninh", "era": "after"}
    assert body["predecessors"] == []


def test_unknown_slug_is_a_json_404(api, provinces):
    response = api.get(f"{URL}khong-co/")
    assert response.status_code == 404
    assert response.json() == {
        "error": {"status": 404, "code": "not_found", "message": "Không tìm thấy."}
    }


@pytest.mark.parametrize(("era", "count"), [("before", 63), ("after", 34)])
def test_filter_by_era(api, provinces, era, count):
    rows = api.get(URL, {"era": era, "page_size": 200}).json()["results"]
    assert len(rows) == count
    assert {r["era"] for r in rows} == {era}


def test_filter_by_type(api, provinces):
    response = api.get(URL, {"era": "after", "type": "thành phố trung ương"})
    assert sorted(slugs(response)) == [
        "bac-ninh",
        "can-tho",
        "da-nang",
        "dong-nai",
        "ha-noi",
        "hai-phong",
        "ho-chi-minh",
        "hue",
        "quang-ninh",
    ]


@pytest.mark.parametrize("q", ["bắc giang", "BAC GIANG", "bac gia"])
def test_q_ignores_accents_and_case(api, provinces, q):
    assert slugs(api.get(URL, {"q": q})) == ["bac-giang"]


def test_q_matches_aliases(api, provinces):
    assert slugs(api.get(URL, {"q": "vung tau", "era": "before"})) == [
        "ba-ria-vung-tau"
    ]


def test_invalid_era_is_a_400_naming_the_parameter(api, provinces):
    response = api.get(URL, {"era": "later"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (400, "invalid")
    assert list(error["fields"]) == ["era"]


def test_updated_since_uses_the_history(api, provinces):
    since = timezone.now()
    assert slugs(api.get(URL, {"updated_since": since.isoformat()})) == []
    hue = Province.objects.get(slug="hue")
    hue.aliases = ["Thừa Thiên Huế"]
    hue.save()
    assert slugs(api.get(URL, {"updated_since": since.isoformat()})) == ["hue"]
    earlier = since - datetime.timedelta(days=1)
    assert (
        len(api.get(URL, {"updated_since": earlier.isoformat()}).json()["results"])
        == 50
    )


def test_ordering_by_code_descending(api, provinces):
    response = api.get(URL, {"era": "after", "ordering": "-code", "page_size": 3})
    assert [r["code"] for r in response.json()["results"]] == [96, 92, 91]


def test_provinces_are_in_vietnamese_order_by_default(api, provinces):
    rows = api.get(URL, {"era": "before", "page_size": 200}).json()["results"]
    names = [row["name"] for row in rows]
    assert names.index("Cà Mau") < names.index("Cao Bằng") < names.index("Cần Thơ")
    assert names.index("Cần Thơ") < names.index("Đà Nẵng") < names.index("Gia Lai")
    assert names[-1] == "Yên Bái"  # code-point order put every Đ after Y
    assert names == sorted(names, key=vi_sort_key)


def test_ordering_by_name_is_vietnamese_both_ways(api, provinces):
    params = {"era": "before", "ordering": "-name", "page_size": 200}
    names = [row["name"] for row in api.get(URL, params).json()["results"]]
    assert names == sorted(names, key=vi_sort_key, reverse=True)
    walked = []
    page = api.get(URL, {**params, "page_size": 10}).json()
    while True:
        walked += [row["name"] for row in page["results"]]
        if not page["next"]:
            break
        page = api.get(page["next"]).json()
    assert walked == names
