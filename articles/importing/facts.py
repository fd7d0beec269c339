"""The facts of one imported article, built and matched against old ones.

Every fact is created in state *proposed* with the sentence or clause it was
read from. When an edited text is imported again, a fact equal to one the
article already has is not created twice; old facts still *proposed* that the
new text no longer gives are removed, while facts an editor has accepted or
rejected are kept as the editor left them.
"""

from dataclasses import dataclass, field

from articles.models import Article
from common.text import fold
from facts.models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    ReviewState,
    YearlyFigure,
)
from provinces.models import Province

from .drafts import Draft
from .mapping import (
    Sentences,
    ceremony_kind,
    ceremony_title,
    confidence_values,
    figure_problem,
    figure_values,
    is_unit_name,
    looks_like_person,
)
from .resolve import Resolver

# Fields a fact's validation leaves to others: foreign keys to rows this
# import has just resolved (some still to insert), and constraints the database
# checks on insert (Django would run one query per check constraint, per fact).
FACT_LINKS = ["article", "province", "host_unit", "issuer", "ceremony"]


def validate(fact) -> None:
    """``full_clean`` but for ``FACT_LINKS`` and the constraints.

    Nor ``validate_unique``: the fact models have no unique field, only
    constraints (the look for one is a tenth of the validation time).
    """
    fact.full_clean(
        exclude=FACT_LINKS, validate_unique=False, validate_constraints=False
    )


def row_key(obj) -> object:
    """``obj``'s primary key; a row this import has yet to insert is keyed by
    identity (people, units and organisations are inserted at the end of a
    chunk, and the resolver hands out one object per row)."""
    return obj.pk if obj.pk is not None else ("new", id(obj))


def figure_key(f: YearlyFigure) -> tuple:
    return (f.province_id, f.year, f.metric, f.label, f.subject, f.value)


def ceremony_key(c: Ceremony) -> tuple:
    return (c.kind, c.year, c.month, c.day)


def commendation_key(c: Commendation, recipients: list[str]) -> tuple:
    counts = (c.collective_count, c.individual_count, c.total_count)
    names = tuple(sorted(fold(r) for r in recipients))
    # ``issuer`` is read only without an id: an old commendation's would be a query.
    issuer = c.issuer_id if c.issuer_id is not None else c.issuer and row_key(c.issuer)
    return (c.kind, fold(c.award_name), issuer, c.year, counts, names)


@dataclass
class Facts:
    """The unsaved facts of a draft."""

    figures: list[YearlyFigure] = field(default_factory=list)
    ceremony: Ceremony | None = None
    attendees: list[CeremonyAttendee] = field(default_factory=list)
    commendations: list[tuple[Commendation, list[CommendationRecipient]]] = field(
        default_factory=list
    )
    units: list = field(default_factory=list)

    def count(self) -> int:
        """How many facts (attendees and recipients belong to theirs)."""
        return len(self.figures) + (self.ceremony is not None) + len(self.commendations)


def build_facts(draft: Draft, article: Article, resolver: Resolver) -> Facts:
    """Resolve the people, units and issuers of ``draft`` and build its facts."""
    facts = Facts()
    province = draft.province
    if province is None:
        return facts
    ex = draft.extracted
    if ex.unit:
        facts.units.append(resolver.unit(province, ex.unit, main_unit=ex.unit))
    facts.figures = _figures(draft, article, province)
    sentences = Sentences([*ex.body, *ex.captions])
    if ex.people:
        facts.ceremony, facts.attendees = _ceremony(
            draft, article, resolver, facts, sentences
        )
    for award in ex.commendations:
        facts.commendations.append(
            _commendation(draft, article, award, resolver, facts, sentences)
        )
    return facts


def _figures(draft, article, province: Province) -> list[YearlyFigure]:
    figures = {}
    for figure in draft.extracted.figures:
        if figure_problem(figure):
            continue
        obj = YearlyFigure(article=article, province=province, **figure_values(figure))
        validate(obj)
        figures.setdefault(figure_key(obj), obj)
    return list(figures.values())


