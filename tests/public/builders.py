"""Data for the public-page tests, built with the ``tests.factories`` helpers."""

import datetime

from django.utils import timezone

from articles.models import Article
from facts.models import Metric
from provinces.models import Province
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_person,
)


def days_ago(days: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def make_published(prov=None, *, age_days: float = 1, **extra) -> Article:
    """A published article with its publication time ``age_days`` ago."""
    article = make_article(prov, **extra)
    Article.objects.filter(pk=article.pk).update(published_at=days_ago(age_days))
    article.refresh_from_db()
    return article


def populate(
    prov: Province, *, years=(2018, 2019), articles: int = 2, source=None
) -> Article:
    """A province's worth of public content: articles, figures, a ceremony
    with attendees, a commendation with recipients; plus what must not show
    (a draft article, a proposed figure). The facts come from ``source``, or
    from the first new article; that article is returned."""
    published = [make_published(prov, age_days=10 + i) for i in range(articles)]
    source = source or published[0]
    for year in years:
        make_figure(source, prov, year=year, value=200_000_000_000 + year)
        make_figure(
            source, prov, year=year, metric=Metric.REVENUE_TARGET, value=190_000_000_000
        )
        make_figure(
            source, prov, year=year, metric=Metric.GROWTH_PERCENT, value=12.5, unit="%"
        )
        make_figure(
            source,
            prov,
            year=year,
            metric=Metric.AVG_INCOME_MONTHLY,
            value=10_700_000,
            unit="VND/person/month",
        )
    make_figure(
        source,
        prov,
        year=years[-1],
        metric=Metric.BUDGET_CONTRIBUTION,
        value=1,
        state="proposed",
    )
    ceremony = make_ceremony(source, prov)
    for order, name in enumerate(["Nguyễn Văn An", "Trần Thị Bình"]):
        ceremony.attendees.create(
            person=make_person(name), title="Giám đốc", order=order
        )
    commendation = make_commendation(source, prov)
    commendation.recipients.create(name=f"Bưu điện tỉnh {prov.name}")
    commendation.recipients.create(name="Bưu điện huyện Thử")
    make_article(prov, published=False, title=f"Bản nháp {prov.slug}")
    return source
