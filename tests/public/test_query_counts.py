"""Each public page's query count is pinned and does not grow with the data.

Every page is measured twice on a cold cache: with one province's worth of
content, then with fifty (more articles, years, facts, people), and must make
exactly the pinned number of queries both times.
"""

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.models import Article
from provinces.models import Province
from tests.public.builders import populate

pytestmark = pytest.mark.django_db

PINNED = {
    "home": 6,
    "province (current, merged)": 12,
    "province (former)": 12,
    "province, page 2 of articles": 12,
    "province events": 6,
    "province awards": 6,
    "article": 9,
    "revenue.csv": 4,
    "revenue.json": 4,
    "other indicators.csv": 4,
    "events.csv": 5,
    "awards.json": 5,
    "compare (current)": 5,
    "compare (former, sorted by name)": 5,
    "glossary": 1,
}
FIRST = ["bac-giang", "bac-ninh-truoc-2025", "bac-ninh"]


def urls(article: Article) -> dict[str, str]:
    return {
        "home": reverse("home"),
        "province (current, merged)": reverse("provinces:detail", args=["bac-ninh"]),
        "province (former)": reverse("provinces:detail", args=["bac-giang"]),
        "province, page 2 of articles": reverse("provinces:detail", args=["bac-ninh"])
        + "?trang=2",
        "province events": reverse("provinces:ceremonies", args=["bac-ninh"]),
        "province awards": reverse("provinces:commendations", args=["bac-ninh"]),
        "article": article.get_absolute_url(),
        "revenue.csv": reverse("provinces:revenue_csv", args=["bac-ninh"]),
        "revenue.json": reverse("provinces:revenue_json", args=["bac-ninh"]),
        "other indicators.csv": reverse(
            "provinces:table_csv", args=["bac-ninh", "chi-tieu-khac"]
        ),
        "events.csv": reverse("provinces:table_csv", args=["bac-ninh", "su-kien"]),
        "awards.json": reverse(
            "provinces:table_json", args=["bac-ninh", "khen-thuong"]
        ),
        "compare (current)": reverse("compare") + "?nam=2018",
        "compare (former, sorted by name)": reverse("compare")
        + "?thoi-ky=truoc&sort=ten",
        "glossary": reverse("glossary"),
    }


def measure(client, assert_max, article) -> dict[str, int]:
    counts = {}
    for name, url in urls(article).items():
        cache.clear()
        with assert_max(PINNED[name]) as queries:
            response = client.get(url)
        assert response.status_code == 200, name
        counts[name] = len(queries.captured_queries)
    return counts


def test_query_counts_are_pinned_with_1_and_with_50_provinces_of_data(
    client, provinces, django_assert_max_num_queries
):
    others = Province.objects.exclude(slug__in=FIRST).order_by("pk")
    units = [Province.objects.get(slug=slug) for slug in FIRST] + list(others[:47])
    article = populate(units[0], years=(2018, 2019), articles=11)
    assert measure(client, django_assert_max_num_queries, article) == PINNED

    populate(units[0], years=range(2012, 2018), articles=6, source=article)
    for prov in units[1:]:
        populate(prov, years=range(2012, 2020), articles=6)
    assert len({p.pk for p in units}) == 50
    assert measure(client, django_assert_max_num_queries, article) == PINNED
