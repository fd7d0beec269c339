"""Keeps ``HeadlineFigure`` (the summary the home page reads) in step.

Called explicitly by the write paths that change which figures are public:
the review (``facts.review``), the import (``articles.importing``), the
admin's publication of articles and the demo loader. ``refresh`` rewrites the
rows of the provinces given (a few hundred figures each); ``rebuild`` all.
"""

from collections.abc import Iterable

from django.db import transaction

from .models import HeadlineFigure, ReviewState, YearlyFigure


def _candidates(province_ids: Iterable[int] | None):
    figures = YearlyFigure.objects.filter(
        state=ReviewState.ACCEPTED,
        article_published_at__isnull=False,
        label="",
        subject="",
    )
    if province_ids is not None:
        figures = figures.filter(province_id__in=province_ids)
    return figures.order_by().values_list(
        "pk", "province_id", "year", "metric", "value", "article_published_at"
    )


@transaction.atomic
def refresh(province_ids: Iterable[int] | None = None) -> int:
    """Rewrite the headline figures of ``province_ids`` (all when None);
    returns how many rows they now have."""
    ids = None if province_ids is None else sorted(set(province_ids))
    if ids == []:
        return 0
    newest = {}
    for pk, province_id, year, metric, value, published_at in _candidates(ids):
        key = (province_id, year, metric)
        if key not in newest or (published_at, pk) > newest[key][:2]:
            newest[key] = (published_at, pk, value)
    stale = HeadlineFigure.objects.all()
    if ids is not None:
        stale = stale.filter(province_id__in=ids)
    stale.delete()
    HeadlineFigure.objects.bulk_create(
        [
            HeadlineFigure(
                province_id=province_id,
                year=year,
                metric=metric,
                value=value,
                figure_id=pk,
                published_at=published_at,
            )
            for (province_id, year, metric), (published_at, pk, value) in (
                newest.items()
            )
        ],
        batch_size=1000,
    )
    return len(newest)


def rebuild() -> int:
    return refresh(None)


def refresh_articles(
    article_ids: Iterable[int], province_ids: Iterable[int | None] = ()
) -> int:
    """Refresh the provinces that figures of ``article_ids`` are about, and
    ``province_ids`` (where figures were before an article was read again)."""
    provinces = (
        YearlyFigure.objects.filter(article_id__in=list(article_ids))
        .order_by()
        .values_list("province_id", flat=True)
        .distinct()
    )
    return refresh({*provinces, *(p for p in province_ids if p)})
