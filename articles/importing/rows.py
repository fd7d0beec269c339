"""Rows of several imported files, inserted together: two queries per table.

An import writes each article at once (its primary key names its facts) but
keeps its history row, its links to provinces and units, and its facts with
their history rows here, to insert those of a whole chunk of files in a few
bulk inserts. The history is written with django-simple-history's
``bulk_history_create``, as ``bulk_create_with_history`` does.
"""

from dataclasses import dataclass, field
from functools import cache

from django.db import connection
from simple_history.utils import bulk_create_with_history

from articles.models import Article
from provinces.models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    YearlyFigure,
)

from .facts import Facts

ProvinceLink = Article.provinces.through
UnitLink = Article.units.through


@dataclass
class Rows:
    created: list[Article] = field(default_factory=list)
    changed: list[Article] = field(default_factory=list)
    province_links: list = field(default_factory=list)
    unit_links: list = field(default_factory=list)
    figures: list[YearlyFigure] = field(default_factory=list)
    ceremonies: list[Ceremony] = field(default_factory=list)
    attendees: list[CeremonyAttendee] = field(default_factory=list)
    commendations: list[Commendation] = field(default_factory=list)
    recipients: list[CommendationRecipient] = field(default_factory=list)

    def add_article(self, article: Article, *, created: bool, provinces, units):
        """The article's history row; the links of a new article."""
        (self.created if created else self.changed).append(article)
        if created:
            self.province_links += [
                ProvinceLink(article_id=article.pk, province_id=p.pk) for p in provinces
            ]
            self.unit_links += [
                UnitLink(article_id=article.pk, postalunit_id=u.pk)
                for u in dict.fromkeys(units)
            ]
        else:
            article.provinces.add(*provinces)
            article.units.add(*units)

    def add_facts(self, facts: Facts) -> int:
        self.figures += facts.figures
        if facts.ceremony is not None:
            self.ceremonies.append(facts.ceremony)
            self.attendees += facts.attendees
        for commendation, recipients in facts.commendations:
            self.commendations.append(commendation)
            self.recipients += recipients
        return facts.count()

    def extend(self, other: "Rows") -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).extend(getattr(other, name))

    def save(self, user) -> None:
        """Insert every row and its history, parents first.

        Django fills in a foreign key from its object once that object has
        been inserted (an attendee's event, a recipient's commendation).
        """
        history = _history(Article)
        history.bulk_history_create(self.created, default_user=user)
        history.bulk_history_create(self.changed, update=True, default_user=user)
        ProvinceLink.objects.bulk_create(self.province_links)
        UnitLink.objects.bulk_create(self.unit_links)
        _bulk(self.figures, YearlyFigure, user)
        _bulk(self.ceremonies, Ceremony, user)
        _bulk(self.attendees, CeremonyAttendee, user)
        _bulk(self.commendations, Commendation, user)
        _bulk(self.recipients, CommendationRecipient, user)


def _bulk(objs: list, model, user) -> list:
    """Insert ``objs`` and their history rows: two queries, none when empty."""
    if not objs:
        return []
    if not connection.features.can_return_rows_from_bulk_insert:
        return bulk_create_with_history(objs, model, default_user=user)
    created = model.objects.bulk_create(objs)
    _history(model).bulk_history_create(created, default_user=user)
    return created


@cache
def _history(model):
    # ``Model.history`` builds a new manager class at every access (about a
    # millisecond): keep one per model.
    return model.history
