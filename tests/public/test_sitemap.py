"""sitemap.xml and robots.txt."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from provinces.models import Province
from public.sitemaps import SECTION_SIZE, ArticleSitemap
from tests.factories import make_article, province
from tests.public.sample_site import populate

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# a section: its count, its page, the next publication (for the cache)
SECTION_QUERIES = 3
# the index: the count of each section, the newest article, the next publication
INDEX_QUERIES = 4


def sections(client) -> dict[str, str]:
    """Every section's address in the index, and the whole of its entries."""
    index = client.get(reverse("sitemap"))
    assert index.status_code == 200
    root = ET.fromstring(index.content)
    return [loc.text for loc in root.iter(f"{NS}loc")]


def all_entries(client) -> dict:
    found = {}
    for url in sections(client):
        found |= entries(client.get(url.removeprefix("http://testserver")))
    return found


def entries(response):
    root = ET.fromstring(response.content)
    return {
        url.findtext(f"{NS}loc"): {
            "lastmod": url.findtext(f"{NS}lastmod"),
            "priority": url.findtext(f"{NS}priority"),
        }
        for url in root.iter(f"{NS}url")
    }


def test_sitemap_lists_home_every_province_and_published_articles(client, provinces):
    published = make_article(province("bac-giang"), title="Bắc Giang tổng kết")
    make_article(province("bac-giang"), title="Bản nháp", published=False)
    scheduled = make_article(province("bac-giang"), title="Hẹn giờ")
    scheduled.published_at = timezone.now() + datetime.timedelta(days=1)
    scheduled.save()
    response = client.get(reverse("sitemap_section", args=["articles"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    urls = all_entries(client)
    article_urls = [u for u in urls if "/bai-viet/" in u]
    province_urls = [u for u in urls if "/tinh/" in u]
    assert "http://testserver/" in urls
    assert article_urls == ["http://testserver/bai-viet/bac-giang-tong-ket/"]
    assert len(province_urls) == Province.objects.count() == 97
    assert urls[f"http://testserver{published.get_absolute_url()}"]["lastmod"] == (
        timezone.localdate(published.updated_at).isoformat()
    )


def test_sitemap_ranks_current_provinces_above_historical_ones(client, provinces):
    make_article(province("bac-giang"))
    urls = entries(client.get(reverse("sitemap_section", args=["provinces"])))
    assert urls["http://testserver/tinh/bac-ninh/"] == {
        "lastmod": None,
        "priority": "0.8",
    }
    assert urls["http://testserver/tinh/bac-giang/"]["priority"] == "0.5"
    assert urls["http://testserver/tinh/bac-giang/"]["lastmod"] == (
        timezone.localdate().isoformat()
    )


def test_the_sitemap_is_an_index_of_sections(client, provinces):
    make_article(province("bac-giang"))
    assert sections(client) == [
        "http://testserver/sitemap-home.xml",
        "http://testserver/sitemap-provinces.xml",
        "http://testserver/sitemap-articles.xml",
    ]


def test_article_sections_hold_at_most_10000_addresses(client, provinces, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    first, second, third = (make_article(province("bac-giang")) for _ in range(3))
    assert ArticleSitemap.limit == 2 and SECTION_SIZE == 10_000
    assert sections(client)[2:] == [
        "http://testserver/sitemap-articles.xml",
        "http://testserver/sitemap-articles.xml?p=2",
    ]
    page_1 = entries(client.get("/sitemap-articles.xml"))
    page_2 = entries(client.get("/sitemap-articles.xml?p=2"))
    assert list(page_1) == [
        f"http://testserver{a.get_absolute_url()}" for a in (first, second)
    ]
    assert list(page_2) == [f"http://testserver{third.get_absolute_url()}"]


def test_each_section_is_cached(client, provinces):
    make_article(province("bac-giang"))
    client.get("/sitemap-articles.xml")
    assert client.get("/sitemap-articles.xml")["X-Public-Cache"] == "hit"
    assert client.get(reverse("sitemap")).get("X-Public-Cache") is None
    assert client.get(reverse("sitemap"))["X-Public-Cache"] == "hit"


def test_sitemap_queries_do_not_grow_with_the_data(
    client, provinces, django_assert_num_queries
):
    populate(1)
    with django_assert_num_queries(INDEX_QUERIES):
        client.get(reverse("sitemap"))
    with django_assert_num_queries(SECTION_QUERIES):
        small = client.get(reverse("sitemap_section", args=["articles"]))
    populate(49, skip=1)
    cache.clear()
    with django_assert_num_queries(INDEX_QUERIES):
        client.get(reverse("sitemap"))
    with django_assert_num_queries(SECTION_QUERIES):
        large = client.get(reverse("sitemap_section", args=["articles"]))
    assert len(entries(small)) == 1
    assert len(entries(large)) == 50


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /admin/\n\nSitemap: http://testserver/sitemap.xml\n"
    )


@pytest.mark.parametrize("secure", [False, True])
def test_robots_txt_sitemap_follows_the_request_scheme(client, secure, settings):
    settings.ALLOWED_HOSTS = ["buudien.example"]
    response = client.get("/robots.txt", secure=secure, HTTP_HOST="buudien.example")
    scheme = "https" if secure else "http"
    assert (
        f"Sitemap: {scheme}://buudien.example/sitemap.xml" in response.content.decode()
    )