def _ceremony(draft, article, resolver, facts, sentences: Sentences):
    ex = draft.extracted
    kind = ceremony_kind(ex)
    ceremony = Ceremony(
        article=article,
        province=draft.province,
        host_unit=facts.units[0] if facts.units else None,
        title=ceremony_title(ex, kind),
        kind=kind,
        year=article.event_year,
        month=article.event_month,
        day=article.event_day,
        source_text=sentences.find(ex.people[0].name) or sentences.find(),
        **ceremony_confidence(ex),
    )
    validate(ceremony)
    attendees = {}
    for order, person in enumerate(ex.people):
        found = resolver.person(person.name)
        attendees.setdefault(
            row_key(found),
            CeremonyAttendee(
                ceremony=ceremony,
                person=found,
                title=(person.title or "")[:200],
                organization=resolver.organization(person.organization),
                order=order,
            ),
        )
    return ceremony, list(attendees.values())


def ceremony_confidence(ex) -> dict:
    """A ceremony is as sure as its least sure attendee (the extractor rates
    people, not the event); the reason names that attendee."""
    rated = [p for p in ex.people if getattr(p, "confidence", None) is not None]
    if not rated:
        return confidence_values(None)
    least = min(rated, key=lambda p: p.confidence)
    values = confidence_values(least)
    if values["reason"]:
        values["reason"] = f"{least.name}: {values['reason']}"[:300]
    return values


def _commendation(draft, article, award, resolver, facts, sentences: Sentences):
    recipients = [r for r in award.recipients if r]
    commendation = Commendation(
        article=article,
        province=draft.province,
        ceremony=facts.ceremony,
        kind=award.kind,
        award_name=award.award[:300],
        issuer=resolver.organization(award.issuer),
        collective_count=award.collective_count,
        individual_count=award.individual_count,
        total_count=award.total_count,
        year=award.year,
        source_text=sentences.find(award.award, award.issuer or "")
        or sentences.find(award.award, *recipients[:1])
        or sentences.find(award.award),
        **confidence_values(award),
    )
    validate(commendation)
    rows = [_recipient(draft, n, resolver, facts) for n in dict.fromkeys(recipients)]
    for row in rows:
        row.commendation = commendation
    return commendation, rows


def _recipient(draft, name, resolver, facts) -> CommendationRecipient:
    recipient = CommendationRecipient(name=name[:200])
    people = {fold(p.name) for p in draft.extracted.people}
    if is_unit_name(name):
        recipient.unit = resolver.unit(
            draft.province, name, main_unit=draft.extracted.unit
        )
        facts.units.append(recipient.unit)
    elif fold(name) in people or looks_like_person(name):
        recipient.person = resolver.person(name)
    return recipient


def new_facts(facts: Facts, article: Article, *, replace: bool) -> Facts:
    """The facts to insert; with ``replace``, those the article lacks.

    With ``replace`` the article's old proposed facts that ``facts`` no longer
    gives are deleted here; the commendations are linked to the event, new or
    kept.
    """
    old = _old_facts(article) if replace else _OldFacts()
    new = Facts(figures=[f for f in facts.figures if figure_key(f) not in old.figures])
    ceremony = facts.ceremony
    if ceremony is not None:
        kept = old.ceremonies.get(ceremony_key(ceremony))
        if kept is None:
            new.ceremony, new.attendees = ceremony, facts.attendees
        ceremony = kept or ceremony
    for commendation, recipients in facts.commendations:
        commendation.ceremony = ceremony
        names = [r.name for r in recipients]
        if commendation_key(commendation, names) not in old.commendations:
            new.commendations.append((commendation, recipients))
    if replace:
        old.drop_stale(facts, ceremony)
    return new


@dataclass
class _OldFacts:
    figures: dict = field(default_factory=dict)
    ceremonies: dict = field(default_factory=dict)
    commendations: dict = field(default_factory=dict)

    def drop_stale(self, facts: Facts, ceremony) -> None:
        """Delete old proposed facts the new text no longer gives."""
        keep_figures = {figure_key(f) for f in facts.figures}
        keep_awards = {
            commendation_key(c, [r.name for r in rs]) for c, rs in facts.commendations
        }
        stale = [
            *(f for k, f in self.figures.items() if k not in keep_figures),
            *(c for k, c in self.commendations.items() if k not in keep_awards),
            *(c for c in self.ceremonies.values() if c != ceremony),
        ]
        for fact in stale:
            if fact.state == ReviewState.PROPOSED:
                fact.delete()


def _old_facts(article: Article) -> _OldFacts:
    old = _OldFacts()
    old.figures = {figure_key(f): f for f in article.figures.all()}
    old.ceremonies = {ceremony_key(c): c for c in article.ceremonies.all()}
    for c in article.commendations.prefetch_related("recipients"):
        old.commendations[commendation_key(c, [r.name for r in c.recipients.all()])] = c
    return old
