"""ceremonies/ with attendees, commendations/ with recipients and counts."""

import pytest
from django.utils import timezone

from facts.models import Ceremony, Commendation, Organization

pytestmark = pytest.mark.django_db


def ids(response):
    return [row["id"] for row in response.json()["results"]]


def test_a_ceremony_lists_its_attendees_in_order(api, sample):
    ceremony = sample.ceremony
    body = api.get(f"/api/v1/ceremonies/{ceremony.pk}/").json()
    people = {a.person.name: a.person_id for a in ceremony.attendees.all()}
    vnpost = Organization.objects.get(name="Tổng công ty Bưu điện Việt Nam")
    assert {k: body[k] for k in ["title", "kind", "year", "month", "day"]} == {
        "title": "Hội nghị triển khai kế hoạch",
        "kind": "plan_conference",
        "year": 2019,
        "month": 12,
        "day": 25,
    }
    assert body["host_unit"] == {
        "id": ceremony.host_unit_id,
        "name": "Bưu điện tỉnh Bắc Giang",
        "level": "province",
    }
    assert body["attendees"] == [
        {
            "person": {"id": people["Nguyễn Văn Hòa"], "name": "Nguyễn Văn Hòa"},
            "title": "Giám đốc",
            "organization": {
                "id": vnpost.pk,
                "name": "Tổng công ty Bưu điện Việt Nam",
                "kind": "other",
            },
            "order": 1,
        },
        {
            "person": {"id": people["Trần Thị Lan"], "name": "Trần Thị Lan"},
            "title": "Phó Giám đốc",
            "organization": None,
            "order": 2,
        },
    ]
    assert body["province"]["slug"] == "bac-giang"
    assert body["article"]["slug"] == sample.old_article.slug


def test_only_accepted_ceremonies_of_published_articles(api, sample):
    assert ids(api.get("/api/v1/ceremonies/")) == [sample.ceremony.pk]
    assert Ceremony.objects.count() == 3


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({"kind": "plan_conference"}, True),
        ({"kind": "anniversary"}, False),
        ({"year": 2019}, True),
        ({"year_from": 2020}, False),
        ({"year_to": 2019}, True),
        ({"province": "bac-giang"}, True),
        ({"province": "bac-ninh"}, False),
        ({"province": "bac-ninh", "include_predecessors": "true"}, True),
    ],
)
def test_ceremony_filters(api, sample, params, found):
    expected = [sample.ceremony.pk] if found else []
    assert ids(api.get("/api/v1/ceremonies/", params)) == expected


def test_a_commendation_has_its_issuer_recipients_and_counts(api, sample):
    commendation = sample.commendation
    body = api.get(f"/api/v1/commendations/{commendation.pk}/").json()
    person = commendation.recipients.get(person__isnull=False).person
    unit = commendation.recipients.get(unit__isnull=False).unit
    assert {k: v for k, v in body.items() if k not in {"article", "updated_at"}} == {
        "id": commendation.pk,
        "kind": "bang_khen",
        "award_name": "Bằng khen của Bộ trưởng Bộ Thông tin và Truyền thông",
        "issuer": {
            "id": commendation.issuer_id,
            "name": "Bộ Thông tin và Truyền thông",
            "kind": "ministry",
        },
        "year": 2019,
        "year_end": None,
        "collective_count": 2,
        "individual_count": 3,
        "total_count": 5,
        "recipients": [
            {
                "name": "Bưu điện huyện Lục Nam",
                "unit": {
                    "id": unit.pk,
                    "name": "Bưu điện huyện Lục Nam",
                    "level": "district",
                },
                "person": None,
            },
            {
                "name": "Ông Lê Văn Minh",
                "unit": None,
                "person": {"id": person.pk, "name": "Lê Văn Minh"},
            },
        ],
        "province": {"slug": "bac-giang", "name": "Bắc Giang", "era": "before"},
        "source_text": "",
    }


def test_only_accepted_commendations_of_published_articles(api, sample):
    assert ids(api.get("/api/v1/commendations/")) == [sample.commendation.pk]
    assert Commendation.objects.count() == 4


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({"kind": "bang_khen"}, True),
        ({"kind": ["huan_chuong", "bang_khen"]}, True),
        ({"kind": "huan_chuong"}, False),
        ({"year": 2019}, True),
        ({"year": 2020}, False),
        ({"year_from": 2019, "year_to": 2019}, True),
        ({"province": "bac-giang"}, True),
        ({"province": "bac-ninh-truoc-2025"}, False),
        ({"province": "bac-ninh", "include_predecessors": "true"}, True),
    ],
)
def test_commendation_filters(api, sample, params, found):
    expected = [sample.commendation.pk] if found else []
    assert ids(api.get("/api/v1/commendations/", params)) == expected


def test_commendations_by_issuer(api, sample):
    issuer = sample.commendation.issuer_id
    url = "/api/v1/commendations/"
    assert ids(api.get(url, {"issuer": issuer})) == [sample.commendation.pk]
    assert ids(api.get(url, {"issuer": issuer + 1000})) == []
    assert api.get(url, {"issuer": "bo"}).status_code == 400


def test_fact_updated_since(api, sample):
    since = timezone.now().isoformat()
    assert ids(api.get("/api/v1/ceremonies/", {"updated_since": since})) == []
    sample.ceremony.title = "Hội nghị tổng kết"
    sample.ceremony.save()
    assert ids(api.get("/api/v1/ceremonies/", {"updated_since": since})) == [
        sample.ceremony.pk
    ]
    assert ids(api.get("/api/v1/commendations/", {"updated_since": since})) == []
