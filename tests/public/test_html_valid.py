"""Every public page is well-formed HTML with one h1, alt texts and the head
metadata (description, canonical URL, Open Graph): see tests/htmlcheck.py."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from tests import htmlcheck
from tests.factories import province
from tests.public.sample_site import province_content


@pytest.fixture
def site(provinces):
    province_content(province("bac-ninh"))
    return province_content(province("bac-giang"))  # merged into Bắc Ninh


PAGES = {
    "home": "/",
    "current province": "/tinh/bac-ninh/",
    "historical province": "/tinh/bac-giang/",
    "province events": "/tinh/bac-ninh/su-kien/",
    "province awards": "/tinh/bac-ninh/khen-thuong/",
    "search with results": "/tim-kiem/?q=bac+giang",
    "search without results": "/tim-kiem/?q=khong+co+gi",
    "search without a query": "/tim-kiem/",
    "compare": "/so-sanh/",
    "compare before the merger": "/so-sanh/?thoi-ky=truoc&sort=ten",
    "glossary": "/giai-thich-so-lieu/",
}


@pytest.mark.parametrize("url", PAGES.values(), ids=PAGES.keys())
def test_public_page_is_valid_html(client, site, url):
    response = client.get(url)
    assert response.status_code == 200
    assert htmlcheck.problems(response.content.decode()) == []


def test_article_page_is_valid_html(client, site):
    response = client.get(site.get_absolute_url())
    assert response.status_code == 200
    assert htmlcheck.problems(response.content.decode()) == []


def test_article_page_is_an_open_graph_article(client, site):
    html = client.get(site.get_absolute_url()).content.decode()
    assert htmlcheck.parse(html).meta["og:type"] == "article"


def test_404_page_is_valid_vietnamese_html(client, site, settings):
    settings.DEBUG = False
    response = client.get("/khong-co-trang-nay/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Không tìm thấy trang</h1>" in html
    assert htmlcheck.problems(html) == []


def test_unpublished_article_is_the_404_page(client, site, settings):
    settings.DEBUG = False
    site.status = "draft"
    site.save()
    response = client.get(site.get_absolute_url())
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_500_page_renders_without_a_request_context_or_database(settings):
    # No db fixture: any query would fail the test.
    settings.DEBUG = False
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Xin lỗi, trang đang gặp sự cố</h1>" in html
    assert '<a href="/">Về trang chủ</a>' in html
    assert htmlcheck.problems(html, head=False) == []
    assert htmlcheck.parse(html).meta["description"].startswith("Trang Bưu điện")


# The checker itself ----------------------------------------------------------

VALID = (
    '<!doctype html><html lang="vi"><head><title>T</title></head>'
    '<body><h1>A</h1><img src="a.png" alt=""><br>'
    '<svg><rect width="1" height="1"/></svg></body></html>'
)


def test_checker_accepts_a_valid_page():
    assert htmlcheck.problems(VALID, head=False) == []


@pytest.mark.parametrize(
    ("html", "problem"),
    [
        (VALID.replace("</h1>", ""), "line 1: <h1> opened on line 1 is not closed"),
        (VALID.replace("<br>", "</p>"), "line 1: </p> closes nothing"),
        (
            VALID.replace("<br>", "<div/>"),
            "line 1: <div/> is not a void element: close it with </div>",
        ),
        (
            VALID.replace("<br>", "<br></br>"),
            "line 1: </br>: a void element has no end tag",
        ),
        (VALID.replace(' alt=""', ""), "line 1: <img src='a.png'> has no alt"),
        (VALID.replace("<br>", "<h1>B</h1>"), "2 <h1> elements, not one"),
        (VALID.replace("<h1>A</h1>", ""), "0 <h1> elements, not one"),
        (
            VALID.replace("<br>", '<p id="x"></p><p id="x"></p>'),
            "line 1: id 'x' is used twice",
        ),
        (VALID.replace("<!doctype html>", ""), "no <!doctype html>"),
        (VALID.replace(' lang="vi"', ""), "line 1: <html> has no lang"),
    ],
)
def test_checker_reports_each_problem(html, problem):
    assert htmlcheck.problems(html, head=False) == [problem]


def test_checker_reports_missing_head_metadata():
    assert htmlcheck.problems(VALID) == [
        "no description meta",
        "canonical URL '' is not absolute",
        "no og:title meta",
        "no og:description meta",
        "no og:type meta",
        "no og:url meta",
    ]
