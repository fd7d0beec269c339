"""Numbers and dates in the admin, typed and shown the Vietnamese way
(issue 9, defects 1, 3 and 4)."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from facts.models import Metric, ReviewState, YearlyFigure
from tests.articles.test_admin_publication import form_data
from tests.factories import make_article, make_figure, make_user, province

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client, provinces):
    client.force_login(make_user("quanly", group="Quản trị nội dung"))
    return client


@pytest.fixture
def growth(provinces):
    prov = province("bac-giang")
    article = make_article(prov, published=False)
    return make_figure(
        article,
        prov,
        metric=Metric.GROWTH_PERCENT,
        value=Decimal("10.3"),
        unit="%",
        state=ReviewState.PROPOSED,
    )


def figure_data(figure, **changes):
    return {
        "article": figure.article_id,
        "province": figure.province_id,
        "year": figure.year,
        "metric": figure.metric,
        "label": figure.label,
        "value": "",
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "subject": figure.subject,
        "source_text": figure.source_text,
        "state": figure.state,
        **changes,
    }


def test_a_figures_value_is_a_text_input_showing_it_the_vietnamese_way(manager, growth):
    page = manager.get(reverse("admin:facts_yearlyfigure_change", args=[growth.pk]))
    html = page.content.decode()
    assert re.search(r'<input type="text" name="value" value="10,3 %"', html)
    assert 'type="number" name="value"' not in html


@pytest.mark.parametrize(
    "typed, unit, expected",
    [
        ("10,3", "%", Decimal("10.3")),
        ("28,5%", "%", Decimal("28.5")),
        ("314,6 tỷ", "VND", Decimal(314_600_000_000)),
        ("12,18 triệu", "VND/person/month", Decimal(12_180_000)),
        ("23.000.000", "VND", Decimal(23_000_000)),
    ],
)
def test_a_value_typed_the_vietnamese_way_is_saved_as_meant(
    manager, growth, typed, unit, expected
):
    url = reverse("admin:facts_yearlyfigure_change", args=[growth.pk])
    metric = Metric.GROWTH_PERCENT if unit == "%" else Metric.REVENUE
    data = figure_data(growth, value=typed, unit=unit, metric=metric)
    assert manager.post(url, data).status_code == 302
    growth.refresh_from_db()
    assert growth.value == expected


def test_a_percentage_typed_for_an_amount_is_refused(manager, growth):
    url = reverse("admin:facts_yearlyfigure_change", args=[growth.pk])
    data = figure_data(growth, value="28,5%", unit="VND", metric=Metric.REVENUE)
    response = manager.post(url, data)
    assert response.status_code == 200
    assert "Số liệu này không tính bằng phần trăm" in response.content.decode()
    growth.refresh_from_db()
    assert growth.value == Decimal("10.3")


def test_the_review_panel_shows_and_reads_a_decimal_comma(manager, growth):
    article = growth.article
    url = reverse("admin:articles_article_change", args=[article.pk])
    page = manager.get(url).content.decode()
    key = f"figure-{growth.pk}"
    assert f'<input type="text" name="{key}-value" value="10,3 %"' in page
    review = reverse("admin:articles_article_review", args=[article.pk])
    manager.post(review, {"fact": key, "action": "accept", "value": "12,5"})
    growth.refresh_from_db()
    assert (growth.value, growth.state) == (Decimal("12.5"), "accepted")


def test_dates_are_typed_day_first(manager, provinces):
    draft = make_article(province("bac-giang"), published=False)
    url, data = form_data(
        manager,
        draft,
        status="published",
        published_at_0="05/04/2025",
        published_at_1="08:30",
    )
    assert manager.post(url, data).status_code == 302
    draft.refresh_from_db()
    local = timezone.localtime(draft.published_at)
    assert (local.day, local.month, local.year, local.hour) == (5, 4, 2025, 8)
    page = manager.get(url).content.decode()
    assert 'value="05/04/2025"' in page


def test_figures_are_named_and_listed_the_vietnamese_way(manager, growth):
    revenue = make_figure(
        growth.article, growth.province, value=118_900_000_000, unit="VND"
    )
    assert str(growth) == "Tăng trưởng 2019: 10,3%"
    assert str(revenue) == "Doanh thu 2019: 118,9 tỷ đồng"
    html = manager.get(reverse("admin:facts_yearlyfigure_changelist")).content.decode()
    assert "10,3%" in html and "118,9 tỷ đồng" in html
    assert "10.300" not in html and "118900000000" not in html
    assert "VND/person" not in html


def test_messages_and_history_show_vietnamese_values(manager, growth):
    url = reverse("admin:facts_yearlyfigure_change", args=[growth.pk])
    response = manager.post(url, figure_data(growth, value="12,5"), follow=True)
    assert "Tăng trưởng 2019: 12,5%" in response.content.decode()
    history = manager.get(
        reverse("admin:facts_yearlyfigure_history", args=[growth.pk])
    ).content.decode()
    assert "10,3 %" in history and "12,5 %" in history
    assert "10.300" not in history


def test_the_history_shows_an_empty_value_and_a_time_the_vietnamese_way(
    manager, provinces
):
    article = make_article(province("bac-giang"), published=False)
    article.status = "published"
    article.published_at = datetime.datetime(2026, 12, 4, 15, 15, tzinfo=datetime.UTC)
    article.save()
    url = reverse("admin:articles_article_history", args=[article.pk])
    html = " ".join(manager.get(url).content.decode().split())
    assert "(trống) &nbsp;&rarr;&nbsp;&nbsp;22:15 04/12/2026" in html
    assert "Bản nháp &nbsp;&rarr;&nbsp;&nbsp;Đã xuất bản" in html
    assert "(trống)" in html and "22:15 04/12/2026" in html
    assert "None &nbsp;" not in html and "+00:00" not in html
    assert YearlyFigure.objects.count() == 0
