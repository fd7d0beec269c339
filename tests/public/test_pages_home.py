"""The home page: provinces by region, national revenue, latest news; and the
base template every page shares."""

import re

import pytest
from django.urls import reverse

from facts.models import Metric
from tests.factories import make_article, make_commendation, make_figure, province
from tests.public.builders import make_published

pytestmark = pytest.mark.django_db


def home(client):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


def test_the_34_current_provinces_are_grouped_by_region(client, provinces):
    html = home(client)
    regions = re.findall(
        r'<h3 id="vung-(\w+)">([^<]+) <span class="badge">(\d+)</span>', html
    )
    assert regions == [
        ("bac", "Miền Bắc", "15"),
        ("trung", "Miền Trung và Tây Nguyên", "11"),
        ("nam", "Miền Nam", "8"),
    ]
    names = re.findall(r'class="province-list__name" href="/tinh/([a-z-]+)/"', html)
    assert len(names) == 34
    assert names[:4] == ["bac-ninh", "cao-bang", "dien-bien", "ha-noi"]  # Đ after D
    assert (
        'Trước 01/07/2025: <a href="/tinh/bac-giang/">Bắc Giang</a>, <a href="/tinh/bac-ninh-truoc-2025/">Bắc Ninh</a>'
        in html
    )


def test_national_revenue_sums_a_merged_province_only_when_all_its_parts_reported(
    client, provinces
):
    for slug, year, value in [
        ("bac-giang", 2019, 287_000_000_000),
        ("bac-ninh-truoc-2025", 2019, 150_000_000_000),
        ("ha-noi-truoc-2025", 2019, 2_100_000_000_000),
        # 2020: Bắc Giang without old Bắc Ninh is part of a province: not counted.
        ("bac-giang", 2020, 300_000_000_000),
        ("ha-noi", 2020, 2_200_000_000_000),
    ]:
        prov = province(slug)
        make_figure(make_article(prov), prov, year=year, value=value)
    prov = province("bac-giang")
    make_figure(
        make_article(prov), prov, year=2019, metric=Metric.REVENUE_TARGET, value=1
    )
    make_figure(make_article(prov), prov, year=2021, value=5, state="proposed")
    html = home(client)
    table = re.search(r'<caption id="bang-toan-quoc">.*?</table>', html, re.S).group(0)
    rows = re.findall(
        r'<th scope="row"><a [^>]+>(\d+)</a></th><td class="num">([^<]+)</td>'
        r'<td class="num">([\d/]+)</td><td class="num">(\d+)</td>',
        table,
    )
    assert rows == [
        ("2020", "2.200 tỷ đồng", "1/34", "0"),
        ("2019", "2.537 tỷ đồng", "2/34", "2"),
    ]
    assert 'aria-labelledby="bieu-do-toan-quoc-title"' in html


def test_latest_articles_are_published_ones_newest_first(client, provinces):
    prov = province("bac-giang")
    make_published(prov, age_days=3, title="Bài cũ hơn")
    make_published(prov, age_days=1, title="Bài mới nhất")
    make_article(prov, published=False, title="Bản nháp")
    make_published(prov, age_days=-2, title="Bài hẹn giờ")
    html = home(client)
    section = re.search(r'id="bai-moi".*?</section>', html, re.S).group(0)
    assert re.findall(r'article-list__title" href="[^"]+">([^<]+)<', section) == [
        "Bài mới nhất",
        "Bài cũ hơn",
    ]
    assert "25/12" not in section
    assert "Bắc Giang (trước 01/07/2025)" in section


def test_latest_commendations_are_accepted_ones(client, provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    make_commendation(article, prov, award_name="Cờ thi đua của Chính phủ")
    make_commendation(article, prov, award_name="Chưa duyệt", state="proposed")
    make_commendation(
        make_article(prov, published=False), prov, award_name="Bài chưa đăng"
    )
    html = home(client)
    section = re.search(r'id="khen-thuong".*?</section>', html, re.S).group(0)
    assert re.findall(r'award__name">([^<]+)<', section) == ["Cờ thi đua của Chính phủ"]


def test_an_empty_site_says_so(client, provinces):
    html = home(client)
    assert "Chưa có số liệu doanh thu nào được duyệt." in html
    assert "Chưa có bài viết nào được xuất bản." in html
    assert "Chưa có khen thưởng nào được duyệt." in html


def test_base_template_head_and_landmarks(client, provinces):
    html = home(client)
    assert html.startswith('<!doctype html>\n<html lang="vi">')
    assert (
        '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    )
    assert "<title>Bưu điện 34 tỉnh, thành phố | Bưu điện Việt Nam</title>" in html
    assert '<link rel="canonical" href="http://testserver/">' in html
    for prop in ["og:title", "og:description", "og:url", "og:type", "og:site_name"]:
        assert f'<meta property="{prop}" content="' in html
    assert '<meta property="og:type" content="website">' in html
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html
    assert '<a class="skip-link" href="#noi-dung">' in html
    assert '<main id="noi-dung"' in html
    assert (
        "<header" in html
        and "<footer" in html
        and '<nav class="site-nav" aria-label=' in html
    )
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert "cdn" not in html.lower()
    # Script only from our own static files, never inline (a CSP forbids it).
    assert re.findall(r"<script[^>]*>", html) == [
        '<script src="/static/js/charts.js" defer>'
    ]


def test_the_search_form_gets_the_search_page(client, provinces):
    html = home(client)
    form = re.search(r'<form class="site-search".*?</form>', html, re.S).group(0)
    assert 'method="get"' in form
    assert f'action="{reverse("search")}"' in form
    assert 'name="q"' in form
    assert '<label class="visually-hidden" for="site-search-q">' in form


def test_canonical_drops_the_query_string(client, provinces):
    html = client.get(reverse("home"), {"utm_source": "x"}).content.decode()
    assert '<link rel="canonical" href="http://testserver/">' in html
