"""Review of the facts read out of an article: accept, edit or reject them.

The import itself lives in ``articles.importing`` (``import_files``). Only
accepted facts reach the public pages and the API, so every review clears the
public pages' cache (``invalidate_public_pages``). A figure that disagrees
with an accepted figure of another article is flagged
(``YearlyFigure.objects.with_conflicts()``), never overwritten: accepting it
keeps both for an editor to settle.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch

from articles.models import Article, Status, locked_message, may_publish
from common.cache import invalidate_public_pages

from .models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    ReviewState,
    YearlyFigure,
)

FACT_MODELS = {
    "figure": YearlyFigure,
    "ceremony": Ceremony,
    "commendation": Commendation,
}


@dataclass(frozen=True)
class ArticleFacts:
    figures: list[YearlyFigure]
    ceremonies: list[Ceremony]
    commendations: list[Commendation]

    def __iter__(self):
        return iter([*self.figures, *self.ceremonies, *self.commendations])


def fact_key(fact) -> str:
    """``figure-12``: how a review form names a fact."""
    kind = {YearlyFigure: "figure", Ceremony: "ceremony", Commendation: "commendation"}
    return f"{kind[type(fact)]}-{fact.pk}"


def article_facts(article: Article) -> ArticleFacts:
    """Every fact of ``article``, figures annotated with ``conflicting``."""
    attendees = CeremonyAttendee.objects.select_related("person", "organization")
    return ArticleFacts(
        figures=list(
            YearlyFigure.objects.with_conflicts()
            .filter(article=article)
            .select_related("province")
            .order_by("year", "metric", "pk")
        ),
        ceremonies=list(
            article.ceremonies.prefetch_related(Prefetch("attendees", attendees))
        ),
        commendations=list(
            article.commendations.select_related("issuer").prefetch_related(
                "recipients"
            )
        ),
    )


def find_fact(article: Article, key: str):
    """The fact named ``key`` (``figure-12``) of ``article``, or None."""
    kind, _, pk = key.partition("-")
    model = FACT_MODELS.get(kind)
    if model is None or not pk.isdigit():
        return None
    return model.objects.filter(article=article, pk=int(pk)).first()


def check_open(articles: Iterable[Article], user) -> None:
    """Refuse (``ValidationError``, code ``locked``) an editor's change to a
    published article's facts: only a publisher changes what the public sees.
    """
    if may_publish(user):
        return
    for article in articles:
        if article.status != Status.DRAFT:
            raise ValidationError(locked_message(article), code="locked")


def check_open_facts(facts, user) -> None:
    """``check_open`` for the articles of ``facts`` (a list or a queryset)."""
    if may_publish(user):
        return
    ids = {f.article_id for f in facts}
    check_open(Article.objects.filter(pk__in=ids).exclude(status=Status.DRAFT), user)


def review_fact(fact, *, state: str, user=None, value: Decimal | None = None) -> None:
    """Set one fact's state; a figure may get a corrected ``value`` at once.

    Raises ``ValidationError`` when the corrected figure is not valid, or
    when ``user`` may not change the fact's article (``check_open``).
    """
    check_open([fact.article], user)
    if value is not None and isinstance(fact, YearlyFigure):
        fact.value = value
    fact.state = state
    fact.full_clean()
    fact._history_user = user
    fact.save()
    invalidate_public_pages()


@transaction.atomic
def review_facts(facts: Iterable, *, state: str, user=None) -> int:
    """Give every fact of ``facts`` not yet in ``state`` that state.

    Returns how many changed; each change is one history row by ``user``.
    Raises ``ValidationError`` (and changes none) when one of them belongs to
    an article ``user`` may not change.
    """
    facts = list(facts)
    check_open_facts(facts, user)
    count = 0
    for fact in facts:
        if fact.state != state:
            fact.state = state
            fact._history_user = user
            fact.save(update_fields=["state", "updated_at"])
            count += 1
    if count:
        invalidate_public_pages()
    return count


def review_article(article: Article, *, state: str, user=None) -> int:
    """Accept or reject every proposed fact of ``article``; returns how many."""
    check_open([article], user)
    proposed = [f for f in article_facts(article) if f.state == ReviewState.PROPOSED]
    return review_facts(proposed, state=state, user=user)
