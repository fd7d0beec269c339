"""``HeadlineFigure``: one row per province, year and metric, rewritten by
the review, the import and the publication of articles."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Status
from facts import review, summary
from facts.models import HeadlineFigure, ReviewState, YearlyFigure
from public import pages
from tests.factories import make_article, make_figure, province

pytestmark = pytest.mark.django_db


def rows() -> list[tuple]:
    return list(
        HeadlineFigure.objects.order_by("province__slug", "year").values_list(
            "province__slug", "year", "metric", "value"
        )
    )


def proposed(article, prov, **extra) -> YearlyFigure:
    figure = YearlyFigure.objects.create(
        article=article,
        province=prov,
        year=extra.pop("year", 2019),
        metric="revenue",
        value=extra.pop("value", 287_000_000_000),
        unit="VND",
        state=ReviewState.PROPOSED,
    )
    return figure


def test_accepting_a_figure_writes_its_row_and_rejecting_removes_it(provinces):
    prov = province("bac-giang")
    figure = proposed(make_article(prov), prov)
    assert rows() == []
    review.review_fact(figure, state=ReviewState.ACCEPTED)
    assert rows() == [("bac-giang", 2019, "revenue", 287_000_000_000)]
    review.review_facts([figure], state=ReviewState.REJECTED)
    assert rows() == []


def test_the_newest_article_s_figure_is_the_one_kept(provinces):
    prov = province("bac-giang")
    old = make_article(prov)
    old.published_at = timezone.now() - datetime.timedelta(days=30)
    old.save()
    make_figure(old, prov, value=100_000_000_000)
    make_figure(make_article(prov), prov, value=120_000_000_000)
    make_figure(make_article(prov), prov, year=2018, value=90_000_000_000)
    assert rows() == [
        ("bac-giang", 2018, "revenue", 90_000_000_000),
        ("bac-giang", 2019, "revenue", 120_000_000_000),
    ]


def test_labelled_proposed_and_draft_figures_are_left_out(provinces):
    prov = province("bac-giang")
    make_figure(make_article(prov), prov, label="Doanh thu dịch vụ")
    make_figure(make_article(prov), prov, state=ReviewState.PROPOSED)
    make_figure(make_article(prov, published=False), prov)
    assert rows() == []


def test_unpublishing_through_the_admin_takes_the_figure_off_the_home_page(
    admin_client, provinces
):
    prov = province("bac-giang")
    article = make_article(prov)
    make_figure(article, prov)
    assert [r[1] for r in pages.national_revenue_rows()] == [2019]
    admin_client.post(
        "/admin/articles/article/",
        {"action": "unpublish_selected", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert rows() == []
    assert list(pages.national_revenue_rows()) == []


def test_a_scheduled_article_s_figure_counts_once_it_falls_due(provinces):
    prov = province("bac-giang")
    due = timezone.now() + datetime.timedelta(hours=2)
    article = make_article(prov)
    article.published_at = due
    article.save()
    make_figure(article, prov)
    assert list(pages.national_revenue_rows()) == []
    later = due + datetime.timedelta(minutes=1)
    assert [r[1] for r in pages.national_revenue_rows(now=later)] == [2019]


def test_rebuild_matches_refresh(provinces):
    prov = province("bac-giang")
    make_figure(make_article(prov), prov)
    before = rows()
    HeadlineFigure.objects.all().delete()
    assert summary.rebuild() == 1
    assert rows() == before
