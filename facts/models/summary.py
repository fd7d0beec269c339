"""Summaries the public pages read instead of scanning every fact."""

from django.db import models

from provinces.models import Province

from .reviewed import YearlyFigure


class HeadlineFigure(models.Model):
    """The figure a province's year and metric shows (label and subject
    empty): among accepted figures of published articles, the newest
    article's, then the newest figure.

    One row per province, year and metric whatever the number of articles
    that repeat or disagree; rewritten by ``facts.summary.refresh`` from the
    write paths that change what is public (review, import, publication).
    The home page's national totals read it.
    """

    province = models.ForeignKey(
        Province, verbose_name="tỉnh, thành phố", on_delete=models.CASCADE
    )
    year = models.PositiveSmallIntegerField("năm")
    metric = models.CharField("chỉ tiêu", max_length=32)
    value = models.DecimalField("giá trị", max_digits=20, decimal_places=3)
    figure = models.ForeignKey(
        YearlyFigure, verbose_name="số liệu", on_delete=models.CASCADE
    )
    # The figure's article's publication time: a scheduled article's figure
    # waits here until it falls due.
    published_at = models.DateTimeField("xuất bản lúc")

    class Meta:
        verbose_name = "số liệu chính (tổng hợp)"
        verbose_name_plural = "số liệu chính (tổng hợp)"
        constraints = [
            models.UniqueConstraint(
                fields=["metric", "province", "year"], name="headline_once"
            )
        ]

    def __str__(self):
        return f"{self.province_id} {self.year} {self.metric}: {self.value}"
