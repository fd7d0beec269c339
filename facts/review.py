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

from . import summary
from .models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    Organization,
    Person,
    ReviewState,
    YearlyFigure,
    entity_key,
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
    """Every fact of ``article``, figures annotated with ``conflicting``.

    Five queries whatever the number of facts (attendees and recipients are
    prefetched with their people and organisations).
    """
    attendees = CeremonyAttendee.objects.select_related("person", "organization")
    return ArticleFacts(
        figures=list(
            YearlyFigure.objects.with_conflicts()
            .filter(article=article)
            .select_related("province")
            .order_by("year", "metric", "pk")
        ),
        ceremonies=list(
            article.ceremonies.select_related("province", "host_unit").prefetch_related(
                Prefetch("attendees", attendees)
            )
        ),
        commendations=list(
            article.commendations.select_related("issuer", "province").prefetch_related(
                "recipients"
            )
        ),
    )


def doubtful_first(facts: Iterable) -> list:
    """Least sure first; facts without a confidence (typed by hand, or read
    by an extractor that does not say) after them, in their order."""
    return sorted(facts, key=lambda f: (f.confidence is None, f.confidence or 0.0))


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


@transaction.atomic
def review_fact(
    fact,
    *,
    state: str | None,
    user=None,
    value: Decimal | None = None,
    changes: dict | None = None,
) -> None:
    """Correct one fact (``changes``: field → value) and set its ``state``
    (``None`` keeps it); a figure may get a corrected ``value`` at once.

    Raises ``ValidationError`` when the corrected fact is not valid, or when
    ``user`` may not change the fact's article (``check_open``).
    """
    check_open([fact.article], user)
    changes = dict(changes or {})
    if value is not None and isinstance(fact, YearlyFigure):
        changes["value"] = value
    if "issuer_name" in changes:
        changes["issuer"] = organization_named(changes.pop("issuer_name"))
    for name, new in changes.items():
        setattr(fact, name, new)
    if state is not None:
        fact.state = state
    fact.full_clean()
    fact._history_user = user
    fact.save()
    if isinstance(fact, YearlyFigure):
        summary.refresh([fact.province_id])
    invalidate_public_pages()


@transaction.atomic
def correct_and_review(
    fact, *, changes: dict, people=(), recipients=(), state: str | None, user=None
) -> None:
    """Every correction of one fact from the review panel, then its state:
    all saved or, on a ``ValidationError``, none.

    ``people``: ``(attendee or None, {"name", "title", "organization"})``;
    ``recipients``: ``(recipient or None, name)``; ``None`` adds one.
    """
    check_open([fact.article], user)
    for attendee, values in people:
        set_attendee(fact, attendee=attendee, user=user, **values)
    for recipient, name in recipients:
        set_recipient(fact, recipient=recipient, name=name, user=user)
    review_fact(fact, state=state, user=user, changes=changes)


def organization_named(name: str) -> Organization | None:
    """The organisation of that name (any spelling of it), made if new."""
    name = " ".join(name.split())
    if not name:
        return None
    return Organization.objects.get_or_create(
        key=entity_key(name), defaults={"name": name[:200]}
    )[0]


def person_named(name: str) -> Person:
    name = " ".join(name.split())
    return Person.objects.get_or_create(
        key=entity_key(name), defaults={"name": name[:120]}
    )[0]


@transaction.atomic
def set_attendee(
    ceremony: Ceremony,
    *,
    name: str,
    title: str = "",
    organization: str = "",
    attendee: CeremonyAttendee | None = None,
    user=None,
) -> CeremonyAttendee:
    """Add an attendee to ``ceremony`` (or correct ``attendee``): the person
    and organisation by name, made if new."""
    check_open([ceremony.article], user)
    if not " ".join(name.split()):
        raise ValidationError("Hãy ghi họ tên người dự.")
    person = person_named(name)
    twin = ceremony.attendees.filter(person=person)
    if attendee is not None:
        twin = twin.exclude(pk=attendee.pk)
    if twin.exists():
        raise ValidationError(f"“{person}” đã có trong danh sách người dự.")
    if attendee is None:
        last = ceremony.attendees.order_by("-order").first()
        attendee = CeremonyAttendee(
            ceremony=ceremony, order=last.order + 1 if last else 0
        )
    attendee.person = person
    attendee.title = " ".join(title.split())[:200]
    attendee.organization = organization_named(organization)
    attendee._history_user = user
    attendee.save()
    invalidate_public_pages()
    return attendee


def remove_attendee(attendee: CeremonyAttendee, *, user=None) -> None:
    check_open([attendee.ceremony.article], user)
    attendee._history_user = user
    attendee.delete()
    invalidate_public_pages()


@transaction.atomic
def set_recipient(
    commendation: Commendation,
    *,
    name: str,
    recipient: CommendationRecipient | None = None,
    user=None,
) -> CommendationRecipient:
    """Add a recipient to ``commendation`` (or rename ``recipient``)."""
    check_open([commendation.article], user)
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Hãy ghi tên người, đơn vị được khen.")
    if recipient is None:
        recipient = CommendationRecipient(commendation=commendation)
    if recipient.name != name:
        recipient.unit = recipient.person = None  # no longer known to match
    recipient.name = name[:200]
    recipient._history_user = user
    recipient.save()
    invalidate_public_pages()
    return recipient


def remove_recipient(recipient: CommendationRecipient, *, user=None) -> None:
    check_open([recipient.commendation.article], user)
    recipient._history_user = user
    recipient.delete()
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
    provinces = set()
    for fact in facts:
        if fact.state != state:
            fact.state = state
            fact._history_user = user
            fact.save(update_fields=["state", "updated_at"])
            count += 1
            if isinstance(fact, YearlyFigure):
                provinces.add(fact.province_id)
    summary.refresh(provinces)
    if count:
        invalidate_public_pages()
    return count


def review_article(article: Article, *, state: str, user=None) -> int:
    """Accept or reject every proposed fact of ``article``; returns how many."""
    check_open([article], user)
    proposed = [f for f in article_facts(article) if f.state == ReviewState.PROPOSED]
    return review_facts(proposed, state=state, user=user)
