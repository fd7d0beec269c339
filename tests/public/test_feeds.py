"""RSS and Atom feeds, site-wide and per province."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_article, province
from tests.public.sample_site import populate

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_QUERIES = 2  # the articles; the next scheduled publication (page cache)
PROVINCE_FEED_QUERIES = 3  # the province, then as above


def rss_items(response):
    channel = ET.fromstring(response.content).find("channel")
    return [{child.tag: child.text for child in item} for item in channel.iter("item")]


def atom_entries(response):
    root = ET.fromstring(response.content)
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.findtext(f"{ATOM}summary"),
        }
        for entry in root.iter(f"{ATOM}entry")
    ]


@pytest.fixture
def site(provinces):
    bac_giang = province("bac-giang")
    older = make_article(
        bac_giang, title="Bắc Giang tổng kết", lead="Doanh thu <b>287</b> tỷ đồng."
    )
    older.published_at -= datetime.timedelta(days=1)
    older.save()
    make_article(province("bac-ninh"), title="Bắc Ninh mới", lead="")
    make_article(province("ha-noi"), title="Hà Nội", lead="Tin Hà Nội.")
    make_article(bac_giang, title="Bản nháp", published=False)
    scheduled = make_article(bac_giang, title="Hẹn giờ")
    scheduled.published_at = timezone.now() + datetime.timedelta(days=1)
    scheduled.save()


def test_rss_lists_published_articles_newest_first(client, site):
    response = client.get(reverse("feed_rss"))
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    items = rss_items(response)
    assert [i["title"] for i in items] == [
        "Hà Nội",
        "Bắc Ninh mới",
        "Bắc Giang tổng kết",
    ]
    assert items[2]["link"] == "http://testserver/bai-viet/bac-giang-tong-ket/"
    assert items[2]["description"] == "<p>Doanh thu &lt;b&gt;287&lt;/b&gt; tỷ đồng.</p>"
    assert items[2]["category"] == "Bắc Giang"


def test_rss_description_falls_back_to_the_first_paragraph(client, site):
    [item] = [
        i for i in rss_items(client.get(reverse("feed_rss"))) if "Ninh" in i["title"]
    ]
    assert item["description"].startswith("<p>Đoạn văn thứ nhất của bài")


def test_rss_channel_describes_the_site(client, site):
    channel = ET.fromstring(client.get(reverse("feed_rss")).content).find("channel")
    assert channel.findtext("title") == "Bưu điện Việt Nam: các tỉnh, thành phố"
    assert channel.findtext("link") == "http://testserver/"
    assert channel.findtext("language") == "vi"


def test_atom_lists_the_same_articles(client, site):
    response = client.get(reverse("feed_atom"))
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    entries = atom_entries(response)
    assert [e["title"] for e in entries] == [
        "Hà Nội",
        "Bắc Ninh mới",
        "Bắc Giang tổng kết",
    ]
    assert entries[0]["link"] == "http://testserver/bai-viet/ha-noi/"
    assert entries[0]["summary"] == "<p>Tin Hà Nội.</p>"


def test_province_feed_of_a_current_province_includes_its_predecessors(client, site):
    # Bắc Giang (before 2025) merged into Bắc Ninh.
    response = client.get(reverse("province_feed_rss", args=["bac-ninh"]))
    assert [i["title"] for i in rss_items(response)] == [
        "Bắc Ninh mới",
        "Bắc Giang tổng kết",
    ]
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == (
        "Bắc Ninh: bài viết mới | Bưu điện Việt Nam: các tỉnh, thành phố"
    )
    assert channel.findtext("link") == "http://testserver/tinh/bac-ninh/"


def test_province_feed_of_a_historical_province_has_its_own_articles(client, site):
    response = client.get(reverse("province_feed_atom", args=["bac-giang"]))
    assert [e["title"] for e in atom_entries(response)] == ["Bắc Giang tổng kết"]
    assert ET.fromstring(response.content).findtext(f"{ATOM}title") == (
        "Bắc Giang (trước 2025): bài viết mới | Bưu điện Việt Nam: các tỉnh, thành phố"
    )


def test_province_feed_of_an_unknown_province_is_404(client, provinces):
    assert (
        client.get(reverse("province_feed_rss", args=["khong-co"])).status_code == 404
    )


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("feed_rss", [], FEED_QUERIES),
        ("feed_atom", [], FEED_QUERIES),
        ("province_feed_rss", ["ha-noi"], PROVINCE_FEED_QUERIES),
        ("province_feed_atom", ["ha-noi"], PROVINCE_FEED_QUERIES),
    ],
)
def test_feed_queries_do_not_grow_with_the_data(
    client, provinces, django_assert_num_queries, name, args, expected
):
    url = reverse(name, args=args)
    populate(1)
    with django_assert_num_queries(expected):
        small = client.get(url)
    populate(49, skip=1)
    cache.clear()
    with django_assert_num_queries(expected):
        large = client.get(url)
    assert (small.status_code, large.status_code) == (200, 200)
    # Hà Nội's feed: the current city's article and its predecessor's.
    assert large.content.count(b"<item>") + large.content.count(b"<entry>") == (
        2 if args else 20
    )


@pytest.mark.parametrize(
    ("feed", "read"),
    [
        ("feed_rss", lambda r: rss_items(r)[0]["description"]),
        ("feed_atom", lambda r: atom_entries(r)[0]["summary"]),
    ],
    ids=["rss", "atom"],
)
def test_a_script_in_an_article_reaches_a_reader_as_text(client, provinces, feed, read):
    make_article(
        province("bac-giang"),
        title="Tin",
        lead="Trước <script>alert(1)</script> sau.\nDòng hai & ba.",
    )
    # What a reader decodes as HTML: escaped markup, paragraphs as <p>.
    assert read(client.get(reverse(feed))) == (
        "<p>Trước &lt;script&gt;alert(1)&lt;/script&gt; sau.<br>Dòng hai &amp; ba.</p>"
    )
