"""The article page /bai-viet/<slug>/: text, facts read from it, related news."""

import re

import pytest

from facts.models import Metric
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_person,
    province,
)
from tests.public.builders import make_published

pytestmark = pytest.mark.django_db

BODY = (
    "Ngày 25/12, Bưu điện tỉnh Bắc Giang tổ chức hội nghị triển khai kế hoạch năm 2020.\n\n"
    "Năm 2019, tổng doanh thu của đơn vị đạt hơn 287 tỷ đồng, vượt 28,5% so với năm trước."
)


@pytest.fixture
def article(provinces):
    prov = province("bac-giang")
    return make_article(
        prov,
        title="Bưu điện tỉnh Bắc Giang phấn đấu doanh thu năm 2020 đạt hơn 305 tỷ đồng",
        lead="Bưu điện tỉnh Bắc Giang & kế hoạch 2020.",
        body=BODY,
        captions="Lãnh đạo trao Cờ thi đua cho Bưu điện tỉnh.\nToàn cảnh hội nghị.",
    )


def get(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_title_date_province_body_and_captions(client, article):
    html = get(client, article)
    assert f'<h1 id="tieu-de">{article.title}</h1>' in html
    date = article.published_at.astimezone().strftime("%d/%m/%Y")
    assert f'">{date}</time>' in html
    assert '<a href="/tinh/bac-giang/">Bắc Giang (trước 01/07/2025)</a>' in html
    assert (
        "<p>Ngày 25/12, Bưu điện tỉnh Bắc Giang tổ chức hội nghị triển khai kế hoạch năm 2020.</p>"
        in html
    )
    assert "<p>Ảnh: Toàn cảnh hội nghị.</p>" in html
    assert "Bưu điện tỉnh Bắc Giang &amp; kế hoạch 2020." in html
    assert '<meta property="og:type" content="article">' in html
    assert (
        '<meta name="description" content="Bưu điện tỉnh Bắc Giang &amp; kế hoạch 2020.">'
        in html
    )


def test_each_source_sentence_is_marked_with_the_fact_anchor(client, article):
    prov = article.province
    revenue = make_figure(
        article,
        prov,
        value=287_000_000_000,
        source_text="tổng doanh thu của đơn vị đạt hơn 287 tỷ đồng",
    )
    growth = make_figure(
        article,
        prov,
        metric=Metric.GROWTH_PERCENT,
        value=28.5,
        unit="%",
        source_text="vượt 28,5% so với năm trước",
    )
    award = make_commendation(article, prov, source_text="Cờ thi đua")
    html = get(client, article)
    assert (
        f'Năm 2019, <mark id="cau-{revenue.pk}" class="source-sentence">tổng doanh thu của đơn vị đạt hơn '
        f'287 tỷ đồng</mark>, <mark id="cau-{growth.pk}" class="source-sentence">vượt 28,5% so với năm trước</mark>.'
    ) in html
    assert (
        f'<mark id="cau-khen-thuong-{award.pk}" class="source-sentence">Cờ thi đua</mark>'
        in html
    )
    assert f'href="#cau-{revenue.pk}">xem câu gốc</a>' in html


def test_a_source_not_found_in_the_text_is_quoted_under_its_anchor(client, article):
    figure = make_figure(
        article, article.province, source_text="câu không có trong bài"
    )
    html = get(client, article)
    assert (
        f'<blockquote class="quote source-sentence" id="cau-{figure.pk}">câu không có trong bài</blockquote>'
        in html
    )


def test_only_accepted_facts_are_listed(client, article):
    prov = article.province
    make_figure(article, prov, value=287_000_000_000)
    make_figure(
        article,
        prov,
        metric=Metric.BUDGET_CONTRIBUTION,
        value=9_200_000_000,
        state="proposed",
    )
    ceremony = make_ceremony(
        article, prov, title="Hội nghị triển khai kế hoạch năm 2020"
    )
    ceremony.attendees.create(
        person=make_person("Nguyễn Minh Đức"), title="Phó Tổng Giám đốc"
    )
    make_ceremony(article, prov, title="Sự kiện bị loại", state="rejected")
    make_commendation(article, prov, award_name="Cờ đơn vị xuất sắc")
    html = get(client, article)
    assert re.findall(r'fact-list__value">([^<]+)<', html) == [
        "287 tỷ đồng",
        "Hội nghị triển khai kế hoạch năm 2020",
        "Cờ đơn vị xuất sắc",
    ]
    assert "Nguyễn Minh Đức, Phó Tổng Giám đốc" in html
    assert "9,2 tỷ" not in html and "Sự kiện bị loại" not in html


def test_related_articles_share_a_province_and_are_published(client, article):
    prov = article.province
    make_published(prov, age_days=2, title="Cùng tỉnh")
    make_published(province("ha-noi"), age_days=1, title="Tỉnh khác")
    make_article(prov, published=False, title="Nháp cùng tỉnh")
    html = get(client, article)
    related = re.search(r'id="lien-quan-title".*?</section>', html, re.S).group(0)
    assert re.findall(r'article-list__title" href="[^"]+">([^<]+)<', related) == [
        "Cùng tỉnh"
    ]


def test_drafts_and_scheduled_articles_are_404(client, provinces):
    prov = province("bac-giang")
    assert (
        client.get(make_article(prov, published=False).get_absolute_url()).status_code
        == 404
    )
    assert (
        client.get(make_published(prov, age_days=-1).get_absolute_url()).status_code
        == 404
    )
