"""articles/ (published only), people/ and organizations/."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from facts.models import Organization, Person

pytestmark = pytest.mark.django_db


def ids(response):
    return sorted(row["id"] for row in response.json()["results"])


def names(response):
    return [row["name"] for row in response.json()["results"]]


def test_an_article_as_partners_read_it(api, sample):
    article = sample.new_article
    body = api.get(f"/api/v1/articles/{article.slug}/").json()
    assert body == {
        "id": article.pk,
        "slug": article.slug,
        "title": "Bưu điện Bắc Ninh triển khai kế hoạch năm 2026",
        "lead": "",
        "body": "Năm 2026, Bưu điện Bắc Ninh phấn đấu doanh thu 600 tỷ đồng.",
        "captions": [],
        "province": {"slug": "bac-ninh", "name": "Bắc Ninh", "era": "after"},
        "provinces": [{"slug": "bac-ninh", "name": "Bắc Ninh", "era": "after"}],
        "event_year": None,
        "event_month": None,
        "event_day": None,
        "plan_year": None,
        "published_at": timezone.localtime(article.published_at).isoformat(),
        "updated_at": timezone.localtime(article.updated_at).isoformat(),
        "url": f"http://testserver/api/v1/articles/{article.slug}/",
        "site_url": f"http://testserver/bai-viet/{article.slug}/",
    }


def test_only_published_articles_that_are_due(api, sample):
    assert ids(api.get("/api/v1/articles/")) == sorted(
        [sample.old_article.pk, sample.new_article.pk]
    )
    for hidden in [sample.draft, sample.scheduled]:
        assert api.get(f"/api/v1/articles/{hidden.slug}/").status_code == 404


def test_newest_first(api, sample):
    rows = api.get("/api/v1/articles/").json()["results"]
    assert [r["id"] for r in rows] == [sample.new_article.pk, sample.old_article.pk]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"province": "bac-ninh"}, ["new"]),
        ({"province": "bac-ninh-truoc-2025"}, ["old"]),
        ({"province": "bac-ninh", "include_predecessors": "true"}, ["old", "new"]),
        ({"province": "bac-giang", "fold_into_successor": "true"}, ["new"]),
        ({"q": "bac giang"}, ["old"]),
        ({"q": "BẮC NINH triển khai"}, ["new"]),
        ({"q": "buu dien"}, ["old", "new"]),
        ({"q": "bí mật"}, []),
    ],
)
def test_article_filters(api, sample, params, expected):
    articles = {"old": sample.old_article.pk, "new": sample.new_article.pk}
    response = api.get("/api/v1/articles/", params)
    assert ids(response) == sorted(articles[name] for name in expected)


def test_published_date_range(api, sample):
    today = timezone.localdate()
    old_day = timezone.localtime(sample.old_article.published_at).date()
    url = "/api/v1/articles/"
    assert ids(api.get(url, {"published_from": today})) == [sample.new_article.pk]
    assert ids(api.get(url, {"published_to": old_day})) == [sample.old_article.pk]
    both = {"published_from": old_day, "published_to": today}
    assert len(ids(api.get(url, both))) == 2
    assert api.get(url, {"published_from": "hôm qua"}).status_code == 400


def test_updated_since_includes_articles_coming_due(api, sample):
    since = timezone.now()
    params = {"updated_since": since.isoformat()}
    assert ids(api.get("/api/v1/articles/", params)) == []
    Article.objects.filter(pk=sample.scheduled.pk).update(
        published_at=since + datetime.timedelta(seconds=1)
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: since + datetime.timedelta(seconds=2))
        assert ids(api.get("/api/v1/articles/", params)) == [sample.scheduled.pk]


def test_people_are_those_public_facts_name(api, sample):
    assert names(api.get("/api/v1/people/")) == [
        "Lê Văn Minh",
        "Nguyễn Văn Hòa",
        "Trần Thị Lan",
    ]
    assert Person.objects.count() == 5


def test_a_person_only_hidden_facts_name_is_not_found(api, sample):
    hidden = Person.objects.get(name__startswith="Người bí-mật proposed")
    assert api.get(f"/api/v1/people/{hidden.pk}/").status_code == 404


@pytest.mark.parametrize("q", ["hoa", "HÒA", "Hoà", "nguyen van"])
def test_people_q_ignores_accents_case_and_tone_placement(api, sample, q):
    assert names(api.get("/api/v1/people/", {"q": q})) == ["Nguyễn Văn Hòa"]


def test_people_updated_since_includes_people_of_changed_facts(api, sample):
    since = timezone.now().isoformat()
    assert names(api.get("/api/v1/people/", {"updated_since": since})) == []
    sample.commendation.total_count = 6
    sample.commendation.save()
    assert names(api.get("/api/v1/people/", {"updated_since": since})) == [
        "Lê Văn Minh"
    ]


def test_organizations_are_those_public_facts_name(api, sample):
    response = api.get("/api/v1/organizations/")
    assert names(response) == [
        "Bộ Thông tin và Truyền thông",
        "Tổng công ty Bưu điện Việt Nam",
    ]
    assert Organization.objects.count() == 3
    hidden = Organization.objects.get(name__startswith="Cơ quan")
    assert api.get(f"/api/v1/organizations/{hidden.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "buu dien"}, ["Tổng công ty Bưu điện Việt Nam"]),
        ({"kind": "ministry"}, ["Bộ Thông tin và Truyền thông"]),
        (
            {"kind": ["ministry", "other"], "q": "truyen thong"},
            ["Bộ Thông tin và Truyền thông"],
        ),
    ],
)
def test_organization_filters(api, sample, params, expected):
    assert names(api.get("/api/v1/organizations/", params)) == expected


def test_organizations_updated_since_follows_their_history(api, sample):
    since = timezone.now().isoformat()
    assert names(api.get("/api/v1/organizations/", {"updated_since": since})) == []
    ministry = Organization.objects.get(kind="ministry")
    ministry.aliases = ["Bộ TT&TT"]
    ministry.save()
    assert names(api.get("/api/v1/organizations/", {"updated_since": since})) == [
        "Bộ Thông tin và Truyền thông"
    ]
