"""Public pages are cached, and an admin write shows at once."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from facts.models import ReviewState, YearlyFigure
from public.caching import PAGE_TIMEOUT, page_timeout
from tests.factories import make_article, make_figure, make_user, province
from tests.public.builders import make_published

pytestmark = pytest.mark.django_db

PAGE = "/tinh/bac-giang/"


@pytest.fixture
def figure(provinces):
    prov = province("bac-giang")
    return make_figure(make_article(prov), prov, value=287_000_000_000)


@pytest.fixture
def admin_client(provinces):
    client = Client()
    client.force_login(make_user("bientap", superuser=True))
    return client


def figure_form(figure, **changes):
    data = {
        "article": figure.article_id,
        "source_text": figure.source_text,
        "state": figure.state,
        "province": figure.province_id,
        "year": figure.year,
        "metric": figure.metric,
        "label": figure.label,
        "value": str(figure.value),
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "subject": figure.subject,
    }
    return {**data, **changes}


def test_a_second_visit_is_served_from_the_cache_without_queries(
    client, figure, django_assert_num_queries
):
    first = client.get(PAGE)
    assert "X-Public-Cache" not in first
    with django_assert_num_queries(0):
        second = client.get(PAGE)
    assert second["X-Public-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize(
    "url",
    ["/", PAGE, "/tinh/bac-giang/doanh-thu.csv", "/tinh/bac-giang/doanh-thu.json"],
)
def test_every_public_page_is_cached(client, figure, url):
    client.get(url)
    assert client.get(url)["X-Public-Cache"] == "hit"


def test_the_article_page_is_cached(client, figure):
    url = figure.article.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Public-Cache"] == "hit"


def test_editing_a_figure_in_the_admin_shows_at_once(client, admin_client, figure):
    assert "287 tỷ đồng" in client.get(PAGE).content.decode()
    url = reverse("admin:facts_yearlyfigure_change", args=[figure.pk])
    response = admin_client.post(url, figure_form(figure, value="300000000000"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    html = client.get(PAGE).content.decode()
    assert "300 tỷ đồng" in html and "287 tỷ đồng" not in html
    article_html = client.get(figure.article.get_absolute_url()).content.decode()
    assert "300 tỷ đồng" in article_html


def test_accepting_a_figure_in_the_admin_shows_it_at_once(client, admin_client, figure):
    prov = figure.province
    proposed = make_figure(
        make_article(prov), prov, year=2020, value=305_000_000_000, state="proposed"
    )
    assert "305 tỷ đồng" not in client.get(PAGE).content.decode()
    response = admin_client.post(
        reverse("admin:facts_yearlyfigure_changelist"),
        {"action": "accept_selected", "_selected_action": [proposed.pk]},
    )
    assert response.status_code == 302
    assert YearlyFigure.objects.get(pk=proposed.pk).state == ReviewState.ACCEPTED
    assert "305 tỷ đồng" in client.get(PAGE).content.decode()
    # The successor's page, cached separately, shows it too.
    assert "305 tỷ đồng" in client.get("/tinh/bac-ninh/").content.decode()


def test_signed_in_editors_always_get_a_fresh_page(admin_client, figure):
    admin_client.get(PAGE)
    assert "X-Public-Cache" not in admin_client.get(PAGE)


def test_error_pages_are_not_cached(client, provinces):
    client.get("/tinh/khong-co/")
    response = client.get("/tinh/khong-co/")
    assert response.status_code == 404
    assert "X-Public-Cache" not in response


def test_each_host_and_query_has_its_own_entry(client, figure):
    client.get(PAGE)
    other_host = client.get(PAGE, HTTP_HOST="localhost")
    assert "X-Public-Cache" not in other_host
    assert '<link rel="canonical" href="http://localhost/tinh/bac-giang/">' in (
        other_host.content.decode()
    )
    assert "X-Public-Cache" not in client.get(PAGE, {"trang": 1})


def test_an_entry_never_outlives_the_next_scheduled_publication(provinces):
    now = timezone.now()
    assert page_timeout(now) == PAGE_TIMEOUT
    make_published(province("bac-giang"), age_days=-90 / 86400)  # due in 90 s
    assert 85 <= page_timeout(now) <= 91
    make_article(province("bac-giang"), published=False)
    assert page_timeout(now + datetime.timedelta(hours=2)) == PAGE_TIMEOUT


def test_other_query_parameters_are_rendered_afresh_not_stored(client, figure):
    for _ in range(2):
        response = client.get(PAGE, {"utm_source": "facebook"})
        assert response.status_code == 200
        assert "X-Public-Cache" not in response
    client.get(PAGE, {"trang": 1})
    assert client.get(PAGE, {"trang": 1})["X-Public-Cache"] == "hit"
