"""Rows of several imported files, inserted together: two queries per table.

An import keeps the new articles of a chunk of files, the history rows of
its new and updated articles, their links to provinces and units, and their
facts with their history rows here, to insert those of the whole chunk in a
few bulk inserts, parents first: a row's foreign key is filled in from its
parent object once that has its primary key. The history rows are copied
from the rows by the database (``history.copy_history``).
"""

from dataclasses import dataclass, field

from django.db import connection
from simple_history.utils import bulk_create_with_history

from articles.models import Article
from facts.models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    YearlyFigure,
)
from provinces.models import PostalUnit, Province

from .facts import Facts, row_key
from .history import copy_history

ProvinceLink = Article.provinces.through
UnitLink = Article.units.through


@dataclass
class Rows:
    created: list[Article] = field(default_factory=list)
    changed: list[Article] = field(default_factory=list)
    links: list[tuple[Article, list[Province], list[PostalUnit]]] = field(
        default_factory=list
    )
    figures: list[YearlyFigure] = field(default_factory=list)
    ceremonies: list[Ceremony] = field(default_factory=list)
    attendees: list[CeremonyAttendee] = field(default_factory=list)
    commendations: list[Commendation] = field(default_factory=list)
    recipients: list[CommendationRecipient] = field(default_factory=list)

    def add_article(self, article: Article, *, created: bool, provinces, units):
        """The article (a new one is inserted here), its history row, its links."""
        (self.created if created else self.changed).append(article)
        units = list({row_key(u): u for u in units}.values())
        self.links.append((article, list(provinces), units))

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
        been inserted (a fact's article, an attendee's event, a recipient's
        commendation). The people, units and organisations the rows name
        must have been inserted before (``Resolver.save_new``).
        """
        _insert_articles(self.created)
        copy_history(Article, self.created, user=user)
        copy_history(Article, self.changed, user=user, update=True)
        self._save_links()
        _bulk(self.figures, YearlyFigure, user)
        _bulk(self.ceremonies, Ceremony, user)
        _bulk(self.attendees, CeremonyAttendee, user)
        _bulk(self.commendations, Commendation, user)
        _bulk(self.recipients, CommendationRecipient, user)

    def _save_links(self) -> None:
        """A new article's links in bulk; an updated one's added to those it has."""
        new = {id(a) for a in self.created}
        province_links, unit_links = [], []
        for article, provinces, units in self.links:
            if id(article) in new:
                province_links += [
                    ProvinceLink(article_id=article.pk, province_id=p.pk)
                    for p in provinces
                ]
                unit_links += [
                    UnitLink(article_id=article.pk, postalunit_id=u.pk) for u in units
                ]
            else:
                article.provinces.add(*provinces)
                article.units.add(*units)
        ProvinceLink.objects.bulk_create(province_links)
        UnitLink.objects.bulk_create(unit_links)


def _insert_articles(articles: list[Article]) -> None:
    """Insert new articles; their derived fields must be filled in already."""
    if connection.features.can_return_rows_from_bulk_insert:
        Article.objects.bulk_create(articles)
    else:  # their ids are needed: one by one where an insert returns no rows
        for article in articles:
            article.save_without_historical_record()


def _bulk(objs: list, model, user) -> None:
    """Insert ``objs`` and their history rows: two queries, none when empty."""
    if not objs:
        return
    if not connection.features.can_return_rows_from_bulk_insert:
        bulk_create_with_history(objs, model, default_user=user)
        return
    model.objects.bulk_create(objs)
    copy_history(model, objs, user=user)
