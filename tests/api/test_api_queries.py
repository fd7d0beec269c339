"""Each list answers in a fixed number of queries, whatever the page size."""

import pytest

from tests.api.sample import make_many

pytestmark = pytest.mark.django_db

# One query for the data's last change (the validators), one for the page,
# one per prefetched relation; none for the count (cursor pagination never
# counts) nor for the anonymous request itself.
QUERIES = {
    "/api/v1/provinces/": 3,  # predecessors
    "/api/v1/figures/": 2,
    "/api/v1/ceremonies/": 3,  # attendees
    "/api/v1/commendations/": 3,  # recipients
    "/api/v1/articles/": 3,  # related provinces
    "/api/v1/people/": 2,
    "/api/v1/organizations/": 2,
}


def test_query_count_does_not_grow_with_the_page(
    api, provinces, django_assert_num_queries
):
    make_many(51)  # built once: every list has more than 50 rows
    for url, queries in QUERIES.items():
        for size in [2, 50]:
            with django_assert_num_queries(queries):
                response = api.get(url, {"page_size": size})
            assert len(response.json()["results"]) == size, url


@pytest.mark.parametrize("url", ["/api/v1/figures/", "/api/v1/articles/"])
def test_province_filter_costs_one_query(
    api, provinces, url, django_assert_num_queries
):
    make_many(3)
    with django_assert_num_queries(QUERIES[url] + 1):
        api.get(url, {"province": "bac-ninh", "include_predecessors": "true"})


def test_a_key_costs_one_query(api, provinces, key, django_assert_num_queries):
    make_many(3)
    with django_assert_num_queries(QUERIES["/api/v1/figures/"] + 1):
        api.get("/api/v1/figures/", HTTP_X_API_KEY=key[1])


def test_a_304_costs_one_query(api, provinces, django_assert_num_queries):
    make_many(3)
    for url in QUERIES:
        etag = api.get(url)["ETag"]
        with django_assert_num_queries(1):  # the last change; no list read
            assert api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
