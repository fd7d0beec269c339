"""Every fact keeps a copy of its article's publication time, which
``public()`` filters on; the database keeps it in step whatever writes."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article, Status
from facts.models import Ceremony, Commendation, ReviewState, YearlyFigure
from tests.factories import make_article, make_figure, province

pytestmark = pytest.mark.django_db


def copy(fact) -> datetime.datetime | None:
    return (
        type(fact)
        .objects.values_list("article_published_at", flat=True)
        .get(pk=fact.pk)
    )


def test_a_new_fact_copies_its_published_article_s_time(provinces):
    article = make_article(province("bac-giang"))
    figure = make_figure(article, province("bac-giang"))
    assert copy(figure) == article.published_at
    assert list(YearlyFigure.objects.public()) == [figure]


def test_a_fact_of_a_draft_has_no_copy_and_is_not_public(provinces):
    figure = make_figure(make_article(published=False), province("bac-giang"))
    assert copy(figure) is None
    assert list(YearlyFigure.objects.public()) == []


def test_unpublishing_and_publishing_the_article_follows(provinces):
    article = make_article(province("bac-giang"))
    figure = make_figure(article, province("bac-giang"))
    article.status = Status.DRAFT
    article.save()
    assert copy(figure) is None
    assert not YearlyFigure.objects.public().exists()
    article.status = Status.PUBLISHED
    article.published_at = timezone.now() - datetime.timedelta(days=2)
    article.save()
    assert copy(figure) == article.published_at
    assert YearlyFigure.objects.public().exists()


def test_a_bulk_update_of_articles_is_followed_too(provinces):
    article = make_article(province("bac-giang"))
    figure = make_figure(article, province("bac-giang"))
    Article.objects.filter(pk=article.pk).update(status=Status.DRAFT)
    assert copy(figure) is None


def test_a_scheduled_article_s_facts_become_public_when_it_falls_due(provinces):
    due = timezone.now() + datetime.timedelta(hours=3)
    article = make_article(province("bac-giang"))
    article.published_at = due
    article.save()
    figure = make_figure(article, province("bac-giang"))
    assert copy(figure) == due
    assert not YearlyFigure.objects.public().exists()
    later = due + datetime.timedelta(seconds=1)
    assert list(YearlyFigure.objects.public(now=later)) == [figure]


def test_saving_a_fact_with_a_stale_copy_does_not_overwrite_it(provinces):
    article = make_article(province("bac-giang"))
    figure = make_figure(article, province("bac-giang"))
    assert figure.article_published_at is None  # the instance never read it
    figure.state = ReviewState.ACCEPTED
    figure.save()
    assert copy(figure) == article.published_at


def test_moving_a_fact_to_another_article_copies_that_one(provinces):
    figure = make_figure(make_article(published=False), province("bac-giang"))
    other = make_article(province("bac-giang"))
    figure.article = other
    figure.save()
    assert copy(figure) == other.published_at


def test_bulk_inserted_facts_get_the_copy(provinces):
    article = make_article(province("bac-giang"))
    prov = province("bac-giang")
    Ceremony.objects.bulk_create(
        [Ceremony(article=article, province=prov, title="Hội nghị", kind="other")]
    )
    Commendation.objects.bulk_create(
        [
            Commendation(
                article=article, province=prov, kind="bang_khen", award_name="BK"
            )
        ]
    )
    assert set(Ceremony.objects.values_list("article_published_at", flat=True)) == {
        article.published_at
    }
    assert set(Commendation.objects.values_list("article_published_at", flat=True)) == {
        article.published_at
    }


def test_a_proposed_fact_of_a_published_article_is_not_public(provinces):
    article = make_article(province("bac-giang"))
    make_figure(article, province("bac-giang"), state=ReviewState.PROPOSED)
    assert not YearlyFigure.objects.public().exists()
