"""HTTP caching of public pages: Cache-Control, ETag and Last-Modified, and
a 304 decided before the page is rendered."""

import pytest
from django.core.cache import cache
from django.test import Client

from articles.models import Article
from common.cache import CHANGED_KEY, VERSION_KEY, invalidate_public_pages
from public.caching import MAX_AGE
from tests.factories import make_user, province
from tests.public.builders import days_ago, make_published

pytestmark = pytest.mark.django_db

PAGE = "/tinh/bac-giang/"


@pytest.fixture
def site(provinces):
    return make_published(province("bac-giang"), title="Bưu điện Bắc Giang")


def test_anonymous_pages_may_be_kept_a_minute_and_carry_validators(client, site):
    for path in ["/", PAGE, site.get_absolute_url(), "/sitemap.xml", "/rss.xml"]:
        response = client.get(path)
        assert response["Cache-Control"] == f"public, max-age={MAX_AGE}", path
        assert response["ETag"].startswith('W/"p'), path
        assert response["Last-Modified"].endswith(" GMT"), path


def test_a_conditional_get_is_answered_304_without_rendering(client, site):
    first = client.get(PAGE)
    forget_pages()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("public.views.ProvinceDetailView.get", _must_not_render)
        again = client.get(PAGE, HTTP_IF_NONE_MATCH=first["ETag"])
        since = client.get(PAGE, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert (again.status_code, since.status_code) == (304, 304)
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == f"public, max-age={MAX_AGE}"


def test_a_304_costs_one_query_on_a_cold_page_cache_and_none_on_a_warm_one(
    client, site, django_assert_num_queries
):
    etag = client.get(PAGE)["ETag"]
    with django_assert_num_queries(0):
        assert client.get(PAGE, HTTP_IF_NONE_MATCH=etag).status_code == 304
    forget_pages()
    with django_assert_num_queries(1):
        assert client.get(PAGE, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_an_edit_changes_the_validators(client, site):
    first = client.get(PAGE)
    invalidate_public_pages()
    response = client.get(PAGE, HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert response["ETag"] != first["ETag"]


def test_a_scheduled_article_shortens_max_age_and_changes_the_etag_when_due(
    client, site
):
    scheduled = make_published(province("bac-giang"), age_days=-30 / 86400)
    response = client.get(PAGE)
    assert 25 <= int(response["Cache-Control"].split("max-age=")[1].split(",")[0]) <= 31
    # Falls due with no write (no version bump): the ETag still changes.
    Article.objects.filter(pk=scheduled.pk).update(published_at=days_ago(0.0001))
    forget_pages()  # the entry expired
    again = client.get(PAGE, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 200
    assert scheduled.title in again.content.decode()


def test_signed_in_users_get_private_uncached_pages(site):
    client = Client()
    client.force_login(make_user("bientap", superuser=True))
    response = client.get(PAGE)
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "ETag" not in response


def test_no_validators_when_the_cache_cannot_tell_the_version(
    client, site, monkeypatch
):
    monkeypatch.setattr("public.caching.public_state", lambda: None)
    response = client.get(PAGE)
    assert response.status_code == 200
    assert response["Cache-Control"] == f"public, max-age={MAX_AGE}"
    assert "ETag" not in response and "Last-Modified" not in response


def forget_pages():
    """A cold page cache: the stored pages gone, the public version kept."""
    state = cache.get_many([VERSION_KEY, CHANGED_KEY])
    cache.clear()
    cache.set_many(state, None)


def _must_not_render(*args, **kwargs):
    raise AssertionError("rendered a page the client already has")
